using Extractor.Mapping;
using Extractor.Model;
using Extractor.Wording;

namespace Extractor.Validation;

/// <summary>
/// <c>sum.column_total</c> (in 政府采购表, <c>sum.procurement</c>): a 合计 row, or a budget unit's row, equals
/// the sum of the rows one level below it in its column — units under 合计, a department's units, a unit's
/// classes, 项 or projects — that is, the rows up to the next row of its own level or above, at the highest
/// level present among them. A 合计 printed as the last row (Shanghai) totals the rows above it, back to the
/// previous 合计. Function classes and their 款 and 项 are <see cref="HierarchyRule"/>'s.
/// </summary>
public sealed class ColumnTotalRule : IConsistencyRule
{
    public string Id => RuleIds.ColumnTotal;

    public IReadOnlyList<string> Emits => [RuleIds.ColumnTotal, RuleIds.Procurement];


    /// <summary>How deep a row sits: 0 for 合计, 1–2 for units, 3 and below for what units hold; null for labelled lines.</summary>
    private static int? Level(LineItem item, IReadOnlySet<(string TableId, int Row)> unitGroups, IReadOnlySet<(string TableId, int Row)> departmentRows) => item.Dimension switch
    {
        Dimensions.Summary when LineLabels.Total().Names(item) || departmentRows.Contains((item.TableId, item.Row)) => 0,
        // A 机关运行经费 table printing its items by name alone under 机关运行经费合计 (rounds LB's Liaoning, LE's Henan: 办公费, 水电费 …): the
        // items of a coded one; a line of 其中 is a part of an item, no item.
        Dimensions.Summary when item.TableType == TableTypes.OperatingCosts && LineLabels.OperatingCostsTotal().Names(item) => 0,
        Dimensions.Summary when item.TableType == TableTypes.OperatingCosts && !LineLabels.OfWhich().Names(item)
            && !LineLabels.AnyTotal().Names(item) && !LineLabels.OperatingCostsClass().Names(item) => 4,
        Dimensions.Unit => item.Code?.Length == 6 ? 2 : 1,
        Dimensions.Function or Dimensions.Economic when item.Code is { } code => 3 + (code.Length - 3) / 2,
        // Enumerated rows (一、货物), a procurement kind's row (货物小计 over its items) and a unit's row over its projects group the
        // lines after them (projects, then 品目) that carry no level of their own.
        Dimensions.Project or Dimensions.ProcurementItem or Dimensions.PurchasedService =>
            LineLabels.Enumerated().IsMatch(item.Name.Trim()) || item.Dimension == Dimensions.ProcurementItem && LineLabels.IsProcurementKindSubtotal(item.Name.Trim())
                || unitGroups.Contains((item.TableId, item.Row)) ? 3 : 4,
        _ => null,
    };

    /// <summary>
    /// The rows of a project list naming a unit over that unit's projects (Sichuan's 一般公共预算项目支出预算表: 单位名称 | 项目名称 |
    /// 功能科目编码, the unit's row filling its name and its total alone, its projects under it filling the project's name and
    /// code): rows without a code whose last label is left of the label column the coded rows fill.
    /// </summary>
    private static HashSet<(string TableId, int Row)> UnitGroups(ExtractedDocument document, IReadOnlyDictionary<string, Table> tables)
    {
        var groups = new HashSet<(string, int)>();
        foreach (var list in document.LineItems.Where(i => i.Dimension == Dimensions.Project).GroupBy(i => i.TableId))
        {
            if (!tables.TryGetValue(list.Key, out var table)) continue;
            var rows = list.DistinctBy(i => i.Row).Select(i => (i.Row, Coded: i.Code is not null, Last: LastLabelColumn(table, i.Row))).ToList();
            var codedDepths = rows.Where(r => r.Coded && r.Last is not null).Select(r => r.Last!.Value).Distinct().ToList();
            if (codedDepths is not [var depth]) continue;
            // A project whose code is left blank still fills the project's columns; a unit's row fills one no project fills.
            var projectColumns = rows.Where(r => r.Coded).SelectMany(r => FilledLabelColumns(table, r.Row)).ToHashSet();
            groups.UnionWith(rows.Where(r => !r.Coded && r.Last < depth && !projectColumns.Contains(r.Last!.Value)).Select(r => (list.Key, r.Row)));
        }
        // So a procurement or purchased-services list by unit (round FJ's Fujian: 单位名称 | 采购项目 | 采购品目, each unit's row over its purchases).
        foreach (var list in document.LineItems.Where(i => i.TableType is TableTypes.ProjectExpenditure or TableTypes.GovernmentProcurement or TableTypes.GovernmentPurchasedServices)
                     .GroupBy(i => i.TableId))
        {
            groups.UnionWith(NamedUnitGroups([.. list]).Select(row => (list.Key, row)));
            groups.UnionWith(SubjectGroups([.. list]).Select(row => (list.Key, row)));
            if (tables.TryGetValue(list.Key, out var table)) groups.UnionWith(UnitColumnGroups(table, [.. list]).Select(row => (list.Key, row)));
        }
        return groups;
    }

