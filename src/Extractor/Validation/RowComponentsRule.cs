using Extractor.Model;
using Extractor.Wording;

namespace Extractor.Validation;

/// <summary>
/// <c>sum.row_components</c>: within a row, a total equals the sum of its components as the table's
/// columns name them — total = basic + project; basic = its economic parts; project = its kinds; income =
/// its sources; the function table's total = its economic classes (and its basic + project, where it prints
/// both); a project's total = its funding sources; a procurement table's total = its kinds (货物 | 工程 | 服务); a project performance form's totals = their parts. A group is checked only where the
/// row prints the total and at least one component.
/// </summary>
public sealed class RowComponentsRule : IConsistencyRule
{
    public string Id => RuleIds.RowComponents;

    /// <summary>
    /// The row's total and what stands beside it (basic, project, and a final account's other expenditure); basic
    /// as its 人员经费 and 公用经费 where the row prints those without a 基本支出 column of its own (Shanghai's unit budget).
    /// </summary>
    private static readonly Func<string, bool> TotalParts = m => m is Measures.BasicTotal or Measures.ProjectTotal
        or Measures.ExpenditureRemitHigher or Measures.ExpenditureBusiness or Measures.ExpenditureSubsidySubordinate
        or Measures.BasicPersonnel or Measures.BasicPublicFunds;

    private static readonly HashSet<string> BasicSplit = [Measures.BasicPersonnel, Measures.BasicPublicFunds];

    /// <summary>
    /// A project split by economic class: the four classes the schema names. Its heading may print more (债务利息及费用支出, 对企业补助 …),
    /// read beside them however many of the four are printed. (Declared before Subtotals, which reads it.)
    /// </summary>
    private static readonly string[] ProjectByEconomicClass =
        [Measures.ProjectWagesBenefits, Measures.ProjectGoodsServices, Measures.ProjectHouseholdTransfers, Measures.ProjectCapital];

    /// <summary>Subtotals and every part they are made of.</summary>
    private static readonly (string Total, string[] Parts)[] Subtotals =
    [
        (Measures.BasicTotal, [Measures.BasicWagesBenefits, Measures.BasicGoodsServices, Measures.BasicHouseholdTransfers, Measures.BasicCapital]),
        (Measures.BasicTotal, [Measures.BasicPersonnel, Measures.BasicPublicFunds]),
        (Measures.ProjectTotal, [Measures.ProjectDepartment, Measures.ProjectPublic]),
        (Measures.ProjectTotal, ProjectByEconomicClass),
        (Measures.ProjectDepartment, [Measures.ProjectRecurring, Measures.ProjectContinuing, Measures.ProjectOneOff]),
        (Measures.IncomeFiscalAppropriation, [Measures.IncomeFiscalIndicator, Measures.IncomeTreasuryNontax, Measures.IncomeHigherTransfer]),
        (Measures.IncomeOtherOwn, [Measures.IncomeHigherSubsidy, Measures.IncomeSubordinateRemit, Measures.IncomeBusiness, Measures.IncomeOther]),
        // A procurement table by kind; the part reserved for small and medium enterprises is inside the total, not beside it.
        (Measures.Total, [Measures.ProcurementGoods, Measures.ProcurementWorks, Measures.ProcurementServices]),
    ];

    // Declared before IncomeSources, Groups and TotalsByTable, which read them.
    private static readonly HashSet<string> FundParts = [Measures.FundGeneralBudget, Measures.FundGovernmentFund, Measures.FundStateCapital];

    // An income table's 其他资金 beside its 财政拨款 is the rest of its income (round EQ's Xinjiang: 合计 | 财政拨款 | 其他资金).
    private static readonly Func<string, bool> IncomeSources = m => m is Measures.IncomeFiscalAppropriation or Measures.IncomeGeneralBudget or Measures.IncomeSpecialAccount
        or Measures.IncomeGovernmentFund or Measures.IncomeStateCapital or Measures.IncomeOtherOwn or Measures.IncomeCarryover or Measures.IncomePublicService
        or Measures.IncomeUseNonfiscalBalance or Measures.IncomeHigherSubsidy or Measures.IncomeSubordinateRemit or Measures.IncomeBusiness or Measures.IncomeOther
        or Measures.SourceOther || FundParts.Contains(m);

