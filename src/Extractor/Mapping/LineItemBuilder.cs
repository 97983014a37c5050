using System.Globalization;
using System.Text.RegularExpressions;
using Extractor.Layout;
using Extractor.Model;
using Extractor.Tables;
using Extractor.Wording;

namespace Extractor.Mapping;

/// <summary>
/// Turns mapped tables into the tidy dataset: one line item per amount cell, with the row's dimension,
/// classification code and name, the budget unit it belongs to, and the amount in yuan. Each amount
/// column belongs to the group of label columns left of it (a two-sided summary has two or three groups);
/// within a group the code comes from a code column, from split 类/款/项 columns (204 | 06 | 01 → 2040601),
/// or from the front of the name (201一般公共服务), and a unit row (单位编码) sets the unit of the rows under it.
/// </summary>
public static class LineItemBuilder
{
    /// <param name="tables">The document's mapped tables.</param>
    /// <param name="documentUnit">The unit the document prints its figures in, for tables that do not say.</param>
    /// <param name="ocrPages">The pages read by OCR: codes there may carry a speck (<see cref="KuansReadWithASpeck"/>).</param>
    public static IReadOnlyList<LineItem> Build(IReadOnlyList<Table> tables, MoneyUnit? documentUnit, IReadOnlySet<int>? ocrPages = null)
    {
        IEnumerable<LineItem> Read(Table t)
        {
            decimal factor = (t.Unit ?? documentUnit ?? MoneyUnit.Yuan).YuanPerUnit();
            // A project's performance form prints its figures beside their labels, not under column headings.
            if (t.Type == TableTypes.ProjectPerformanceTargets) return PerformanceFormReader.Read(t, factor);
            // So an overall form printed as one (部门名称 | … over 年度资金总额 | 8681.47, round JU's Shandong: no column of it names a measure),
            // or its block's figures each under its label (round KD's Zhejiang).
            if (t.Type == TableTypes.OverallPerformanceTargets && (t.Columns.All(c => c is null || Measures.IsOther(c)) || PerformanceFormReader.HasFiguresUnderLabels(t)))
                return PerformanceFormReader.ReadFundRows(t, factor);
            bool readByOcr = t.LiesOn(ocrPages);
            return t.Columns.Any(c => c is not null) ? WithNamedUnits([.. FromTable(readByOcr ? WithDecimalPoints(t) : t, factor, readByOcr)]) : [];
        }
        var items = tables.Where(t => t.Type != TableTypes.Unknown).SelectMany(Read)
            .Concat(tables.Where(t => t.Type == TableTypes.Unknown).Select(t => Read(t).ToList()).Where(ByGovernmentEconomicClass).SelectMany(lines => lines))
            .ToList();
        return EconomicItemsOutOfTheirClass.Restored(
            ItemsPlacedOffTheirName.Named(ItemsUnderMisprintedKuans.Restored(UnitCodes.Agreed(items, tables.Where(t => t.LiesOn(ocrPages)).Select(t => t.Id).ToHashSet()))));
    }

    /// <summary>The fewest coded lines of a table of no standard type for its codes to say it is by the government's economic classification.</summary>
    private const int MinGovernmentEconomicLines = 4;

    /// <summary>
    /// Whether a table of no standard type lists expenditure by the government's economic classification (Jilin's 一般公共预算支出情况表
    /// （按政府预算经济分类）: 501 机关工资福利支出 over 50101 …, under 合计 | 基本支出 | 项目支出, round LG): every code it prints is one (5xx), so
    /// its figures are the dataset's and its classes are held to their items.
    /// </summary>
    private static bool ByGovernmentEconomicClass(List<LineItem> lines) =>
        lines.Count(l => l.Dimension == Dimensions.GovEconomic) >= MinGovernmentEconomicLines && lines.All(l => l.Code is null || l.Dimension == Dimensions.GovEconomic);

    /// <summary>The least share of a table's non-zero figures printed to one number of decimals for it to be the table's.</summary>
    private const double PrintedDecimalsShare = 0.9;

    /// <summary>The least number of such figures: a table of a few could print whole numbers among them.</summary>
    private const int PrintedDecimalsLeast = 10;
    /// <summary>
    /// How many times the table's largest figure printed with decimals a figure of bare digits must exceed to be
    /// taken for one that lost its point: a round figure (100 among figures to the 0.01) stays as read.
    /// </summary>
    private const decimal LostPointExcess = 10m;

    /// <summary>
    /// An OCR'd table's figures read without the decimal point the rest print (1374.15 read 137415, the point lost
    /// to a ruling line): where nearly all its non-zero figures print the same decimals, a figure of bare digits
    /// far larger than any of them (<see cref="LostPointExcess"/>, the table's total among them) is read with its
    /// point before as many last digits, its text too.
    /// </summary>
    private static Table WithDecimalPoints(Table table)
    {
        var figures = table.Rows.SelectMany(row => row).Where(cell => cell.Value is { } v && v != 0).ToList();
        var usual = figures.GroupBy(cell => PrintedPrecision.Decimals(cell.Value!.Value)).MaxBy(g => g.Count());
        if (usual is null || usual.Key == 0 || usual.Count() < PrintedDecimalsLeast || usual.Count() < PrintedDecimalsShare * figures.Count) return table;
        decimal unit = PrintedPrecision.DigitUnit(usual.Key), largest = usual.Max(cell => Math.Abs(cell.Value!.Value));
        bool LostPoint(Cell cell) => cell.Value is { } v && PrintedPrecision.Decimals(v) == 0 && v > LostPointExcess * largest
            && cell.Text.Trim() is { } text && text.Length > usual.Key && text.All(char.IsAsciiDigit);
        Cell Mended(Cell cell)
        {
            string digits = cell.Text.Trim();
            return cell with { Value = cell.Value!.Value * unit, Text = $"{digits[..^usual.Key]}.{digits[^usual.Key..]}" };
        }
        return table with { Rows = [.. table.Rows.Select(row => (IReadOnlyList<Cell>)[.. row.Select(cell => LostPoint(cell) ? Mended(cell) : cell)])] };
    }

