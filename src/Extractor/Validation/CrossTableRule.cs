using System.Text.RegularExpressions;
using Extractor.Mapping;
using Extractor.Model;
using Extractor.Wording;

namespace Extractor.Validation;

/// <summary>
/// <c>cross.table</c>: a quantity printed in two tables agrees exactly — a function line's basic
/// expenditure in 部门支出总表 and 一般公共预算支出表, its total in 一般公共预算支出表 and the function table,
/// 收入总计 of the summary and the income table's total, the year's general-budget appropriation as the two summaries
/// list it among their income lines, the income table's general-budget 财政拨款 and the
/// totals of the general-budget expenditure tables, and a class printed as a labelled line of the summaries
/// (八、社会保障和就业支出) against its coded row: 收入支出总表's against 支出总表, 财政拨款收支总表's general-budget
/// column against the general-budget function table, its government-fund and state-capital columns against
/// those funds' tables. The second table's figure is checked against the first;
/// figures printed in different units are compared at the coarser precision (<c>unit.consistency</c>).
/// </summary>
public sealed class CrossTableRule : IConsistencyRule
{
    public string Id => RuleIds.CrossTable;

    public IReadOnlyList<string> Emits => [RuleIds.CrossTable, RuleIds.UnitConsistency];

    private static readonly (string First, string Second, Func<string, bool> Measure)[] SameLines =
    [
        (TableTypes.ExpenditureSummary, TableTypes.GeneralBudgetExpenditure, m => m.StartsWith("basic.", StringComparison.Ordinal)),
        (TableTypes.GeneralBudgetExpenditure, TableTypes.GeneralBudgetExpenditureByFunction, m => m == Measures.Total),
    ];

    public IEnumerable<Finding> Check(ExtractedDocument document)
    {
        foreach (var (first, second, measure) in SameLines)
        {
            // The department's basic expenditure is not the general budget's line by line where the two tables' basic
            // totals differ: other money (事业收入) in the department's basic expenditure is in one table only.
            if (first == TableTypes.ExpenditureSummary && TopLinesDiffer(document, first, second, Measures.BasicTotal)) continue;
            // So is a part of it whose totals differ where a table prints no basic total (round AR's Gansu: 单位资金 in the
            // department's 公用经费 only).
            var apart = first == TableTypes.ExpenditureSummary && !document.LineItems.Any(i => i.TableType == second && i.Measure == Measures.BasicTotal)
                ? document.LineItems.Where(i => i.TableType == second && measure(i.Measure)).Select(i => i.Measure).Distinct()
                    .Where(m => TopLinesDiffer(document, first, second, m)).ToHashSet()
                : [];
            foreach (var finding in SameFigures(document, first, second, Dimensions.Function, i => measure(i.Measure) && !apart.Contains(i.Measure)))
                yield return finding;
        }

        foreach (var finding in Twins(document)) yield return finding;
        foreach (var finding in ProjectFormsAgainstTheProjectList(document)) yield return finding;
        foreach (var finding in BasicSplit(document)) yield return finding;
        foreach (var finding in BasicSplitAcrossTables(document)) yield return finding;

        var units = new UnitBlocks(document.LineItems);
        foreach (var (line, code) in ClassLines.Of(document))
        {
            if (CodedTwin(document, units, line, code) is not { } twin) continue;
            string message = $"{code} {line.Measure}: {line.TableType} vs {twin.TableType}";
            if (SpendsCarryoverBeyond(document, line, twin))
            {
                if (twin.Amount <= line.Amount) continue;
                var below = SumCheck.Graded(Id, $"{message}: whole below its part", twin.Amount, line.Amount, tolerance: 0, [SumCheck.Ref(line), SumCheck.Ref(twin)]);
                yield return below with { MessageZh = ChineseMessage.BelowItsPart(Id, twin.Amount, line.Amount, below.Refs) };
            }
            else if (Differ(document, message, line, twin) is { } finding)
                yield return finding;
        }

        foreach (var finding in PartsWithinWholes(document, units)) yield return finding;
        foreach (var finding in ByUnitAgainstDepartment(document)) yield return finding;
        if (ProjectsAgainstFunctionRow(document, units) is { } projects) yield return projects;

        // An income table printing no carry-over column (a final account's 收入决算表) totals the year's income alone: the
        // summary's 本年收入合计, not its 收入总计 that adds 年初结转和结余.
        var summary = document.LineItems.Where(i => i.TableType == TableTypes.IncomeExpenditureSummary).ToList();
        bool carriesOver = document.LineItems.Any(i => i.TableType == TableTypes.IncomeSummary && i.Measure == Measures.IncomeCarryover);
        var summaryIncome = (carriesOver ? null : LineNames.IncomeOfYear(summary)) ?? LineNames.IncomeTotal(summary);
        var incomeTable = LineNames.TopLine(document, TableTypes.IncomeSummary, Measures.Total);
        if (summaryIncome is not null && incomeTable is not null
            && Differ(document, $"income total: {TableTypes.IncomeExpenditureSummary} vs {TableTypes.IncomeSummary}", incomeTable, summaryIncome) is { } income)
            yield return income;
        // A budget's carry-over, one figure in the summary and the income table (round DS's Jiangxi: 491,477.32 in the summary where
        // the income table prints 451,477.32, as the narrative states it).
        // Not where the summary lists more than one carrying on its income side (上年结转 and 上年结余 apart), which the income
        // table's one column adds up.
        bool oneCarrying = summary.Where(LineLabels.LastYearsCarrying().Names).Select(i => i.Row).Distinct().Count() == 1;
        if (document.Phase == BudgetPhase.Budget && carriesOver && oneCarrying && LineNames.Carryover(summary) is { IsPrinted: true } carried
            && LineNames.TopLine(document, TableTypes.IncomeSummary, Measures.IncomeCarryover) is { } incomeCarried
            && Differ(document, $"income.carryover: {TableTypes.IncomeExpenditureSummary} vs {TableTypes.IncomeSummary}", carried, incomeCarried) is { } carryover)
            yield return carryover;

        // Each fund's appropriation income, a line of the summary, of the 财政拨款收支总表 and a column of the income table; so each of
        // a unit's own incomes, a line of the summary and a column of the income table.
        foreach (var (label, column, fund) in IncomeSources)
        {
            var summaryLine = YearsIncomeLine(document, TableTypes.IncomeExpenditureSummary, label);
            if (YearsIncomeLine(document, TableTypes.FiscalAppropriationSummary, label) is { } fiscalLine && summaryLine is not null
                && Differ(document, $"{fund} income: {TableTypes.FiscalAppropriationSummary} vs {TableTypes.IncomeExpenditureSummary}", summaryLine, fiscalLine) is { } appropriation)
                yield return appropriation;
            // So the income table's column of it (round DX's Shanxi: 收入总表's 合计 of 一般公共预算拨款收入 2,958.90, the summary's 2,928.90;
            // round EI's Beijing: 政府性基金预算拨款收入 printed 102,059,437.26 in the summary, 102,095,437.26 in the income table).
            if (summaryLine is not null && LineNames.TopLine(document, TableTypes.IncomeSummary, column) is { } incomeColumn
                && Differ(document, $"{fund} income: {TableTypes.IncomeSummary} vs {TableTypes.IncomeExpenditureSummary}", summaryLine, incomeColumn) is { } inColumn)
                yield return inColumn;
        }

        if (GeneralBudgetIncome(document) is { } appropriated)
            foreach (var spending in new[] { TableTypes.GeneralBudgetExpenditure, TableTypes.GeneralBudgetExpenditureByFunction })
                if (LineNames.TopLine(document, spending, Measures.Total) is { } spent
                    && Differ(document, $"general_budget.total: {TableTypes.IncomeSummary} vs {spending}", spent, appropriated) is { } general)
                    yield return general;
    }

