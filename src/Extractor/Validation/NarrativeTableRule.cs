using System.Text.RegularExpressions;
using Extractor.Model;
using Extractor.Wording;

namespace Extractor.Validation;

/// <summary>
/// <c>narrative.table</c>: a figure the narrative states equals the table line it describes — 三公 and its
/// parts in the 三公 table, the procurement total in 政府采购表, 政府购买服务 in its table, total, basic and
/// project expenditure in the top line of 部门支出总表 and (一般公共预算) of 一般公共预算支出表 or its function
/// table, 政府性基金 expenditure in its table's, each source of income in the income summary's top line,
/// 财政拨款收支总预算 in its summary's 收入总计, the budget of the projects with performance targets in their forms;
/// where no table is printed at all, a figure stated twice against its other statement.
/// One printed value against another: any difference is an error, after rounding the table's figure to the
/// narrative's printed precision (a table in 元 described in 万元).
/// </summary>
public sealed partial class NarrativeTableRule : IConsistencyRule
{
    public string Id => RuleIds.NarrativeTable;

    /// <summary>
    /// The sources of income a narrative states and the income summary prints as columns, under one id. Declared
    /// before <see cref="Pairs"/>, which reads it when the type is initialised.
    /// </summary>
    private static readonly string[] IncomeSources =
    [
        FactKeys.IncomeFiscalAppropriation, FactKeys.IncomeGeneralBudget, FactKeys.IncomeGovernmentFund, FactKeys.IncomeSpecialAccount, FactKeys.IncomeBusiness,
        FactKeys.IncomePublicService, FactKeys.IncomeHigherSubsidy, FactKeys.IncomeSubordinateRemit, FactKeys.IncomeOther, FactKeys.IncomeCarryover,
        FactKeys.IncomeStateCapital,
    ];

    /// <summary>
    /// A fund's opening and closing balance as its paragraph states them → the fund's column and which of its lines the fiscal appropriation
    /// summary holds it in (<see cref="CarryoverRule.FundsOf"/>: its opening balance a row under 年初财政拨款结转和结余, its closing balance its
    /// column's cell of 年末财政拨款结转和结余).
    /// </summary>
    private static readonly Dictionary<string, (string Fund, Func<CarryoverRule.FundLines, LineItem> Line)> FundBalanceLines = new()
    {
        [FactKeys.GeneralBudgetCarryoverOpening] = (Measures.FundGeneralBudget, f => f.Opening),
        [FactKeys.GeneralBudgetCarryoverClosing] = (Measures.FundGeneralBudget, f => f.Closing),
        [FactKeys.GovernmentFundCarryoverOpening] = (Measures.FundGovernmentFund, f => f.Opening),
        [FactKeys.GovernmentFundCarryoverClosing] = (Measures.FundGovernmentFund, f => f.Closing),
        [FactKeys.StateCapitalCarryoverOpening] = (Measures.FundStateCapital, f => f.Opening),
        [FactKeys.StateCapitalCarryoverClosing] = (Measures.FundStateCapital, f => f.Closing),
    };