    /// <summary>
    /// Each group: its total, which measures are its parts, and — for a subtotal of the columns of one row — all of
    /// them, so that a row printing only some of them may have the rest under headings not read. A performance
    /// form's fund block spans rows; its parts are its labels'.
    /// </summary>
    private static readonly (string Total, Func<string, bool> IsPart, string[]? AllParts)[] Groups =
    [
        (Measures.Total, TotalParts, null),
        // A row printing both sides (a table by unit): each side's total, its parts as a table of that side has them.
        (Measures.IncomeTotal, IncomeSources, null),
        (Measures.ExpenditureTotal, TotalParts, null),
        .. Subtotals.Select(g => (g.Total, (Func<string, bool>)(m => g.Parts.Contains(m)), (string[]?)g.Parts)),
        .. PerformanceFormLabels.Blocks.Select(b => (b.Total, (Func<string, bool>)(m => b.Parts.Any(p => p.Measure == m)), (string[]?)null)),
    ];

    /// <summary>
    /// 人员经费 printed by its economic classes beside 公用经费 as one split of 基本支出 (Jiangxi's and Gansu's 支出总表:
    /// 小计 | 工资福利支出 | 对个人和家庭的补助 | 公用经费): the three together are its parts, neither split alone.
    /// </summary>
    private static readonly string[] PersonnelClassesAndPublicFunds = [Measures.BasicWagesBenefits, Measures.BasicHouseholdTransfers, Measures.BasicPublicFunds];

    private static bool SplitsPersonnelByClass(List<LineItem> row) =>
        row.Any(i => i.Measure == Measures.BasicPublicFunds) && row.Any(i => i.Measure is Measures.BasicWagesBenefits or Measures.BasicHouseholdTransfers)
        && !row.Any(i => i.Measure is Measures.BasicPersonnel or Measures.BasicGoodsServices or Measures.BasicCapital);

    private static readonly Dictionary<string, Func<string, bool>> TotalsByTable = new()
    {
        [TableTypes.IncomeSummary] = IncomeSources,
        [TableTypes.GeneralBudgetExpenditureByFunction] = m => m.StartsWith(Measures.EconomicPrefix, StringComparison.Ordinal),
        [TableTypes.GeneralBudgetExpenditure] = m => m.StartsWith(Measures.EconomicPrefix, StringComparison.Ordinal),
        // The function table of all appropriations split by fund: 合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算; so each
        // expenditure line of a 财政拨款收支总表 printing the funds' columns (round EH's Sichuan: 三、农林水支出 合计 2,739.67, 一般公共预算 2,793.67).
        [TableTypes.FiscalAppropriationExpenditure] = FundParts.Contains,
        [TableTypes.FiscalAppropriationSummary] = FundParts.Contains,
        [TableTypes.ProjectExpenditure] = IsFundingSource,
        [TableTypes.GovernmentProcurement] = IsFundingSource,
        [TableTypes.GovernmentPurchasedServices] = IsFundingSource,
    };

    private static readonly HashSet<string> OtherOwnParts =
        [Measures.IncomeHigherSubsidy, Measures.IncomeSubordinateRemit, Measures.IncomeBusiness, Measures.IncomeOther];

    // Beijing's 项目支出表 heads its sources by fund and kind of income: 一般公共预算财政拨款 | 政府性基金预算财政拨款 | 事业收入 | 其他收入;
    // a township's adds 上年结转, or 上级补助收入 (round CU's Guangxi), and another form 本年财政拨款 | 上年财政拨款结转 | 其他资金.
    private static bool IsFundingSource(string m) =>
        m.StartsWith("source.", StringComparison.Ordinal) || FundParts.Contains(m) || m is Measures.IncomeFiscalAppropriation or Measures.IncomeHigherTransfer or Measures.IncomeSpecialAccount
            or Measures.IncomeGovernmentFund or Measures.IncomePublicService or Measures.IncomeBusiness or Measures.IncomeOther or Measures.IncomeCarryover
            or Measures.IncomeHigherSubsidy or Measures.IncomeSubordinateRemit;

    /// <summary>The row a figure is a component in: a performance form's fund block spans rows, and is its project's.</summary>
    private static (string TableId, int Row, string Project) RowOf(LineItem item) =>
        item.TableType == TableTypes.ProjectPerformanceTargets ? (item.TableId, -1, item.Name) : (item.TableId, item.Row, "");

    /// <summary>
    /// A column the schema does not name, which may hold the rest of a row's total; not an "of which" column
    /// (事业收入 / 其中：教育收费), already inside its neighbour, nor a group's 小计 (本年收入 / 小计), the sum of the columns under it.
    /// </summary>
    private static bool IsUnnamed(string? measure) =>
        Measures.IsOther(measure) && measure![Measures.OtherPrefix.Length..].Split('/')[^1] is var leaf
            && !ColumnHeaders.OfWhichColumn().IsMatch(leaf) && !(measure.Contains('/') && ColumnHeaders.IsSubtotal(leaf)) || measure == Measures.Amount;