    /// <summary>
    /// The rows of an uncoded project list naming a unit in a label column of its own over that unit's projects (round BF's
    /// Sichuan: 单位名称 | 项目名称, 市教育局机关 4,021.14 filling the first, its projects the second), where the units' figures and
    /// the projects' tell the same total (<see cref="AgreeingUnitRows"/>).
    /// </summary>
    private static IEnumerable<int> UnitColumnGroups(Table table, List<LineItem> list)
    {
        if (list.Any(i => i.Code is not null)) return [];
        var lasts = list.Where(IsListed).DistinctBy(i => i.Row)
            .ToDictionary(i => i.Row, i => LastLabelColumn(table, i.Row));
        if (lasts.Values.Distinct().Order().ToList() is not [{ } unitColumn, { } projectColumn] || unitColumn >= projectColumn) return [];
        // A unit's column is one no project's row fills.
        if (lasts.Where(r => r.Value == projectColumn).Any(r => FilledLabelColumns(table, r.Key).Contains(unitColumn))) return [];
        return AgreeingUnitRows(list, i => lasts.GetValueOrDefault(i.Row) == unitColumn);
    }

    /// <summary>
    /// How near two totals of a project list grouped by unit (<see cref="AgreeingUnitRows"/>) must be, relative to them: wide enough for the rounding of a few dozen printed figures,
    /// narrow enough that a row counted twice (the units' figures added to their projects') never passes.
    /// </summary>
    private const decimal GroupingTolerance = 0.0005m;

    /// <summary>
    /// The rows of a project list naming a unit over its projects in the one label column (Henan's 部门项目支出预算表 under
    /// 单位名称（项目名称）: 信阳市退役军人事务局（本级） 882.71, then its eleven projects): uncoded rows named as units
    /// (<see cref="LineLabels.UnitName"/>), where the units' figures and the projects' tell the same total (<see cref="AgreeingUnitRows"/>).
    /// </summary>
    private static IEnumerable<int> NamedUnitGroups(List<LineItem> list) =>
        AgreeingUnitRows(list, i => i.Code is null && LineLabels.UnitName().IsMatch(i.Name.Trim()));

    /// <summary>
    /// The rows of a project list naming a function subject over the projects spent under it (round GM's Hainan 项目支出表: 2060302
    /// 社会公益研究 825.50, then its three projects, uncoded): coded rows, each followed by projects, where the subjects' figures and
    /// the projects' tell the same total (<see cref="AgreeingUnitRows"/>).
    /// </summary>
    private static IEnumerable<int> SubjectGroups(List<LineItem> list) =>
        AgreeingUnitRows(list, i => i.Code is { Length: 3 or 5 or 7 } code && code[0] == '2');

