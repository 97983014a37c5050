using System.Diagnostics;
using Extractor.Pipeline.Workers;

namespace Extractor.Tests.Support;

/// <summary>
/// The published build with its native worker, made as the README says (<c>dotnet publish src/Extractor.Cli
/// -p:PublishProfile=linux-x64</c>) from a copy of the repository's sources kept in the test build's folder, so
/// that its restore and build never touch the projects this test run was built from. A file is copied only when
/// it changed, so a publish after the first (a few minutes: ReadyToRun and the native compiler and linker) takes
/// seconds when the sources are the same.
/// </summary>
public sealed class NativeWorkerBuild
{
    private static readonly string[] RootFiles = ["Directory.Build.props", "Directory.Packages.props", "LICENSE", "README.md"];

    private static readonly TimeSpan PublishLimit = TimeSpan.FromMinutes(15);

    private string Sources { get; } = Path.Combine(AppContext.BaseDirectory, "published-build");

    /// <summary>The published program's folder (<c>dist/</c> of the copy).</summary>
    public string Dist => Path.Combine(Sources, "dist");

    public string Program => Path.Combine(Dist, "extractor");

    public WorkerLaunch Launch => new(Path.Combine(Dist, WorkerLaunch.NativeProgram), []);

    public NativeWorkerBuild()
    {
        Mirror();
        var start = new ProcessStartInfo(ExtractorProcess.DotnetHost) { WorkingDirectory = Sources, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "publish", "src/Extractor.Cli", "-p:PublishProfile=linux-x64", "-nologo" })
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(PublishLimit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"the publish took longer than {PublishLimit.TotalMinutes} minutes");
        }
        if (process.ExitCode != 0 || !File.Exists(Launch.FileName))
            throw new InvalidOperationException($"the published build has no native worker (exit code {process.ExitCode}):\n{output.Result}\n{errors.Result}");
    }

    /// <summary>The repository's sources in the copy: changed files copied, removed ones deleted, build outputs left alone.</summary>
    private void Mirror()
    {
        string repository = Fixtures.Repository;
        var wanted = new HashSet<string>(RootFiles, StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(repository, "src"), "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(repository, file);
            if (!IsBuildOutput(relative)) wanted.Add(relative);
        }
        foreach (var relative in wanted)
        {
            string source = Path.Combine(repository, relative), target = Path.Combine(Sources, relative);
            if (File.Exists(target) && File.ReadAllBytes(target).AsSpan().SequenceEqual(File.ReadAllBytes(source))) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target, overwrite: true);
        }
        string copiedSources = Path.Combine(Sources, "src");
        if (!Directory.Exists(copiedSources)) return;
        foreach (var file in Directory.EnumerateFiles(copiedSources, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(Sources, file);
            if (!IsBuildOutput(relative) && !wanted.Contains(relative)) File.Delete(file);
        }
    }

    private static bool IsBuildOutput(string relative) =>
        relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj");
}