    /// <summary>
    /// A budget's project performance form (项目支出绩效目标表) against the project list: the year's funds it asks for (年度资金总额; not the
    /// project's total, which may span years) are the list's total of the project of its name (round IP's Liaoning: 就业创业服务补贴 printed
    /// 502.00 in its form, 520.00 in 部门项目支出表), where exactly one row of the list is so named. The form's figure is the one flagged.
    /// </summary>
    private IEnumerable<Finding> ProjectFormsAgainstTheProjectList(ExtractedDocument document)
    {
        if (document.Phase != BudgetPhase.Budget) yield break;
        // A list printing one amount a project (项目名称 | 项目类型 | 金额, round JR's Hainan) prints its total.
        var listed = document.LineItems.Where(i => i is { TableType: TableTypes.ProjectExpenditure, Dimension: Dimensions.Project, Measure: Measures.Total or Measures.Amount } && i.IsPrinted)
            .GroupBy(i => LineLabels.Bare(i.Name)).Where(g => g.DistinctBy(i => (i.TableId, i.Row)).Count() == 1).ToDictionary(g => g.Key, g => g.First());
        if (listed.Count == 0) yield break;
        foreach (var form in document.LineItems.Where(i => i.TableType == TableTypes.ProjectPerformanceTargets && i.IsPrinted).GroupBy(i => (i.TableId, i.Name)))
        {
            var funds = form.FirstOrDefault(i => i.Measure == Measures.ProjectFundsAnnual);
            if (funds is null || !listed.TryGetValue(LineLabels.Bare(funds.Name), out var line)) continue;
            if (Differ(document, $"project {funds.Name}: {funds.TableType} vs {line.TableType}", funds, line) is { } finding) yield return finding;
        }
    }

    /// <summary>
    /// Jiangsu's appropriation-wide twins of the general-budget tables print the general-budget lines again: a
    /// function line of a class no fund or state-capital table spends in, and (where the document spends no
    /// such money) every economic line of basic expenditure, must read the same in both.
    /// </summary>
    private IEnumerable<Finding> Twins(ExtractedDocument document)
    {
        var otherFundClasses = document.LineItems
            .Where(i => i.TableType is TableTypes.GovernmentFundExpenditure or TableTypes.StateCapitalExpenditure && i.Amount != 0 && i.Code is { Length: >= 3 })
            .Select(i => i.Code![..3]).ToHashSet();
        bool Compared(LineItem i) => i.Code is not null && i.IsPrinted && !otherFundClasses.Contains(i.Code[..Math.Min(3, i.Code.Length)]);
        var findings = SameFigures(document, TableTypes.GeneralBudgetExpenditureByFunction, TableTypes.FiscalAppropriationExpenditure, Dimensions.Function, Compared);
        return otherFundClasses.Count > 0 ? findings
            : findings.Concat(SameFigures(document, TableTypes.GeneralBudgetBasicByEconomic, TableTypes.FiscalAppropriationBasicByEconomic, Dimensions.Economic, Compared));
    }

