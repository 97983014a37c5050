using Extractor.Model;
using Extractor.Tests.Support;
using Extractor.Validation;

namespace Extractor.Tests.Validation;

/// <summary>Which cell of a 三公 table the narrative's 三公 figures are held to.</summary>
public sealed class ThreePublicTableLineTests
{
    private static Fact Stated(string key, string printed) => new()
    {
        Key = key, Value = decimal.Parse(printed) * 10000m, PrintedUnit = 10000m, Page = 3, Quote = printed,
    };

    private static List<Finding> Check(DocumentBuilder builder, params Fact[] facts)
    {
        foreach (var fact in facts) builder.Fact(fact);
        return [.. new NarrativeTableRule().Check(builder.Build())];
    }

    [Theory]
    // Round Y's Shanghai: the parts as columns, a row per unit, 合计 last (or first).
    [InlineData(false)]
    [InlineData(true)]
    public void Holds_the_figures_to_the_total_row_of_a_table_listing_units(bool totalFirst)
    {
        string[][] units = [["卫生健康委员会（本级）", "20.31", "6.12", "14.19"], ["疾病预防控制中心", "20.29", "6.12", "14.17"]];
        string[] total = ["合计", "40.60", "12.24", "28.36"];
        var builder = new DocumentBuilder().SummaryTable(TableTypes.ThreePublicExpenses,
            [null, Measures.Total, Measures.ThreePublicReception, Measures.ThreePublicVehicle],
            totalFirst ? [total, .. units] : [.. units, total]);

        Assert.Empty(Check(builder, Stated(FactKeys.ThreePublicTotal, "40.60"), Stated(FactKeys.ThreePublicReception, "12.24"), Stated(FactKeys.ThreePublicVehicle, "28.36")));
        Assert.Equal("406000.00", Assert.Single(Check(new DocumentBuilder().SummaryTable(TableTypes.ThreePublicExpenses,
            [null, Measures.Total, Measures.ThreePublicReception, Measures.ThreePublicVehicle], [.. units, total]), Stated(FactKeys.ThreePublicTotal, "40.50"))).Expected?.ToString());
    }

    [Fact]
    public void Holds_a_figure_to_the_table_once_where_a_change_stated_apart_carries_it()
    {
        // Round BQ's Guizhou: "…支出决算为12.83万元…", then on the next page "…决算数比2023年度减少0.26万元，下降2.06%", which
        // carries 12.83 without printing it; the table prints 12.38.
        var builder = new DocumentBuilder().SummaryTable(TableTypes.ThreePublicExpenses, [null, Measures.Total], ["合计", "12.38"]);
        var apart = Stated(FactKeys.ThreePublicTotal, "12.83") with
        {
            Page = 4, Quote = "“三公”经费财政拨款支出决算数比2023年度减少0.26万元，下降2.06%", Change = new FactChange(2023, 2600m, 2.06m, "decrease"),
        };

        var finding = Assert.Single(Check(builder, Stated(FactKeys.ThreePublicTotal, "12.83"), apart));

        Assert.Equal(3, finding.Refs[0].Page);
    }

    [Theory]
    // Round Z's Sichuan: 合计 (三公, 会议费 and 培训费) | “三公”经费 小计 | parts | 会议费 | 培训费: the 三公 total is the 小计.
    [InlineData("18.90", 0)]
    [InlineData("30.38", 1)]
    public void Holds_the_three_public_total_to_its_subtotal_beside_the_tables_total(string stated, int findings)
    {
        var builder = new DocumentBuilder().SummaryTable(TableTypes.ThreePublicExpenses,
            [null, Measures.Total, Measures.Total, Measures.ThreePublicOverseas, Measures.ThreePublicVehicle, Measures.ThreePublicReception, Measures.MeetingCosts, Measures.TrainingCosts],
            ["合计", "30.38", "18.90", "0.00", "16.98", "1.92", "4.21", "7.27"]);

        Assert.Equal(findings, Check(builder, Stated(FactKeys.ThreePublicTotal, stated)).Count);
    }

