using Extractor.Model;

namespace Extractor.Validation;

/// <summary>
/// Which of two disagreeing tables' figures a finding names as misprinted. A rule comparing one printed figure with
/// another (a table's line with another table's, 收入总计 with 支出总计) cannot tell on its own which is wrong, and names
/// the one its rule takes for the copy. When the other figure also breaks its own table's arithmetic (a class that is not
/// the sum of its 款, a 三公 total that is not its parts, a 合计 that is not its rows) and the named one breaks none, the
/// other is the misprint: the finding is told the other way round. A narrative figure compared with its table line keeps
/// the contract of <c>narrative.table</c>: the narrative's figure is the one flagged, the table's the expected one; where
/// the line's own arithmetic gives the narrative's figure, the message names the line (<see cref="ToldOfTheLine"/>). A column
/// total that only echoes a flagged row's misprint is dropped (<see cref="ExplainedByAPart"/>).
/// </summary>
internal static class MisprintBlame
{
    /// <summary>Rules holding a figure to the arithmetic of its own table (or statement): a figure they flag is suspect.</summary>
    private static readonly HashSet<string> Arithmetic =
    [
        RuleIds.FunctionHierarchy, RuleIds.EconomicHierarchy, RuleIds.RowComponents, RuleIds.ColumnTotal, RuleIds.Procurement,
        RuleIds.ThreePublic, RuleIds.PersonnelPublic, RuleIds.ChangeColumns, RuleIds.CompletionColumns,
    ];

    /// <summary>
    /// Rules holding a summary's line to the balance of its own table (年末结转和结余 from 年初, the year's income and expenditure;
    /// a side's 总计 from its lines): where the balance gives exactly the narrative's figure, the line is the misprint. Not
    /// suspects of a comparison between tables: which of a balance's lines is wrong, the balance cannot tell.
    /// </summary>
    private static readonly HashSet<string> Balances = [RuleIds.Carryover, RuleIds.IncomeExpenditure];

    /// <param name="printedAlike">Whether a figure is printed the same on the same line of another table: no likely misprint.</param>
    public static IReadOnlyList<Finding> Reassigned(IReadOnlyList<Finding> findings, Func<FindingRef, bool>? printedAlike = null)
    {
        printedAlike ??= _ => false;
        var arithmetic = findings.Where(f => f.Severity == FindingSeverity.Error && Arithmetic.Contains(f.Rule) && f.Refs.Count > 0).ToList();
        var balances = findings.Where(f => f.Severity == FindingSeverity.Error && Balances.Contains(f.Rule) && f.Refs.Count > 0).ToList();
        var ownLineChecks = arithmetic.Concat(balances).ToList();
        // A sum's own figure is suspect, unless one of the lines it adds up is off another table by the difference: then that line is.
        var suspect = arithmetic.Select(f => EchoedRow(f, findings)?.Row ?? f.Refs[0]).ToHashSet();
        suspect.UnionWith(SharedByBrokenBalances(balances));
        List<Finding> told = [.. findings.Where(f => !ExplainedByAPart(f, arithmetic))
            .Select(f => Turned(f, suspect) ?? BalanceOfABrokenTerm(f, arithmetic) ?? BalanceOfABrokenTerm(f, OtherBalances(f, balances)) ?? ToldOfTheLine(f, ownLineChecks) ?? CarriedTermOfTwoBalances(f, balances) ?? f)];
        return [.. told.Where(f => !EchoOfAFlaggedYear(f, told)).Select(f => EchoOfACrossTableRow(f, told) ?? EchoOfASideTotal(f, told) ?? EchoOfAStatedPart(f, told) ?? AtACrossing(f, told) ?? SwappedInATerm(f, printedAlike) ?? f)];
    }

    /// <summary>The sums of terms whose printed figures a swap of two digits may have put off.</summary>
    private static readonly HashSet<string> SumsOfTerms =
        [RuleIds.FunctionHierarchy, RuleIds.EconomicHierarchy, RuleIds.RowComponents, RuleIds.ColumnTotal, RuleIds.ThreePublic, RuleIds.Procurement];