    /// <summary>
    /// The summary's split of basic expenditure into 人员经费 and 公用经费 (支出总计 of Shanghai's 财务收支预算总表)
    /// against the top line of the basic-expenditure economic table, where the two agree on basic expenditure as
    /// a whole (all of it general-budget money): the summary's figure is flagged. A summary printed in whole yuan
    /// beside a table printed to the fen agrees to the coarser digit.
    /// </summary>
    private IEnumerable<Finding> BasicSplit(ExtractedDocument document)
    {
        string[] measures = [Measures.BasicPersonnel, Measures.BasicPublicFunds];
        var summary = measures.Select(m => document.LineItems.FirstOrDefault(i => i.TableType == TableTypes.IncomeExpenditureSummary
            && i.Measure == m && i.IsPrinted && LineLabels.ExpenditureTotal().Names(i))).ToList();
        var economic = measures.Select(m => LineNames.TopLine(document, TableTypes.GeneralBudgetBasicByEconomic, m)).ToList();
        if (summary.Concat(economic).Any(i => i is null)) yield break;
        decimal Half(LineItem item) => SumCheck.HalfLastDigitInYuan([item]);
        decimal wholeTolerance = summary.Concat(economic).Sum(i => Half(i!));
        if (Math.Abs(summary.Sum(i => i!.Amount) - economic.Sum(i => i!.Amount)) > wholeTolerance) yield break;
        for (int m = 0; m < measures.Length; m++)
        {
            LineItem flagged = summary[m]!, reference = economic[m]!;
            decimal tolerance = Math.Max(Half(flagged), Half(reference));
            if (Math.Abs(flagged.Amount - reference.Amount) > tolerance)
                yield return SumCheck.Graded(Id, $"{measures[m]}: {flagged.TableType} 支出总计 vs {reference.TableType}", reference.Amount, flagged.Amount,
                    tolerance, [SumCheck.Ref(flagged), SumCheck.Ref(reference)]);
        }
    }

    /// <summary>
    /// The general-budget function table's 合计 split into 人员经费 and 公用经费 (基本支出 / 人员经费 | 公用经费 columns) against the
    /// basic-expenditure economic table's own split: the top line of its 人员经费 | 公用经费 columns, or the foot of each side of a
    /// table printed in two (人员经费合计 | 公用经费合计). Both are the general budget's basic expenditure of the year; the economic
    /// table's figure is flagged, or the function table's where the narrative states the economic table's. Figures printed to
    /// different digits agree to the coarser one.
    /// </summary>
    private IEnumerable<Finding> BasicSplitAcrossTables(ExtractedDocument document)
    {
        foreach (var (measure, personnel) in new[] { (Measures.BasicPersonnel, true), (Measures.BasicPublicFunds, false) })
        {
            bool Measure(string m) => Measures.WithoutActual(m) == measure;
            var function = LineNames.TopLine(document, TableTypes.GeneralBudgetExpenditureByFunction, Measure)
                ?? LineNames.TopLine(document, TableTypes.GeneralBudgetExpenditure, Measure);
            var economic = LineNames.TopLine(document, TableTypes.GeneralBudgetBasicByEconomic, Measure)
                ?? document.LineItems.FirstOrDefault(i => i.TableType == TableTypes.GeneralBudgetBasicByEconomic && i.IsPrinted
                    && LineLabels.BasicSplitTotal().Names(i) && LineLabels.IsPersonnelSide(i.Name) == personnel);
            if (function is null || economic is null) continue;
            decimal tolerance = Math.Max(SumCheck.HalfLastDigitInYuan([function]), SumCheck.HalfLastDigitInYuan([economic]));
            if (Math.Abs(function.Amount - economic.Amount) <= tolerance) continue;
            // The narrative's own statement of the figure (人员经费2053.57万元) tells which table misprints it.
            string key = personnel ? FactKeys.ExpenditurePersonnel : FactKeys.ExpenditurePublicFunds;
            bool narrativeAgreesWithEconomic = document.Facts.Any(f => f.Key == key && Math.Abs(f.Value - economic.Amount) <= tolerance)
                && !document.Facts.Any(f => f.Key == key && Math.Abs(f.Value - function.Amount) <= tolerance);
            var (flagged, reference) = narrativeAgreesWithEconomic ? (function, economic) : (economic, function);
            yield return SumCheck.Graded(Id, $"{measure}: {flagged.TableType} vs {reference.TableType}", reference.Amount, flagged.Amount,
                tolerance, [SumCheck.Ref(flagged), SumCheck.Ref(reference)]);
        }
    }

    /// <summary>
    /// Each line of the <paramref name="second"/> table that prints a line of the <paramref name="first"/> again
    /// (the same unit, code and measure) and disagrees with it; the second's figure is the one flagged.
    /// </summary>
    private IEnumerable<Finding> SameFigures(ExtractedDocument document, string first, string second, string dimension, Func<LineItem, bool> compared)
    {
        var other = document.LineItems.Where(i => i.TableType == second && i.Dimension == dimension && compared(i))
            .GroupBy(i => (i.EntityCode, i.Code, i.Measure)).ToDictionary(g => g.Key, g => g.First());
        foreach (var item in document.LineItems.Where(i => i.TableType == first && i.Dimension == dimension && compared(i)))
            if (other.TryGetValue((item.EntityCode, item.Code, item.Measure), out var twin)
                && Differ(document, $"{item.Code} {item.Measure}: {first} vs {second}", twin, item) is { } finding)
                yield return finding;
    }