    /// <summary>
    /// The rows of a project list that <paramref name="unitRow"/> takes for units, the first row one of them and each followed
    /// by projects, where the units' figures and the projects' tell the same total in the first column — together, or either
    /// against the 合计 — as a misprint in one of them leaves the others telling it; none otherwise.
    /// </summary>
    private static IEnumerable<int> AgreeingUnitRows(List<LineItem> list, Func<LineItem, bool> unitRow)
    {
        var column = list.Where(i => IsListed(i) || i.Dimension == Dimensions.Summary).GroupBy(i => i.Col).MinBy(g => g.Key)?.ToList();
        if (column is null) return [];
        var total = column.FirstOrDefault(i => i.Dimension == Dimensions.Summary && LineLabels.Total().Names(i));
        var rows = column.Where(IsListed).OrderBy(i => i.Row).ToList();
        bool[] unit = [.. rows.Select(unitRow)];
        if (rows.Count < 2 || !unit[0] || Enumerable.Range(0, rows.Count).Any(k => unit[k] && (k + 1 == rows.Count || unit[k + 1]))) return [];
        decimal units = rows.Where((_, k) => unit[k]).Sum(i => i.Amount), projects = rows.Where((_, k) => !unit[k]).Sum(i => i.Amount);
        decimal tolerance = GroupingTolerance * Math.Max(Math.Abs(units), Math.Abs(projects));
        bool agree = Math.Abs(units - projects) <= tolerance
            || total is not null && (Math.Abs(units - total.Amount) <= tolerance || Math.Abs(projects - total.Amount) <= tolerance);
        return agree ? rows.Where((_, k) => unit[k]).Select(i => i.Row) : [];
    }

    /// <summary>
    /// The rows naming the department over its units' rows, as a 合计 would (round HT's Yunnan 部门收入预算表: 玉溪市农业农村局 4,196.60,
    /// then each unit's coded row): uncoded, above the table's first unit row, named the document's department, in a table printing no
    /// 合计 of its own (beside one, such a row may be the department's own 本级 figure).
    /// </summary>
    private static HashSet<(string TableId, int Row)> DepartmentRows(ExtractedDocument document)
    {
        if (document.Department?.Name is not { Length: > 0 } department) return [];
        var rows = new HashSet<(string, int)>();
        foreach (var table in document.LineItems.GroupBy(i => i.TableId))
        {
            if (table.Where(i => i.Dimension == Dimensions.Unit).Select(i => i.Row).DefaultIfEmpty(-1).Min() is var firstUnit && firstUnit < 0
                || table.Any(i => i.Dimension == Dimensions.Summary && LineLabels.Total().Names(i))) continue;
            rows.UnionWith(table.Where(i => i.Dimension == Dimensions.Summary && i.Row < firstUnit && LineLabels.Bare(i.Name) == department)
                .Select(i => (i.TableId, i.Row)));
        }
        return rows;
    }

    /// <summary>A line of a list: a project, a procurement item or a purchased service.</summary>
    private static bool IsListed(LineItem item) => item.Dimension is Dimensions.Project or Dimensions.ProcurementItem or Dimensions.PurchasedService;

