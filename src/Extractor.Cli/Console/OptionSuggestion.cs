using System.Reflection;
using Spectre.Console.Cli;

namespace Extractor.Cli.Console;

/// <summary>
/// What a mistyped option most likely meant (--outt → --out, --froce → --force): the command's own option within two
/// edits of it, the nearest first. The command is named by the arguments ("run", "eval tables"), its options read from
/// its settings' <see cref="CommandOptionAttribute"/>s, so a new option needs no list kept here.
/// </summary>
public static class OptionSuggestion
{
    private const int MaxEdits = 2;

    /// <param name="unknown">The option as the parser names it, without dashes ("outt").</param>
    /// <param name="args">The command line, whose first words name the command.</param>
    public static string? For(string unknown, IReadOnlyList<string> args)
    {
        var options = SettingsOf(args) is { } settings ? LongNames(settings).ToList() : [];
        return options.Select(name => (Name: name, Edits: Edits(unknown, name)))
            .Where(o => o.Edits <= Math.Min(MaxEdits, Math.Max(unknown.Length, o.Name.Length) / 2))
            .OrderBy(o => o.Edits).ThenBy(o => o.Name, StringComparer.Ordinal)
            .Select(o => $"--{o.Name}").FirstOrDefault();
    }

    /// <summary>The settings type of the command the arguments name: RunCommand's for "run", EvalTablesCommand's for "eval tables".</summary>
    private static Type? SettingsOf(IReadOnlyList<string> args)
    {
        string Pascal(string word) => string.Concat(word.Split('-').Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));
        var words = args.TakeWhile(a => !a.StartsWith('-')).Take(2).ToList();
        if (words.Count == 0) return null;
        var names = new List<string> { Pascal(words[0]) + "Command" };
        if (words.Count == 2) names.Insert(0, Pascal(words[0]) + Pascal(words[1]) + "Command");
        var command = names.Select(n => typeof(OptionSuggestion).Assembly.GetTypes().FirstOrDefault(t => t.Name == n)).FirstOrDefault(t => t is not null);
        for (var type = command?.BaseType; type is not null; type = type.BaseType)
            if (type.IsGenericType && type.GetGenericArguments() is [var settings] && typeof(CommandSettings).IsAssignableFrom(settings)) return settings;
        return null;
    }

    private static IEnumerable<string> LongNames(Type settings) =>
        settings.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .SelectMany(p => p.GetCustomAttribute<CommandOptionAttribute>()?.LongNames ?? []);

    /// <summary>The edit distance (insertions, deletions, substitutions) between two words.</summary>
    private static int Edits(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (int i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            previous = current;
        }
        return previous[b.Length];
    }
}