    /// <summary>
    /// The coded row a summary's class line prints again: the department's expenditure by class in 支出总表 for
    /// 收入支出总表's line; the general-budget function table for 财政拨款收支总表's general-budget column (or its
    /// total, where the row holds no fund or state-capital money). A final account's function table printing its budget
    /// beside its actual gives its actual total (<c>actual.total</c>), the figure the summary prints; a summary's budget column, the
    /// budget of the same phase (<see cref="PhaseTwin"/>).
    /// </summary>
    private static LineItem? CodedTwin(ExtractedDocument document, UnitBlocks units, LineItem line, string code)
    {
        if (Measures.IsBudgetPhase(line.Measure)) return PhaseTwin(document, units, line, code);
        // A code printed per unit holds one unit's figure on each line, not the department's the summary prints.
        LineItem? Coded(params string[] tableTypes) => tableTypes.Select(t => document.LineItems.FirstOrDefault(i => i.TableType == t
            && i.Dimension == Dimensions.Function && i.Code == code && Measures.WithoutActual(i.Measure) == Measures.Total && i.IsPrinted))
            .FirstOrDefault(i => i is not null) is { } coded && !units.PerUnit(coded) ? coded : null;
        if (line.TableType == TableTypes.IncomeExpenditureSummary && line.Measure is Measures.Amount or Measures.Total)
            return Coded(TableTypes.ExpenditureSummary);
        if (line.TableType != TableTypes.FiscalAppropriationSummary) return null;
        bool otherFunds = document.LineItems.Any(i => i.TableId == line.TableId && i.Row == line.Row && i.Amount != 0
            && i.Measure is Measures.FundGovernmentFund or Measures.FundStateCapital);
        // A line of all funds is the general budget's class only where no other fund's table spends under that class (round EI's
        // Beijing: 城乡社区支出 with 征地和拆迁补偿支出 in the 政府性基金 table).
        bool otherFundSpends = document.LineItems.Any(i => i.Amount != 0 && i.Code is { } other && other.StartsWith(code, StringComparison.Ordinal)
            && i.TableType is TableTypes.GovernmentFundExpenditure or TableTypes.StateCapitalExpenditure);
        // A summary printing one amount a line (项目 | 预算数 on each side, round EE's Shaanxi) holds all funds in it: the general
        // budget's alone where it lists no other fund's income (whose table may not have been read); a column left unnamed beside
        // the funds' (a heading run over its neighbour's) is none of them.
        bool oneAmount = line.Measure == Measures.Amount && document.LineItems.All(i => i.TableId != line.TableId || i.Measure == Measures.Amount
            && !(i.Amount != 0 && (LineLabels.GovernmentFundIncome().Names(i) || LineLabels.StateCapitalIncome().Names(i))));
        // The other funds' columns against their own tables (政府性基金预算支出表, 国有资本经营预算支出表).
        return line.Measure == Measures.FundGeneralBudget || (line.Measure == Measures.Total && !otherFunds || oneAmount) && !otherFundSpends
                ? Coded(TableTypes.GeneralBudgetExpenditureByFunction, TableTypes.GeneralBudgetExpenditure)
            : line.Measure == Measures.FundGovernmentFund ? Coded(TableTypes.GovernmentFundExpenditure)
            : line.Measure == Measures.FundStateCapital ? Coded(TableTypes.StateCapitalExpenditure)
            : null;
    }

    /// <summary>
    /// A final account's summary printing each class's budgets beside its outcome (round FN's Zhejiang: 收入支出决算总表's 年初预算数 |
    /// 调整预算数 | 决算数, 十二、农林水支出's 调整预算数 printed 8471.23 where the function table prints 8371.23): the class's line of the
    /// same phase in 支出决算表 or the general-budget function table, where that table's outcome of the class is the summary's (so
    /// the class is spent from that table's money alone). Null otherwise.
    /// </summary>
    private static LineItem? PhaseTwin(ExtractedDocument document, UnitBlocks units, LineItem line, string code)
    {
        if (document.LineItems.FirstOrDefault(i => i.TableId == line.TableId && i.Row == line.Row && i.Name == line.Name
                && i.Measure is Measures.Amount or Measures.Total) is not { IsPrinted: true } outcome) return null;
        foreach (var type in (string[])[TableTypes.ExpenditureSummary, TableTypes.GeneralBudgetExpenditureByFunction, TableTypes.GeneralBudgetExpenditure])
        {
            var coded = document.LineItems.Where(i => i.TableType == type && i.Dimension == Dimensions.Function && i.Code == code && i.IsPrinted && !units.PerUnit(i)).ToList();
            var budget = coded.FirstOrDefault(i => i.Measure == line.Measure || i.Measure == $"{line.Measure}.{Measures.Total}");
            var actual = coded.FirstOrDefault(i => !Measures.IsBudgetPhase(i.Measure) && Measures.WithoutActual(i.Measure) == Measures.Total);
            if (budget is not null && actual?.Amount == outcome.Amount) return budget;
        }
        return null;
    }

