using Extractor.Model;
using Extractor.Wording;

namespace Extractor.Validation;

/// <summary>
/// The fund overview (部门总体资金情况) of 部门整体支出绩效目标表 restates the budget in its own words: its
/// 财政拨款 must be the income table's 财政拨款 and 政府性基金 together, its income 合计 the income table's
/// total, its expenditure 合计 the expenditure table's, its 基本支出 and 项目支出 the expenditure table's
/// (<c>narrative.table</c>, as the catalogue files figures of that table), and its income and expenditure
/// totals must balance (<c>balance.income_expenditure</c>). One printed value against another: exact. Each
/// block's parts add up to its 合计 (<c>sum.column_total</c>, graded like any sum), where every line of the
/// overview is a part the form's wording names: a line it does not know may be a part left out of the sum.
/// </summary>
public sealed class PerformanceFundsRule : IConsistencyRule
{
    public string Id => RuleIds.NarrativeTable;

    public IReadOnlyList<string> Emits => [RuleIds.NarrativeTable, RuleIds.IncomeExpenditure, RuleIds.ColumnTotal];

    private const string Balance = RuleIds.IncomeExpenditure;

    public IEnumerable<Finding> Check(ExtractedDocument document)
    {
        var overview = document.LineItems
            .Where(i => i.TableType == TableTypes.OverallPerformanceTargets && i.Measure == Measures.Amount && i.IsPrinted)
            .GroupBy(i => i.TableId).FirstOrDefault()?.OrderBy(i => i.Row).ToList();
        if (overview is null) yield break;
        // The income block runs to its 合计, the expenditure block to the next.
        var totals = overview.Where(LineLabels.Total().Names).Take(2).ToList();
        if (totals.Count == 0)
        {
            foreach (var finding in AnnualFunds(document, overview)) yield return finding;
            yield break;
        }
        var income = totals[0];
        var spent = totals.Count > 1 ? totals[1] : null;
        // Side by side (Zhejiang: 收入 | 金额 | 支出 | 金额, the 合计 first on both sides), the income block is its column; one under
        // the other, it runs to its 合计.
        bool sideBySide = spent is not null && spent.Row == income.Row && spent.Col != income.Col;
        var incomeBlock = sideBySide ? overview.Where(i => i.Col == income.Col) : overview.TakeWhile(i => i != income);
        var fiscal = incomeBlock.FirstOrDefault(i => LineLabels.FiscalAppropriation().IsMatch(i.Name.Replace(" ", "")));

        if (spent is not null && spent.Amount != income.Amount)
            yield return SumCheck.Graded(Balance, $"{TableTypes.OverallPerformanceTargets}: expenditure {spent.Name} != income {income.Name}",
                income.Amount, spent.Amount, tolerance: 0, [SumCheck.Ref(spent), SumCheck.Ref(income)]);
        var parts = overview.Where(i => !LineLabels.Total().Names(i)).ToList();
        var incomeParts = parts.Where(PerformanceFormLabels.OverviewIncomePart().Names).ToList();
        var basic = parts.Where(PerformanceFormLabels.OverviewBasicPart().Names).ToList();
        var project = parts.Where(PerformanceFormLabels.OverviewProjectPart().Names).ToList();
        var sums = new List<Finding>();
        if (incomeParts.Count + basic.Count + project.Count == parts.Count && basic.Count <= 1 && project.Count <= 1)
        {
            if (incomeParts.Count >= 2 && SumCheck.Compare(RuleIds.ColumnTotal, $"{TableTypes.OverallPerformanceTargets}: income {income.Name} vs its parts", income, incomeParts) is { } incomeSum)
                sums.Add(incomeSum);
            if (spent is not null && basic.Count + project.Count == 2
                && SumCheck.Compare(RuleIds.ColumnTotal, $"{TableTypes.OverallPerformanceTargets}: expenditure {spent.Name} vs its parts", spent, [.. basic, .. project]) is { } spentSum)
                sums.Add(spentSum);
        }
        else (basic, project) = ([], []);
        var againstTables = AgainstTables(document,
            [
                (fiscal, TableTypes.IncomeSummary, FiscalMeasures(document)),
                (income, TableTypes.IncomeSummary, [Measures.Total]),
                (spent, TableTypes.ExpenditureSummary, [Measures.Total]),
                (basic.SingleOrDefault(), TableTypes.ExpenditureSummary, [Measures.BasicTotal]),
                (project.SingleOrDefault(), TableTypes.ExpenditureSummary, [Measures.ProjectTotal]),
            ]).ToList();
        // A block's total off its parts by what one part is off its table the other way: that part is the misprint, its own finding telling
        // it (round KD's Zhejiang: 特定目标类（项目支出） printed 1,186.10 for the expenditure table's 1,193.10, the block's 合计 right).
        foreach (var sum in sums.Where(sum => !ExplainedByAPart(sum, againstTables))) yield return sum;
        foreach (var finding in againstTables) yield return finding;
    }

    /// <summary>Whether a block's sum is off by what one of its parts is off its table the other way.</summary>
    private static bool ExplainedByAPart(Finding sum, List<Finding> againstTables) =>
        againstTables.Any(f => f.Refs[0] != sum.Refs[0] && sum.Refs.Skip(1).Contains(f.Refs[0]) && f.Difference == -sum.Difference);

    /// <summary>
    /// The form's 财政拨款 is all appropriated money: a final account's income table splits 政府性基金 from 财政拨款(补助), a budget's prints
    /// each fund's appropriation (一般公共预算拨款收入 | 政府性基金预算拨款收入 | 国有资本经营预算拨款收入).
    /// </summary>
    private static string[] FiscalMeasures(ExtractedDocument document) =>
        LineNames.TopLine(document, TableTypes.IncomeSummary, Measures.IncomeFiscalAppropriation) is not null
            ? [Measures.IncomeFiscalAppropriation, Measures.IncomeGovernmentFund]
            : [Measures.IncomeGeneralBudget, Measures.IncomeGovernmentFund, Measures.IncomeStateCapital];