    private static IEnumerable<LineItem> FromTable(Table table, decimal factor, bool readByOcr)
    {
        var groups = LabelGroup.Of(table, readByOcr);
        table = groups.Aggregate(table, (t, g) => g.SplitCode is [var cls, var kuan, var item] ? CentredCodeCells.Lifted(t, cls, kuan, item) : t);
        // Split 类/款/项 codes are read row after row, each under the class and 款 of the rows above it.
        var places = groups.ToDictionary(g => g, _ => new CodePlace(readByOcr));
        var labels = table.Rows.Select((row, i) => groups.ToDictionary(g => g, g => g.Read(row, places[g], table.Rows.Skip(i + 1)))).ToList();
        if (readByOcr)
        {
            CutRows.Join(table, labels, groups);
            foreach (var group in groups)
            {
                KuansReadWithASpeck(labels, group);
                ClassLabels.MendCodesInside(labels, group);
            }
        }
        // The unit codes of this table: the six-digit ones (346001) and their department prefix (346).
        var unitCodes = labels.SelectMany(l => l.Values).Select(l => l.Code).OfType<string>().Where(c => c.Length == 6)
            .SelectMany(c => new[] { c, c[..3] }).ToHashSet();
        (string Code, string? Name)? entity = null;
        var read = RowsToRead(table);
        for (int r = 0; r < table.Rows.Count; r++)
        {
            if (!read[r]) continue;
            var row = table.Rows[r];
            var labelsOfRow = labels[r];
            var primary = groups.Count > 0 ? labelsOfRow[groups[0]] : new RowLabel(null, "", false);
            // A line counting vehicles or visits holds no amount, nor does a line of rates.
            if (LineLabels.Counted().IsMatch(LineLabels.Bare(primary.Name)) || LineLabels.IsRateLine(primary.Name)) continue;
            if (primary.NamesAnItem && groups.Count > 0 && groups[0].UnitCodeOf(row) is { } itemUnit && itemUnit != entity?.Code)
                entity = (itemUnit, entity?.Name);
            // A class's row is no unit's though the units' codes open with its digits (round EZ's Anhui: units 208001–208004 and
            // 208 社会保障和就业支出 in their blocks).
            // Every coded row of a table by unit is a unit's, however long its codes (Jiangxi's 205003001, round ES).
            bool unitRow = !primary.NamesAnItem && primary.Code is { } unitCode
                && (unitCodes.Contains(unitCode) || (unitCode.Length == 3 && unitCode[0] is not ('2' or '3' or '5')) || table.Type == TableTypes.IncomeExpenditureByUnit)
                && !(unitCode.Length == 3 && FunctionClasses.CodeNamed(primary.Name) == unitCode);
            if (unitRow) entity = (primary.Code!, primary.Name);

            for (int c = 0; c < row.Count && c < table.Columns.Count; c++)
            {
                if (table.Columns[c] is not { } measure || row[c].Value is not { } value) continue;
                var group = LabelGroup.Naming(groups, c);
                var label = group is null ? primary : labelsOfRow[group];
                bool own = group is null || ReferenceEquals(group, groups[0]);
                // A label without a word or a code (占比 82%) names nothing: the row's own label does, as its own.
                if (label.Code is null && !CjkText.HasIdeograph(label.Name)) (label, own) = (primary, true);
                // A purchased service or procurement item carries the economic class it is charged to (30227
                // 委托业务费) as an attribute: the item is named, not coded, by it.
                // An OCR'd 三公 table's parts are named, not coded: digits read in front of a name there are OCR's reading
                // of its words (公务 read 20955), not a class it sums under. (Its units' codes have a column of their own.)
                var code = (label.NamesAnItem && label.Code is { Length: 3 or 5 } c3 && c3[0] == '3')
                    || (readByOcr && label.CodeInName && table.Type == TableTypes.ThreePublicExpenses) ? null : label.Code;
                yield return new LineItem
                {
                    TableId = table.Id,
                    TableType = table.Type,
                    Dimension = own && unitRow ? Dimensions.Unit : DimensionOf(table.Type, code, label.Name),
                    Code = code,
                    CodePrinted = code is null ? null : label.CodePrinted,
                    // A standard summary's row label OCR garbled is read as the template's row it can only be.
                    Name = readByOcr && code is null ? MisreadLabels.Nearest(table.Type, label.Name) : label.Name,
                    EntityCode = own ? entity?.Code : null,
                    EntityName = (own ? entity?.Name : null) ?? table.Scope,
                    Measure = measure,
                    Amount = value * factor,
                    AmountPrinted = row[c].Text,
                    Page = row[c].Bbox?.Page ?? table.Pages.FirstOrDefault(),
                    Row = r,
                    Col = c,
                };
            }
        }
    }