    /// <summary>
    /// Fact key → the table, the line (by name, or null for the table's top line) and the measure; where a key
    /// is paired with two tables, the first the document prints is used.
    /// </summary>
    private static readonly (string Fact, string TableType, Func<Regex>? Line, Func<string, bool> Measure)[] Pairs =
    [
        (FactKeys.ProcurementTotal, TableTypes.GovernmentProcurement, LineLabels.Total, m => m is Measures.Total or Measures.Amount),
        (FactKeys.ProcurementGoods, TableTypes.GovernmentProcurement, LineLabels.ProcurementGoods, m => m is Measures.Total or Measures.Amount),
        (FactKeys.ProcurementWorks, TableTypes.GovernmentProcurement, LineLabels.ProcurementWorks, m => m is Measures.Total or Measures.Amount),
        (FactKeys.ProcurementServices, TableTypes.GovernmentProcurement, LineLabels.ProcurementServices, m => m is Measures.Total or Measures.Amount),
        // A procurement table by kind prints them as columns (合计 | 货物 | 工程 | 服务 | 面向中小企业预留): its 合计 line's.
        (FactKeys.ProcurementGoods, TableTypes.GovernmentProcurement, LineLabels.Total, m => m == Measures.ProcurementGoods),
        (FactKeys.ProcurementWorks, TableTypes.GovernmentProcurement, LineLabels.Total, m => m == Measures.ProcurementWorks),
        (FactKeys.ProcurementServices, TableTypes.GovernmentProcurement, LineLabels.Total, m => m == Measures.ProcurementServices),
        (FactKeys.ProcurementSmeReserved, TableTypes.GovernmentProcurement, LineLabels.Total, m => m == Measures.ProcurementSmeReserved),
        (FactKeys.PurchasedServicesTotal, TableTypes.GovernmentPurchasedServices, LineLabels.Total, m => m is Measures.Total or Measures.Amount),
        (FactKeys.OperatingCosts, TableTypes.OperatingCosts, null, m => m == Measures.OperatingCosts),
        // A 机关运行经费 table listing the economic items in one 预算数 (or 合计) column: its 合计 line.
        (FactKeys.OperatingCosts, TableTypes.OperatingCosts, LineLabels.OperatingCostsTotal, m => m is Measures.Amount or Measures.Total),
        // The national final account's 机关运行经费及国有资产占用情况表 prints it as a line beside counts (机关运行经费支出 | 万元 | 738.35).
        (FactKeys.OperatingCosts, TableTypes.OperatingCosts, LineLabels.OperatingCostsLine, m => m is Measures.Amount or Measures.Total or Measures.Actual),
        // Shanghai prints 机关运行经费 as a column of its 三公 table (部门“三公”经费和机关运行经费预算表).
        (FactKeys.OperatingCosts, TableTypes.ThreePublicExpenses, null, m => m == Measures.OperatingCosts),
        // The national template's 情况表 prints it as a line below 三公 (二、行政参公单位机关运行经费 | 预算数 | 决算数).
        (FactKeys.OperatingCosts, TableTypes.ThreePublicExpenses, LineLabels.OperatingCostsLine, m => m is Measures.Amount or Measures.Total or Measures.Actual),
        // Jiangsu prints 会议费 and 培训费 as columns of its 三公 table.
        (FactKeys.MeetingCosts, TableTypes.ThreePublicExpenses, null, m => m == Measures.MeetingCosts),
        (FactKeys.TrainingCosts, TableTypes.ThreePublicExpenses, null, m => m == Measures.TrainingCosts),
        (FactKeys.IncomeTotal, TableTypes.IncomeSummary, null, m => m is Measures.Total or Measures.Amount),
        (FactKeys.IncomeGeneralBudget, TableTypes.FiscalAppropriationSummary, LineLabels.GeneralBudgetIncome, m => m is Measures.Total or Measures.Amount),
        (FactKeys.IncomeGovernmentFund, TableTypes.FiscalAppropriationSummary, LineLabels.GovernmentFundIncome, m => m is Measures.Total or Measures.Amount),
        (FactKeys.IncomeStateCapital, TableTypes.FiscalAppropriationSummary, LineLabels.StateCapitalIncome, m => m is Measures.Total or Measures.Amount),
        // The income summary's top line by source: its columns carry the sources' measure ids, as the facts do.
        .. IncomeSources.Select(key => (key, TableTypes.IncomeSummary, (Func<Regex>?)null, (Func<string, bool>)(m => m == key))),
        (FactKeys.ExpenditureTotal, TableTypes.ExpenditureSummary, null, m => m == Measures.Total),
        (FactKeys.ExpenditureBasic, TableTypes.ExpenditureSummary, null, m => m == Measures.BasicTotal),
        (FactKeys.ExpenditureProject, TableTypes.ExpenditureSummary, null, m => m == Measures.ProjectTotal),
        (FactKeys.ExpenditureReserve, TableTypes.IncomeExpenditureSummary, LineLabels.Reserve, _ => true),
        (FactKeys.CarryoverOpening, TableTypes.IncomeExpenditureSummary, LineLabels.OpeningBalance, _ => true),
        (FactKeys.CarryoverClosing, TableTypes.IncomeExpenditureSummary, LineLabels.ClosingBalance, _ => true),
        (FactKeys.IncomeUseNonfiscalBalance, TableTypes.IncomeExpenditureSummary, LineLabels.UsedNonfiscalBalance, _ => true),
        (FactKeys.ExpenditureBalanceDistribution, TableTypes.IncomeExpenditureSummary, LineLabels.BalanceDistributed, _ => true),
        (FactKeys.FiscalAppropriationCarryoverOpening, TableTypes.FiscalAppropriationSummary, LineLabels.OpeningBalance, m => m is Measures.Total or Measures.Amount),
        (FactKeys.FiscalAppropriationCarryoverClosing, TableTypes.FiscalAppropriationSummary, LineLabels.ClosingBalance, m => m is Measures.Total or Measures.Amount),
        (FactKeys.GeneralBudgetTotal, TableTypes.GeneralBudgetExpenditure, null, m => m == Measures.Total),
        (FactKeys.GeneralBudgetTotal, TableTypes.GeneralBudgetExpenditureByFunction, null, m => m == Measures.Total),
        (FactKeys.GeneralBudgetBasic, TableTypes.GeneralBudgetExpenditure, null, m => m == Measures.BasicTotal),
        (FactKeys.GeneralBudgetBasic, TableTypes.GeneralBudgetExpenditureByFunction, null, m => m == Measures.BasicTotal),
        // Jiangsu's function table prints no basic column: its basic table's 合计 is the general budget's basic expenditure (not
        // the first line of a table printing 人员经费 and 公用经费 side by side, 人员经费合计 or 工资福利支出).
        (FactKeys.GeneralBudgetBasic, TableTypes.GeneralBudgetBasicByEconomic, LineLabels.Total, m => m is Measures.Total or Measures.Amount),
        (FactKeys.GeneralBudgetProject, TableTypes.GeneralBudgetExpenditure, null, m => m == Measures.ProjectTotal),
        (FactKeys.GeneralBudgetProject, TableTypes.GeneralBudgetExpenditureByFunction, null, m => m == Measures.ProjectTotal),
        (FactKeys.GovernmentFundTotal, TableTypes.GovernmentFundExpenditure, null, m => m is Measures.Total or Measures.Amount),
        (FactKeys.StateCapitalTotal, TableTypes.StateCapitalExpenditure, null, m => m is Measures.Total or Measures.Amount),
        (FactKeys.FiscalAppropriationTotal, TableTypes.FiscalAppropriationSummary, LineLabels.GrandTotal, _ => true),
        (FactKeys.FiscalAppropriationExpenditure, TableTypes.FiscalAppropriationSummary, LineLabels.ExpenditureOfYear, m => m is Measures.Total or Measures.Amount),
        (FactKeys.IncomeExpenditureTotal, TableTypes.IncomeExpenditureSummary, LineLabels.GrandTotal, _ => true),
        // A fund's balances its paragraph states are in the fiscal appropriation summary's lines of that fund (FundBalanceLines), else
        // the government fund's own final-account table (年初结转和结余 | 本年收入 | 本年支出 | 年末结转和结余), its 合计 line (round IR's
        // Ningxia: the summary's income side unread).
        (FactKeys.IncomeGovernmentFund, TableTypes.GovernmentFundExpenditure, null, m => m == Measures.IncomeGovernmentFund),
        (FactKeys.GovernmentFundCarryoverOpening, TableTypes.GovernmentFundExpenditure, null, m => m == Measures.CarryoverOpening),
        (FactKeys.GovernmentFundCarryoverClosing, TableTypes.GovernmentFundExpenditure, null, m => m == Measures.CarryoverClosing),
    ];