    /// <summary>Terms one swap from making a sum add up past this many are no lead: none is told.</summary>
    private const int MaxSwapsTold = 3;

    /// <summary>
    /// A sum off by what one of its terms would be with two neighbouring digits swapped back (round EB's Jilin: 302 商品和服务支出
    /// 103.73 over items adding up to 105.53, 30201 办公费 printed 28.64 for 26.84), where the sum's own figure is no swap from
    /// adding up: that term is named as the likely misprint, the finding keeping its figures. Two or three such terms are each
    /// named, one of them suspected (round EG's Jiangsu: 办公费 32.15 for 31.25, beside 水费 4.36 and 电费 18.72 whose swaps would do
    /// as well); more are no lead. A term another table prints alike on the same line is no lead either: a misprint seldom falls on
    /// another table's figure (round KJ's Shaanxi: 住房保障支出 113.78 in the summary of all funds, as the general budget's table prints
    /// it, where 卫生健康支出 is the misprint).
    /// </summary>
    private static Finding? SwappedInATerm(Finding finding, Func<FindingRef, bool> printedAlike)
    {
        // A table's sum of its cells only: the narrative's sums and bounds under the same ids list stated figures, whole last.
        if (finding is not { Severity: FindingSeverity.Error, Difference: { } off, Refs: [var total, _, ..] } || !SumsOfTerms.Contains(finding.Rule)
            || finding.Refs.Any(r => r.TableId is null || r.FactKey is not null)) return null;
        // Exactly: a swap that leaves the sum a cent off is as likely a coincidence as the misprint (a class printed 0.10 over
        // items one of which would swap to 0.09 more).
        static bool SwapsTo(FindingRef figure, decimal meant) =>
            figure is { Amount: not null, Style: { } style } && SwappedDigits.Of(figure.Amount.Value, style).Contains(meant);
        // A term should be off more than it is (the sum's total less its terms); the total, off less.
        var explaining = finding.Refs.Skip(1).Distinct().Where(t => t.Amount is { } a && SwapsTo(t, a + off) && !printedAlike(t))
            .Select(t => (t, t.Amount!.Value + off)).ToList();
        // A class its column's total confirms is no misprint, whatever a swap of its own digits would make (round IB's Jilin: 302 printed
        // 3,320.00, its items adding up to 3,302.00, 物业管理费 printed 624.30 for 642.30).
        if (explaining.Count is 0 or > MaxSwapsTold
            || total.Amount is { } printedTotal && SwapsTo(total, printedTotal - off) && !finding.TotalConfirmed) return null;
        return ChineseMessage.SwappedInATerm(finding.MessageZh, total, explaining) is { } told ? finding with { MessageZh = told } : null;
    }

    /// <summary>
    /// The figure a summary's broken balances share, flagged by one of them (round BT's Hunan: 收入总计 printed 139,607,645 is both
    /// off its side's lines and off 支出总计, which agrees with them): one balance cannot tell which of its lines is wrong, two
    /// breaking on one figure do.
    /// </summary>
    /// <param name="balances">The error findings of the balance rules.</param>
    private static IEnumerable<FindingRef> SharedByBrokenBalances(List<Finding> balances) =>
        balances.Select(f => f.Refs[0]).Distinct().Where(flagged => balances.Count(b => b.Refs.Contains(flagged)) >= 2);