    /// <summary>
    /// A 款 code OCR read with a speck after it (21201 as 212014) has six digits, as a unit's code has; the next
    /// coded row's 项 (2120101) shows which it is, unless other units share its prefix (a unit family 212001, 212014).
    /// Only on OCR'd tables: a printed unit code may well be followed by an item under its digits (205020 某县实验中学
    /// over 2050203 初中教育).
    /// </summary>
    private static void KuansReadWithASpeck(List<Dictionary<LabelGroup, RowLabel>> labels, LabelGroup group)
    {
        var codes = labels.Select(l => l[group].Code).ToList();
        for (int r = 0; r < codes.Count; r++)
        {
            if (codes[r] is not { Length: 6 } code || code[0] != '2') continue;
            if (codes.Any(c => c is { Length: 6 } && c != code && c.StartsWith(code[..3], StringComparison.Ordinal))) continue;
            var next = codes.Skip(r + 1).FirstOrDefault(c => c is not null);
            if (next is { Length: 7 } && next.StartsWith(code[..5], StringComparison.Ordinal))
                labels[r][group] = labels[r][group] with { Code = code[..5], CodePrinted = labels[r][group].CodePrinted ?? code };
        }
    }

    /// <summary>
    /// The rows that carry line items: not a header's column numbering (栏次 1 2 3) a continuation page prints again
    /// under its repeated headings, read as a body row. An overall performance form itemises its fund overview only: the first
    /// run of rows with amounts, without a second printing of it (rows repeating, label and figures, a run of
    /// the rows above) and without a row whose label is itself a figure (cells shifted in the printing). The
    /// project list and indicator blocks below it are read as the project performance form is: their amounts
    /// are not items.
    /// </summary>
    private static bool[] RowsToRead(Table table)
    {
        var read = new bool[table.Rows.Count];
        if (table.Type != TableTypes.OverallPerformanceTargets)
        {
            for (int r = 0; r < read.Length; r++) read[r] = !ColumnHeaders.IsColumnNumbering(table.Rows[r].Select(cell => cell.Text));
            return read;
        }
        bool HasAmount(int r) => table.Rows[r].Any(cell => cell.Value is not null);
        int first = Enumerable.Range(0, read.Length).FirstOrDefault(HasAmount, read.Length);
        int end = first;
        while (end < read.Length && HasAmount(end)) end++;
        var keys = table.Rows.Select(RowKey).ToList();
        bool Same(int a, int b) => a >= first && b >= first && a < end && b < end && keys[a] == keys[b];
        for (int r = first; r < end; r++)
        {
            // Income and expenditure totals may well agree; a repeat is a run of two rows or more.
            bool repeat = Enumerable.Range(first, r - first).Any(s => Same(r, s) && ((r - 1 > s && Same(r - 1, s - 1)) || Same(r + 1, s + 1) && s + 1 < r));
            read[r] = !repeat && !FigureAsLabel(table.Rows[r]);
        }
        return read;
    }

    /// <summary>A row's label (its last cell with a word) and figures, to tell a row printed again.</summary>
    private static string RowKey(IReadOnlyList<Cell> row) =>
        (row.Select(cell => cell.Text.Trim()).LastOrDefault(text => CjkText.HasIdeograph(text)) ?? "") + "|"
        + string.Join("|", row.Select(cell => cell.Value?.ToString(CultureInfo.InvariantCulture) ?? ""));

    /// <summary>Whether a label cell before the row's first figure holds a figure: the row's cells are shifted.</summary>
    private static bool FigureAsLabel(IReadOnlyList<Cell> row) =>
        row.Take(ColumnOfFirstValue(row)).Any(cell => cell.Value is null && cell.Text.Contains('.') && PrintedNumber.Parse(cell.Text) is not null);

    private static int ColumnOfFirstValue(IReadOnlyList<Cell> row) =>
        Enumerable.Range(0, row.Count).FirstOrDefault(c => row[c].Value is not null, row.Count);

    private static string DimensionOf(string tableType, string? code, string name)
    {
        if (code is { Length: 3 or 5 or 7 } && code[0] == '2' && tableType != TableTypes.ProjectExpenditure) return Dimensions.Function;
        if (code is { Length: 3 or 5 } && code[0] == '3') return Dimensions.Economic;
        if (code is { Length: 3 or 5 } && code[0] == '5') return Dimensions.GovEconomic;
        if (IsTotal(name)) return Dimensions.Summary;
        return tableType switch
        {
            TableTypes.ProjectExpenditure => Dimensions.Project,
            TableTypes.GovernmentProcurement => Dimensions.ProcurementItem,
            TableTypes.GovernmentPurchasedServices => Dimensions.PurchasedService,
            _ => Dimensions.Summary,
        };
    }

    private static bool IsTotal(string name) => LineLabels.AnyTotal().IsMatch(name.Trim());