    /// <summary>
    /// The overall form's fund block printed as a project form's (部门整体资金: 年度资金总额 | 其中：财政拨款 | 其他资金, round FG's Anhui and
    /// Jiangxi; 资金总额 | 其中：财政拨款 | 其他资金, round KI's Guangxi): its parts after it add up to it, its total is the income table's and
    /// its 财政拨款 the income table's appropriations.
    /// </summary>
    private IEnumerable<Finding> AnnualFunds(ExtractedDocument document, List<LineItem> overview)
    {
        static string Bare(LineItem line) => LineLabels.Bare(line.Name);
        // The year's block where the form prints one, else the block of all its funds (资金总额 alone: a 中期资金总额 or a 项目资金总额
        // spans more than the year).
        var found = PerformanceFormLabels.Blocks.OrderBy(b => b.Total == Measures.ProjectFundsAnnual ? 0 : 1)
            .Select(b => (Block: b, At: overview.FindIndex(i => b.TotalLabel.IsMatch(Bare(i)) && (b.Total == Measures.ProjectFundsAnnual || PerformanceFormLabels.NamesAllTheFunds(Bare(i))))))
            .FirstOrDefault(b => b.At >= 0);
        if (found.Block is not { } block) yield break;
        var total = overview[found.At];
        var parts = overview.Skip(found.At + 1).TakeWhile(i => block.Parts.Any(p => p.Label.IsMatch(Bare(i)))).ToList();
        var appropriation = block.Parts.Single(p => p.Measure is Measures.ProjectFundsAnnualAppropriation or Measures.ProjectFundsFiscal).Label;
        var fiscal = parts.FirstOrDefault(i => appropriation.IsMatch(Bare(i)));
        var againstTables = AgainstTables(document, [(fiscal, TableTypes.IncomeSummary, FiscalMeasures(document)), (total, TableTypes.IncomeSummary, [Measures.Total])]).ToList();
        // A part off its table by what the total is off its parts the other way is the misprint, its own finding telling it.
        if (parts.Count >= 2 && SumCheck.Compare(RuleIds.ColumnTotal, $"{TableTypes.OverallPerformanceTargets}: {total.Name} vs its parts", total, parts) is { } sum
            && !ExplainedByAPart(sum, againstTables))
            yield return OfTheOnePartUnconfirmed(document, sum, total, parts, fiscal) ?? sum;
        foreach (var finding in againstTables) yield return finding;
    }

    /// <summary>
    /// The block's sum told of its one part the tables do not confirm, where the total and every other part are the tables' (round JU's
    /// Shandong: 年度资金总额 8681.47 the income table's total, 其中：财政拨款 8558.47 its appropriations, 其他资金 printed 133.00 for 123.00):
    /// that part is the misprint, flagged at what the total less the others gives; null to keep the sum as it is.
    /// </summary>
    private static Finding? OfTheOnePartUnconfirmed(ExtractedDocument document, Finding sum, LineItem total, List<LineItem> parts, LineItem? fiscal)
    {
        if (sum.Severity != FindingSeverity.Error || TablesFigure(document, TableTypes.IncomeSummary, [Measures.Total]) != total.Amount
            || fiscal is null || TablesFigure(document, TableTypes.IncomeSummary, FiscalMeasures(document)) != fiscal.Amount
            || parts.Where(p => p != fiscal).ToList() is not [var part]) return null;
        decimal expected = total.Amount - parts.Where(p => p != part).Sum(p => p.Amount);
        FindingRef[] refs = [SumCheck.Ref(part), SumCheck.Ref(total), .. parts.Where(p => p != part).Select(SumCheck.Ref)];
        return SumCheck.Graded(RuleIds.ColumnTotal, $"{TableTypes.OverallPerformanceTargets}: {part.Name}, the one part of {total.Name} the tables do not confirm",
            expected, part.Amount, sum.Tolerance ?? 0, refs);
    }

    /// <summary>The sum of the top lines of a table in these measures (<see cref="TablesLines"/>); null where it prints none in the first.</summary>
    private static decimal? TablesFigure(ExtractedDocument document, string tableType, string[] measures) =>
        TablesLines(document, tableType, measures)?.Sum(l => l.Amount);

    /// <summary>The top lines of a table in these measures; null where the table prints none in the first.</summary>
    private static List<LineItem>? TablesLines(ExtractedDocument document, string tableType, string[] measures)
    {
        var lines = measures.Select(m => LineNames.TopLine(document, tableType, m)).OfType<LineItem>().ToList();
        return lines.Count == 0 || lines[0].Measure != measures[0] ? null : lines;
    }

    /// <summary>Each figure the form states against the top lines of the table printing it (their sum, where several measures make it).</summary>
    private IEnumerable<Finding> AgainstTables(ExtractedDocument document, IEnumerable<(LineItem? Stated, string TableType, string[] Measures)> pairs)
    {
        foreach (var (stated, tableType, measures) in pairs)
        {
            if (stated is null || TablesLines(document, tableType, measures) is not { } lines) continue;
            decimal table = lines.Sum(l => l.Amount);
            if (table == stated.Amount) continue;
            yield return SumCheck.Graded(Id, $"{stated.Name} ({TableTypes.OverallPerformanceTargets}) vs {tableType}",
                table, stated.Amount, tolerance: 0, [SumCheck.Ref(stated), .. lines.Select(SumCheck.Ref)]);
        }
    }
}