    /// <summary>
    /// A row's total off its parts and a column's total off its rows by the same amount, the two sums sharing one cell (round AM's
    /// Beijing: 项目支出表's 上年财政拨款结转 of one project printed 55.56 for 35.56, its row's 合计 and the column's 合计 each 20.00 short):
    /// that cell is the misprint. Each finding keeps its figures, its message naming the cell. So a department block's line off its
    /// units' lines and a unit block's class off its items, sharing the unit's line (round GM's Qinghai form: a unit's 30101 misprinted).
    /// </summary>
    private static Finding? AtACrossing(Finding finding, IReadOnlyList<Finding> findings)
    {
        if (finding is not { Severity: FindingSeverity.Error, Difference: { } off, Refs.Count: > 1 } || !Crossing.Contains(finding.Rule)) return null;
        var terms = finding.Refs.Skip(1).ToHashSet();
        foreach (var other in findings.Where(o => o is { Severity: FindingSeverity.Error, Difference: { } otherOff, Refs.Count: > 1 }
            && ((o.Rule == RuleIds.RowComponents) != (finding.Rule == RuleIds.RowComponents) || ColumnTotalRule.IsDepartmentBlock(o) != ColumnTotalRule.IsDepartmentBlock(finding))
            && Crossing.Contains(o.Rule) && Math.Abs(otherOff) == Math.Abs(off)))
        {
            decimal otherOff = other.Difference!.Value;
            // The cell both add up, or the other's own total where this one adds it up (round BE's Jiangxi: class 213's 项目支出
            // printed 2,284.8, off its items and making its row's 合计 3,158.5 fall short by as much). A cell off puts both sums
            // off the same way.
            if (otherOff == off && other.Refs.Skip(1).Where(terms.Contains).ToList() is [var cell])
                return finding with { MessageZh = ChineseMessage.AtCrossing(finding.MessageZh, cell, off) };
            // Or the other's own figure, one of this one's terms: a column's total that this row adds up, or a row's total that
            // this column adds up (round BT's Shandong: 30201 办公费's 合计 printed 53.21 beside its 公用经费 43.21, making 302's
            // items add up to 10.00 more than 302 prints: 30201's total is the misprint, not 302's).
            // A total off its own terms puts the sum it is a term of off the other way.
            if (otherOff == -off && terms.Contains(other.Refs[0]))
                return finding with { MessageZh = ChineseMessage.AtCrossing(finding.MessageZh, other.Refs[0], off) };
        }
        return null;
    }

    /// <summary>
    /// A row's sum of its columns and a column's sum of its rows (a 合计's, or a class's or 款's of its items: round BA's Jiangsu,
    /// 小学教育's 项目支出 printed with two digits swapped): where both break, their shared cell is suspect. A procurement table's
    /// column sums are its own rule's (round ET's Guangxi: one project's 服务 printed 58.20 for 52.80, its row's 合计 and the column's
    /// 合计 both 5.40 short).
    /// </summary>
    private static readonly HashSet<string> Crossing = [RuleIds.RowComponents, RuleIds.ColumnTotal, RuleIds.FunctionHierarchy, RuleIds.EconomicHierarchy, RuleIds.Procurement];

    /// <summary>
    /// A total the narrative states against the parts it states, off by what one of those parts is off the table the other way
    /// (round AG's Liaoning: "“三公”经费预算26.2万元" against parts adding up to 27.2, its 公务接待费 stated 6.4 where the table
    /// prints 5.4): the part is the misprint. The finding keeps its figures, its message naming the part.
    /// </summary>
    private static Finding? EchoOfAStatedPart(Finding finding, IReadOnlyList<Finding> findings)
    {
        bool balance = Balances.Contains(finding.Rule);
        if (finding is not { Severity: FindingSeverity.Error, Difference: { } off, Refs: [var whole, _, ..] } || !Arithmetic.Contains(finding.Rule) && !balance) return null;
        var parts = finding.Refs.Skip(1).ToHashSet();
        // The part shown off the table by its own finding: against its line, or against the classes it is the sum of (round BE's
        // Hunan: 人员经费 stated 3262.30 where 301 and 303 add up to 3226.30, the stated 基本支出 3845.60 then 36.00 short of its parts).
        if (whole.FactKey is not null && !balance)
            return findings.FirstOrDefault(n => n != finding && (n.Rule == RuleIds.NarrativeTable || Arithmetic.Contains(n.Rule))
                    && n is { Severity: FindingSeverity.Error, Difference: { } partOff, Refs: [var part, _, ..] }
                    && partOff == -off && parts.Contains(part)) is { } stated
                ? finding with { MessageZh = ChineseMessage.EchoingARow(finding.MessageZh, stated.Refs[0], stated.Refs[1], stated.Expected) }
                : null;
        // A table's sum off by what one of its terms is off the narrative's statement of it (round BA's Shanghai: 合计 19.82 with
        // 公务接待费 printed 1.62, stated 1.32): the term is the misprint. So for a balance of its summary, whose terms are added
        // or taken away (round AX's Fujian: 总计 3,272.15 against 年末结转和结余 printed 96.36, stated 95.36).
        return findings.FirstOrDefault(n => n is { Rule: RuleIds.NarrativeTable, Severity: FindingSeverity.Error, Figures: FindingFigures.Amounts, Difference: { } termOff, Tolerance: { } rounding, Refs: [_, var term] }
                && (balance ? Math.Abs(termOff) == Math.Abs(off) : Math.Abs(termOff - off) <= rounding) && parts.Contains(term)) is { } told
            ? finding with { MessageZh = ChineseMessage.EchoingARow(finding.MessageZh, told.Refs[1], told.Refs[0], told.Actual) }
            : null;
    }

