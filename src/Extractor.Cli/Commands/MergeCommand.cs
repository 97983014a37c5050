using System.ComponentModel;
using Extractor.Cli.Console;
using Extractor.Export;
using Extractor.Pipeline;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Extractor.Cli.Commands;

public sealed class MergeSettings : CommandSettings
{
    [CommandArgument(0, "<outs>")]
    [Description("The output folders of the runs to merge (shards run with --shard i/n on separate machines).")]
    public string[] Inputs { get; init; } = [];

    [CommandOption("-o|--out <DIR>")]
    [Description("The merged output folder: its database receives every document, its folders the documents' JSON.")]
    public string Output { get; init; } = "";

    [CommandOption("--database <FILE>")]
    [Description("The database file name inside each folder.")]
    public string Database { get; init; } = "extractor.db";

    public override ValidationResult Validate() =>
        Output.Length == 0 ? ValidationResult.Error("give the merged folder: --out DIR")
        : Inputs.Select(Path.GetFullPath).Contains(Path.GetFullPath(Output)) ? ValidationResult.Error($"--out {Output} is one of the folders to merge")
        : ValidationResult.Success();
}

/// <summary>
/// <c>extractor merge</c>: one output folder from many — the databases of shards run with SQLite on separate
/// machines merged by the identity rules of a run (path and content), and each document's JSON beside it. Merging
/// a folder again, or a folder merged already, adds nothing.
/// </summary>
public sealed class MergeCommand : Command<MergeSettings>
{
    public override int Execute(CommandContext context, MergeSettings settings, CancellationToken cancellation)
    {
        var missing = settings.Inputs.Select(i => Path.Combine(i, settings.Database)).Where(d => !File.Exists(d)).ToList();
        if (missing.Count > 0) return Usage.Error($"no database at {string.Join(", ", missing)}");
        if (OutputFolder.Open(settings.Output, out var problem) is not { } folder) return Usage.Error(problem!);

        using var held = folder;
        using var merged = new SqliteDocumentStore(Path.Combine(settings.Output, settings.Database), PipelineInfo.Version);
        int added = 0, copies = 0, unchanged = 0, kept = 0;
        foreach (var input in settings.Inputs)
        {
            var result = merged.Merge(Path.Combine(input, settings.Database));
            foreach (var path in result.Added) CopyJson(input, settings.Output, path);
            System.Console.Out.WriteLine($"merged {input}: {result.Added.Count} documents, {result.Copies} copies, {result.Unchanged} unchanged, {result.Kept} kept (newer in the merged database)");
            (added, copies, unchanged, kept) = (added + result.Added.Count, copies + result.Copies, unchanged + result.Unchanged, kept + result.Kept);
        }
        System.Console.Out.WriteLine($"merged {settings.Inputs.Length} folders into {settings.Output}: {added} documents, {copies} copies, {unchanged} unchanged, {kept} kept");
        return ExitCodes.Success;
    }

    /// <summary>A merged document's JSON, to where a run would have written it (a run without JSON output has none).</summary>
    private static void CopyJson(string from, string to, string path)
    {
        var source = DocumentPlace.File(from, path, ".json");
        if (!File.Exists(source)) return;
        var target = DocumentPlace.File(to, path, ".json");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(source, target, overwrite: true);
    }
}