    /// <summary>
    /// A table listing the department's units by name alone (Liaoning's 部门收入总表: 沈阳市司法局（本级） | 沈阳市法律援助中心 | … |
    /// 合计, no 单位编码): its lines are units, as a coded unit's are. Only where every uncoded line but the total names a unit,
    /// at least two of them: a summary's lines (一般公共预算拨款收入, 本年支出合计) name none.
    /// </summary>
    private static IReadOnlyList<LineItem> WithNamedUnits(IReadOnlyList<LineItem> items)
    {
        var lines = items.Where(i => i.Dimension == Dimensions.Summary && i.Code is null && !IsTotal(i.Name)).ToList();
        if (items.Any(i => i.Code is not null) || lines.Select(i => i.Row).Distinct().Count() < MinNamedUnits
            || !lines.All(i => LineLabels.UnitName().IsMatch(i.Name.Trim()))) return items;
        var units = lines.ToHashSet(ReferenceEqualityComparer.Instance);
        return [.. items.Select(i => units.Contains(i) ? i with { Dimension = Dimensions.Unit, EntityName = i.Name } : i)];
    }

    /// <summary>How many lines must name units for a table to be taken for a list of units.</summary>
    private const int MinNamedUnits = 2;
}

/// <summary>
/// A row's labels in one group: its code (classification, or a unit's when that is all the row has), its
/// name, and whether the name is a project's or an item's (such a row is never a unit row).
/// </summary>
public sealed record RowLabel(string? Code, string Name, bool NamesAnItem)
{
    /// <summary>Whether the code was read from the front of the name (201一般公共服务), there being no code column.</summary>
    public bool CodeInName { get; init; }

    /// <summary>The code's parts as printed, where they did not fit the row's place and the place decided the code.</summary>
    public string? CodePrinted { get; init; }
}

/// <summary>
/// A run of label columns of a table and which of them holds what: the unit code (单位编码), the
/// classification code (科目编码, or split 类/款/项), and the names, most specific first.
/// </summary>
public sealed partial class LabelGroup
{
    public required IReadOnlyList<int> Columns { get; init; }
    private int unitCode = -1;
    /// <summary>A 单位名称 column beside the subject's columns, opening each unit's rows with the unit's bracketed code; -1 where there is none.</summary>
    private int unitOpenings = -1;
    /// <summary>The first three digits two or more of the unit-code column's six-digit codes share: its units' department codes.</summary>
    private IReadOnlySet<string> unitFamilies = new HashSet<string>();
    private IReadOnlyList<int> code = [];
    private IReadOnlyList<int> names = [];
    private IReadOnlySet<int> itemNames = new HashSet<int>();
    private IReadOnlyDictionary<int, IReadOnlyList<int>> continuations = new Dictionary<int, IReadOnlyList<int>>();
    private int fused = -1;

    /// <summary>The 类, 款 and 项 columns where the code is printed split over three; else empty.</summary>
    public IReadOnlyList<int> SplitCode => code.Count == 3 ? code : [];

    // A fused column's cell: the code, then the name ("310 株洲市芦淞区城市管理执法局", "310001 …本级").
    // A speck OCR read after the code may stand before the gap ("2120803) 城市建设支出").
    [GeneratedRegex(@"^(?<code>\d{3,7})[^\d\s]{0,2}\s+(?<name>\D.*)$")]
    private static partial Regex CodeThenName();

    // A classification code printed in front of its name: 201一般公共服务, 30101 基本工资.
    [GeneratedRegex(@"^(?<code>[235](?:\d{2}|\d{4}|\d{6}))\s*(?<rest>\D.*)$")]
    private static partial Regex CodePrefix();

    private static readonly Regex AnyLabel = new(".");

    // Names in the order a row is best named by: a project or item before the subject, the subject
    // before the unit.
    private static readonly Regex[] NamePreference =
        [ColumnHeaders.ItemName(), ColumnHeaders.ProjectName(), ColumnHeaders.SubjectName(), ColumnHeaders.UnitName(), AnyLabel];

    /// <param name="readByOcr">Whether OCR read the table: its names may be split over word gaps read as gutters.</param>
    public static IReadOnlyList<LabelGroup> Of(Table table, bool readByOcr)
    {
        // The row numbering the columns (栏次 | | | | 1 | 2) heads no label column: 类 over its 栏次 is still 类.
        var headings = table.Header.Where(h => !ColumnHeaders.IsColumnNumbering(h)).ToList();
        var headers = Enumerable.Range(0, table.Columns.Count)
            .Select(c => string.Concat(headings.Where(h => c < h.Count).Select(h => h[c]).Distinct()).Replace(" ", "")).ToList();
        var groups = new List<LabelGroup>();
        var run = new List<int>();
        for (int c = 0; c <= table.Columns.Count; c++)
        {
            // A column blank in every row after the first amount column labels nothing, nor does it end the run of
            // labels around it: a column made of a heading's pieces (an OCR'd heading split over a gutter) between
            // two amount columns would otherwise take the rows' own labels from the amounts after it. (Before the
            // amounts a blank column is still a label column: a 项 column no row fills is one of the code's parts.)
            if (c < table.Columns.Count && table.Columns[c] is null && table.Columns.Take(c).Any(m => m is not null)
                && table.Rows.All(r => c >= r.Count || r[c].Text.Trim().Length == 0)) continue;
            // A column of rates or shares (增减率（%）, 占比) holds no amount and names no row (a 三公 table of figures alone prints
            // no label); it ends the run of labels before it, as an amount column does.
            if (c < table.Columns.Count && table.Columns[c] is null && !ColumnHeaders.Rate().IsMatch(headers[c])) { run.Add(c); continue; }
            if (run.Count > 0) groups.Add(Describe([.. run], headers, table.Rows, readByOcr));
            run.Clear();
        }
        return groups;
    }