    /// <summary>
    /// 收入总计 against 支出总计 where one of them is off its own side's parts by the difference (round S's Xinjiang: income 总计
    /// 2,112.84 over parts adding up to 2,110.14, the expenditure 总计 2,110.14): that total is the misprint. The finding keeps
    /// its figures (the rule holds the expenditure total to the income total), its message naming the side whose parts give
    /// the other side's figure.
    /// </summary>
    private static Finding? EchoOfASideTotal(Finding finding, List<Finding> findings)
    {
        if (finding is not { Rule: RuleIds.IncomeExpenditure, Severity: FindingSeverity.Error, Expected: { } income, Actual: { } spent, Refs: [var spentRef, var incomeRef] }) return null;
        // A side's own balance names its total first and the lines adding up to it after, never the other side's total.
        foreach (var side in findings.Where(s => s != finding && s is { Rule: RuleIds.IncomeExpenditure, Severity: FindingSeverity.Error, Expected: not null, Refs.Count: > 1 }
            && !s.Refs.Skip(1).Any(r => r == spentRef || r == incomeRef)))
        {
            bool incomeOff = side.Refs[0] == incomeRef && side.Expected == spent;
            bool spentOff = side.Refs[0] == spentRef && side.Expected == income;
            if (incomeOff || spentOff)
                return finding with
                {
                    MessageZh = incomeOff ? ChineseMessage.SideTotalOffItsParts(finding.Rule, incomeRef, income, spentRef, spent, income: true)
                        : ChineseMessage.SideTotalOffItsParts(finding.Rule, spentRef, spent, incomeRef, income, income: false),
                };
        }
        return null;
    }

    /// <summary>
    /// A column's total off by exactly what one of its rows is off against another table the other way (round Y's Xinjiang:
    /// the summary's 八、农林水支出 printed 309.6 against the function table's 304.6, its 本年支出合计 1,988.9 against rows adding
    /// up to 1,993.9), or a row's total by what one of its cells is: the row (the cell) is the misprint. The total's finding stays (its figures are what its rule computes), its
    /// message saying where the difference comes from.
    /// </summary>
    private static Finding? EchoOfACrossTableRow(Finding finding, IReadOnlyList<Finding> findings) =>
        EchoedRow(finding, findings) is var (row, other)
            ? finding with { MessageZh = ChineseMessage.EchoingARow(finding.MessageZh, row, other, other.Amount, cellOfARow: finding.Rule == RuleIds.RowComponents) }
            : null;

    /// <summary>
    /// Rules adding up a table's figures: a column's total, a class, 款 or economic class over its items, and a row's total over its
    /// cells (round GB's Liaoning: 财政拨款收支总表's 卫生健康支出 合计 3,349.22 beside its 一般公共预算 cell printed 3,439.22, which the
    /// function table prints 3,349.22).
    /// </summary>
    private static readonly HashSet<string> LineSums = [RuleIds.ColumnTotal, RuleIds.FunctionHierarchy, RuleIds.EconomicHierarchy, RuleIds.RowComponents];