    /// <summary>
    /// Whether a 财政拨款收支总表's class line may hold last year's carry-over spent this year while its coded twin
    /// holds the year's appropriation alone (一般公共预算支出表 "不含上年结转"): the summary prints a 上年结转 income,
    /// and its 支出总计 in the line's column is not the twin table's total. The line is then a whole of its twin,
    /// never below it.
    /// </summary>
    private static bool SpendsCarryoverBeyond(ExtractedDocument document, LineItem line, LineItem twin)
    {
        if (line.TableType != TableTypes.FiscalAppropriationSummary) return false;
        var summary = document.LineItems.Where(i => i.TableId == line.TableId && i.Dimension == Dimensions.Summary && i.IsPrinted).ToList();
        if (!summary.Any(i => i.Amount != 0 && LineLabels.CarryKind(i.Name) == 0)) return false;
        var spent = summary.FirstOrDefault(i => i.Measure == line.Measure && LineLabels.ExpenditureTotal().Names(i));
        var twinTotal = LineNames.TopLine(document, twin.TableType, Measures.Total);
        return spent is not null && twinTotal is not null && UnitOf(document, spent) == UnitOf(document, twinTotal)
            && Math.Abs(spent.Amount - twinTotal.Amount) > SumCheck.HalfLastDigitInYuan([spent]) + SumCheck.HalfLastDigitInYuan([twinTotal]);
    }

    /// <summary>The tables that print one fund's expenditure by function: a part of the department's whole.</summary>
    private static readonly string[] FundParts =
    [
        TableTypes.GeneralBudgetExpenditureByFunction, TableTypes.GeneralBudgetExpenditure,
        TableTypes.GovernmentFundExpenditure, TableTypes.StateCapitalExpenditure,
    ];

    /// <summary>
    /// A function line spent from all the department's money is never less than the same line spent from one
    /// fund: 支出总表's coded rows, and 收入支出总表's class lines where no 支出总表 prints them, against the
    /// general-budget (or government-fund, state-capital) table's row of that code. Where the whole may hold
    /// other money the two need not be equal, but a whole printed below its part is wrong whichever figure is
    /// misprinted (326.71 for 社会保障和就业支出 beside a general-budget 326.72). Figures in different units are
    /// compared at the coarser digit.
    /// </summary>
    private IEnumerable<Finding> PartsWithinWholes(ExtractedDocument document, UnitBlocks units)
    {
        // A subject printed under another subject's code is a part of its own subject's whole (round EO's Guangdong).
        var parts = document.LineItems.Where(i => Array.IndexOf(FundParts, i.TableType) >= 0 && i.Dimension == Dimensions.Function
                && i.Code is not null && Measures.WithoutActual(i.Measure) is Measures.Total or Measures.Amount && i.IsPrinted && !units.PerUnnamedUnit(i))
            .GroupBy(i => (i.EntityCode, Code: units.SubjectCode(i))).ToDictionary(g => g.Key, g => g.ToList());
        if (parts.Count == 0) yield break;
        var wholes = document.LineItems.Where(i => i.TableType == TableTypes.ExpenditureSummary && i.Dimension == Dimensions.Function
                && i.Code is not null && i.Measure == Measures.Total && i.IsPrinted && !units.PerUnnamedUnit(i))
            .Select(i => (Line: i, Code: i.Code!)).ToList();
        var codedClasses = wholes.Select(w => w.Code).ToHashSet();
        var oneFund = new Dictionary<(string, string), bool>();
        wholes.AddRange(ClassLines.Of(document).Where(c => c.Line.TableType == TableTypes.IncomeExpenditureSummary
            && c.Line.Measure is Measures.Amount or Measures.Total && !codedClasses.Contains(c.Code)));
        foreach (var (whole, code) in wholes)
        {
            if (!parts.TryGetValue((whole.EntityCode, code), out var lines)) continue;
            // The largest part by its table's rounding: one finding a line, against the part that shows it.
            var part = lines.MaxBy(p => p.Amount)!;
            decimal digit = UnitOf(document, whole) == UnitOf(document, part) ? 0 : 2 * Math.Max(SumCheck.HalfLastDigitInYuan([whole]), SumCheck.HalfLastDigitInYuan([part]));
            decimal Rounded(decimal amount) => digit == 0 ? amount : Math.Round(amount / digit, MidpointRounding.AwayFromZero) * digit;
            var tables = (whole.TableId, part.TableId);
            if (!oneFund.TryGetValue(tables, out bool allOfOneFund)) oneFund[tables] = allOfOneFund = AllOfOneFund(document, whole, part);
            if (allOfOneFund)
            {
                // All the department's money is the part's fund: the whole is the part, printed again.
                if (Rounded(part.Amount) != Rounded(whole.Amount))
                    yield return SumCheck.Graded(Id, $"{code}: {whole.TableType} vs {part.TableType}, which holds all its money", part.Amount, whole.Amount,
                        tolerance: digit == 0 ? 0 : digit / 2, [SumCheck.Ref(whole), SumCheck.Ref(part)]);
                continue;
            }
            if (Rounded(part.Amount) <= Rounded(whole.Amount)) continue;
            var finding = SumCheck.Graded(Id, $"{code}: {whole.TableType} whole below its part in {part.TableType}", part.Amount, whole.Amount,
                tolerance: digit == 0 ? 0 : digit / 2, [SumCheck.Ref(whole), SumCheck.Ref(part)]);
            yield return finding with { MessageZh = ChineseMessage.BelowItsPart(Id, part.Amount, whole.Amount, finding.Refs) };
        }
    }