    private static LabelGroup Describe(List<int> columns, IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<Cell>> rows, bool readByOcr)
    {
        int unit = columns.FirstOrDefault(c => ColumnHeaders.UnitCode().IsMatch(headers[c]), -1);
        var code = columns.Where(c => c != unit && ColumnHeaders.Code().IsMatch(headers[c])).ToList();
        // A heading OCR ran together (单位编码 over 单位名称 read "单位 | 名称编码单位") or cut (单位代码 read "单位 | 代码" over
        // one column of codes and one left blank) can name the wrong column: the column printing only codes is the code,
        // where the one named prints words or nothing.
        int printingCodes = columns.FirstOrDefault(c => c != unit && !code.Contains(c) && Holds(rows, c, IsCode), -1);
        if (code.Count == 1 && printingCodes >= 0 && (Holds(rows, code[0], IsWords) || IsBlank(rows, code[0])))
            code = [printingCodes];
        if (ClassColumnBefore(columns, code, unit, headers, rows) is { } classes) code = [classes, .. code];
        else if (KuanColumnBetween(columns, code, headers, rows) is { } kuans) code = [code[0], kuans, code[1]];
        else if (KuanColumnAfter(columns, code, headers, rows) is { } closing) code = [code[0], closing];
        else if (ItemColumnAfter(columns, code, headers, rows) is { } itemCodes) code = [.. code, itemCodes];
        // On a scan whose heading was not read at all, a column printing only codes is still the code.
        if (readByOcr && code.Count == 0 && unit < 0 && printingCodes >= 0 && headers.All(h => h.Length == 0))
            code = [printingCodes];
        // Two headings run together over one column (单位代码单位名称(科目): OCR read the code and name columns as one)
        // head cells holding both, the code first: the column is read as each.
        int fused = columns.FirstOrDefault(c => (c == unit || code.Contains(c)) && ColumnHeaders.NamesSomething(headers[c]) && Holds(rows, c, IsCodeThenName, MostCells), -1);
        var rest = columns.Where(c => c == fused || (c != unit && !code.Contains(c) && !ColumnHeaders.LineNumbers().IsMatch(headers[c]))).ToList();
        // On an OCR'd page, a label column with no heading of its own right after a name column holds the rest of its
        // names: a name split over a word gap read as a gutter (株洲市芦淞区城市管理 | 执法 | 局) is read whole. (A printed
        // table's label columns without headings are levels: 收入总计 over 一般公共预算资金 | 小计.)
        // A table whose heading OCR did not read at all has no named column to continue.
        var continued = new HashSet<int>();
        foreach (int c in rest)
            if (readByOcr && headers[c].Length == 0 && rest.Contains(c - 1) && (headers[c - 1].Length > 0 || continued.Contains(c - 1)))
                continued.Add(c);
        rest.RemoveAll(continued.Contains);
        var continuations = rest.ToDictionary(c => c, c => (IReadOnlyList<int>)[.. Enumerable.Range(c + 1, columns.Count).TakeWhile(continued.Contains)]);
        // Among columns no header names, the innermost label names the row: 部门总体资金情况 | 收入构成 | 财政拨款.
        var names = NamePreference.SelectMany(p => p == AnyLabel ? rest.AsEnumerable().Reverse() : rest.Where(c => p.IsMatch(headers[c])))
            .Distinct().ToList();
        var items = rest.Where(c => (ColumnHeaders.ItemName().IsMatch(headers[c]) || ColumnHeaders.ProjectName().IsMatch(headers[c]))
            && !ColumnHeaders.IsSubjectNamedProject(headers[c])).ToHashSet();
        var families = unit < 0 ? [] : rows.Select(r => unit < r.Count ? Digits(r[unit].Text) : null).OfType<string>().Where(c => c.Length == 6)
            .GroupBy(c => c[..3]).Where(g => g.Count() >= 2).Select(g => g.Key).ToHashSet();
        // A 单位名称 column opening each unit's rows ("[304001]海南省林业局本级" over them, 科目名称 合计 beside it: round GM's Hainan) where
        // the subject's name has a column of its own; or the one name column, a unit's row opening its block in it (单位名称（科目）:
        // "[501001]青海省卫生健康委员会本级" after the department's rows, round IS's Qinghai).
        bool OpensUnits(int c) => rows.Any(r => c < r.Count && LineLabels.BracketedUnit().IsMatch(r[c].Text.Trim()));
        int openings = names.Count >= 2 ? names.FirstOrDefault(c => c != names[0] && ColumnHeaders.UnitName().IsMatch(headers[c]) && OpensUnits(c), -1) : -1;
        if (openings < 0 && names.Count > 0 && ColumnHeaders.UnitName().IsMatch(headers[names[0]]) && OpensUnits(names[0])) openings = names[0];
        return new LabelGroup
        {
            Columns = columns, unitCode = unit, unitOpenings = openings, unitFamilies = families, code = code, names = names, itemNames = items, continuations = continuations, fused = fused,
        };
    }