    /// <summary>
    /// The table's unnamed columns within a subtotal's own columns or running on right after its last part, up to
    /// the next named or label column: a part whose heading was not read (延续性项目 and 一次性项目 garbled by OCR
    /// beside 经常性项目).
    /// </summary>
    private static List<int> UnnamedColumnsBeside(IReadOnlyList<string?> columns, LineItem total, List<LineItem> parts)
    {
        int first = Math.Min(total.Col, parts.Min(p => p.Col)), last = parts.Max(p => p.Col);
        var beside = Enumerable.Range(first + 1, Math.Max(last - first - 1, 0)).Where(c => IsUnnamed(columns[c])).ToList();
        for (int c = last + 1; c < columns.Count && IsUnnamed(columns[c]); c++) beside.Add(c);
        return beside;
    }

    /// <summary>
    /// Whether a figure stands on a side's total's side of a row printing both (收入合计 | 财政拨款 | 其他 | 支出合计 | …): after the
    /// total and before the other side's. Every figure of a row with one total does.
    /// </summary>
    private static bool OnTheSideOf(LineItem total, LineItem figure, List<LineItem> row)
    {
        if (total.Measure == Measures.Total) return true;
        int otherSide = row.Where(i => i.Measure is Measures.IncomeTotal or Measures.ExpenditureTotal && i.Col != total.Col).Select(i => i.Col).DefaultIfEmpty(int.MaxValue).First();
        return figure.Col > total.Col && (otherSide < total.Col || figure.Col < otherSide);
    }

    /// <summary>The columns of no measure between the table's first and last columns of amounts, but its rows' numbers (行次).</summary>
    private static IEnumerable<int> LabelColumnsAmongAmounts(Table table)
    {
        var columns = table.Columns;
        var amounts = Enumerable.Range(0, columns.Count).Where(c => columns[c] is not null).ToList();
        bool LineNumbers(int c) => table.Header.Any(h => c < h.Count && ColumnHeaders.LineNumbers().IsMatch(h[c].Replace(" ", "")));
        return amounts.Count == 0 ? [] : Enumerable.Range(amounts[0], amounts[^1] - amounts[0] + 1).Where(c => columns[c] is null && !LineNumbers(c));
    }

    /// <summary>Whether the row prints a figure in one of these columns that gave no line item (a heading OCR could not read).</summary>
    private static bool PrintsUnreadFigure(Table table, int row, IEnumerable<int> columns, List<LineItem> items) =>
        columns.Any(c => !items.Any(i => i.Col == c) && table.Rows.ElementAtOrDefault(row)?.ElementAtOrDefault(c)?.Value is { } value && value != 0);