    /// <summary>
    /// Whether the whole's table spends exactly what the part's table does in all (Jiangsu's 收支预算总表 支出合计 and its
    /// 一般公共预算支出预算表 合计, both 37,188.34): then no other money is in the whole, and each of its lines is the part's.
    /// </summary>
    private static bool AllOfOneFund(ExtractedDocument document, LineItem whole, LineItem part)
    {
        var wholeTotal = whole.TableType == TableTypes.ExpenditureSummary
            ? LineNames.TopLine(document, TableTypes.ExpenditureSummary, Measures.Total)
            : LineNames.ExpenditureTotal(document.LineItems.Where(i => i.TableId == whole.TableId && i.Dimension == Dimensions.Summary && i.IsPrinted));
        var partTotal = LineNames.TopLine(document, part.TableType, m => m is Measures.Total or Measures.Amount);
        return wholeTotal is not null && partTotal is not null && UnitOf(document, wholeTotal) == UnitOf(document, partTotal)
            && wholeTotal.Amount == partTotal.Amount && wholeTotal.Amount != 0;
    }

    /// <summary>
    /// 项目支出表 lists a budget's projects, each under the function code it is spent on; its general-budget money (the
    /// 一般公共预算 column, or the whole table where it prints one amount) is the general-budget function table's 项目支出,
    /// code by code. So a final account's list of the projects' outcomes (round GC's Xinjiang: 项目名称 | 功能分类科目编码 |
    /// 财政拨款项目支出决算数) against the function table's outcome. The two tables' scopes are not always one (a list of every project whatever its money, or of the
    /// department's own projects only), so a difference is a misprint only where it shows the same in the tables' totals
    /// and in one code alone, or in one code alone where the totals agree (the list's 合计 then is not its rows' sum): that
    /// code's projects are flagged against the function table's row.
    /// </summary>
    private Finding? ProjectsAgainstFunctionRow(ExtractedDocument document, UnitBlocks units)
    {
        // The first list only: a second (一般公共预算项目支出表 beside 项目支出表) lists the same projects again.
        var first = document.LineItems.FirstOrDefault(i => i.TableType == TableTypes.ProjectExpenditure)?.TableId;
        var listed = document.LineItems.Where(i => i.TableId == first && i.TableType == TableTypes.ProjectExpenditure && i.IsPrinted).ToList();
        // Its 一般公共预算 column, or its one column of amounts (a list of all money by source, 合计 | 财政拨款 | 事业收入, is not one).
        string? measure = listed.Any(i => i.Measure == Measures.FundGeneralBudget) ? Measures.FundGeneralBudget
            : listed.Select(i => i.Measure).Distinct().ToList() is [var only and (Measures.Total or Measures.Amount)] ? only : null;
        if (measure is null || LineNames.TopLine(document, TableTypes.ProjectExpenditure, measure) is not { } listedTotal || listedTotal.TableId != first) return null;
        // A final account's function table may print the project column as budgeted and as spent: the outcome is the list's.
        static bool ProjectOutcome(string m) => Measures.WithoutActual(m) == Measures.ProjectTotal;
        string functionTable = document.LineItems.Any(i => i.TableType == TableTypes.GeneralBudgetExpenditureByFunction && ProjectOutcome(i.Measure))
            ? TableTypes.GeneralBudgetExpenditureByFunction : TableTypes.GeneralBudgetExpenditure;
        if (LineNames.TopLine(document, functionTable, ProjectOutcome) is not { } functionTotal
            || UnitOf(document, listedTotal) != UnitOf(document, functionTotal)) return null;
        // One amount a project that adds up to the department's whole 项目支出 lists every project, whatever its money: unless the
        // general budget is that whole (round GC's Xinjiang, all of its projects' money appropriated from it).
        if (measure != Measures.FundGeneralBudget && LineNames.TopLine(document, TableTypes.ExpenditureSummary, ProjectOutcome) is { } all
            && all.Amount == listedTotal.Amount && all.Amount != functionTotal.Amount) return null;
        decimal difference = listedTotal.Amount - functionTotal.Amount;
        var rows = document.LineItems.Where(i => i.TableType == functionTable && i.Dimension == Dimensions.Function && i.Code is not null
                && ProjectOutcome(i.Measure) && i.IsPrinted && !units.PerUnit(i))
            .GroupBy(i => i.Code!).ToDictionary(g => g.Key, g => g.First());
        // A project spending no general-budget money (a government-fund one, under a fund's code) is in no general-budget row.
        var projects = listed.Where(i => i.Dimension == Dimensions.Project && i.Measure == measure && i.Code is not null && i.Amount != 0)
            .GroupBy(i => i.Code!).ToList();
        if (projects.Count == 0 && measure == Measures.FundGeneralBudget && difference != 0 && !CarryoverSpent(document))
            return UncodedListAgainstFunctionTotal(listedTotal, functionTotal, functionTable);
        if (projects.Count == 0 || projects.Any(p => !rows.ContainsKey(p.Key))) return null;
        decimal CodeOff(IGrouping<string, LineItem> listedCode) => listedCode.Sum(i => i.Amount) - rows[listedCode.Key].Amount;
        var off = projects.Where(p => CodeOff(p) != 0).ToList();
        // Totals that differ: one code off by as much. Totals that agree: the project is the misprint where the list's own 合计 is
        // not its rows' sum by as much as its code is off (else the function table's row is, its own total right: round AB's
        // Liaoning), told so even beside another code off (round GC's Xinjiang: a function row misprinted under another code).
        decimal rowsOverTotal = projects.Sum(p => p.Sum(i => i.Amount)) - listedTotal.Amount;
        var told = difference != 0 ? off.Where(p => CodeOff(p) == difference && off.Count == 1).ToList()
            : off.Where(p => CodeOff(p) == rowsOverTotal).ToList();
        if (told is not [var code]) return null;
        var row = rows[code.Key];
        decimal listedUnder = code.Sum(i => i.Amount);
        // Several projects under the code are flagged as their sum: which of them is misprinted the tables do not tell.
        var projectRefs = code.Select(SumCheck.Ref).ToList();
        var finding = SumCheck.Graded(Id, $"{code.Key} {Measures.ProjectTotal}: {TableTypes.ProjectExpenditure} vs {functionTable}", row.Amount,
            listedUnder, tolerance: 0, [.. projectRefs, SumCheck.Ref(row)]);
        return projectRefs.Count == 1 ? finding
            : finding with { MessageZh = ChineseMessage.ProjectsUnderACode(Id, projectRefs, listedUnder, finding.Refs[^1], row.Amount) };
    }