    /// <summary>
    /// Whether the column's filled body cells, two at least, hold what <paramref name="kind"/> says: all of them, or
    /// the share given (a fused column's cells OCR garbled here and there).
    /// </summary>
    private static bool Holds(IReadOnlyList<IReadOnlyList<Cell>> rows, int column, Func<string, bool> kind, double share = 1)
    {
        var texts = rows.Where(row => column < row.Count).Select(row => row[column].Text.Trim()).Where(t => t.Length > 0).ToList();
        return texts.Count >= 2 && texts.Count(kind) >= share * texts.Count;
    }

    /// <summary>The share of a fused column's cells that hold a code and a name, or a name alone.</summary>
    private const double MostCells = 0.8;

    private static bool IsBlank(IReadOnlyList<IReadOnlyList<Cell>> rows, int column) =>
        rows.All(row => column >= row.Count || row[column].Text.Trim().Length == 0);

    private static bool IsWords(string text) => CjkText.HasIdeograph(text) && !text.Any(char.IsAsciiDigit);

    private static bool IsCode(string text) => Digits(text) is { Length: >= 3 };

    private static bool IsFunctionClass(string text) => Digits(text) is { Length: 3 } digits && digits[0] == '2';

    /// <summary>
    /// The 类 heading read with the 款's (类款 | 项 over 201 | 38 | 01): the column of classes just before the code's parts,
    /// headed by nothing of its own, is the code's first part; null where there is none.
    /// </summary>
    private static int? ClassColumnBefore(List<int> columns, List<int> code, int unit, IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<Cell>> rows)
    {
        if (code.Count is not (1 or 2) || !code.All(c => ColumnHeaders.NamesCodeParts(headers[c])) || Holds(rows, code[0], IsFunctionClass, MostCells)) return null;
        int left = code[0] - 1;
        // Headed by nothing, or only by the heading spanning the code's parts too (项目 over 项目 | 科目编码类款).
        bool classes = columns.Contains(left) && left != unit && headers[code[0]].StartsWith(headers[left], StringComparison.Ordinal)
            && Holds(rows, left, t => IsFunctionClass(t) || IsWords(t), MostCells) && rows.Count(r => left < r.Count && IsFunctionClass(r[left].Text)) >= 2;
        return classes ? left : null;
    }

    /// <summary>
    /// The 款 column headed by nothing between the classes and the items (类款 | | 项 over 205 | 02 | 01, round S's Tianjin: the
    /// heading 类款 set over the class column alone): the code's middle part; null where there is none.
    /// </summary>
    private static int? KuanColumnBetween(List<int> columns, List<int> code, IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<Cell>> rows)
    {
        if (code.Count != 2 || code[1] - code[0] != 2 || !code.All(c => ColumnHeaders.NamesCodeParts(headers[c]))) return null;
        int middle = code[0] + 1;
        return columns.Contains(middle) && headers[middle].Length == 0
            && Holds(rows, code[0], t => IsFunctionClass(t) || IsWords(t), MostCells) && rows.Count(r => IsFunctionClass(r[code[0]].Text)) >= 2
            && Holds(rows, middle, t => Digits(t) is { Length: 2 }) ? middle : null;
    }

    /// <summary>
    /// The 款 column headed by nothing closing a code of two parts (类款 | over 301 | 01, round W's Jilin: an economic code's
    /// 类 and 款, the heading set over the class column alone): its second part; null where there is none.
    /// </summary>
    private static int? KuanColumnAfter(List<int> columns, List<int> code, IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<Cell>> rows)
    {
        if (code.Count != 1 || !ColumnHeaders.NamesCodeParts(headers[code[0]])) return null;
        int next = code[0] + 1;
        static bool IsClass(string text) => Digits(text) is { Length: 3 } digits && digits[0] is '2' or '3' or '5';
        return columns.Contains(next) && headers[next].Length == 0
            && Holds(rows, code[0], t => IsClass(t) || IsWords(t), MostCells) && rows.Count(r => IsClass(r[code[0]].Text)) >= 2
            && Holds(rows, next, t => Digits(t) is { Length: 2 }) ? next : null;
    }

    /// <summary>
    /// The 项 column headed by nothing after the 款's, whose heading names both (类 | 款项 | over 207 | 01 | 01, round AO's Anhui: the
    /// two-row heading's 款 and 项 centred over the two columns read as one): the code's last part; null where there is none.
    /// </summary>
    private static int? ItemColumnAfter(List<int> columns, List<int> code, IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<Cell>> rows)
    {
        if (code.Count != 2 || code[1] - code[0] != 1 || !headers[code[1]].EndsWith("款项", StringComparison.Ordinal)) return null;
        int next = code[1] + 1;
        return columns.Contains(next) && headers[next].Length == 0
            && rows.Count(r => code[0] < r.Count && IsFunctionClass(r[code[0]].Text)) >= 2
            && Holds(rows, code[1], t => Digits(t) is { Length: 2 }) && Holds(rows, next, t => Digits(t) is { Length: 2 }) ? next : null;
    }

