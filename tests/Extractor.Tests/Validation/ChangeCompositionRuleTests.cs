using Extractor.Mapping;
using Extractor.Model;
using Extractor.Tests.Support;
using Extractor.Validation;

namespace Extractor.Tests.Validation;

public sealed class ChangeCompositionRuleTests
{
    /// <summary>A narrative figure in 万元 as printed ("21940.96"), with its change against 2017 ("+3959.28", "-0.61").</summary>
    private static Fact Stated(string key, string printed, string? change = null, int page = 23, decimal? pct = null) => new()
    {
        Key = key,
        Value = decimal.Parse(printed) * 10000m,
        PrintedUnit = 10000m,
        Change = change is null ? null
            : new FactChange(2017, decimal.Parse(change.TrimStart('+', '-')) * 10000m, pct, change.StartsWith('-') ? "decrease" : "increase"),
        Page = page,
        Quote = printed,
    };

    /// <summary>The findings on a budget stating these figures alone.</summary>
    private static List<Finding> Check(params Fact[] facts) => [.. new ChangeCompositionRule().Check(new DocumentBuilder().Facts(facts).Build())];

    /// <summary>js-jcy-2018's income: the total up 3,958.67, 一般公共预算 up 3,959.28 and 其他资金 down 0.61.</summary>
    private static DocumentBuilder Jcy() => new DocumentBuilder()
        .Fact(Stated(FactKeys.ExpenditureTotal, "21955.35", "+3958.67"))
        .Fact(Stated(FactKeys.IncomeTotal, "21955.35"))
        .Fact(Stated(FactKeys.IncomeGeneralBudget, "21940.96", "+3959.28"))
        .Fact(Stated(FactKeys.IncomeOther, "14.39", "-0.61"));

    [Fact]
    public void Accepts_sources_whose_changes_add_up_to_the_totals()
    {
        var findings = new ChangeCompositionRule().Check(Jcy().Fact(Stated(FactKeys.FiscalAppropriationTotal, "21940.96", "+3959.28", page: 25)).Build());

        Assert.Empty(findings);
    }

    [Fact]
    public void Flags_the_restatements_of_the_fiscal_change_that_the_composition_does_not_give()
    {
        var document = Jcy()
            .Fact(Stated(FactKeys.FiscalAppropriationTotal, "21940.96", "+3958.98", page: 25))
            .Fact(Stated(FactKeys.GeneralBudgetTotal, "21940.96", "+3958.98", page: 28))
            .Build();

        var findings = new ChangeCompositionRule().Check(document).ToList();

        Assert.Equal([25, 28], findings.Select(f => f.Refs[0].Page));
        Assert.All(findings, f => Assert.Equal((FindingSeverity.Error, 39592800m, 39589800m), (f.Severity, f.Expected, f.Actual)));
    }

    [Fact]
    public void Does_not_choose_between_two_restatements_when_the_composition_confirms_neither()
    {
        var document = new DocumentBuilder()
            .Fact(Stated(FactKeys.ExpenditureTotal, "21955.35", "+3958.67"))
            .Fact(Stated(FactKeys.IncomeOther, "14.39", "-0.61"))
            .Fact(Stated(FactKeys.FiscalAppropriationTotal, "21940.96", "+3958.98", page: 25))
            .Fact(Stated(FactKeys.GeneralBudgetTotal, "21940.96", "+3950.00", page: 28))
            .Build();

        Assert.Empty(new ChangeCompositionRule().Check(document));
    }

    /// <summary>
    /// Round AD's Hunan: 公务接待费 2.51万元 "比上年增加0.52万元，增长17.16%" fell from 3.03万元 (its rate is the decrease's,
    /// flagged by narrative.change on the part); the total's decrease of 0.15 adds up with it. Stated 增长26.13%, the
    /// increase is what the part says, and the total's change is what does not add up.
    /// </summary>
    [Theory]
    [InlineData("17.16", 0)]
    [InlineData("26.13", 1)]
    public void Adds_up_a_part_whose_direction_is_misprinted_the_way_its_rate_says(string receptionPct, int findings) =>
        Assert.Equal(findings, Check(
            Stated(FactKeys.ThreePublicTotal, "25.25", "-0.15", pct: 0.59m),
            Stated(FactKeys.ThreePublicOverseas, "2.31", "-0.01", pct: 0.43m),
            Stated(FactKeys.ThreePublicVehicle, "20.43", "+0.38", pct: 1.90m),
            Stated(FactKeys.ThreePublicReception, "2.51", "+0.52", pct: decimal.Parse(receptionPct))).Count);

    /// <summary>
    /// Round BN's Xining: 公务用车购置及运行维护费 32.80万元 "减少3.00万元，下降5.75%", the rate of a fall of 2.00 (flagged on the part):
    /// the total's fall of 2.60 adds up with it. Stated 下降8.38%, the part's 3.00 is what it says, and the total's change is what
    /// does not add up.
    /// </summary>
    [Theory]
    [InlineData("5.75", 0)]
    [InlineData("8.38", 1)]
    public void Adds_up_a_part_whose_amount_is_off_its_rate_the_way_its_rate_says(string vehiclePct, int findings) =>
        Assert.Equal(findings, Check(
            Stated(FactKeys.ThreePublicTotal, "45.20", "-2.60", pct: 5.44m),
            Stated(FactKeys.ThreePublicOverseas, "0", "-0", pct: 0m),
            Stated(FactKeys.ThreePublicVehicle, "32.80", "-3.00", pct: decimal.Parse(vehiclePct)),
            Stated(FactKeys.ThreePublicReception, "12.40", "-0.60", pct: 4.62m)).Count);

