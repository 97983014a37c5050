namespace Extractor.Pipeline.Workers;

/// <summary>
/// How to start a worker. The published build (<c>dist/</c>) carries <c>extractor-worker</c>, the worker compiled
/// ahead of time to native code: it starts in milliseconds and compiles nothing at run time, where a .NET
/// process pays its runtime's start and the compilation of what ReadyToRun leaves out at every worker
/// (BENCHMARKS.md). Elsewhere (a .NET tool install, the development and test builds) it is the <c>extractor</c>
/// program's hidden <c>worker</c> command. That program sits beside this assembly (in the command-line build,
/// and in the test build that references it). A run started through the program's own launcher
/// (<c>dotnet run</c>, or <c>extractor</c> on the path) starts its workers the same way; otherwise the program
/// is run by the dotnet host that runs this process, so no installed runtime location is assumed.
/// </summary>
public sealed record WorkerLaunch(string FileName, IReadOnlyList<string> Arguments)
{
    public const string Command = "worker";

    private const string Program = "extractor";

    /// <summary>The native worker's file name (its project: <c>src/Extractor.Worker</c>).</summary>
    public static string NativeProgram => OperatingSystem.IsWindows() ? "extractor-worker.exe" : "extractor-worker";

    public static WorkerLaunch Default()
    {
        string native = Path.Combine(AppContext.BaseDirectory, NativeProgram);
        if (File.Exists(native)) return new WorkerLaunch(native, []);
        string? self = Environment.ProcessPath;
        if (self is not null && Path.GetFileNameWithoutExtension(self) == Program) return new WorkerLaunch(self, [Command]);
        string program = Path.Combine(AppContext.BaseDirectory, $"{Program}.dll");
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