    /// <summary>Whether the budget spends last year's carry-over (上年结转 in its income table): a list may leave that money out.</summary>
    private static bool CarryoverSpent(ExtractedDocument document) =>
        LineNames.TopLine(document, TableTypes.IncomeSummary, Measures.IncomeCarryover) is { Amount: not 0 };

    /// <summary>
    /// A project list printing no codes, its 一般公共预算 column's 合计 against the general budget's 项目支出 (round AK's Henan: 表十
    /// 1,180.72 against 表五 1,150.72, a project's figure misprinted into both its row and the list's 合计): the list's total is flagged.
    /// </summary>
    private Finding? UncodedListAgainstFunctionTotal(LineItem listedTotal, LineItem functionTotal, string functionTable) =>
        SumCheck.Graded(Id, $"{Measures.ProjectTotal}: {TableTypes.ProjectExpenditure} vs {functionTable}", functionTotal.Amount, listedTotal.Amount,
            tolerance: 0, [SumCheck.Ref(listedTotal), SumCheck.Ref(functionTotal)]);

    /// <summary>
    /// A table by unit's 合计 line against the department's income and expenditure tables: each side's total, and each part the
    /// department's table prints too (财政拨款, 事业收入, 基本支出, 项目支出; round FB's Guizhou). Only where its units make up the
    /// department, one side's total the same in both: a table of the subordinate units alone leaves out the department's own office.
    /// The unit table's figure is flagged.
    /// </summary>
    private IEnumerable<Finding> ByUnitAgainstDepartment(ExtractedDocument document)
    {
        // Each side's figures in the department's table of that side; a fund's or a source's column beside them is neither side's part.
        string? TableOf(string measure) => measure is Measures.IncomeTotal || measure.StartsWith("income.", StringComparison.Ordinal) ? TableTypes.IncomeSummary
            : measure is Measures.ExpenditureTotal or Measures.BasicTotal or Measures.ProjectTotal || measure.StartsWith("expenditure.", StringComparison.Ordinal) ? TableTypes.ExpenditureSummary
            : null;
        var sides = new[] { Measures.IncomeTotal, Measures.ExpenditureTotal }
            .Select(side => (ByUnit: LineNames.TopLine(document, TableTypes.IncomeExpenditureByUnit, side), Department: LineNames.TopLine(document, TableOf(side)!, Measures.Total)))
            .ToList();
        if (!sides.Any(s => s.ByUnit is { } unit && s.Department is { } department && unit.Amount == department.Amount)) yield break;
        var top = sides.Select(s => s.ByUnit).First(u => u is not null)!;
        foreach (var line in document.LineItems.Where(i => i.TableId == top.TableId && i.Row == top.Row && i.IsPrinted))
        {
            string measure = line.Measure is Measures.IncomeTotal or Measures.ExpenditureTotal ? Measures.Total : line.Measure;
            if (TableOf(line.Measure) is not { } side || LineNames.TopLine(document, side, measure) is not { } department) continue;
            if (Differ(document, $"{line.Measure}: {TableTypes.IncomeExpenditureByUnit} vs {department.TableType}", line, department) is { } finding)
                yield return finding;
        }
    }

    /// <summary>Whether two tables' top lines print different figures (beyond their rounding) in their column of this measure.</summary>
    private static bool TopLinesDiffer(ExtractedDocument document, string first, string second, string measure) =>
        LineNames.TopLine(document, first, measure) is { } one && LineNames.TopLine(document, second, measure) is { } other
            && Math.Abs(one.Amount - other.Amount) > SumCheck.HalfLastDigitInYuan([one]) + SumCheck.HalfLastDigitInYuan([other]);

    private static MoneyUnit? UnitOf(ExtractedDocument document, LineItem item) =>
        document.Tables.FirstOrDefault(t => t.Id == item.TableId)?.Unit ?? document.Unit;

    /// <summary>
    /// The income table's 财政拨款 as general-budget money: where it prints 政府性基金 in a column of its own
    /// (the Hubei template), or where no fund or state-capital money shows anywhere in the document. Not in a final
    /// account: its year's income and its year's expenditure differ by the change in its carry-over (年初 and 年末
    /// 结转和结余), so the two need not agree.
    /// </summary>
    private static LineItem? GeneralBudgetIncome(ExtractedDocument document)
    {
        if (document.Phase == BudgetPhase.FinalAccounts) return null;
        if (LineNames.TopLine(document, TableTypes.IncomeSummary, Measures.IncomeFiscalAppropriation) is not { } fiscal) return null;
        bool fundColumn = LineNames.TopLine(document, TableTypes.IncomeSummary, Measures.IncomeGovernmentFund) is not null;
        bool otherFunds = document.LineItems.Any(i => i.Amount != 0
            && (i.TableType is TableTypes.GovernmentFundExpenditure or TableTypes.StateCapitalExpenditure || i.Measure == Measures.IncomeGovernmentFund));
        return fundColumn || !otherFunds ? fiscal : null;
    }