    public IEnumerable<Finding> Check(ExtractedDocument document)
    {
        var tables = document.Tables.ToDictionary(t => t.Id);
        foreach (var finding in DepartmentBlocks(document)) yield return finding;
        foreach (var finding in SplitTotals(document)) yield return finding;
        foreach (var finding in SplitHeads(document)) yield return finding;
        // By column as well as measure: a two-sided table prints one measure twice (人员经费 | 公用经费 side by side).
        var unitGroups = UnitGroups(document, tables);
        var departmentRows = DepartmentRows(document);
        var columns = BlankCells.AsZeros(document).GroupBy(i => (i.TableId, i.Measure, i.Col))
            .ToDictionary(g => g.Key, g => g.Select(i => (Item: i, Level: Level(i, unitGroups, departmentRows))).Where(x => x.Level is not null).OrderBy(x => x.Item.Row).ToList());
        foreach (var (key, items) in columns)
        {
            for (int p = 0; p < items.Count; p++)
            {
                var (parent, level) = items[p];
                if (level == 3 && parent.Dimension is Dimensions.Project or Dimensions.ProcurementItem or Dimensions.PurchasedService
                    && tables.GetValueOrDefault(parent.TableId) is { } table)
                {
                    var lines = items.Skip(p + 1).TakeWhile(x => x.Level > 3).Select(x => x.Item).ToList();
                    if (unitGroups.Contains((parent.TableId, parent.Row)))
                    {
                        if (lines.Count > 0 && SumCheck.Compare(Id, $"{parent.Name} [{parent.Measure}] != sum of its {lines.Count} projects", parent, lines, blanksAreZeros: true) is { } unit)
                            yield return unit;
                    }
                    // A kind's subtotal over its items in the same label column (货物小计 over 办公设备购置 …, round IO's Inner Mongolia).
                    else if (parent.Dimension == Dimensions.ProcurementItem && LineLabels.IsProcurementKindSubtotal(parent.Name.Trim()))
                    {
                        if (lines.Count > 0 && SumCheck.Compare(RuleIds.Procurement, $"{parent.Name} [{parent.Measure}] != sum of its {lines.Count} items", parent, lines, blanksAreZeros: true) is { } kind)
                            yield return ToldConfirmedElsewhere(document, kind, parent);
                    }
                    else
                        foreach (var nested in Nested(table, parent, lines)) yield return nested;
                }
                if (level >= 3) continue;
                var below = items.Skip(p + 1).TakeWhile(x => x.Level > level).ToList();
                if (below.Count == 0 && level == 0)
                {
                    below = Above(items, parent);
                    // A two-sided table's foot 合计 spanning both sides (人员经费 | 公用经费, its figure under the last) totals both,
                    // whether the sides' columns are read as one measure or as each side's own (round BF's Hunan).
                    var sides = columns.Where(c => c.Key.TableId == key.TableId && c.Key.Col != key.Col
                        && (c.Key.Measure == key.Measure || BasicSides.Contains(c.Key.Measure) && BasicSides.Contains(key.Measure))).Select(c => c.Value).ToList();
                    if (sides.Count > 0 && sides.All(side => side.All(x => x.Item.Row != parent.Row)))
                        below = [.. below, .. sides.SelectMany(side => Above(side, parent))];
                }
                if (below.Count == 0) continue;
                int next = below.Min(x => x.Level!.Value);
                var children = below.Where(x => x.Level == next).Select(x => x.Item).ToList();
                string rule = parent.TableType == TableTypes.GovernmentProcurement ? RuleIds.Procurement : Id;
                if (SumCheck.Compare(rule, $"{parent.Name} [{parent.Measure}] != sum of {children.Count} rows below it", parent, children, blanksAreZeros: true) is { } finding)
                    yield return level == 0 ? ToldConfirmedElsewhere(document, finding, parent) : finding;
            }
        }
    }

    /// <summary>
    /// A table printing the department's block of codes and then each unit's (round GM's Hainan: 部门合计 over 301, 30101 …, then
    /// "[304001]海南省林业局本级" over its own): each code's department figure is the sum of the units' figures of that code, where
    /// the table's blocks otherwise agree so (most codes add up: the blocks are read as printed). A unit's figure breaking its own
    /// block's sums is that misprint's (<see cref="MisprintBlame"/>); the department's figure is flagged here.
    /// </summary>
    private IEnumerable<Finding> DepartmentBlocks(ExtractedDocument document)
    {
        var usual = SubjectCodes.Misprinted(document.LineItems);
        var coded = document.LineItems.Where(i => i.Dimension is Dimensions.Function or Dimensions.Economic && i.Code is not null);
        foreach (var table in coded.GroupBy(i => i.TableId))
        {
            var unitLines = table.Where(i => i.EntityCode is not null).ToList();
            if (unitLines.Select(i => i.EntityCode).Distinct().Count() < 2) continue;
            var sums = table.GroupBy(i => (i.Measure, i.Col, Code: usual(i) ?? i.Code!))
                .Select(g => (Department: g.Where(i => i.EntityCode is null).ToList(), Units: g.Where(i => i.EntityCode is not null).ToList()))
                .Where(g => g.Department.Count == 1 && g.Units.Count > 0)
                .Select(g => SumCheck.Compare(Id, $"{g.Department[0].Name} [{g.Department[0].Measure}] {OfTheDepartment}", g.Department[0],
                    g.Units, blanksAreZeros: true) is { } finding
                        ? finding with { MessageZh = ChineseMessage.OfUnits(finding.MessageZh, g.Units.Select(u => u.EntityName ?? u.EntityCode!).Distinct()) }
                        : null)
                .ToList();
            int broken = sums.Count(f => f is { Severity: FindingSeverity.Error });
            if (unitLines.Select(i => i.Code).Distinct().Count() < MinDepartmentCodes || broken * DepartmentBlocksAgreeing > sums.Count) continue;
            foreach (var finding in sums.OfType<Finding>().Where(f => f.Severity == FindingSeverity.Error)) yield return finding;
        }
    }

