using System.Globalization;
using Extractor.Fetch;
using Extractor.Pipeline;

namespace Extractor.Cli.Console;

/// <summary>
/// What a fetch did, as lines: each file that is new, a new version, or a known content under a new URL; each
/// refused or failed file and page (a start page apart: its source was not collected) with its reason; then one
/// count line. Unchanged files are counted, not listed:
/// a nightly log would otherwise repeat the whole site.
/// </summary>
public static class FetchView
{
    public static void Print(FetchSummary summary)
    {
        foreach (var file in summary.Files)
        {
            var line = file.Outcome switch
            {
                FileOutcome.New => $"new         {file.Url} → {file.File}{Quoted(file.LinkText)}",
                FileOutcome.Changed => $"changed     {file.Url} → {file.File} (a new version){Quoted(file.LinkText)}",
                FileOutcome.KnownContent => $"same        {file.Url}: the content of {file.File}, stored already",
                FileOutcome.Refused => $"refused     {file.Url}: {file.Problem!.Code}: {file.Problem.Message}",
                FileOutcome.Failed => $"FAILED      {file.Url}: {file.Problem!.Code}: {file.Problem.Message}",
                _ => null,
            };
            if (line is not null) System.Console.Out.WriteLine(ShownPath.Of(line));
        }
        foreach (var page in summary.PageProblems)
            System.Console.Out.WriteLine(ShownPath.Of(
                $"{(page.StartPage ? "start FAILED" : page.Problem.Transient ? "page FAILED" : "page refused"),-11} {page.Url}: {page.Problem.Code}: {page.Problem.Message}"));
        string seconds = summary.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        System.Console.Out.WriteLine(
            $"fetch: {summary.Sources.Count} sources, {summary.Pages} pages read, {summary.PageProblems.Count()} not; " +
            $"{summary.Files.Count()} files: {summary.Count(FileOutcome.New)} new, {summary.Count(FileOutcome.Changed)} changed, " +
            $"{summary.Count(FileOutcome.Unchanged)} unchanged, {summary.Count(FileOutcome.KnownContent)} known content under a new URL, " +
            $"{summary.Count(FileOutcome.Refused)} refused, {summary.Count(FileOutcome.Failed)} failed; in {seconds} s");
    }

    private static string Quoted(string? text) => string.IsNullOrEmpty(text) ? "" : $" 「{text}」";

    /// <summary>The fetch as the JSON object a scheduler reads: counts, the files new or changed, every problem.</summary>
    public static object JsonOf(FetchSummary summary) => new
    {
        seconds = Math.Round(summary.Elapsed.TotalSeconds, 3),
        incomplete = summary.Incomplete,
        pages = summary.Pages,
        files = new
        {
            @new = summary.Count(FileOutcome.New),
            changed = summary.Count(FileOutcome.Changed),
            unchanged = summary.Count(FileOutcome.Unchanged),
            known_content = summary.Count(FileOutcome.KnownContent),
            refused = summary.Count(FileOutcome.Refused),
            failed = summary.Count(FileOutcome.Failed),
        },
        new_files = summary.Files.Where(f => f.Outcome is FileOutcome.New or FileOutcome.Changed).Select(f => new
        {
            source = f.Source,
            url = f.Url.AbsoluteUri,
            outcome = f.Outcome == FileOutcome.New ? "new" : "changed",
            file = f.File,
            sha256 = f.Sha256,
            link_text = f.LinkText,
            found_on = f.FoundOn?.AbsoluteUri,
        }),
        problems = summary.Files.Where(f => f.Problem is not null).Select(f => (f.Source, f.Url, Kind: "file", Problem: f.Problem!))
            .Concat(summary.PageProblems.Select(p => (p.Source, p.Url, Kind: p.StartPage ? "start_page" : "page", p.Problem)))
            .Select(p => new
            {
                source = p.Source,
                url = p.Url.AbsoluteUri,
                kind = p.Kind,
                code = p.Problem.Code,
                message = p.Problem.Message,
                transient = p.Problem.Transient,
            }),
    };
}