    /// <summary>
    /// A 三公 fact key → its part: the measure a table printing the parts as columns gives it (Shanghai, Jiangsu:
    /// three_public.overseas; a final account's table has actual.… beside budget.initial.…), and the label of the
    /// line a table printing them as lines gives it (Hubei).
    /// </summary>
    private static readonly Dictionary<string, (string Measure, Func<Regex> Label)> ThreePublicParts = new()
    {
        [FactKeys.ThreePublicTotal] = (Measures.Total, LineLabels.ThreePublicTotal),
        [FactKeys.ThreePublicOverseas] = (Measures.ThreePublicOverseas, LineLabels.Overseas),
        [FactKeys.ThreePublicVehicle] = (Measures.ThreePublicVehicle, LineLabels.Vehicle),
        [FactKeys.ThreePublicVehiclePurchase] = (Measures.ThreePublicVehiclePurchase, LineLabels.VehiclePurchase),
        [FactKeys.ThreePublicVehicleOperation] = (Measures.ThreePublicVehicleOperation, LineLabels.VehicleOperation),
        [FactKeys.ThreePublicReception] = (Measures.ThreePublicReception, LineLabels.Reception),
        [FactKeys.ThreePublicReceptionDomestic] = (Measures.ThreePublicReceptionDomestic, LineLabels.ReceptionDomestic),
        [FactKeys.ThreePublicReceptionForeign] = (Measures.ThreePublicReceptionForeign, LineLabels.ReceptionForeign),
    };

    /// <summary>
    /// The table line a fact key describes (the first of its pairs the document prints), or null. A final account's
    /// 决算数 column (actual.…) is the figure its narrative states.
    /// </summary>
    public static LineItem? TableLine(ExtractedDocument document, string factKey) =>
        (FundBalanceLines.TryGetValue(factKey, out var balance) && CarryoverRule.FundsOf(document).FirstOrDefault(f => f.Measure == balance.Fund) is { } fund
            ? balance.Line(fund) : null)
        ?? (ThreePublicParts.ContainsKey(factKey) ? ThreePublicLine(document, factKey, budget: false)
        : Pairs.Where(p => p.Fact == factKey).Select(p =>
            {
                bool Measure(string m) => p.Measure(Measures.WithoutActual(m));
                var line = p.Line is null
                    ? p.TableType == TableTypes.ThreePublicExpenses ? OwnYearsThreePublicLine(document, Measure) : LineNames.TopLine(document, p.TableType, Measure)
                    // A final account's figure is its actual one: a line printing 年初预算数 | 全年预算数 | 决算数 is read in the last.
                    : document.LineItems.Where(i => i.TableType == p.TableType && Measure(i.Measure)).Where(p.Line().Names)
                        .MinBy(i => (i.TableId, i.Row, Measures.IsBudgetPhase(i.Measure), i.Col))
                      ?? (p.Line().IsMatch("合计") ? SoleLine(document, p.TableType, Measure) ?? LineNames.DepartmentsLine(document, p.TableType, Measure) : null);
                return line is not null && (line.IsPrinted || PrintedBlank(document, line.TableId)) ? line
                    : p.Line is null ? BlankInTopLine(document, p.TableType, Measure) : null;
            })
            .FirstOrDefault(i => i is not null));

    /// <summary>
    /// The 三公 table's line for a column beside the parts (会议费, 培训费, 机关运行经费): its top line, passing over rows naming
    /// another year (round AE's Gansu: 2023年预算数 printed above 2024年预算数).
    /// </summary>
    private static LineItem? OwnYearsThreePublicLine(ExtractedDocument document, Func<string, bool> measure) =>
        LineNames.TopLine(document, TableTypes.ThreePublicExpenses, measure, i => !LineLabels.NamesAnotherYear(i.Name, document.FiscalYear));