    /// <summary>How a department line's finding against its units' lines says what it compares (<see cref="IsDepartmentBlock"/>).</summary>
    private const string OfTheDepartment = "of the department != sum of its units' lines";

    /// <summary>Whether a finding holds a department block's line to its units' lines (<see cref="DepartmentBlocks"/>).</summary>
    internal static bool IsDepartmentBlock(Finding finding) => finding.Rule == RuleIds.ColumnTotal && finding.Message.EndsWith(OfTheDepartment, StringComparison.Ordinal);

    /// <summary>The fewest codes a table's units' blocks print for the department's block to be checked against them.</summary>
    private const int MinDepartmentCodes = 3;

    /// <summary>A table's department block is held to its units' only where at most one code in this many fails to add up.</summary>
    private const int DepartmentBlocksAgreeing = 4;

    /// <summary>
    /// A total's error finding told as the total confirmed, where another table prints it alike (<see cref="TotalElsewhere"/>), or the
    /// narrative states it as the figure of that line (round HL's Beijing: 政府购买服务支出决算4691.20万元 beside a list whose 合计 4691.20
    /// is over rows adding up to 4701.20).
    /// </summary>
    internal static Finding ToldConfirmedElsewhere(ExtractedDocument document, Finding finding, LineItem total)
    {
        if (finding.Severity != FindingSeverity.Error) return finding;
        if (TotalElsewhere(document, total) is { } confirming)
            return finding with { MessageZh = ChineseMessage.TotalConfirmedElsewhere(finding.MessageZh, SumCheck.Ref(confirming)) };
        return finding.Expected is { } rows && StatedByTheNarrative(document, total, rows) is { } stated
            ? finding with { MessageZh = ChineseMessage.TotalConfirmedElsewhere(finding.MessageZh, SumCheck.Ref(stated)) }
            : finding;
    }

    /// <summary>
    /// The narrative's statement of a total as the figure of that table line (<see cref="NarrativeTableRule.TableLine"/>), agreeing with it and
    /// not, at its own rounding, with the sum of the rows (<paramref name="rows"/>): a figure stated in 万元 may fit both; null for none.
    /// </summary>
    private static Fact? StatedByTheNarrative(ExtractedDocument document, LineItem total, decimal rows) =>
        total.IsPrinted
            ? document.Facts.FirstOrDefault(f => f.Scope is null && FactPrecision.AgreesWithLine(total, f.Value, FactPrecision.LastDigitInYuan(f))
                && !FactPrecision.Restates(rows, f.Value, FactPrecision.LastDigitInYuan(f)) && NarrativeTableRule.TableLine(document, f.Key) == total)
            : null;

    /// <summary>
    /// Another table's total a 合计 prints exactly: the 项目支出 of the 支出总表 or the function table for a project list's (round FR's
    /// Nanjing: 项目支出表's 合计 1488.00 over rows adding up to 1489.00, 支出总表's 项目支出 1488.00); the 支出总表's or the 收入总表's for a
    /// side of the 收支总表, by its side (round GY's Yunnan: 本年支出合计 2548.90 over classes adding up to 2548.09, the 支出总表's 合计 2548.90). The
    /// 合计 is right and one of its rows the misprint. Null otherwise.
    /// </summary>
    private static LineItem? TotalElsewhere(ExtractedDocument document, LineItem total)
    {
        if (!total.IsPrinted || total.Measure is not (Measures.Total or Measures.Amount)) return null;
        (string Type, string Measure)[] elsewhere = total.TableType switch
        {
            TableTypes.ProjectExpenditure => [(TableTypes.ExpenditureSummary, Measures.ProjectTotal), (TableTypes.GeneralBudgetExpenditureByFunction, Measures.ProjectTotal),
                (TableTypes.GeneralBudgetExpenditure, Measures.ProjectTotal)],
            TableTypes.IncomeExpenditureSummary => [(LineLabels.IncomeSide(total.Name) ? TableTypes.IncomeSummary : TableTypes.ExpenditureSummary, Measures.Total)],
            _ => [],
        };
        return elsewhere.Select(e => LineNames.TopLine(document, e.Type, e.Measure)).FirstOrDefault(line => line is { IsPrinted: true } && line.Amount == total.Amount);
    }

