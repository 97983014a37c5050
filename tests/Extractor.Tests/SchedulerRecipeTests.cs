using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;
using Extractor.Tests.Support;
using Spectre.Console.Cli;
using YamlDotNet.RepresentationModel;

namespace Extractor.Tests;

/// <summary>
/// The scheduler recipes of <c>deploy/</c>, checked where no cluster runs: the Kubernetes Job parsed and held to
/// the API's field names and to the shard arithmetic, its shell step syntax-checked; the Slurm array script run as
/// Slurm would run one of its tasks, over real files.
/// </summary>
public sealed class SchedulerRecipeTests
{
    private static string Repository(string relative) => Path.Combine(Fixtures.Repository, relative);

    private static YamlMappingNode Job()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Repository("deploy/kubernetes/extractor-job.yaml"))));
        return (YamlMappingNode)Assert.Single(stream.Documents).RootNode;
    }

    private static YamlNode At(YamlNode node, params string[] path) =>
        path.Aggregate(node, (current, key) => int.TryParse(key, out int i) ? ((YamlSequenceNode)current)[i] : ((YamlMappingNode)current)[key]);

    private static string Text(YamlNode node, params string[] path) => ((YamlScalarNode)At(node, path)).Value!;

    /// <summary>The fields of batch/v1 Job and core/v1 PodSpec the recipe may use: a misspelt one would be dropped or refused by the API server.</summary>
    private static readonly Dictionary<string, string[]> KnownFields = new()
    {
        [""] = ["apiVersion", "kind", "metadata", "spec"],
        ["spec"] = ["completionMode", "completions", "parallelism", "backoffLimitPerIndex", "maxFailedIndexes", "podFailurePolicy", "template", "backoffLimit", "ttlSecondsAfterFinished"],
        ["spec.template.spec"] = ["restartPolicy", "containers", "volumes"],
        ["spec.template.spec.containers.0"] = ["name", "image", "command", "args", "env", "resources", "volumeMounts"],
    };

    [Fact]
    public void The_kubernetes_job_gives_each_completion_index_its_shard_and_the_database_from_a_secret()
    {
        var job = Job();
        foreach (var (path, fields) in KnownFields)
        {
            var node = path.Length == 0 ? job : (YamlMappingNode)At(job, path.Split('.'));
            Assert.All(node.Children.Keys.Select(k => ((YamlScalarNode)k).Value), field => Assert.Contains(field, fields));
        }
        Assert.Equal(("batch/v1", "Job", "Indexed", "Never"), (Text(job, "apiVersion"), Text(job, "kind"), Text(job, "spec", "completionMode"), Text(job, "spec", "template", "spec", "restartPolicy")));

        var container = At(job, "spec", "template", "spec", "containers", "0");
        var env = ((YamlSequenceNode)At(container, "env")).Cast<YamlMappingNode>().ToDictionary(e => Text(e, "name"));
        Assert.Equal(Text(job, "spec", "completions"), Text(env["SHARDS"], "value"));
        Assert.Equal(("extractor-postgres", "url"), (Text(env["EXTRACTOR_DATABASE"], "valueFrom", "secretKeyRef", "name"), Text(env["EXTRACTOR_DATABASE"], "valueFrom", "secretKeyRef", "key")));
        Assert.Matches(@"^[\w.-]+(/[\w.-]+)+:[\w.-]+$", Text(container, "image"));

        var script = Text(container, "args", "0");
        var run = Regex.Match(script, @"/app/extractor (?<args>run (?:[^\n\\]|\\\n)*)").Groups["args"].Value.Replace("\\\n", " ");
        Assert.Contains("--shard \"$JOB_COMPLETION_INDEX/$SHARDS\"", run);
        Assert.Contains("--database \"$EXTRACTOR_DATABASE\"", run);
        Assert.All(Options(run), option => Assert.Contains(option, OptionsOf<Extractor.Cli.Commands.RunSettings>()));
        Assert.Equal(0, Shell("sh", "-n", "-c", script).ExitCode);

        // A wrong command or configuration (exit 2) fails its shard at once; a killed pod is retried.
        var rule = At(job, "spec", "podFailurePolicy", "rules", "0");
        Assert.Equal(("FailIndex", "extractor", "2"), (Text(rule, "action"), Text(rule, "onExitCodes", "containerName"), Text(rule, "onExitCodes", "values", "0")));
        Assert.True(int.Parse(Text(job, "spec", "backoffLimitPerIndex")) > 0);
        // The image's program is where deploy/Dockerfile puts it.
        Assert.Contains(File.ReadAllLines(Repository("deploy/Dockerfile")), l => l == "ENTRYPOINT [\"/app/extractor\"]");

        var secret = new YamlStream();
        secret.Load(new StringReader(File.ReadAllText(Repository("deploy/kubernetes/postgres-secret.example.yaml"))));
        var secretRoot = secret.Documents[0].RootNode;
        Assert.Equal(("Secret", "extractor-postgres"), (Text(secretRoot, "kind"), Text(secretRoot, "metadata", "name")));
        Assert.StartsWith("postgresql://", Text(secretRoot, "stringData", "url"));
    }

    [Fact]
    public void Kubectl_accepts_the_recipes_when_it_can_reach_a_cluster()
    {
        // kubectl's client-side dry run still asks an API server for the kinds it knows; without one there is
        // nothing it can check, and the parse above stands alone.
        if (Shell("kubectl", "version", "--request-timeout=5s").ExitCode != 0) return;
        var (exitCode, output) = Shell("kubectl", "apply", "--dry-run=client", "-f", Repository("deploy/kubernetes"));
        Assert.True(exitCode == 0, output);
    }

    [Fact]
    public void The_slurm_array_task_runs_its_shard_of_the_list_and_counts_failed_documents_as_done()
    {
        using var work = new TemporaryDirectory();
        var inputs = new[] { "disclosures/dev06-2022-yuan.pdf", "disclosures/dev21-2022-wan.pdf", "disclosures/dev24-2023-wan.pdf", "bad/empty.pdf", "bad/not-a-pdf.pdf" };
        File.WriteAllLines(work.File("inputs.txt"), inputs.Select(Fixtures.Path));
        var extractor = work.File("extractor");
        File.WriteAllText(extractor, $"#!/bin/sh\nexec dotnet '{Path.Combine(AppContext.BaseDirectory, "extractor.dll")}' \"$@\"\n");
        Assert.Equal(0, Shell("chmod", "+x", extractor).ExitCode);
        var script = Repository("deploy/slurm/extractor-array.sbatch");
        var lines = File.ReadAllLines(script);
        int shards = int.Parse(Regex.Match(Assert.Single(lines, l => l.StartsWith("#SBATCH --array=", StringComparison.Ordinal)), @"^#SBATCH --array=0-(\d+)").Groups[1].Value) + 1;
        Assert.Contains($"shards={shards}", lines);

        var tasks = Enumerable.Range(0, shards).Select(i => Shell(work.Path, new Dictionary<string, string> { ["SLURM_ARRAY_TASK_ID"] = $"{i}", ["EXTRACTOR"] = extractor }, "bash", script)).ToList();
        var merge = Shell(work.Path, new Dictionary<string, string> { ["EXTRACTOR"] = extractor }, "bash", Repository("deploy/slurm/extractor-merge.sbatch"));

        Assert.All(tasks, task => Assert.True(task.ExitCode == 0, task.Output));
        var summaries = Enumerable.Range(0, shards).Select(i => System.Text.Json.JsonDocument.Parse(File.ReadAllText(work.File($"out/shard-{i}/summary.json"))).RootElement).ToList();
        Assert.All(summaries, s => Assert.Equal(inputs.Length, s.GetProperty("documents").GetInt32() + s.GetProperty("other_shards").GetInt32()));
        Assert.Equal(inputs.Length, summaries.Sum(s => s.GetProperty("documents").GetInt32()));
        Assert.Equal(2, summaries.Sum(s => s.GetProperty("failed").GetInt32()));
        Assert.True(merge.ExitCode == 0, merge.Output);
        Assert.Contains($"merged {shards} folders into out/merged: {inputs.Length} documents", merge.Output);
    }

    /// <summary>The long option names of a command's settings.</summary>
    private static List<string> OptionsOf<T>() where T : CommandSettings =>
        [.. typeof(T).GetProperties().Select(p => p.GetCustomAttribute<CommandOptionAttribute>()).OfType<CommandOptionAttribute>().SelectMany(a => a.LongNames).Select(n => "--" + n)];

    private static IEnumerable<string> Options(string commandLine) => Regex.Matches(commandLine, @"(?<=\s)--[a-z-]+").Select(m => m.Value);

    private static (int ExitCode, string Output) Shell(string program, params string[] arguments) => Shell(Environment.CurrentDirectory, new Dictionary<string, string>(), program, arguments);

    private static (int ExitCode, string Output) Shell(string workingDirectory, Dictionary<string, string> environment, string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        try
        {
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, stdout + stderr.Result);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, e.Message);
        }
    }
}