    [Theory]
    // Round DU's Nanjing: 年初预算数 and 决算数 side by side, each over 合计 | “三公”经费 小计 | parts | 会议费 | 培训费: the actual 三公
    // total is the 决算数's 小计, its budget the 年初预算数's.
    [InlineData("22.08", "24.78", 0)]
    [InlineData("40.00", "24.78", 1)]
    [InlineData("22.08", "43.51", 1)]
    public void Holds_a_final_accounts_three_public_total_to_the_subtotal_of_its_phase(string actual, string budget, int findings)
    {
        string[] Phase(string phase) => [$"{phase}.{Measures.Total}", $"{phase}.{Measures.Total}", $"{phase}.{Measures.ThreePublicOverseas}", $"{phase}.{Measures.ThreePublicVehicle}",
            $"{phase}.{Measures.ThreePublicReception}", $"{phase}.{Measures.MeetingCosts}", $"{phase}.{Measures.TrainingCosts}"];
        var builder = new DocumentBuilder().Final().SummaryTable(TableTypes.ThreePublicExpenses, [null, .. Phase(Measures.BudgetInitial), .. Phase(Measures.Actual)],
            ["合计", "43.51", "24.78", "8.06", "13.87", "2.85", "7.57", "11.16", "40.00", "22.08", "7.19", "12.38", "2.51", "7.35", "10.57"]);

        Assert.Equal(findings, Check(builder, Stated(FactKeys.ThreePublicTotal, actual) with
        {
            Execution = new BudgetExecution(decimal.Parse(budget) * 10000m, null, null),
        }).Count);
    }

    [Theory]
    // Round DU's Hefei: the phases as rows (年初预算数, then 决算数) under 合计 | “三公”经费 小计 | parts | 会议费 | 培训费.
    [InlineData("37.47", "38.63", 0)]
    [InlineData("38.63", "38.63", 1)]
    [InlineData("37.47", "47.13", 1)]
    public void Holds_a_final_accounts_three_public_figures_to_the_row_of_their_phase(string actual, string budget, int findings)
    {
        foreach (var (budgetRow, actualRow) in new[] { ("年初预算数", "决算数"), ("2026年预算数", "2026年决算数") })
        {
            // Round DW's Zhejiang names each row's year, last year's outcome above them (2025年决算数, left out as another year's).
            var builder = new DocumentBuilder().Final().SummaryTable(TableTypes.ThreePublicExpenses,
                [null, Measures.Total, Measures.Total, Measures.ThreePublicOverseas, Measures.ThreePublicVehicle, Measures.ThreePublicReception, Measures.MeetingCosts, Measures.TrainingCosts],
                ["2025年决算数", "50.00", "40.00", "0.00", "37.00", "3.00", "4.00", "6.00"],
                [budgetRow, "47.13", "38.63", "0.00", "36.08", "2.55", "3.34", "5.16"],
                [actualRow, "45.03", "37.47", "0.00", "35.17", "2.30", "3.19", "4.37"]);
            Assert.Equal(findings, Check(builder, Stated(FactKeys.ThreePublicTotal, actual) with
            {
                Execution = new BudgetExecution(decimal.Parse(budget) * 10000m, null, null),
            }, Stated(FactKeys.ThreePublicReception, "2.30")).Count);
        }
    }

    [Fact]
    public void Holds_the_three_public_total_to_no_column_where_the_tables_one_total_holds_meetings_and_training_too()
    {
        // Round BX's Jiangsu: 合计 | parts | 会议费 | 培训费, no 三公 小计: the 合计 (17.07) is of all five, not the 11.42 of 三公.
        var builder = new DocumentBuilder().SummaryTable(TableTypes.ThreePublicExpenses,
            [null, Measures.Total, Measures.ThreePublicOverseas, Measures.ThreePublicVehicle, Measures.ThreePublicReception, Measures.MeetingCosts, Measures.TrainingCosts],
            ["合计", "17.07", "0.00", "10.08", "1.34", "2.08", "3.57"]);

        Assert.Empty(Check(builder, Stated(FactKeys.ThreePublicTotal, "11.42")));
    }

    [Theory]
    // Round AY's Tianjin: the parts as rows under 2025年预算数 | 2026年预算数, this year's 公务用车购置费 left blank: the narrative's
    // 0.00 is what the row prints, never last year's 4.00.
    [InlineData("0.00", 0)]
    [InlineData("4.00", 1)]
    public void Reads_a_parts_blank_cell_of_the_years_column_as_zero_beside_last_years_figure(string stated, int findings)
    {
        var builder = new DocumentBuilder().SummaryTable(TableTypes.ThreePublicExpenses, [null, "other:2025年预算数", Measures.Amount],
            ["合计", "44.23", "43.59"], ["公务用车购置及运行费", "29.33", "31.16"], ["其中：公务用车购置费", "4.00", ""], ["公务用车运行费", "25.33", "31.16"]);

        var found = Check(builder, Stated(FactKeys.ThreePublicVehiclePurchase, stated));

        Assert.Equal(findings, found.Count);
        Assert.All(found, f => Assert.Equal(0m, f.Expected));
    }
}