    /// <summary>The two sides of a basic-expenditure table printed in two: 人员经费 and 公用经费.</summary>
    private static readonly HashSet<string> BasicSides = [Measures.BasicPersonnel, Measures.BasicPublicFunds];

    /// <summary>The rows a 合计 printed at the foot totals in a column: those above it, back to the previous 合计.</summary>
    private static List<(LineItem Item, int? Level)> Above(List<(LineItem Item, int? Level)> column, LineItem total) =>
        [.. column.Where(x => x.Item.Row < total.Row).Reverse().TakeWhile(x => x.Level > 0).Reverse()];

    /// <summary>
    /// The lines under an enumerated group (一、货物) nested by the label column each fills last: Jiangsu's 政府采购预算表
    /// prints a group, then each 经济科目 (with its 专项 beside it) and under it the 品目 bought with their 采购组织形式. A
    /// line is the sum of the lines after it that fill a later label column, up to the next line filling its own
    /// column or an earlier one; the group is the sum of the shallowest of its lines.
    /// </summary>
    private IEnumerable<Finding> Nested(Table table, LineItem group, List<LineItem> lines)
    {
        var depths = lines.Select(l => LastLabelColumn(table, l.Row)).ToList();
        if (lines.Count == 0 || depths.Any(d => d is null) || depths.Distinct().Count() < 2) yield break;
        string rule = group.TableType == TableTypes.GovernmentProcurement ? RuleIds.Procurement : Id;
        foreach (var finding in Under(group, 0, lines.Count)) yield return finding;

        IEnumerable<Finding> Under(LineItem parent, int from, int to)
        {
            if (from >= to) yield break;
            int shallowest = Enumerable.Range(from, to - from).Min(k => depths[k]!.Value);
            var children = Enumerable.Range(from, to - from).Where(k => depths[k] == shallowest).ToList();
            if (SumCheck.Compare(rule, $"{parent.Name} [{parent.Measure}] != sum of {children.Count} lines under it", parent,
                    [.. children.Select(k => lines[k])], blanksAreZeros: true) is { } finding)
                yield return finding;
            for (int c = 0; c < children.Count; c++)
                foreach (var nested in Under(lines[children[c]], children[c] + 1, c + 1 < children.Count ? children[c + 1] : to))
                    yield return nested;
        }
    }

    /// <summary>
    /// The last label column naming something that the table's row prints text in; null when the row or its label
    /// columns are not known. Columns that tell of the line rather than name it (数量, 计量单位, 采购组织形式) are left out:
    /// a line leaving them blank is no shallower for it, and a line printing only them (the same 品目 bought a second way,
    /// its name not printed again) is as deep as a line can be named.
    /// </summary>
    private static int? LastLabelColumn(Table table, int row)
    {
        if (row >= table.Rows.Count || table.Columns.Count == 0) return null;
        int? last = null, deepest = null;
        bool detail = false;
        for (int c = 0; c < Math.Min(table.Columns.Count, table.Rows[row].Count); c++)
        {
            if (table.Columns[c] is not null) continue;
            bool filled = table.Rows[row][c].Text.Trim().Length > 0;
            if (ColumnHeaders.DetailOfLine().IsMatch(HeaderOf(table, c))) detail |= filled;
            else
            {
                deepest = c;
                if (filled) last = c;
            }
        }
        return last ?? (detail ? deepest : null);
    }

    /// <summary>The label columns a row prints text in (those of no measure).</summary>
    private static IEnumerable<int> FilledLabelColumns(Table table, int row) =>
        row >= table.Rows.Count ? []
            : Enumerable.Range(0, Math.Min(table.Columns.Count, table.Rows[row].Count)).Where(c => table.Columns[c] is null && table.Rows[row][c].Text.Trim().Length > 0);