    /// <summary>
    /// The measure's cell of the first table of the type where that table prints one line of figures and no 合计: a
    /// department of one unit listing its procurement or its operating costs on the unit's own line, which is the total.
    /// </summary>
    private static LineItem? SoleLine(ExtractedDocument document, string tableType, Func<string, bool> measure)
    {
        var first = document.LineItems.FirstOrDefault(i => i.TableType == tableType);
        if (first is null) return null;
        var lines = document.LineItems.Where(i => i.TableId == first.TableId).ToList();
        return lines.Select(i => i.Row).Distinct().Count() == 1
            ? lines.Where(i => measure(i.Measure)).MinBy(i => (Measures.IsBudgetPhase(i.Measure), i.Col))
            : null;
    }

    /// <summary>
    /// The measure's cell of a table's top line where the line prints other figures and leaves this column blank
    /// (Shanghai's 收入总表 合计 with 其他收入 empty beside 财政拨款收入): zero, as the table prints it.
    /// </summary>
    private static LineItem? BlankInTopLine(ExtractedDocument document, string tableType, Func<string, bool> measure) =>
        LineNames.TopLine(document, tableType, _ => true) is { } topLine && document.Tables.FirstOrDefault(t => t.Id == topLine.TableId) is { } table
            ? BlankCellBeside(table, topLine, measure)
            : null;

    /// <summary>
    /// The first 三公 table's figure for a part: its level (a budget's figure, a final account's actual) or, asked
    /// for the budget, a final account's 年初 or 全年 budget. A table printed entirely blank states zero everywhere.
    /// </summary>
    internal static LineItem? ThreePublicLine(ExtractedDocument document, string factKey, bool budget) =>
        ThreePublicParts.ContainsKey(factKey) && ThreePublicTable(document) is { } table
            ? ThreePublicLine(document, table, PrintedBlank(document, table.Id), factKey, budget)
            : null;

    /// <param name="blank">Whether <paramref name="table"/> is printed entirely blank.</param>
    private static LineItem? ThreePublicLine(ExtractedDocument document, Table table, bool blank, string factKey, bool budget)
    {
        var (measure, label) = ThreePublicParts[factKey];
        string[] columns = budget ? [$"{Measures.BudgetInitial}.{measure}", $"{Measures.BudgetAdjusted}.{measure}"] : [measure, $"{Measures.Actual}.{measure}"];
        // A final account's table printing the phases as rows (round DU's Anhui: 年初预算数 | 决算数 under the parts' columns; round DW's
        // Zhejiang: 2023年决算数 | 2024年预算数 | 2024年决算数, another year's rows left out above): the row of the phase asked for.
        // (A budget's row of 预算数 is its figure.)
        string? RowPhase(LineItem i) => document.Phase == BudgetPhase.FinalAccounts ? ColumnHeaders.Phase(ColumnHeaders.WithoutLeadingYear(LineLabels.Bare(i.Name))) : null;
        bool phaseRows = document.LineItems.Any(i => i.TableId == table.Id && RowPhase(i) is not null);
        // A column's measure within the phase asked for (合计 and 决算数 / 合计 alike for the actual figure; any column of a table
        // printing the phases as rows), else null.
        string? InPhase(string? column) => column is null ? null
            : Measures.IsBudgetPhase(column) ? budget ? Measures.SplitPhase(column).Measure : null
            : budget && !phaseRows ? null : Measures.WithoutActual(column);
        int? subtotal = factKey == FactKeys.ThreePublicTotal ? ThreePublicSubtotalColumn(table, InPhase) : null;
        if (subtotal == -1) return null;
        // A column headed by another year (2023年预算数 beside 2024年预算数) holds no figure of this year's, even where this
        // year's cell of the row is blank (round AY's Tianjin: 公务用车购置费 4.00 | blank, stated as 0.00).
        bool OtherYears(string measure) => Measures.IsOther(measure) && LineLabels.NamesAnotherYear(measure[Measures.OtherPrefix.Length..], document.FiscalYear);
        bool OtherPhasesRow(LineItem i) => RowPhase(i) is { } phase && (phase == Measures.Actual) == budget;
        bool PhasesRow(LineItem i) => budget && RowPhase(i) is Measures.BudgetInitial or Measures.BudgetAdjusted && i.Measure == measure;
        var rows = document.LineItems.Where(i => i.TableId == table.Id && (i.IsPrinted || blank) && !LineLabels.NamesAnotherYear(i.Name, document.FiscalYear)
                && !OtherPhasesRow(i) && !(subtotal is { } own && InPhase(i.Measure) == Measures.Total && i.Col != own)).ToList();
        return rows.Where(i => (columns.Contains(i.Measure) || PhasesRow(i) || (label().Names(i) && Measures.IsBudgetPhase(i.Measure) == budget && !OtherYears(i.Measure))))
            // A row named for the part holds its figure in a column of the year's own (本年预算数) rather than one that fits
            // no measure (上年预算数, 增减) beside it. A table of the parts as columns that lists its units in rows (Shanghai:
            // 卫生健康委员会（本级）| 疾病预防控制中心 | … | 合计) holds the department's figure in its 合计 row, first or last.
            .MinBy(i => (Measures.IsOther(i.Measure), !LineLabels.Total().Names(i), i.Row, i.Col))
            // A part's column left blank in a table printing the parts as columns of one row (Shanghai's
            // 公务用车购置费 with only 公务接待费 printed), or its row's cell of the year's column left blank beside last year's.
            ?? (document.LineItems.Where(i => i.TableId == table.Id && i.IsPrinted).MinBy(i => i.Row) is { } printed
                ? BlankCellBeside(table, printed, columns.Contains) : null)
            ?? (rows.Where(i => label().Names(i)).MinBy(i => i.Row) is { } named ? BlankCellBeside(table, named, YearsOwn) : null);

        bool YearsOwn(string measure) => columns.Contains(measure) || Measures.IsBudgetPhase(measure) == budget && !Measures.IsOther(measure) && measure != Measures.Total;
    }

