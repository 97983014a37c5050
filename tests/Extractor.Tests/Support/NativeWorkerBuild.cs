using System.Diagnostics;
using Extractor.Pipeline.Workers;

namespace Extractor.Tests.Support;

/// <summary>
/// The native worker (src/Extractor.Worker), published ahead of time as the publish profile does, into a folder
/// of the test build (not beside the test program, so the other tests keep the program's own worker command).
/// Publishing takes a minute the first time (the native compiler and linker), seconds when nothing changed.
/// </summary>
public sealed class NativeWorkerBuild
{
    public string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "native-worker");

    public WorkerLaunch Launch => new(Path.Combine(Folder, WorkerLaunch.NativeProgram), []);

    public NativeWorkerBuild()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "publish", Path.Combine(Fixtures.Repository, "src", "Extractor.Worker"), "-c", "Release", "-r", "linux-x64", "-o", Folder, "-nologo" })
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0 || !File.Exists(Launch.FileName))
            throw new InvalidOperationException($"the native worker did not publish (exit code {process.ExitCode}):\n{output}\n{errors.Result}");
    }
}
