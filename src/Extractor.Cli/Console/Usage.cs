using Extractor.Pipeline;

namespace Extractor.Cli.Console;

/// <summary>
/// A usage or configuration error: told on standard error as plain lines (never wrapped or styled, so a log or
/// a scheduler reads it whole), exit code 2.
/// </summary>
public static class Usage
{
    public static int Error(string message, string kind = "usage error")
    {
        System.Console.Error.WriteLine($"{kind}: {message}");
        return ExitCodes.UsageError;
    }
}