    /// <summary>
    /// The incomes the summaries list by label and the income table as a column: label, column, name. The funds' appropriations,
    /// and a unit's own income beside them (round FO's Chongqing: 收支总表's 四、财政专户管理资金收入 printed 624.00, the income
    /// table's column 584.00; round FL's Jiangsu: 五、单位资金收入 36.00 against 30.00; round HQ's Jiangsu: 其他收入 470.00 against 420.00).
    /// </summary>
    private static readonly (Func<Regex> Label, string Column, string Fund)[] IncomeSources =
    [
        (LineLabels.GeneralBudgetIncome, Measures.IncomeGeneralBudget, "general_budget"),
        (LineLabels.GovernmentFundIncome, Measures.IncomeGovernmentFund, "government_fund"),
        (LineLabels.SpecialAccountIncome, Measures.IncomeSpecialAccount, "special_account"),
        (LineLabels.UnitFundsIncome, Measures.IncomeOtherOwn, "other_own"),
        (LineLabels.PublicServiceIncome, Measures.IncomePublicService, "public_service"),
        (LineLabels.BusinessIncome, Measures.IncomeBusiness, "business"),
        (LineLabels.OtherIncome, Measures.IncomeOther, "other"),
    ];

    /// <summary>
    /// The year's appropriation of a fund (<paramref name="label"/>) as a summary lists it among its income lines: 收入支出总表's 一、一般公共预算拨款收入
    /// and 财政拨款收支总表's 一、一般公共预算拨款 print one figure (round CD's Fujian: 1,314.77 in the one, 1,214.77 in the other and
    /// in the narrative). The first table of the type is the department's; its first such line is the year's only above the
    /// year's income total and any carry-over, where a fund's carry-over is listed by fund (年初财政拨款结转和结余 over its own
    /// 一、一般公共预算财政拨款: round BG's Tianjin, whose year's line was read into the header); the line's first column of the
    /// year's figures (一、本年收入 over its （一）一般公共预算拨款 names no total of the year: round DT's Ningxia).
    /// </summary>
    private static LineItem? YearsIncomeLine(ExtractedDocument document, string tableType, Func<Regex> label)
    {
        if (document.Tables.FirstOrDefault(t => t.Type == tableType) is not { } table) return null;
        var lines = document.LineItems.Where(i => i.TableId == table.Id && i.Dimension == Dimensions.Summary).ToList();
        var named = lines.Where(i => !Measures.IsBudgetPhase(i.Measure)).Where(label().Names).ToList();
        var line = named.MinBy(i => (i.Row, Measures.IsOther(i.Measure), i.Col));
        // A summary by source printing each one's carry-overs and spending beside its year's income (round EW's Wuxi: 年初结转和结余 |
        // 本年收入 | 本年支出 | 年末结转和结余 over 三、事业收入): the column of the year's income, none where no column names it.
        if (line is not null && named.Where(i => i.Row == line.Row).ToList() is { Count: > 1 } across
            && across.Any(i => i.Measure is Measures.CarryoverOpening or Measures.CarryoverClosing))
            line = across.FirstOrDefault(i => ColumnHeaders.HeadsYearsIncome(i.Measure));
        bool belowTheYears = line is not null
            && lines.Any(i => i.Row < line.Row && (LineLabels.IncomeOfYear().Names(i) || LineLabels.CarryKind(i.Name) is not null));
        return line is { IsPrinted: true } && !belowTheYears ? line : null;
    }

    /// <summary>
    /// Two printings of one figure that disagree. Printed in one unit they must be equal; one in 元 and one in
    /// 万元 (96,282,213.44 元 and 9628.22 万元) must agree at the coarser printed precision, and a difference
    /// there is <c>unit.consistency</c>'s.
    /// </summary>
    private Finding? Differ(ExtractedDocument document, string message, LineItem flagged, LineItem reference)
    {
        MoneyUnit? Unit(LineItem item) => UnitOf(document, item);
        if (Unit(flagged) == Unit(reference))
            return flagged.Amount == reference.Amount ? null
                : SumCheck.Graded(Id, message, reference.Amount, flagged.Amount, tolerance: 0, [SumCheck.Ref(flagged), SumCheck.Ref(reference)]);
        decimal Digit(LineItem item) => 2 * SumCheck.HalfLastDigitInYuan([item]) * (item.Amount == 0 ? Unit(item)?.YuanPerUnit() ?? 1m : 1m);
        decimal digit = Math.Max(Digit(flagged), Digit(reference));
        decimal Rounded(decimal amount) => Math.Round(amount / digit, MidpointRounding.AwayFromZero) * digit;
        return Rounded(flagged.Amount) == Rounded(reference.Amount) ? null
            : SumCheck.Graded(UnitConsistency, $"{message} (printed in different units)", reference.Amount, flagged.Amount,
                tolerance: digit / 2, [SumCheck.Ref(flagged), SumCheck.Ref(reference)]);
    }

    private const string UnitConsistency = RuleIds.UnitConsistency;
}