    /// <summary>
    /// What the rows below a split code's row print: the next coded row's parts, and whether the item rows right under this row
    /// add up to its first figure (as a 款's items do).
    /// </summary>
    private CodePlace.RowsBelow? Below(IReadOnlyList<Cell> row, IEnumerable<IReadOnlyList<Cell>> following)
    {
        var coded = following.Select(r => (Parts: (IReadOnlyList<string?>)[.. code.Select(c => Digits(Part(r, c, asCode: true)))], Row: r))
            .Where(r => r.Parts.Any(p => p is not null));
        if (coded.FirstOrDefault() is not { Parts: { } next }) return null;
        var items = coded.TakeWhile(r => r.Parts[2] is not null).Select(r => Figure(r.Row)).ToList();
        if (items.Count == 0 || items.Any(f => f is null) || Figure(row) is not { } own) return new CodePlace.RowsBelow(next, ItemsAddUp: false);
        // Within what printing each figure to its last digit may have moved their sum by.
        decimal rounding = PrintedPrecision.HalfLastDigits(items.Select(f => f!.Value).Append(own));
        return new CodePlace.RowsBelow(next, Math.Abs(items.Sum()!.Value - own) <= rounding);
    }

    /// <summary>The code the next row printing one in the (one) code column prints, alone or before its name; null where none follows.</summary>
    private string? NextCode(IEnumerable<IReadOnlyList<Cell>> following) =>
        following.Select(r => Digits(Part(r, code[0], asCode: true))
                ?? (CodePrefix().Match(Part(r, code[0], asCode: false)) is { Success: true } glued ? glued.Groups["code"].Value : null))
            .FirstOrDefault(c => c is not null);

    /// <summary>The row's first figure: the cell right of its labels.</summary>
    private decimal? Figure(IReadOnlyList<Cell> row) => Columns.Max() + 1 is var first && first < row.Count ? row[first].Value : null;

    /// <summary>A fused column's cell: a code and a name, or a name alone (合计).</summary>
    private static bool IsCodeThenName(string text) => CodeThenName().IsMatch(text) || IsWords(text);

    /// <summary>A cell's text as its column reads it: a fused column's code part in code, its name part in names.</summary>
    private string Part(IReadOnlyList<Cell> row, int c, bool asCode)
    {
        string text = c >= 0 && c < row.Count ? row[c].Text.Trim() : "";
        if (c != fused) return text;
        var m = CodeThenName().Match(text);
        return asCode ? (m.Success ? m.Groups["code"].Value : "") : (m.Success ? m.Groups["name"].Value : text);
    }

    /// <summary>The group whose labels name a column's figures: the last to start left of it (none for a label column before all groups).</summary>
    public static LabelGroup? Naming(IReadOnlyList<LabelGroup> groups, int column) => groups.LastOrDefault(g => g.Columns[0] < column);

    /// <summary>The row's unit code (单位编码), if the group has that column and the row fills it.</summary>
    public string? UnitCodeOf(IReadOnlyList<Cell> row) =>
        unitCode >= 0 && unitCode < row.Count ? Digits(Part(row, unitCode, asCode: true)) : null;

    /// <param name="following">The rows below, whose split code parts and figures may say what this row's parts are.</param>
    public RowLabel Read(IReadOnlyList<Cell> row, CodePlace place, IEnumerable<IReadOnlyList<Cell>>? following = null)
    {
        string Text(int c) => Part(row, c, asCode: false);
        string CodeText(int c) => Part(row, c, asCode: true);
        // A unit's opening row is the unit's where the subject's columns print no code and no name but a total (合计) beside it; a
        // table repeating its unit on every row (单位名称 | 项目名称 | 金额) names each row by its own columns.
        if (unitOpenings >= 0 && LineLabels.BracketedUnit().Match(Text(unitOpenings)) is { Success: true } opening
            // (The unit's name may start in the code column and run over the name's: the code column then holds it too.)
            && code.All(c => CodeText(c) is var codeCell && (codeCell.Length == 0 || LineLabels.BracketedUnit().IsMatch(codeCell.Trim())))
            && names.Where(c => c != unitOpenings).All(c => Text(c) is var other && (other.Length == 0 || LineLabels.Total().IsMatch(LineLabels.Bare(other)))))
            return new RowLabel(opening.Groups["code"].Value, opening.Groups["name"].Value.Trim(), false);
        string? printed = null;
        string Name(int c) => continuations.TryGetValue(c, out var rest) ? string.Concat(rest.Select(Text).Prepend(Text(c))) : Text(c);
        int namedBy = names.ToList().FindIndex(c => Name(c).Length > 0);
        var name = namedBy >= 0 ? Name(names[namedBy]) : "";
        var codeText = code.Count == 3
            ? place.Compose([.. code.Select(c => Digits(CodeText(c)))], out printed, name, following is null ? null : () => Below(row, following), Figure(row)) ?? ""
            : string.Concat(code.Select(c => Digits(CodeText(c)) ?? ""));
        Func<string?>? nextCode = following is null ? null : () => NextCode(following);
        if (code.Count == 1 && codeText.Length > 0) codeText = place.Place(codeText, out printed, name, nextCode);
        if (printed is null && codeText.Length > 0 && code.Any(c => CodeText(c).Any(IsLookalike))) printed = string.Join(' ', code.Select(CodeText).Where(t => t.Length > 0));
        // Split 类 | 款 columns whose 项 column ran into the name's (a three-line table without rules, round AI's Jilin:
        // 208 | 05 | "01 行政单位离退休"): the item's number opens the name.
        if (code.Count == 2 && codeText.Length == 5 && ItemNumberInName().Match(name) is { Success: true } itemInName)
            (codeText, name) = (codeText + itemInName.Groups["item"].Value, itemInName.Groups["name"].Value);
        string? classification = codeText.Length > 0 ? codeText : null;
        bool codeInName = false;
        // A code at the front of the name (功能分类科目: "2070603体育训练", round IQ's Hainan) is placed as a code printed alone; the name
        // is kept as printed.
        if (classification is null && CodePrefix().Match(name) is { Success: true } m)
            (classification, codeInName) = (place.Place(m.Groups["code"].Value, out printed, m.Groups["rest"].Value.Trim(), nextCode), true);
        // One column for both (科目编码及名称: "208社会保障和就业支出", Guangdong, Guizhou): the code, and the name after it.
        if (classification is null && code.Count == 1 && Text(code[0]) is { Length: > 0 } both && CodePrefix().Match(WithLeadingLookalikesRead(both)) is { Success: true } glued)
        {
            classification = glued.Groups["code"].Value;
            if (!both.StartsWith(classification, StringComparison.Ordinal)) printed = both[..classification.Length];
            if (name.Length == 0) name = glued.Groups["rest"].Value.Trim();
            // Placed as a code printed alone is (round HW's Zhejiang: 22011行政事业单位医疗 under 210, 2160929 under 21602).
            classification = place.Place(classification, out var placedFrom, name, nextCode);
            printed ??= placedFrom;
        }
        if (name.Length == 0) name = Columns.Select(Text).FirstOrDefault(t => t.Length > 0) ?? "";
        // A row with no classification code of its own is named by its unit code, if any (a unit row).
        bool item = namedBy >= 0 && itemNames.Contains(names[namedBy]);
        // An item's row carries its unit's code only as its entity (below), not as its own code. A function code
        // printed in the unit-code column (单位代码 over both) may have lost its 2 to OCR as one in a code column may.
        string? unitColumn = item ? null : Digits(CodeText(unitCode));
        if (classification is null && unitColumn is not null && place.LostItsTwo(unitColumn) is { } restored) (classification, printed) = (restored, unitColumn);
        // A subject's code printed in the unit-code column under its unit's row (单位编码 over both, round EV's Jilin) is placed as
        // in a code column, so that a 项 printed a digit short (213013 for 2130313, under 21303) is read as that item, not a unit.
        else if (classification is null && unitColumn is not null && IsSubjectCodeAmongUnits(unitColumn)) classification = place.Place(unitColumn, out printed, name);
        // A total's row codes nothing, whatever a merged class cell beside it spans (round EO's Guangdong: 221 printed once over its rows
        // and the 合计 below them).
        if (LineLabels.Total().IsMatch(LineLabels.Bare(name))) (classification, unitColumn, printed) = (null, null, null);
        return new RowLabel(classification ?? unitColumn, name, item) { CodePrinted = printed, CodeInName = codeInName };
    }