    /// <summary>
    /// The line a sum's finding adds up that is off another table by the sum's difference the other way, and that table's
    /// figure (round AJ's Jiangsu: 22001 printed 5,352.04 over items adding up to 5,362.04, its item 2200120 printed 860.11
    /// against the summary's 850.11; round DS's Jiangxi: 收入总计 40,000 short of 本年收入合计 + 上年结转, the summary's 上年结转
    /// 40,000 over the income table's); null for none.
    /// </summary>
    private static (FindingRef Row, FindingRef Other)? EchoedRow(Finding finding, IReadOnlyList<Finding> findings)
    {
        // A summary side's balance adds up its lines as a sum does (收入总计 = 本年收入合计 + 上年结转).
        if (finding is not { Severity: FindingSeverity.Error, Difference: { } off, Refs.Count: > 1 } || !LineSums.Contains(finding.Rule) && !IsSideBalance(finding)) return null;
        var rows = finding.Refs.Skip(1).ToHashSet();
        foreach (var cross in findings.Where(c => c is { Rule: RuleIds.CrossTable, Severity: FindingSeverity.Error, Difference: not null, Refs.Count: 2 }))
        {
            // The row's own difference from the other table: the cross finding's, told of whichever of its two figures is the row.
            var (row, other, rowOff) = rows.Contains(cross.Refs[0]) ? (cross.Refs[0], cross.Refs[1], cross.Difference!.Value)
                : rows.Contains(cross.Refs[1]) ? (cross.Refs[1], cross.Refs[0], -cross.Difference!.Value) : (null, null, 0m);
            if (row is not null && rowOff == -off) return (row, other!);
        }
        return null;
    }

    /// <summary>
    /// A narrative figure flagged against a table line that breaks its own table's arithmetic, where that arithmetic gives
    /// the narrative's figure (round Y's Guangdong: 部门预算支出677,934,880.25元 against a 合计 printed 678,934,880.25 over rows
    /// adding up to 677,934,880.25): the line is the misprint. The finding keeps its figures, as <c>narrative.table</c>'s
    /// contract has them, and its message names the line.
    /// </summary>
    private static Finding? ToldOfTheLine(Finding finding, List<Finding> ownLineChecks)
    {
        if (finding is not { Rule: RuleIds.NarrativeTable, Severity: FindingSeverity.Error, Figures: FindingFigures.Amounts, Expected: { } line, Actual: { } stated, Refs: [var narrative, var tableLine] }
            || narrative.Quote is null) return null;
        if (ownLineChecks.Any(a => a.Refs[0] == tableLine && a.Expected == stated && a.Actual == line))
            return finding with { MessageZh = ChineseMessage.TableLineAgainstNarrative(finding.Rule, line, stated, narrative, tableLine) };
        // The line a term of its summary's balance, which the narrative's figure in its place would close (round AM's Jiangxi:
        // 年初结转和结余 printed 2,574.95, the balance of 年末 off by 1,000.00, the narrative's 1,574.95), or a term of a sum whose
        // total the narrative's figure gives (round BA's Shanghai: 公务接待费 printed 1.62 in a 三公 table whose 合计 19.82 adds
        // up with the narrative's 1.32). A side's balance adds its terms, so the narrative's figure closes it only the right way
        // round (round HB's Jiangxi: 年末结转和结余 1,764.50 against the narrative's 1,746.50, the side 18.00 short for a misprinted
        // 结余分配); the carry-over subtracts some of its terms, so either way may.
        return ownLineChecks.FirstOrDefault(a => a.Refs.Skip(1).Contains(tableLine) && a.Difference is { } off
                && (a.Rule == RuleIds.Carryover ? Math.Abs(off) == Math.Abs(line - stated)
                    : a.Rule == RuleIds.IncomeExpenditure ? off == stated - line
                    : Math.Abs(off - (stated - line)) <= (finding.Tolerance ?? 0))) is not null
            ? finding with { MessageZh = ChineseMessage.TermAgainstNarrative(finding.Rule, line, stated, narrative, tableLine) }
            : null;
    }

