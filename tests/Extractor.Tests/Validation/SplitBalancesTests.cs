using Extractor.Model;
using Extractor.Tests.Support;
using Extractor.Validation;

namespace Extractor.Tests.Validation;

/// <summary>
/// The national final-account template's 一般公共预算财政拨款收入支出决算表: 年初结转和结余 | 本年收入 | 本年支出 | 年末结转和结余, each
/// split 小计 | 基本支出 | 项目支出 (rounds IZ and JB). Each group's 小计 is its parts, and each part balances along its row.
/// </summary>
public sealed class SplitBalancesTests
{
    private static readonly string?[] Columns =
    [
        null,
        "other:年初结转和结余/小计", "other:年初结转和结余/基本支出", "other:年初结转和结余/项目支出",
        "other:本年收入/小计", "other:本年收入/基本支出", "other:本年收入/项目支出",
        Measures.Total, Measures.BasicTotal, Measures.ProjectTotal,
        "other:年末结转和结余/小计", "other:年末结转和结余/基本支出", "other:年末结转和结余/项目支出",
    ];

    /// <summary>Round IZ's 2110299: its closing project balance 325.79, printed <paramref name="closingProject"/>.</summary>
    private static ExtractedDocument Row(string closingProject) => new DocumentBuilder().Final()
        .SummaryTable(TableTypes.GeneralBudgetExpenditureByFunction, Columns,
            ["其他环境监测与监察支出", "120.00", "0.00", "120.00", "600.00", "0.00", "600.00", "687.42", "0.00", "687.42", "32.58", "0.00", closingProject])
        .Build();

    [Fact]
    public void Holds_each_part_of_a_row_to_its_opening_balance_and_income_less_its_spending()
    {
        Assert.Empty(new CarryoverRule().Check(Row("32.58")));

        var finding = Assert.Single(new CarryoverRule().Check(Row("35.28")));

        Assert.Equal((325800m, 352800m, "other:年末结转和结余/项目支出"), (finding.Expected, finding.Actual, finding.Refs[0].Measure));
    }

    [Fact]
    public void Holds_an_unmapped_groups_subtotal_to_its_basic_and_project_parts()
    {
        Assert.DoesNotContain(new RowComponentsRule().Check(Row("32.58")), f => f.Severity == FindingSeverity.Error);

        var finding = Assert.Single(new RowComponentsRule().Check(Row("35.28")), f => f.Severity == FindingSeverity.Error);

        Assert.Equal((352800m, 325800m), (finding.Expected, finding.Actual));
    }
}