    /// <summary>
    /// A function code in the unit-code column: a class's, 款's or 项's length opening with 2, or six digits opening with a class
    /// no other six-digit code of the column opens with (its units share their department's digits: 163001, 163002).
    /// </summary>
    private bool IsSubjectCodeAmongUnits(string digits) =>
        digits[0] == '2' && (digits.Length is 3 or 5 or 7
            || digits.Length == 6 && FunctionClasses.IsClassCode(digits[..3]) && unitFamilies.Count > 0 && !unitFamilies.Contains(digits[..3]));

    [GeneratedRegex(@"^(?<item>\d{2})\s*(?<name>[^\d\s].*)$")]
    private static partial Regex ItemNumberInName();

    private static string? Digits(string text)
    {
        var digits = WithLookalikesRead(text.Replace(" ", ""));
        // A scan's speck read after a code ("2080505,"): a mark after three or more digits is no part of it. No
        // printed code ends in one, so text-layer tables are read as before.
        var trimmed = digits.TrimEnd(OcrSpecks);
        if (trimmed.Length >= 3 && trimmed.Length < digits.Length) digits = trimmed;
        return digits.Length > 0 && digits.All(char.IsAsciiDigit) ? digits : null;
    }

    /// <summary>
    /// A code printed with a letter for a digit (2110l01, 213O106: typed or converted so): read as the digit it
    /// looks like, where the text is otherwise a code's digits (a split 款 printed 0l too), so that the row keeps its place under its parent.
    /// </summary>
    private static string WithLookalikesRead(string text) =>
        text.Length >= 2 && text.Any(char.IsAsciiDigit) && text.Count(IsLookalike) is > 0 and <= 2 && text.All(c => char.IsAsciiDigit(c) || IsLookalike(c))
            ? string.Concat(text.Select(c => c switch { 'l' or 'I' or '|' => '1', 'O' or 'o' or 'Ｏ' or '〇' => '0', _ => c }))
            : text;

    /// <summary>A code glued to its name with a letter for a digit (21508O5中小企业发展专项): its leading run read as digits.</summary>
    private static string WithLeadingLookalikesRead(string text)
    {
        int run = 0;
        while (run < text.Length && (char.IsAsciiDigit(text[run]) || IsLookalike(text[run]))) run++;
        return run >= 3 ? WithLookalikesRead(text[..run]) + text[run..] : text;
    }

    private static bool IsLookalike(char c) => c is 'l' or 'I' or '|' or 'O' or 'o' or 'Ｏ' or '〇';

    private static readonly char[] OcrSpecks = [',', '.', '，', '。', '、', '\'', '`', '‘', '’', ':', ';'];
}