    /// <summary>
    /// A column's total flagged where one of the rows it adds up is flagged too, as the whole of its own parts, by the same
    /// amount the other way: the row is the misprint (round V's Guizhou: class 214 printed 1,568.46 over 款 of 1,548.46, the
    /// 合计 2,504.16 right), and its finding already names it. So a class or economic class over a part its units' blocks flag (round GM's
    /// Qinghai: the department block's 30101 基本工资 printed 808.58, its units' adding up to 814.88, and 301 then 6.30 over its items);
    /// not over a part flagged by its own items, where either may be the misprint. So a 三公 合计 over a 公务用车购置及运行费 off its 购置费 and 运行费
    /// (round DC's Sichuan: the vehicles' 增减额 printed −33.48 over parts of −32.48, the 合计's −32.95 right), or over a part whose
    /// change is off its own two years (round FR's Nanjing: 公务用车运行维护费's 增减额 printed −3.30 beside 56.40 → 52.10, the
    /// vehicles' −4.30 right), and so a 款's change over an item's whose change is off its own two years (round IG's Foshan: 市场秩序执法's
    /// 增减额 printed 241.60 beside 2024 and 2025 figures 141.60 apart, 市场监督管理事务's right 898.73 then 100.00 short of its items).
    /// </summary>
    private static bool ExplainedByAPart(Finding finding, List<Finding> arithmetic) =>
        finding is { Rule: RuleIds.ColumnTotal or RuleIds.ThreePublic or RuleIds.EconomicHierarchy or RuleIds.FunctionHierarchy, Severity: FindingSeverity.Error, Difference: { } off, Refs.Count: > 1 }
        && arithmetic.Any(a => a != finding && a.Difference is { } rowOff && rowOff == -off && finding.Refs.Skip(1).Any(term => SameCell(term, a.Refs[0]))
            && (finding.Rule is RuleIds.ColumnTotal or RuleIds.ThreePublic || a.Rule is RuleIds.ColumnTotal or RuleIds.ChangeColumns));

    /// <summary>
    /// A change column's figure flagged as off its two years where this year's figure is itself flagged, off by as much the other way:
    /// the change only echoes that misprint, which its own finding names (rounds KA's Heilongjiang and JY's Jiangxi: 公务接待费 printed
    /// 4.50 for 3.00 in a 三公 table's 2025 row, its 增减额 −1.00 right, "应为0.50" telling the user to change a correct cell). The other
    /// finding flags the cell first (a sum's, a comparison's), or names it as the table's line against the narrative's figure
    /// (<see cref="ToldOfTheLine"/>, already told).
    /// </summary>
    private static bool EchoOfAFlaggedYear(Finding finding, IReadOnlyList<Finding> findings)
    {
        if (finding is not { Rule: RuleIds.ChangeColumns, Severity: FindingSeverity.Error, Difference: { } off, Refs: [_, var year, ..] } || year.Amount is null) return false;
        bool Same(FindingRef cell) => (cell.TableId, cell.Page, cell.RowLabel, cell.Amount) == (year.TableId, year.Page, year.RowLabel, year.Amount);
        return findings.Any(n => n != finding && n is { Severity: FindingSeverity.Error, Difference: { } yearOff, Refs: [var first, ..] }
            && (n.Rule != RuleIds.NarrativeTable && n.Rule != RuleIds.ChangeColumns && Same(first) && yearOff == -off
                || n is { Rule: RuleIds.NarrativeTable, Refs: [_, var tableLine] } && Same(tableLine) && yearOff == off && IsToldOfTheLine(n)));
    }

