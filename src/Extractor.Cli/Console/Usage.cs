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

    /// <summary>
    /// The first of an option's folders that does not exist, as a usage error ("--json shard-9: no such folder"); an
    /// argument's (no option) is named alone ("shard-9: no such folder").
    /// </summary>
    public static Spectre.Console.ValidationResult FoldersExist(string? option, IEnumerable<string> folders) =>
        folders.FirstOrDefault(f => !Directory.Exists(f)) is { } missing
            ? Spectre.Console.ValidationResult.Error($"{(option is null ? "" : option + " ")}{missing}: no such folder") : Spectre.Console.ValidationResult.Success();

    /// <summary>
    /// What a development command (eval, train, bench, fuzz) says of a missing default: its defaults are the
    /// repository's fixtures, so outside a checkout the user is told to run it from one or to give a path.
    /// </summary>
    public static string Missing(string path, string kind, string option) =>
        $"no such {kind}: {path} (the development commands read the repository's fixtures by default: run them from a checkout of the repository, or give {option})";
}