    /// <summary>
    /// The 三公 小计 column of a table that prints the table's 合计 of 三公, 会议费 and 培训费 before it (Jiangsu, Sichuan:
    /// 合计 | “三公”经费 小计 | 因公出国（境）费 | … | 会议费 | 培训费): the total column nearest left of the 三公 parts; -1, no column,
    /// where the one 合计 holds them all and no 小计 the 三公 alone (round BX's Jiangsu: <see cref="ThreePublicRule.HeadedAsThreePublic"/>); null
    /// for a lone 合计 under a 三公 heading, which is the 三公 total. Null for a table without 会议费 and 培训费.
    /// </summary>
    /// <param name="inPhase">A column's measure within the phase sought (a final account's 决算数 / 合计 is the actual figures' 合计), or null.</param>
    private static int? ThreePublicSubtotalColumn(Table table, Func<string?, string?> inPhase)
    {
        var columns = table.Columns.Select(inPhase).ToList();
        int firstPart = columns.FindIndex(m => m is Measures.ThreePublicOverseas or Measures.ThreePublicVehicle or Measures.ThreePublicReception);
        if (firstPart < 0 || !columns.Any(m => m is Measures.MeetingCosts or Measures.TrainingCosts)) return null;
        var totals = Enumerable.Range(0, firstPart).Where(c => columns[c] == Measures.Total).ToList();
        return totals.Count >= 2 ? totals[^1] : totals.Count == 1 && !ThreePublicRule.HeadedAsThreePublic(table, totals[0]) ? -1 : null;
    }

    /// <summary>
    /// The cell of the measure's column in the row of a printed line, where that cell is left blank: a blank
    /// beside printed figures is zero, as budget tables print it. Null where the table has no such column or
    /// the cell holds text.
    /// </summary>
    private static LineItem? BlankCellBeside(Table table, LineItem printed, Func<string, bool> measure)
    {
        int col = table.Columns.ToList().FindIndex(m => m is not null && measure(m));
        if (col < 0 || printed.Row >= table.Rows.Count || table.Rows[printed.Row] is not { } cells
            || col >= cells.Count || cells[col].Text.Trim().Length > 0) return null;
        return printed with { Measure = table.Columns[col]!, Amount = 0m, AmountPrinted = "", Col = col, Page = cells[col].Bbox?.Page ?? printed.Page };
    }

    public IEnumerable<Finding> Check(ExtractedDocument document)
    {
        foreach (var key in Pairs.Select(p => p.Fact).Concat(FundBalanceLines.Keys).Distinct())
        {
            var item = TableLine(document, key);
            if (item is null)
            {
                foreach (var finding in AgainstBlankTable(document, key, Pairs.Where(p => p.Fact == key).Select(p => p.TableType))) yield return finding;
                continue;
            }
            // Each statement of the figure (a narrative may state it in two sections), once: its value, a final
            // account's actual figure, is what the table prints.
            foreach (var fact in document.Facts.Where(f => f.Key == key).DistinctBy(f => (f.Value, f.Page)))
            {
                if (FactPrecision.AgreesWithLine(item, fact.Value, FactPrecision.LastDigitInYuan(fact))) continue;
                if (FigureStatedElsewhere(document, fact)) continue;
                if (YearsIncomeBesideCarryover(document, fact, item) is { } carryover)
                {
                    // A difference of two rounded figures: each may be off by half its last digit, as may the statement.
                    decimal year = item.Amount - carryover.Amount;
                    decimal tolerance = SumCheck.HalfLastDigitInYuan([item]) + SumCheck.HalfLastDigitInYuan([carryover]) + FactPrecision.HalfLastDigitInYuan(fact);
                    if (Math.Abs(year - fact.Value) <= tolerance) continue;
                    yield return SumCheck.Graded(Id, $"narrative {key} (the year's, without the carry-over) vs table", year, fact.Value, tolerance,
                        [SumCheck.Ref(fact), SumCheck.Ref(item), SumCheck.Ref(carryover)]);
                    continue;
                }
                yield return SumCheck.Graded(Id, $"narrative {key} vs table", item.Amount, fact.Value,
                    FactPrecision.LineTolerance(item, FactPrecision.LastDigitInYuan(fact)), [SumCheck.Ref(fact), SumCheck.Ref(item)]);
            }
        }
        foreach (var finding in ThreePublicStatements(document)) yield return finding;
        foreach (var finding in PerformanceProjectFunds(document)) yield return finding;
        foreach (var finding in ProjectStatements(document)) yield return finding;
        foreach (var finding in OperatingCostItems(document)) yield return finding;
        foreach (var finding in Restatements(document)) yield return finding;
    }