    /// <summary>Whether a <c>narrative.table</c> finding's message names its table line as the misprint (<see cref="ToldOfTheLine"/>).</summary>
    private static bool IsToldOfTheLine(Finding finding) =>
        finding is { Rule: RuleIds.NarrativeTable, Expected: { } line, Actual: { } stated, Refs: [var narrative, var tableLine] }
        && (finding.MessageZh == ChineseMessage.TableLineAgainstNarrative(finding.Rule, line, stated, narrative, tableLine)
            || finding.MessageZh == ChineseMessage.TermAgainstNarrative(finding.Rule, line, stated, narrative, tableLine));

    /// <summary>
    /// Whether two refs name one printed cell, whichever rule made them: a rule reading the printed cells (a change column's) and one
    /// reading the lines carry different extras of the same cell.
    /// </summary>
    private static bool SameCell(FindingRef a, FindingRef b) =>
        (a.File, a.TableId, a.Page, a.RowLabel, a.Code, a.Measure, a.FactKey) == (b.File, b.TableId, b.Page, b.RowLabel, b.Code, b.Measure, b.FactKey);

    /// <summary>
    /// A balance whose whole breaks nothing while one of its terms is off its own sum by the balance's difference (round CI's
    /// Xinjiang: 本年支出合计 printed 4,075,134.58 over rows adding up to 4,065,134.58, and 支出总计 4,065,134.58 then 10,000 short
    /// of 本年支出合计 + 年终结转结余): the term is the misprint. The balance is told of the term, at the figure its own sum gives,
    /// which also balances; null to keep the finding as it is. So for a term another balance breaks on (round BV's Zhejiang: 年末财政拨款
    /// 结转和结余 printed 49.88, off 年初 + 收入 − 支出 by 1.00, and 总计 654.75 then 1.00 short of 本年支出合计 + 年末).
    /// </summary>
    /// <param name="arithmetic">The error findings holding a term to its own table's sums, or to another balance (<see cref="OtherBalances"/>).</param>
    private static Finding? BalanceOfABrokenTerm(Finding finding, List<Finding> arithmetic)
    {
        if (finding is not { Severity: FindingSeverity.Error, Figures: FindingFigures.Amounts, Difference: { } off, Expected: { } expected, Actual: { } actual, Tolerance: { } tolerance, Refs: [var whole, _, ..] }
            || !Balances.Contains(finding.Rule) || arithmetic.Any(a => a.Refs[0] == whole)
            || finding.MessageZh != ChineseMessage.For(finding.Rule, expected, actual, tolerance, finding.Refs, FindingFigures.Amounts)) return null;
        var terms = finding.Refs.Skip(1).ToList();
        // A side's balance adds its terms, so the term's own figure closes it only if it is off the other way; a carry-over's
        // takes some away (年初 + 收入 − 支出), and either way may close it.
        bool Closes(decimal termOff) => finding.Rule == RuleIds.IncomeExpenditure ? termOff == -off : Math.Abs(termOff) == Math.Abs(off);
        if (arithmetic.Where(a => terms.Contains(a.Refs[0]) && a is { Expected: not null, Actual: not null, Difference: { } termOff } && Closes(termOff))
                .DistinctBy(a => a.Refs[0]).ToList() is not [var broken]) return null;
        FindingRef[] refs = [broken.Refs[0], whole, .. terms.Where(t => t != broken.Refs[0])];
        decimal termExpected = broken.Expected!.Value, termActual = broken.Actual!.Value;
        return finding with
        {
            Expected = termExpected, Actual = termActual, Difference = termActual - termExpected, Refs = refs,
            MessageZh = ChineseMessage.For(finding.Rule, termExpected, termActual, tolerance, refs, FindingFigures.Amounts),
        };
    }