    [Theory]
    [InlineData("+1670.85", FindingSeverity.Info)] // 0.02 off: four figures rounded to 0.01 may do that
    [InlineData("+1680.83", FindingSeverity.Error)]
    public void Checks_the_parts_changes_of_expenditure_against_the_totals(string basicChange, FindingSeverity severity)
    {
        var document = new DocumentBuilder()
            .Fact(Stated(FactKeys.ExpenditureTotal, "21955.35", "+3958.67"))
            .Fact(Stated(FactKeys.ExpenditureBasic, "13994.31", basicChange))
            .Fact(Stated(FactKeys.ExpenditureProject, "5573", "+40"))
            .Fact(Stated(FactKeys.ExpenditureReserve, "2388.04", "+2247.84"))
            .Build();

        var finding = Assert.Single(new ChangeCompositionRule().Check(document));

        Assert.Equal(severity, finding.Severity);
        Assert.Equal(39586700m, finding.Actual);
    }

    [Fact]
    public void Leaves_a_composition_alone_when_a_part_states_no_change_or_the_parts_do_not_cover_the_total()
    {
        var unstated = new DocumentBuilder()
            .Fact(Stated(FactKeys.ExpenditureTotal, "21955.35", "+3958.67"))
            .Fact(Stated(FactKeys.ExpenditureBasic, "13994.31", "+1000"))
            .Fact(Stated(FactKeys.ExpenditureProject, "7961.04"))
            .Build();
        var uncovered = new DocumentBuilder()
            .Fact(Stated(FactKeys.ExpenditureTotal, "21955.35", "+3958.67"))
            .Fact(Stated(FactKeys.ExpenditureBasic, "13994.31", "+1000"))
            .Fact(Stated(FactKeys.ExpenditureProject, "5573", "+40"))
            .Build();

        Assert.Empty(new ChangeCompositionRule().Check(unstated));
        Assert.Empty(new ChangeCompositionRule().Check(uncovered));
    }

    [Fact]
    public void Flags_three_public_parts_whose_differences_from_the_budget_do_not_add_up_to_the_totals()
    {
        // 三公 spent 3825万元, 1188 under the budget; its parts 31, 850 and 107 under theirs: 988 in all.
        static Fact Under(string key, string printed, string under) => Stated(key, printed) with
        {
            Execution = new BudgetExecution(null, null, "less") { Difference = decimal.Parse(under) * 10000m },
        };
        var document = new DocumentBuilder().Final()
            .Fact(Under(FactKeys.ThreePublicTotal, "3825", "1188"))
            .Fact(Under(FactKeys.ThreePublicOverseas, "99", "31"))
            .Fact(Under(FactKeys.ThreePublicVehicle, "2712", "107"))
            .Fact(Under(FactKeys.ThreePublicReception, "1014", "850"))
            .Build();

        var finding = Assert.Single(new ChangeCompositionRule().Check(document));

        Assert.Equal((RuleIds.NarrativeComparison, FindingSeverity.Error, -9880000m, -11880000m), (finding.Rule, finding.Severity, finding.Expected, finding.Actual));
    }

    [Theory]
    [InlineData("0.08", 0)]
    [InlineData("0.04", 1)]
    public void Sums_the_differences_from_the_budget_stated_with_the_three_public_changes_apart_from_their_figures(string totalUnder, int findings)
    {
        // Chongqing's final-account wording with made-up figures: the figures first, then each change with its difference
        // from the budget. (Where a part is left out, 其中：无因公出国（境）费, its difference is not known: nothing is summed.)
        var facts = FactReader.Read(Documents.FromText(
            "2020年度“三公”经费支出20.00万元，其中：因公出国（境）费0万元，公务用车购置及运行维护费12.00万元，公务接待费8.00万元。" +
            $"经比较，2020年度“三公”经费较上年减少5.00万元，下降20%，较年初预算数减少{totalUnder}万元。其中：因公出国（境）费较上年减少0万元，较年初预算数减少0万元；" +
            "公务用车购置及运行维护费较上年减少3.00万元，较年初预算数减少0.04万元；公务接待费较上年减少2.00万元，较年初预算数减少0.04万元。"), fiscalYear: 2020);
        var document = new DocumentBuilder().Final().Facts(facts).Build();

        var errors = new ChangeCompositionRule().Check(document).Where(f => f.Severity == FindingSeverity.Error).ToList();

        Assert.Equal(findings, errors.Count(f => f.Rule == RuleIds.NarrativeComparison));
        Assert.DoesNotContain(errors, f => f.Rule == RuleIds.NarrativeChange);
    }
}