    /// <summary>
    /// A publication of the narrative alone (the text half of a Jiangsu publication split in two files) prints no
    /// table to hold its figures against, only itself: a figure it states twice (人员经费 in the sections on 财政拨款
    /// and on 一般公共预算 basic expenditure, a 三公 part in its share and in its own paragraph, 支出预算总计 in the
    /// overview and again over its parts) is the same amount each time, at the coarser of the two printings. Item
    /// paragraphs and economic classes are left out: a Jiangsu text lists economic items under basic and again under project
    /// expenditure, the same names for other sums; so are the parts of counts (vehicles of each kind).
    /// </summary>
    private IEnumerable<Finding> Restatements(ExtractedDocument document)
    {
        if (document.LineItems.Count > 0) yield break;
        var statements = document.Facts.Where(f => f.Execution?.Budget is null && f.Key is not FactKeys.FunctionItem and not FactKeys.FunctionItemBasic and not FactKeys.FunctionItemProject and not FactKeys.EconomicItem
            and not FactKeys.CountPart and not FactKeys.ProjectItem);
        foreach (var key in statements.GroupBy(f => f.Key))
        {
            var first = key.First();
            foreach (var later in key.Skip(1).DistinctBy(f => (f.Value, f.Page)))
            {
                if (FactPrecision.AgreeAsPrinted(first, later)) continue;
                yield return SumCheck.Graded(Id, $"narrative {key.Key} restated", first.Value, later.Value, tolerance: 0, [SumCheck.Ref(later), SumCheck.Ref(first)]);
            }
        }
    }

    /// <summary>
    /// Tables that print one figure and its parts and nothing else: printed blank, they state that figure zero. A
    /// blank table holding other figures too (a 三公 table) says nothing of a column it may not have.
    /// </summary>
    private static readonly string[] OwnTables =
        [TableTypes.GovernmentFundExpenditure, TableTypes.GovernmentProcurement, TableTypes.GovernmentPurchasedServices, TableTypes.OperatingCosts];

    /// <summary>
    /// A figure stated where its own table prints no figure at all (Shanghai's 政府性基金预算支出表 with its 合计 row
    /// left blank, as a department without such funds publishes it): the table states zero. Only the first of the
    /// key's tables the document prints, and only when not one of its cells holds a number.
    /// </summary>
    private IEnumerable<Finding> AgainstBlankTable(ExtractedDocument document, string factKey, IEnumerable<string> tableTypes)
    {
        var types = tableTypes.Where(OwnTables.Contains).ToList();
        var table = document.Tables.Where(t => types.Contains(t.Type)).MinBy(t => (types.IndexOf(t.Type), t.Pages.FirstOrDefault()));
        if (table is null || table.Rows.Count == 0 || table.Rows.Any(row => row.Any(c => c.Value is not null))
            || !PrintedBlank(document, table.Id)) yield break;
        var blank = new FindingRef { TableId = table.Id, TableType = table.Type, Page = table.Pages.FirstOrDefault(), File = table.PrintedIn };
        foreach (var fact in document.Facts.Where(f => f.Key == factKey && f.Value != 0).DistinctBy(f => (f.Value, f.Page)))
            yield return SumCheck.Graded(Id, $"narrative {factKey} vs table printed blank", 0m, fact.Value, tolerance: 0, [SumCheck.Ref(fact), blank]);
    }

    /// <summary>
    /// "编报绩效目标的项目5个，涉及项目预算资金3328.13万元" against the performance forms the document prints: where it prints
    /// a form for each of the projects it counts, their year's requests (年度资金申请总额, else the project's total)
    /// add up to the stated figure. A document that prints the forms of some projects only states nothing checkable.
    /// </summary>
    private IEnumerable<Finding> PerformanceProjectFunds(ExtractedDocument document)
    {
        var forms = document.LineItems.Where(i => i.TableType == TableTypes.ProjectPerformanceTargets)
            .GroupBy(i => (i.TableId, i.Name))
            .Select(form => form.FirstOrDefault(i => i.Measure == Measures.ProjectFundsAnnual) ?? form.FirstOrDefault(i => i.Measure == Measures.ProjectFundsTotal))
            .OfType<LineItem>().ToList();
        var counted = document.Facts.FirstOrDefault(f => f.Key == FactKeys.PerformanceProjects);
        if (forms.Count == 0 || counted?.Value != forms.Count) yield break;
        decimal sum = forms.Sum(i => i.Amount);
        foreach (var fact in document.Facts.Where(f => f.Key == FactKeys.PerformanceProjectFunds).DistinctBy(f => (f.Value, f.Page)))
        {
            if (RoundedAsStated(sum, fact) == fact.Value) continue;
            yield return SumCheck.Graded(Id, $"narrative {fact.Key} vs the {forms.Count} project performance forms", sum, fact.Value,
                tolerance: 0, [SumCheck.Ref(fact), .. forms.Select(SumCheck.Ref)]);
        }
    }