    private static string HeaderOf(Table table, int col) =>
        LineLabels.Bare(table.Header.Select(h => col < h.Count ? h[col] : "").LastOrDefault(h => h.Trim().Length > 0) ?? "");

    /// <summary>
    /// 人员经费合计 and 公用经费合计 of a basic-expenditure table: each the sum of the economic classes printed above it, back to
    /// the previous such total of its column, in its column and those left of it back to the previous such total of its
    /// row — Shanghai prints 301 and 303 beside 302 and 310, each side footed by its total; the national template prints
    /// 人员经费 in one pair of columns and 公用经费 in two, the total under the second or the first of the two; others print both
    /// totals as subtotals in one column.
    /// </summary>
    private IEnumerable<Finding> SplitTotals(ExtractedDocument document)
    {
        var basic = document.LineItems.Where(i => i.TableType is TableTypes.GeneralBudgetBasicByEconomic or TableTypes.FiscalAppropriationBasicByEconomic);
        foreach (var table in basic.GroupBy(i => (i.TableId, i.Measure)))
        {
            var items = table.ToList();
            var splits = items.Where(i => i.Dimension == Dimensions.Summary && i.IsPrinted && LineLabels.BasicSplitTotal().Names(i)).ToList();
            foreach (var split in splits)
            {
                int fromCol = splits.Where(s => s.Row == split.Row && s.Col < split.Col).Select(s => s.Col).DefaultIfEmpty(-1).Max();
                int fromRow = splits.Where(s => s.Col == split.Col && s.Row < split.Row).Select(s => s.Row).DefaultIfEmpty(-1).Max();
                // The last total's block continues over the columns right of it, which no total foots (round AR's Inner Mongolia:
                // 302 and its items, then 310 in a third block, 公用经费合计 under the second).
                bool last = !splits.Any(s => s.Col > split.Col);
                int toCol = last ? items.Select(i => i.Col).DefaultIfEmpty(split.Col).Max() : split.Col;
                var classes = items.Where(i => i.Dimension == Dimensions.Economic && i.Code?.Length == 3
                    && i.Col > fromCol && i.Col <= toCol && i.Row > fromRow && (i.Row < split.Row || i.Col > split.Col)).ToList();
                if (classes.Count > 0 && SumCheck.Compare(Id, $"{split.Name} [{split.Measure}] != sum of the {classes.Count} classes above it", split, classes) is { } finding)
                    yield return finding;
            }
        }
    }

    /// <summary>
    /// 人员经费 and 公用经费 printed as heads over their economic classes in one list (round FY's Henan township: 人员经费 over
    /// 301 and 303, 公用经费 over 302, 合计 last): in each column, a head the row right below it begins a class under is the sum of
    /// the classes down to the next labelled line.
    /// </summary>
    private IEnumerable<Finding> SplitHeads(ExtractedDocument document)
    {
        var basic = document.LineItems.Where(i => i.TableType is TableTypes.GeneralBudgetBasicByEconomic or TableTypes.FiscalAppropriationBasicByEconomic);
        foreach (var column in basic.GroupBy(i => (i.TableId, i.Col)))
        {
            var items = column.OrderBy(i => i.Row).ToList();
            for (int k = 0; k + 1 < items.Count; k++)
            {
                var head = items[k];
                if (head.Dimension != Dimensions.Summary || !head.IsPrinted || !LineLabels.BasicSplitHead().Names(head)) continue;
                var below = items.Skip(k + 1).TakeWhile(i => i.Dimension == Dimensions.Economic).ToList();
                var classes = below.Where(i => i.Code?.Length == 3).ToList();
                // Its own side's classes only (人员经费 over 301 and 303): a subtotal printed below the other side's is no head.
                if (below.FirstOrDefault() is not { Code.Length: 3 } || classes.Any(c => PersonnelPublicRule.PersonnelClasses.Contains(c.Code!) != LineLabels.IsPersonnelSide(head.Name))) continue;
                if (SumCheck.Compare(Id, $"{head.Name} [{head.Measure}] != sum of the {classes.Count} classes below it", head, classes) is { } finding)
                    yield return finding;
            }
        }
    }
}
