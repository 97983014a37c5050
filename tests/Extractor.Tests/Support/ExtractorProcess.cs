using System.Diagnostics;

namespace Extractor.Tests.Support;

/// <summary>Runs the built <c>extractor</c> program as a user would, in a working folder of the test's choosing.</summary>
public static class ExtractorProcess
{
    public static (int ExitCode, string Stdout, string Stderr) Run(string workingDirectory, params string[] arguments) =>
        Run(workingDirectory, new Dictionary<string, string>(), arguments);

    /// <summary>The same, with environment variables set for the program (a <c>PATH</c> without some tool).</summary>
    public static (int ExitCode, string Stdout, string Stderr) Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(DotnetHost) { WorkingDirectory = workingDirectory };
        foreach (var (name, value) in environment) start.Environment[name] = value;
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "extractor.dll"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        return Execute(start);
    }

    /// <summary>A published program (its own launcher, no dotnet host), as a user runs it.</summary>
    public static (int ExitCode, string Stdout, string Stderr) RunProgram(string program, string workingDirectory, params string[] arguments) =>
        Execute(new ProcessStartInfo(program, arguments) { WorkingDirectory = workingDirectory });

    private static (int ExitCode, string Stdout, string Stderr) Execute(ProcessStartInfo start)
    {
        start.RedirectStandardOutput = start.RedirectStandardError = true;
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout, stderr.Result);
    }

    /// <summary>The dotnet host running the tests (so a test may narrow the program's PATH).</summary>
    public static string DotnetHost =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host
        : Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : "dotnet";
}