    public IEnumerable<Finding> Check(ExtractedDocument document)
    {
        var tables = document.Tables.ToDictionary(t => t.Id);
        // A final account's phases (年初预算 | 全年预算 | 决算, each 小计 | 基本支出 | 项目支出) are each a row of their own,
        // read by the measures within them; findings name the printed columns.
        var printed = new Dictionary<LineItem, LineItem>(ReferenceEqualityComparer.Instance);
        LineItem WithinPhase(LineItem item)
        {
            var within = item with { Measure = Measures.SplitPhase(item.Measure).Measure };
            printed[within] = item;
            return within;
        }
        LineItem Printed(LineItem item) => printed[item];
        foreach (var row in document.LineItems.GroupBy(i => (RowOf(i), Measures.SplitPhase(i.Measure).Phase)))
        {
            var items = row.Select(WithinPhase).ToList();
            var table = tables.GetValueOrDefault(items[0].TableId);
            var groups = TotalsByTable.TryGetValue(items[0].TableType, out var totalParts)
                ? [(Measures.Total, totalParts, null), .. Groups]
                : Groups;
            if (SplitsPersonnelByClass(items))
                groups = [.. groups.Where(g => g.Total != Measures.BasicTotal),
                    (Measures.BasicTotal, m => PersonnelClassesAndPublicFunds.Contains(m), PersonnelClassesAndPublicFunds)];
            foreach (var (totalMeasure, isPart, allParts) in groups)
            {
                if (items.FirstOrDefault(i => i.Measure == totalMeasure) is not { } total) continue;
                var parts = items.Where(i => isPart(i.Measure)).ToList();
                bool whole = totalMeasure is Measures.Total or Measures.IncomeTotal or Measures.ExpenditureTotal;
                // Where the row prints 其他自有资金 as a subtotal (Hubei), its parts are inside it, not beside it.
                if (whole && parts.Any(p => p.Measure == Measures.IncomeOtherOwn))
                    parts = parts.Where(p => !OtherOwnParts.Contains(p.Measure)).ToList();
                // The funds under a 财政拨款 heading (一般公共预算 | 政府性基金预算) are its parts: inside its 小计 where the row
                // prints one (Guangdong), else the income's parts themselves (Hubei's unit rows).
                if (whole && parts.Any(p => p.Measure == Measures.IncomeFiscalAppropriation))
                    parts = parts.Where(p => !FundParts.Contains(p.Measure)).ToList();
                // Likewise 人员经费 and 公用经费 printed under a 基本支出 column of the row.
                if (whole && parts.Any(p => p.Measure == Measures.BasicTotal))
                    parts = parts.Where(p => !BasicSplit.Contains(p.Measure)).ToList();
                if (parts.Count == 0) continue;
                var message = $"{total.Name}: {Printed(total).Measure} != {string.Join(" + ", parts.Select(p => Printed(p).Measure))}";
                if (SumCheck.Compare(Id, message, Printed(total), [.. parts.Select(Printed)]) is not { } finding) continue;
                // Columns the schema does not name (单位预留机动经费, 上缴上级支出) may hold the rest of the row's total
                // anywhere in the row, and of a subtotal not all of whose parts are printed beside its parts.
                var unnamedColumns = whole || table is null || allParts is null
                    || allParts.All(p => parts.Any(i => i.Measure == p)) && allParts != ProjectByEconomicClass
                    ? null : UnnamedColumnsBeside(table.Columns, total, parts);
                // A two-sided summary's other side (the income beside the 财政拨款收支总表's expenditure line) is none of the row's parts:
                // only the columns after the total's own label column are.
                int side = table is null ? -1 : Enumerable.Range(0, Math.Min(total.Col, table.Columns.Count)).LastOrDefault(c => table.Columns[c] is null, -1);
                var unnamed = items.Where(i => i.Amount != 0 && i.Col > side
                    && (whole ? IsUnnamed(i.Measure) && OnTheSideOf(total, i, items) : unnamedColumns?.Contains(i.Col) == true)).ToList();
                // A figure printed there that gave no line item leaves the parts unknown: nothing to check. So does one printed
                // among the amounts under a heading read as a label's (round W's Sichuan: 项目 beside 基本, its heading garbled).
                if (unnamedColumns is not null && PrintsUnreadFigure(table!, total.Row, unnamedColumns, items)) continue;
                if (whole && table is not null && PrintsUnreadFigure(table, total.Row, LabelColumnsAmongAmounts(table), items)) continue;
                if (finding.Severity == FindingSeverity.Error && unnamed.Count > 0)
                {
                    var withUnnamed = SumCheck.Compare(Id, $"{message} + {string.Join(" + ", unnamed.Select(p => Printed(p).Measure))}", Printed(total), [.. parts.Select(Printed), .. unnamed.Select(Printed)]);
                    if (withUnnamed is null || withUnnamed.Severity == FindingSeverity.Info)
                    {
                        if (withUnnamed is not null) yield return withUnnamed;
                        continue;
                    }
                }
                yield return finding;
            }
            foreach (var finding in UnmappedSplits(items, Printed)) yield return finding;
        }
    }

    /// <summary>
    /// A group of columns no measure fits, split as spending is (年末结转和结余 / 小计 | 基本支出 | 项目支出 in the national final-account
    /// template's 一般公共预算财政拨款收入支出决算表, round JB): its 小计 is its basic part and its project part.
    /// </summary>
    private IEnumerable<Finding> UnmappedSplits(List<LineItem> items, Func<LineItem, LineItem> printed)
    {
        var grouped = items.Select(i => (Item: i, Split: Measures.OtherGroupAndLeaf(i.Measure))).Where(p => p.Split is not null)
            .Select(p => (p.Item, p.Split!.Value.Group, p.Split.Value.Leaf));
        foreach (var group in grouped.GroupBy(p => p.Group))
        {
            LineItem? Under(Func<string, bool> isLeaf) => group.FirstOrDefault(p => isLeaf(p.Leaf)).Item;
            if (Under(ColumnHeaders.IsSubtotal) is not { } subtotal || Under(leaf => leaf == ColumnHeaders.BasicExpenditure) is not { } basic
                || Under(leaf => leaf == ColumnHeaders.ProjectExpenditure) is not { } project) continue;
            var message = $"{subtotal.Name}: {printed(subtotal).Measure} != {printed(basic).Measure} + {printed(project).Measure}";
            if (SumCheck.Compare(Id, message, printed(subtotal), [printed(basic), printed(project)]) is { } finding) yield return finding;
        }
    }
}
