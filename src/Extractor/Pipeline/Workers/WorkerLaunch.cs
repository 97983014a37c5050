using System.Diagnostics;

namespace Extractor.Pipeline.Workers;

/// <summary>
/// How to start a worker. The published build (<c>dist/</c>) carries <c>extractor-worker</c>, the worker compiled
/// ahead of time to native code: it starts in milliseconds and compiles nothing at run time, where a .NET
/// process pays its runtime's start and the compilation of what ReadyToRun leaves out at every worker
/// (BENCHMARKS.md). It is used when it says it is of this build. Elsewhere (a .NET tool install, the development and test builds) it is the <c>extractor</c>
/// program's hidden <c>worker</c> command. That program sits beside this assembly (in the command-line build,
/// and in the test build that references it). A run started through the program's own launcher
/// (<c>dotnet run</c>, or <c>extractor</c> on the path) starts its workers the same way; otherwise the program
/// is run by the dotnet host that runs this process, so no installed runtime location is assumed.
/// </summary>
public sealed record WorkerLaunch(string FileName, IReadOnlyList<string> Arguments)
{
    public const string Command = "worker";

    /// <summary>What the native worker answers with its version (<see cref="PipelineInfo.Version"/>).</summary>
    public const string VersionOption = "--version";

    private const string ProgramName = "extractor";

    /// <summary>The native worker's file name (its project: <c>src/Extractor.Worker</c>).</summary>
    public static string NativeProgram => OperatingSystem.IsWindows() ? "extractor-worker.exe" : "extractor-worker";

    public static WorkerLaunch Default() => NativeBeside(AppContext.BaseDirectory) ?? ProgramCommand();

    /// <summary>
    /// The native worker in this folder when it is of this very build: one left by an earlier publish (the last
    /// one found no C toolchain, or dist/ was copied over) would process documents with other code under this
    /// build's version, and a re-run would then pass them over as up to date.
    /// </summary>
    public static WorkerLaunch? NativeBeside(string folder)
    {
        string native = Path.Combine(folder, NativeProgram);
        return File.Exists(native) && VersionOf(native) == PipelineInfo.Version ? new WorkerLaunch(native, []) : null;
    }

    /// <summary>What a worker program says its version is, or null when it says nothing within seconds.</summary>
    private static string? VersionOf(string worker)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(worker, [VersionOption]) { RedirectStandardOutput = true, UseShellExecute = false });
            if (process is null) return null;
            var said = process.StandardOutput.ReadLineAsync();
            if (!said.Wait(TimeSpan.FromSeconds(5)) || !process.WaitForExit(TimeSpan.FromSeconds(5)))
            {
                process.Kill();
                return null;
            }
            return process.ExitCode == 0 ? said.Result?.Trim() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    /// <summary>The program's own <c>worker</c> command.</summary>
    private static WorkerLaunch ProgramCommand()
    {
        string? self = Environment.ProcessPath;
        if (self is not null && Path.GetFileNameWithoutExtension(self) == ProgramName) return new WorkerLaunch(self, [Command]);
        string program = Path.Combine(AppContext.BaseDirectory, $"{ProgramName}.dll");
        if (!File.Exists(program)) throw new WorkerStartException($"the worker program is not where it should be: {program}");
        return new WorkerLaunch(DotnetHost(), [program, Command]);
    }

    /// <summary>The dotnet host: this process's own when it is one, else the one the SDK names, else dotnet on the path.</summary>
    private static string DotnetHost()
    {
        string? self = Environment.ProcessPath;
        if (self is not null && Path.GetFileNameWithoutExtension(self) == "dotnet") return self;
        return Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
    }
}
