using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Extractor.Cli.Commands;
using Extractor.Ingest;
using Extractor.Layout;
using Extractor.Tables.Lattice;
using Extractor.Tables.Pages;

namespace Extractor.Cli.Evaluation;

/// <summary>One case of the peer suite and how the engine did on it.</summary>
public sealed record SuiteCaseResult(string Case, string Method, string Flags, bool Exact, double F1, string Note);

/// <summary>
/// <c>extractor eval tables --manifest MANIFEST.tsv</c>: runs every case of the tabula-java suite with its
/// page, method, areas, columns and rulings, and scores the tables it asserts: exact-table match and cell
/// F1 over (row, column, text) of the non-empty cells, cells trimmed and in-cell line breaks read as one space.
/// </summary>
public static partial class TabulaSuiteEvaluation
{
    public static IReadOnlyList<SuiteCaseResult> Run(string manifestPath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(manifestPath))!;
        var lines = File.ReadAllLines(manifestPath);
        var header = lines[0].Split('\t');
        int Col(string name) => Array.IndexOf(header, name);
        var results = new List<SuiteCaseResult>();
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var f = line.Split('\t');
            string Field(string name) => Col(name) < f.Length ? f[Col(name)] : "";
            results.Add(RunCase(folder, Field("case_id"), Field("pdf"), Field("pages"), Field("method"), Field("area"),
                Field("columns"), Field("table"), Field("expected"), Field("expected_kind"), Field("rulings"),
                Field("options"), Field("flags")));
        }
        return results;
    }

    private static SuiteCaseResult RunCase(string folder, string id, string pdf, string pages, string method, string area,
        string columns, string table, string expected, string kind, string rulings, string options, string flags)
    {
        try
        {
            var tables = Extract(Path.Combine(folder, pdf), pages, method, area, columns, rulings, options);
            var chosen = table == "all" ? tables.SelectMany(t => t).ToList()
                : int.Parse(table, CultureInfo.InvariantCulture) < tables.Count ? tables[int.Parse(table, CultureInfo.InvariantCulture)].ToList() : [];
            return kind switch
            {
                "ntables" => new SuiteCaseResult(id, method, flags, tables.Count == int.Parse(expected, CultureInfo.InvariantCulture),
                    tables.Count == int.Parse(expected, CultureInfo.InvariantCulture) ? 1 : 0, $"{tables.Count} tables, {expected} expected"),
                "cells" => ScoreCells(id, method, flags, chosen, CsvText.Parse(File.ReadAllText(Path.Combine(folder, expected)))),
                _ => ScoreTable(id, method, flags, chosen, CsvText.Parse(File.ReadAllText(Path.Combine(folder, expected)))),
            };
        }
        catch (Exception e) when (e is IngestException or FormatException or IOException)
        {
            return new SuiteCaseResult(id, method, flags, false, 0, e.Message);
        }
    }

    private static List<List<List<string>>> Extract(string pdf, string pages, string method, string area, string columns, string rulings, string options)
    {
        var password = PasswordOption().Match(options) is { Success: true } m ? m.Groups[1].Value : null;
        var tableMethod = method switch { "lattice" => TableMethod.Lattice, "stream" => TableMethod.Stream, _ => TableMethod.Auto };
        var areas = area.Length == 0 ? new List<string>() : area.Split(';').ToList();
        // The tabula CLI without -g reads the whole page as one area; with -g it finds the tables itself.
        if (tableMethod == TableMethod.Auto && areas.Count == 0 && !options.Contains("guess")) areas.Add("%0,0,100,100");
        var separators = TableArguments.Columns(columns);
        if (options.Contains("page_vertical_rulings")) separators = PageVerticalRulings(pdf, int.Parse(pages, CultureInfo.InvariantCulture), password);
        var tables = PlainTableReader.Read(pdf, pages, tableMethod, areas, separators,
            TableArguments.Rulings(rulings), password);
        return tables.Select(t => t.Rows.Select(r => r.ToList()).ToList()).ToList();
    }

    /// <summary>The x of the page's vertical rules, as tabula's stream reader takes them for column separators.</summary>
    private static IReadOnlyList<double> PageVerticalRulings(string pdf, int page, string? password)
    {
        var ingestor = new PdfIngestor(new IngestOptions { Passwords = password is null ? [] : [password] });
        using var document = ingestor.Open(ingestor.Read(pdf));
        var layout = new LayoutReader().Read(document, only: new HashSet<int> { page });
        return RulingMerger.Merge(layout.Pages.Single().Rulings)
            .Where(r => r.Orientation == RulingOrientation.Vertical).Select(r => r.Position).Distinct().Order().ToList();
    }

    private static SuiteCaseResult ScoreTable(string id, string method, string flags, List<List<string>> actual, List<List<string>> expected)
    {
        var got = Cells(actual);
        var want = Cells(expected);
        int common = got.Intersect(want).Count();
        double precision = got.Count == 0 ? (want.Count == 0 ? 1 : 0) : (double)common / got.Count;
        double recall = want.Count == 0 ? (got.Count == 0 ? 1 : 0) : (double)common / want.Count;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        bool exact = got.SetEquals(want) && NonEmptyRows(actual) == NonEmptyRows(expected);
        return new SuiteCaseResult(id, method, flags, exact, f1, $"{actual.Count} rows, {expected.Count} expected");
    }

    private static SuiteCaseResult ScoreCells(string id, string method, string flags, List<List<string>> actual, List<List<string>> expected)
    {
        int right = 0, asserted = 0;
        foreach (var cell in expected.Skip(1).Where(r => r.Count >= 3))
        {
            asserted++;
            int r = int.Parse(cell[0], CultureInfo.InvariantCulture), c = int.Parse(cell[1], CultureInfo.InvariantCulture);
            if (r < 0) r = actual.Count + r;
            if (r < 0 || r >= actual.Count) continue;
            if (c < 0) c = actual[r].Count + c;
            if (c >= 0 && c < actual[r].Count && Normalise(actual[r][c]) == Normalise(cell[2])) right++;
        }
        return new SuiteCaseResult(id, method, flags, right == asserted, asserted == 0 ? 1 : (double)right / asserted, $"{right}/{asserted} asserted cells");
    }

    private static HashSet<(int, int, string)> Cells(List<List<string>> rows)
    {
        var cells = new HashSet<(int, int, string)>();
        for (int r = 0; r < rows.Count; r++)
            for (int c = 0; c < rows[r].Count; c++)
                if (Normalise(rows[r][c]) is { Length: > 0 } text) cells.Add((r, c, text));
        return cells;
    }

    private static int NonEmptyRows(List<List<string>> rows) => rows.Count(r => r.Any(c => Normalise(c).Length > 0));

    public static string Normalise(string cell) => LineBreaks().Replace(cell, " ").Trim();

    [GeneratedRegex(@"\r\n|\r|\n")]
    private static partial Regex LineBreaks();

    [GeneratedRegex(@"password=(\S+)")]
    private static partial Regex PasswordOption();

    public static string Report(IReadOnlyList<SuiteCaseResult> results)
    {
        var text = new StringBuilder();
        text.AppendLine("| method | cases | exact tables | mean cell F1 |");
        text.AppendLine("|---|---|---|---|");
        foreach (var group in results.GroupBy(r => r.Method).OrderBy(g => g.Key).Append(results.GroupBy(_ => "all").Single()))
            text.AppendLine($"| {group.Key} | {group.Count()} | {group.Count(r => r.Exact)} ({Percent(group.Count(r => r.Exact), group.Count())}) | {group.Average(r => r.F1).ToString("0.000", CultureInfo.InvariantCulture)} |");
        text.AppendLine();
        text.AppendLine("| case | method | flags | exact | cell F1 | note |");
        text.AppendLine("|---|---|---|---|---|---|");
        foreach (var r in results)
            text.AppendLine($"| {r.Case} | {r.Method} | {r.Flags} | {(r.Exact ? "yes" : "no")} | {r.F1.ToString("0.000", CultureInfo.InvariantCulture)} | {r.Note} |");
        return text.ToString();
    }

    private static string Percent(int part, int whole) => whole == 0 ? "–" : (100.0 * part / whole).ToString("0", CultureInfo.InvariantCulture) + " %";
}