    /// <summary>
    /// A key project's paragraph against its line in the project table: the line of the same name (老旧小区改造补助项目 and 老旧小区
    /// 改造补助; 用于人防指挥通信系统运维 and 人防指挥通信系统运维). A name that only holds a line's is another thing (round AQ's Beijing:
    /// the purchased service 退役士兵适应性培训服务 beside the project 退役士兵适应性培训); a project the table lists twice with
    /// different figures (under two units) is not checked. A final account's paragraph stating its budget and what was spent (round
    /// FN's Zhejiang: "（三）村级集体经济扶持项目：预算安排990.00万元，实际支出960.00万元") is held to both columns (预算安排 | 实际支出).
    /// </summary>
    private IEnumerable<Finding> ProjectStatements(ExtractedDocument document)
    {
        foreach (var fact in document.Facts.Where(f => f.Key == FactKeys.ProjectItem).DistinctBy(f => (f.Name, f.Value, f.Execution?.Budget)))
        {
            decimal digit = FactPrecision.LastDigitInYuan(fact);
            if (ProjectLine(document, fact) is { } line && !FactPrecision.AgreesWithLine(line, fact.Value, digit))
                yield return SumCheck.Graded(Id, $"narrative project {ProjectName(fact.Name!)} vs table", line.Amount, fact.Value,
                    FactPrecision.LineTolerance(line, digit), [SumCheck.Ref(fact), SumCheck.Ref(line)]);
            if (fact.Execution?.Budget is not { } budget || ProjectLines(document, fact, Measures.IsBudgetPhase) is not [var budgetLine, ..] budgetLines) continue;
            decimal budgetDigit = FactPrecision.LastDigitInYuan(fact with { Value = budget });
            if (budgetLines.Any(l => FactPrecision.AgreesWithLine(l, budget, budgetDigit))) continue;
            yield return SumCheck.Graded(Id, $"narrative project {ProjectName(fact.Name!)}'s budget vs table", budgetLine.Amount, budget,
                FactPrecision.LineTolerance(budgetLine, budgetDigit), [SumCheck.Ref(fact), SumCheck.Ref(budgetLine)]);
        }
    }

    /// <summary>
    /// Each item the narrative lists under the 机关运行经费 (物业管理费175.00万元) against the 机关运行经费 table's line of that name, where the
    /// table prints it once in a column of its amount (round LE's Henan: 155.00). A line breaking its table's 机关运行经费合计 by as much
    /// is named the misprint in the message, as for any statement (round LB's Liaoning: 差旅费 printed 307.00 in the table).
    /// </summary>
    private IEnumerable<Finding> OperatingCostItems(ExtractedDocument document)
    {
        foreach (var part in document.Facts.Where(f => f is { Key: FactKeys.AmountPart, ShareOf: FactKeys.OperatingCosts, Name: not null }))
        {
            var named = document.LineItems.Where(i => i.TableType == TableTypes.OperatingCosts && i.IsPrinted
                && i.Measure is Measures.Amount or Measures.Total or Measures.Actual && LineLabels.Bare(i.Name) == LineLabels.Bare(part.Name!)).ToList();
            if (named is not [var line]) continue;
            decimal digit = FactPrecision.LastDigitInYuan(part);
            if (!FactPrecision.AgreesWithLine(line, part.Value, digit))
                yield return SumCheck.Graded(Id, $"narrative operating-cost item {part.Name} vs table", line.Amount, part.Value,
                    FactPrecision.LineTolerance(line, digit), [SumCheck.Ref(part), SumCheck.Ref(line)]);
        }
    }

    /// <summary>
    /// The project table's line of a key project's paragraph (<see cref="ProjectStatements"/>), or null: its amount, or a final
    /// account's outcome (实际支出) where the paragraph states what was spent, its budget (预算安排) where it states only that.
    /// </summary>
    internal static LineItem? ProjectLine(ExtractedDocument document, Fact project) =>
        ProjectLines(document, project, m => m is Measures.Total or Measures.Amount
                || (project.Execution is null ? Measures.IsBudgetPhase(m) : Measures.SplitPhase(m) is (Measures.Actual, Measures.Total) || m == Measures.Actual))
            is [var line] ? line
        // A budget printing no project table: the year's funds of the project's performance form (round JU's Shandong: "4.防汛抗旱物资储备
        // 及应急度汛项目，年度资金总额560.00万元" beside a form printing 620.00).
        : project.Execution is null && !document.LineItems.Any(i => i.TableType == TableTypes.ProjectExpenditure)
            && ProjectLines(document, project, m => m == Measures.ProjectFundsAnnual, TableTypes.ProjectPerformanceTargets) is [var funds] ? funds
        : null;

    /// <summary>
    /// The project table's (or another table's) printed lines of the paragraph's project in columns of the measures given, one per figure
    /// printed; none where its name is too short to tell.
    /// </summary>
    private static List<LineItem> ProjectLines(ExtractedDocument document, Fact project, Func<string, bool> measure, string tableType = TableTypes.ProjectExpenditure)
    {
        if (project.Name is null || ProjectName(project.Name) is not { Length: >= ShortestProjectName } stated) return [];
        var named = document.LineItems.Where(i => i.TableType == tableType && measure(i.Measure) && i.IsPrinted
            && ProjectName(i.Name) == stated).ToList();
        // A project the table lists twice with different figures (under two units) is not told apart: none.
        return named.GroupBy(l => l.Measure).Any(column => column.Select(l => l.Amount).Distinct().Count() > 1) ? [] : [.. named.DistinctBy(l => l.Measure)];
    }

    /// <summary>The fewest characters of a project's name for a paragraph and a line to be taken for the same project.</summary>
    private const int ShortestProjectName = 4;

    /// <summary>A project's name as the paragraph and the table share it: without spaces, 用于 before it, 项目 or 经费 after it.</summary>
    private static string ProjectName(string name) =>
        ProjectNameWords().Replace(string.Concat(name.Where(c => !char.IsWhiteSpace(c))), "");

