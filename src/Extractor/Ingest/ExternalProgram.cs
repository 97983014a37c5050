using System.Diagnostics;

namespace Extractor.Ingest;

/// <summary>A Debian program run as a process (pdftoppm, tesseract): its standard output, or an exception saying why not.</summary>
public static class ExternalProgram
{
    /// <summary>How long one program may take on one page before the page is given up.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <exception cref="InvalidOperationException">It did not start, or failed (the first line of its error output).</exception>
    /// <exception cref="TimeoutException">It took longer than <see cref="Timeout"/>.</exception>
    /// <exception cref="System.ComponentModel.Win32Exception">It is not installed.</exception>
    public static string Run(string program, IReadOnlyList<string> arguments, CancellationToken cancellation)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // Tesseract's own threads would compete with the batch's documents for the cores.
        start.Environment["OMP_THREAD_LIMIT"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync(cancellation);
        var errors = process.StandardError.ReadToEndAsync(cancellation);
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} took longer than {Timeout.TotalSeconds:0} s");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} failed (exit code {process.ExitCode}): {errors.Result.Split('\n')[0]}");
        return output.Result;
    }

    /// <summary>The programs of a list not found on the PATH.</summary>
    public static IReadOnlyList<string> Absent(params string[] programs)
    {
        var path = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries);
        return [.. programs.Where(p => !path.Any(d => File.Exists(Path.Combine(d, p))))];
    }
}
