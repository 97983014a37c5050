using Extractor.Model;
using Extractor.Wording;

namespace Extractor.Mapping;

/// <summary>
/// The tables mapped to the schema: each typed (<see cref="TableTyper"/>) and each column of amounts given
/// its measure (<see cref="MeasureMap"/>), with a diagnostic for a table that could not be typed and for
/// columns that fit no canonical measure.
/// </summary>
public sealed record TableMapping(IReadOnlyList<Table> Tables, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <param name="tables">The document's tables.</param>
    /// <param name="classifier">Types the tables no title rule names.</param>
    /// <param name="ocrPages">The pages read by OCR: their tables' headers may be misread (<see cref="MisreadHeaders"/>).</param>
    public static TableMapping Apply(IReadOnlyList<Table> tables, ITableClassifier classifier, IReadOnlySet<int>? ocrPages = null)
    {
        var mapped = new List<Table>();
        var diagnostics = new List<Diagnostic>();
        foreach (var table in StackedSummarySides.Joined(tables))
        {
            var typing = TableTyper.Type(table, classifier);
            var type = typing.Type;
            // The headers of a typed table on a page read by OCR may be misread; an untyped one is no table to repair.
            var columns = Columns(table, type, type != TableTypes.Unknown && table.LiesOn(ocrPages));
            mapped.Add(table with { Type = type, Columns = columns });
            var typingNote = TypingNote(table, typing);
            if (typingNote is not null) diagnostics.Add(typingNote);
            var others = columns.OfType<string>().Where(Measures.IsOther).ToList();
            if (others.Count > 0)
                diagnostics.Add(Info(table, $"table {table.Id}: {others.Count} column(s) fit no canonical measure: {string.Join("; ", others)}",
                    DiagnosticCodes.UnmappedColumn));
        }
        return new TableMapping(TableScopes.Assign(mapped), diagnostics);
    }

    /// <summary>Why a table is unknown, or that the classifier (not a title rule) typed it.</summary>
    private static Diagnostic? TypingNote(Table table, TableTyping typing)
    {
        var name = table.Title.Length == 0 ? $"table {table.Id} (no title)" : $"table {table.Id} \"{table.Title}\"";
        var guess = typing.Guess is { } g ? $"{g.Type} at {g.Confidence:0.00}" : "";
        return typing.Evidence switch
        {
            TypingEvidence.Classifier => Info(table,
                $"{name} typed {typing.Type} by the classifier from its title and header ({guess}); no title rule names it",
                DiagnosticCodes.ClassifiedTableType),
            TypingEvidence.None when typing.Guess is { Type: not TableTypes.Unknown, Confidence: < TableTypeClassifier.MinConfidence } => Info(table,
                $"{name} is none of the canonical tables by its title, and the classifier is unsure (best guess {guess}, " +
                $"below {TableTypeClassifier.MinConfidence:0.00}); its type is unknown", DiagnosticCodes.UnknownTableType),
            // A guess sure enough but refused: the title names a part of what the guess would hold (项目支出 of a function table).
            TypingEvidence.None when typing.Guess is { Type: not TableTypes.Unknown } => Info(table,
                $"{name} is none of the canonical tables by its title, which refuses the classifier's guess ({guess}): it names a part " +
                "of what that table holds; its type is unknown", DiagnosticCodes.UnknownTableType),
            TypingEvidence.None => Info(table,
                $"{name} is none of the canonical tables by its title or its header; its type is unknown", DiagnosticCodes.UnknownTableType),
            _ => null,
        };
    }

    /// <summary>
    /// A measure for every column of amounts; null for label columns. A table printed with an empty body
    /// shows its amount columns by their headers only.
    /// </summary>
    private static IReadOnlyList<string?> Columns(Table table, string type, bool misread)
    {
        int count = table.Columns.Count;
        if (type is TableTypes.ProjectPerformanceTargets) return Enumerable.Repeat<string?>(null, count).ToList();
        bool anyValue = table.Rows.Any(r => r.Any(c => c.Value is not null));
        // A table printed empty reads its 合计 row (and a note such as 此表为空) as more header rows. A header
        // row names every column, a merged name repeated across its span; a row leaving columns blank is body.
        var header = table.Header.ToList();
        while (!anyValue && header.Count > 1 && header[^1].Any(cell => cell.Trim().Length == 0)) header.RemoveAt(header.Count - 1);
        // The row numbering the columns (栏次 1 2 3) names none of them.
        header.RemoveAll(row => ColumnHeaders.IsColumnNumbering(row));
        SpreadYearGroups(header);
        var printed = Enumerable.Range(0, count).Select(c => HeaderPath(header, c)).ToList();
        var read = misread ? [.. printed.Select(MisreadHeaders.Corrected)] : printed;
        // A summary's side heading says which side a column is on, which its labels say too; the phases under it
        // (Shanghai's final accounts: 收入 / 年初预算数 | 决算数) are the measures.
        bool summary = type is TableTypes.IncomeExpenditureSummary or TableTypes.FiscalAppropriationSummary;
        var paths = summary
            ? [.. read.Select(p => p.Count > 1 && ColumnHeaders.IsSummarySide(p[0]) ? (IReadOnlyList<string>)[.. p.Skip(1)] : p)]
            : read;
        var amounts = Enumerable.Range(0, count).Select(c =>
                !MeasureMap.IsLabel(paths[c]) && (anyValue ? table.Rows.Any(r => c < r.Count && r[c].Value is not null) : table.Header.Count > 0))
            .ToArray();
        bool sole = amounts.Count(a => a) == 1;
        var heading = WholeTableHeading(paths, amounts);
        var years = paths.Select(YearPrinted).ToList();
        int? latest = years.Where((y, c) => amounts[c] && y is not null).Max();
        // An earlier year's outcome beside this year's budget (Beijing: 2024年决算数 | 2025年预算数 | 2026年预算数) splits no phases:
        // only the latest year's columns, and those naming no year, say whether the table prints a budget beside its outcome.
        bool[] thisYears = [.. amounts.Select((a, c) => a && !(years[c] < latest))];
        bool phases = SplitsPhases(paths, thisYears);
        // What was spent beside a budget's columns is the outcome, as 决算数 is (a summary's 本年支出 is its side); what was
        // budgeted beside it, the year's budget.
        if (!phases && !summary)
        {
            List<IReadOnlyList<string>> spentAsOutcome = [.. paths.Select(p => (IReadOnlyList<string>)[.. p.Select(h =>
                ColumnHeaders.NamesSpending(h) ? ColumnHeaders.Outcome : ColumnHeaders.NamesArrangedBudget(h) ? ColumnHeaders.YearsBudget : h)])];
            if (SplitsPhases(spentAsOutcome, thisYears)) (paths, phases) = (spentAsOutcome, true);
        }
        // Beside an earlier year's columns, the latest year's are this year's: its year says no more than that
        // (2025年预算数 | 2026年预算数 over 小计 | 基本支出 | 项目支出: that 小计 is the table's total).
        bool yearsApart = years.Where((y, c) => amounts[c] && y < latest).Any()
            // or beside last year's named so (Ningxia: 上年预算数 | 2024年预算数 / 小计 | 基本支出 | 项目支出).
            || latest is not null && paths.Where((_, c) => amounts[c]).Any(p => p.Any(NamesLastYear));
        // The heading over the whole table goes first: a year heading it (2025年 over 上年预算数 | 本年预算数) is no part of a column's path.
        IReadOnlyList<string> Path(int c)
        {
            var path = heading is null ? paths[c] : [.. paths[c].Skip(1)];
            return yearsApart && years[c] == latest ? WithoutTheYear(path) : path;
        }
        var measures = Enumerable.Range(0, count).Select(c => !amounts[c] ? null
            : years[c] < latest ? Measures.OtherPrefix + string.Join("/", paths[c])
            : Measure(Path(c), type, sole, phases)).ToList();
        // A summary's actual figures are its figures (收入总计 | 支出总计 as a summary without budget columns prints them);
        // its budget columns keep their phase.
        if (summary)
            measures = [.. measures.Select(m => m is null ? null : m == Measures.Actual ? Measures.Amount : Measures.WithoutActual(m))];
        SourcesAfterTheirTotal(measures, paths, type);
        PartsAfterTheirSubtotal(measures, paths);
        if (!misread) return measures;
        return MisreadHeaders.Aligned(measures, printed, read, type)
            ?? MisreadHeaders.Filled(measures, [.. Enumerable.Range(0, count).Select(c => !read[c].SequenceEqual(printed[c]))]);
    }

    /// <summary>A measure naming where money comes from: a source, a kind of income or a fund (not a kind of spending).</summary>
    private static bool IsSource(string measure) =>
        measure.StartsWith("source.", StringComparison.Ordinal) || measure.StartsWith("income.", StringComparison.Ordinal) || measure.StartsWith("fund.", StringComparison.Ordinal);

    /// <summary>
    /// The latest year's column's path beside an earlier year's, the year left out: printed before a heading (2025年预算数), or as a
    /// heading of its own under what the column is of (round JE's Anhui 三公 table: 合计 / 2024年 | 2025年 | 增减, each part likewise),
    /// where the path names something else. A bare 预算 or 决算 left (round KK's Heilongjiang 三公 table inside the narrative:
    /// 项目 | 2024年预算 | 2025年预算 | 增减额) is the year's own figure, as 本年预算 and 决算数 name it.
    /// </summary>
    private static IReadOnlyList<string> WithoutTheYear(IReadOnlyList<string> path)
    {
        var parts = path.Select(p => ColumnHeaders.WithoutLeadingYear(p.Replace(" ", "")) switch { "预算" => "本年预算", "决算" => "决算数", var rest => rest }).ToList();
        var named = parts.Where(p => !ColumnHeaders.IsYearAlone(p)).ToList();
        return named.Count > 0 ? named : parts;
    }

    /// <summary>
    /// A source printed as an "of which" of the total right before it, other sources after it (round IZ's Xiamen 项目支出决算表:
    /// 本年支出合计 | 其中：财政拨款 | 其他资金): one of the total's sources beside the rest, as it would be headed without 其中. An
    /// "of which" alone after its total (合计 | 其中：财政拨款) leaves the rest of the total unprinted, and one after a part
    /// (事业收入 | 其中：教育收费) is inside that part: both stay unmapped.
    /// </summary>
    private static void SourcesAfterTheirTotal(List<string?> measures, IReadOnlyList<IReadOnlyList<string>> paths, string type)
    {
        for (int c = 1; c < measures.Count; c++)
        {
            if (measures[c - 1] != Measures.Total || !Measures.IsOther(measures[c]) || paths[c].Count != 1) continue;
            var ofWhich = ColumnHeaders.OfWhichColumn().Match(paths[c][0].Replace(" ", ""));
            if (!ofWhich.Success || MeasureMap.Measure([ofWhich.Groups["part"].Value], type, soleAmountColumn: false) is not { } part
                || Measures.IsOther(part) || part is Measures.Total or Measures.Amount) continue;
            if (IsSource(part) && measures.Skip(c + 1).Any(m => m is not null && IsSource(m))) measures[c] = part;
        }
    }

    /// <summary>
    /// A source's subtotal printed as one heading (单位资金小计) with its parts after it under an "of which" (round KZ's Shaanxi 收入总表:
    /// … | 单位资金小计 | 其中：事业收入 | 其他收入): the parts, from the 其中 to the table's last column, are inside the subtotal, not more
    /// sources beside it.
    /// </summary>
    private static void PartsAfterTheirSubtotal(List<string?> measures, IReadOnlyList<IReadOnlyList<string>> paths)
    {
        for (int c = 0; c + 1 < measures.Count; c++)
        {
            if (measures[c] is not { } subtotal || !IsSource(subtotal) || paths[c] is not [var heading] || !heading.Replace(" ", "").EndsWith("小计", StringComparison.Ordinal)
                || paths[c + 1] is not [var next] || !ColumnHeaders.OfWhichColumn().IsMatch(next.Replace(" ", ""))) continue;
            for (int k = c + 1; k < measures.Count; k++)
                if (measures[k] is not null) measures[k] = Measures.OtherPrefix + string.Join("/", paths[k]);
            return;
        }
    }

    /// <summary>
    /// A final account's table that prints each figure as budgeted and as spent prefixes the part's measure with the
    /// phase, whether the phase heads the part's columns (预算数 | 决算数 under each part) or the part's column sits under
    /// the phase (the national template's 三公 table: 预算数 over its parts, then 决算数 over the same): <c>actual.three_public.overseas</c>.
    /// </summary>
    private static string Measure(IReadOnlyList<string> path, string type, bool sole, bool phases)
    {
        int at = phases ? PhaseAt(path) : -1;
        if (at < 0) return MeasureMap.Measure(path, type, sole);
        var phase = MeasureMap.Phase(path[at])!;
        var rest = path.Where((_, i) => i != at).ToList();
        return rest.Count == 0 ? phase : $"{phase}.{MeasureMap.Measure(rest, type, soleAmountColumn: false)}";
    }


    /// <summary>Where a column's path names its phase: the leaf, else the heading at its top.</summary>
    private static int PhaseAt(IReadOnlyList<string> path) =>
        path.Count == 0 ? -1 : MeasureMap.Phase(path[^1]) is not null ? path.Count - 1 : MeasureMap.Phase(path[0]) is not null ? 0 : -1;

    /// <summary>
    /// The year a column's headings print before their names (2023年预算数), if any. Beside a later year's columns
    /// (2024年预算数) an earlier year's are last year's figures, whatever they are named.
    /// </summary>
    private static int? YearPrinted(IReadOnlyList<string> path) =>
        path.Select(p => ColumnHeaders.LeadingYear().Match(p.Replace(" ", "")))
            .Where(m => m.Success).Select(m => (int?)int.Parse(m.Value[..4], System.Globalization.CultureInfo.InvariantCulture)).Max();

    /// <summary>A heading naming last year's figures (上年预算数, 上年执行数).</summary>
    private static bool NamesLastYear(string heading) =>
        ColumnHeaders.YearFigures().Match(heading.Replace(" ", "")) is { Success: true } m && m.Groups["last"].Success;

    private static bool SplitsPhases(IReadOnlyList<IReadOnlyList<string>> paths, bool[] amounts)
    {
        var phases = paths.Where((p, c) => amounts[c] && PhaseAt(p) >= 0).Select(p => MeasureMap.Phase(p[PhaseAt(p)])).ToHashSet();
        return phases.Contains(Measures.Actual) && (phases.Contains(Measures.BudgetInitial) || phases.Contains(Measures.BudgetAdjusted));
    }

    /// <summary>
    /// A heading over every amount column and nothing else (收入预算 over 合计 | 财政拨款收入 | 事业收入…) names the
    /// table, not a group of its columns: 合计 under it is the table's total. Each side of a two-sided summary
    /// has a heading of its own, so none spans them all.
    /// </summary>
    private static string? WholeTableHeading(IReadOnlyList<IReadOnlyList<string>> paths, bool[] amounts)
    {
        var amountPaths = paths.Where((_, c) => amounts[c]).ToList();
        if (amountPaths.Count < 2 || amountPaths.Any(p => p.Count < 2)) return null;
        var top = amountPaths[0][0];
        bool spansAll = amountPaths.All(p => p[0] == top) && !paths.Where((_, c) => !amounts[c]).Any(p => p.Count > 0 && p[0] == top);
        return spansAll ? top : null;
    }

    /// <summary>
    /// A year's group heading printed in its first cell only, the cells to its right left blank (round GW's 三公 table:
    /// 2025年“三公”经费预算数 over 合计 | 因公出国（境）费 | …, then 2026年“三公”经费预算数 over the same): it heads each column
    /// up to the next heading, so last year's parts are not read as this year's. Only in a row naming two years at least (a title's
    /// year over the whole table heads no group), and only a heading with other headings under it: one merged down over its own
    /// column repeats itself there and heads no group.
    /// </summary>
    private static void SpreadYearGroups(List<IReadOnlyList<string>> header)
    {
        bool HeadedBelow(int row, int column, string? other = null) =>
            header.Skip(row + 1).Any(r => column < r.Count && r[column].Trim().Length > 0 && r[column] != other);
        static bool Year(string heading) => ColumnHeaders.LeadingYear().IsMatch(heading.Replace(" ", ""));
        for (int r = 0; r < header.Count - 1; r++)
        {
            if (header[r].Count(Year) < 2) continue;
            var row = header[r].ToArray();
            for (int c = 0; c < row.Length; c++)
            {
                if (!Year(row[c]) || !HeadedBelow(r, c, other: row[c])) continue;
                for (int n = c + 1; n < row.Length && row[n].Trim().Length == 0 && HeadedBelow(r, n); n++) row[n] = row[c];
            }
            header[r] = row;
        }
    }

    /// <summary>
    /// A column's header texts top to bottom, each once (a cell merged down repeats itself); a heading printed in one cell with the
    /// heading under it (round BV's Jiangsu: "决算数合计" beside 基本支出 | 项目支出 under 决算数) as the two headings.
    /// </summary>
    private static IReadOnlyList<string> HeaderPath(IReadOnlyList<IReadOnlyList<string>> header, int column) =>
        header.Where(row => column < row.Count).Select(row => row[column]).Where(t => t.Trim().Length > 0).SelectMany(Unfused).Distinct().ToList();

    private static IEnumerable<string> Unfused(string heading) =>
        ColumnHeaders.HeadingOverLeaf().Match(LineLabels.Bare(heading)) is { Success: true } m
            ? [m.Groups["heading"].Value, m.Groups["leaf"].Value] : [heading];

    private static Diagnostic Info(Table table, string message, string code) => new()
    {
        Stage = PipelineStages.Mapping, Severity = DiagnosticSeverity.Info, Code = code,
        Page = table.Pages.FirstOrDefault(), TableId = table.Id, Message = message,
    };
}