    [GeneratedRegex("^用于|(?:项目|专项)?(?:经费|资金)?$")]
    private static partial Regex ProjectNameWords();

    /// <summary>
    /// The document's 三公 table: the first that gives lines, else the first (a table printed blank gives none, as
    /// may a stray one typed so).
    /// </summary>
    private static Table? ThreePublicTable(ExtractedDocument document)
    {
        var tables = document.Tables.Where(t => t.Type == TableTypes.ThreePublicExpenses).ToList();
        return tables.FirstOrDefault(t => document.LineItems.Any(i => i.TableId == t.Id)) ?? tables.FirstOrDefault();
    }

    /// <summary>
    /// Whether a fact carries a figure another statement prints, its own quote not (a change stated apart from its figure,
    /// round BQ's Guizhou: "…决算数比2023年度减少0.26万元，下降2.06%" after "支出决算为12.83万元"): that statement is the one held
    /// to the table, once.
    /// </summary>
    private static bool FigureStatedElsewhere(ExtractedDocument document, Fact fact) =>
        !FactPrecision.PrintsItsFigure(fact) && document.Facts.Any(o => o.Key == fact.Key && o.Value == fact.Value && FactPrecision.PrintsItsFigure(o));

    /// <summary>
    /// Each 三公 statement against the 三公 table, part by part: the figure against the part's level (a final
    /// account's 决算数), and a final account's budget ("“三公”经费财政拨款支出年初预算为0.95万元，支出决算为0.00万元")
    /// against its 预算数 (年初 or 全年). A table printed entirely blank, even without a line read, states zero.
    /// </summary>
    private IEnumerable<Finding> ThreePublicStatements(ExtractedDocument document)
    {
        if (ThreePublicTable(document) is not { } table) yield break;
        bool blank = PrintedBlank(document, table.Id);
        var blankTable = new FindingRef { TableId = table.Id, TableType = table.Type, Page = table.Pages.FirstOrDefault(), File = table.PrintedIn };
        foreach (var fact in document.Facts.Where(f => ThreePublicParts.ContainsKey(f.Key)).DistinctBy(f => (f.Key, f.Value, f.Page, f.Execution?.Budget)))
        {
            var stated = new List<(decimal Figure, bool Budget)> { (fact.Value, false) };
            if (fact.Execution?.Budget is { } budget) stated.Add((budget, true));
            foreach (var (figure, isBudget) in stated)
            {
                var line = ThreePublicLine(document, table, blank, fact.Key, isBudget);
                var (amount, reference) = line is not null ? (line.Amount, SumCheck.Ref(line)) : blank ? (0m, blankTable) : (0m, null);
                decimal digit = FactPrecision.LastDigitInYuan(fact with { Value = figure });
                if (reference is null || (line is not null ? FactPrecision.AgreesWithLine(line, figure, digit) : RoundedAsStated(amount, fact) == figure)
                    || !isBudget && FigureStatedElsewhere(document, fact)) continue;
                string column = isBudget ? " budget" : fact.Execution is null ? "" : " actual";
                yield return SumCheck.Graded(Id, $"narrative {fact.Key}{column} vs table", amount, figure,
                    line is null ? 0m : FactPrecision.LineTolerance(line, digit), [SumCheck.Ref(fact), reference]);
            }
        }
    }

    /// <summary>
    /// A budget's statement of the year's income (本年收入合计1824.75万元) beside the income summary's total that holds the
    /// carry-over (合计 | 上年结转 | 一般公共预算拨款收入…): the carry-over's cell of the total's row, which the year's income
    /// leaves out. Null for a final account (its 本年收入合计 is a column of its own) and for any other statement.
    /// </summary>
    private static LineItem? YearsIncomeBesideCarryover(ExtractedDocument document, Fact fact, LineItem total) =>
        fact.Key == FactKeys.IncomeTotal && document.Phase != BudgetPhase.FinalAccounts && fact.Quote.Contains(NarrativePhrasings.YearsIncome, StringComparison.Ordinal)
            ? document.LineItems.FirstOrDefault(i => i.TableId == total.TableId && i.Row == total.Row && i.Measure == Measures.IncomeCarryover && i.Amount != 0)
            : null;

    /// <summary>A table's figure rounded to the digit the narrative prints the fact to.</summary>
    private static decimal RoundedAsStated(decimal amount, Fact fact) => FactPrecision.RoundedTo(amount, FactPrecision.LastDigitInYuan(fact));

    /// <summary>
    /// A table whose every figure is printed blank (a 三公 table left empty): it states zero, so a narrative that
    /// gives a figure for it disagrees with it. A table with any figure printed is read line by line instead. A table
    /// on a page read by OCR that gave no line at all is unread, not blank (a glossary paragraph typed as the 三公
    /// table, its columns garbled).
    /// </summary>
    private static bool PrintedBlank(ExtractedDocument document, string tableId)
    {
        var items = document.LineItems.Where(i => i.TableId == tableId).ToList();
        return items.All(i => !i.IsPrinted) && (items.Count > 0 || !ReadByOcr(document, tableId));
    }

    private static bool ReadByOcr(ExtractedDocument document, string tableId) =>
        document.Tables.FirstOrDefault(t => t.Id == tableId) is { } table && table.LiesOn(Diagnostic.OcrPages(document.Diagnostics));
}