    /// <summary>
    /// A summary's income side (总计 = 本年收入合计 + the lines carried in) and its carry-over (年末 = 年初 + 本年收入 − 本年支出 …) both off
    /// by one amount, its expenditure side and its two totals agreeing: the one line carried in that both add, printed other than
    /// nothing, is the misprint, the totals and 年末 each confirmed by the expenditure side (rounds JZ, KC, KE, KF: 年初结转和结余
    /// printed 241.57 for 241.75, the two balances naming 总计 and 年末结转和结余). The year's line is its side's sum, held to it by its
    /// own rule. The finding is told of that line, at what closes its balance; null to keep it as it is.
    /// </summary>
    /// <param name="balances">The error findings of the balance rules.</param>
    private static Finding? CarriedTermOfTwoBalances(Finding finding, List<Finding> balances)
    {
        if (finding is not { Figures: FindingFigures.Amounts, Tolerance: { } tolerance, Refs: [var whole, ..] } || !IsSideBalance(finding) && finding.Rule != RuleIds.Carryover) return null;
        var ofTheTable = balances.Where(b => b.Refs[0].TableId == whole.TableId).ToList();
        if (ofTheTable.Where(IsSideBalance).ToList() is not [var side] || ofTheTable.Where(b => b.Rule == RuleIds.Carryover).ToList() is not [var carry]
            || ofTheTable.Count != 2 || side.Difference is not { } off || carry.Difference is not { } carryOff || Math.Abs(off) != Math.Abs(carryOff)) return null;
        if (side.Refs.Skip(2).Where(t => carry.Refs.Skip(1).Contains(t) && t.Amount is not (null or 0m)).ToList() is not [var term]) return null;
        decimal printed = term.Amount!.Value, closing = printed + off;
        FindingRef[] refs = [term, .. finding.Refs.Where(r => r != term)];
        return finding with
        {
            Expected = closing, Actual = printed, Difference = printed - closing, Refs = refs,
            MessageZh = ChineseMessage.For(finding.Rule, closing, printed, tolerance, refs, FindingFigures.Amounts),
        };
    }

    /// <summary>
    /// The other balances that may show a balance's term broken where no sum does: for a carry-over's balance or a side's (not
    /// the balance of a summary's two totals, which <see cref="EchoOfASideTotal"/> tells by the sides' own balances).
    /// </summary>
    private static List<Finding> OtherBalances(Finding balance, List<Finding> balances) =>
        balance.Rule != RuleIds.IncomeExpenditure || IsSideBalance(balance) ? [.. balances.Where(b => b != balance)] : [];

    /// <summary>
    /// A balance of a summary's side (收入总计 = 本年收入合计 + 上年结转), not of its two totals (支出总计 = 收入总计): its whole is
    /// held to its year's line and the lines carried, named after it.
    /// </summary>
    private static bool IsSideBalance(Finding balance) => balance.Rule == RuleIds.IncomeExpenditure && balance.Refs.Count > 2;

    /// <summary>The finding told of its other figure, when that one is the suspect; null to keep it as it is.</summary>
    private static Finding? Turned(Finding finding, HashSet<FindingRef> suspect)
    {
        if (finding is not { Severity: FindingSeverity.Error, Figures: FindingFigures.Amounts, Expected: { } expected, Actual: { } actual, Tolerance: { } tolerance, Refs: [var named, var other] }
            // A balance between a summary's two sides is told by its side's own parts (EchoOfASideTotal), not turned.
            || finding.Rule != RuleIds.CrossTable || !suspect.Contains(other) || suspect.Contains(named)) return null;
        FindingRef[] refs = [other, named];
        // A whole printed below its part (its figure actual, the part's expected), the part the suspect: told of the part.
        if (finding.MessageZh == ChineseMessage.BelowItsPart(finding.Rule, expected, actual, finding.Refs))
            return finding with
            {
                Expected = actual, Actual = expected, Difference = expected - actual, Refs = refs,
                MessageZh = ChineseMessage.AboveItsWhole(finding.Rule, expected, actual, refs),
            };
        // Only a finding told the standard way (印为…，按…应为…) is told again; one with a wording of its own stays.
        if (finding.MessageZh != ChineseMessage.For(finding.Rule, expected, actual, tolerance, finding.Refs, FindingFigures.Amounts)) return null;
        return finding with
        {
            Expected = actual, Actual = expected, Difference = expected - actual, Refs = refs,
            MessageZh = ChineseMessage.For(finding.Rule, actual, expected, tolerance, refs, FindingFigures.Amounts),
        };
    }
}
