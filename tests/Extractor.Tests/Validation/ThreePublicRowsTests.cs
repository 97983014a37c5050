using Extractor.Model;
using Extractor.Tests.Support;
using Extractor.Validation;

namespace Extractor.Tests.Validation;

/// <summary>The 三公 table printed as rows, a line per part, as provinces name them.</summary>
public sealed class ThreePublicRowsTests
{
    private static ExtractedDocument Rows(string vehicle, string purchase, string operation)
    {
        var built = new DocumentBuilder();
        foreach (var (name, printed) in new[] { ("合计", "10.00"), ("1.因公出国（境）费", "2.00"), (vehicle, "5.00"), (purchase, "2.00"), (operation, "2.50"), ("3.公务接待费", "3.00") })
            built.Line(TableTypes.ThreePublicExpenses, Dimensions.Summary, null, name, Measures.Amount, printed);
        return built.Build();
    }

    [Theory]
    [InlineData("2.公务用车购置及运行维护费", "其中：公务用车购置费", "公务用车运行维护费")]
    // Hubei: without 维护.
    [InlineData("2.公务用车购置及运行费", "其中：公务用车购置费", "公务用车运行费")]
    public void Holds_the_vehicles_line_to_its_purchase_and_running_costs(string vehicle, string purchase, string operation)
    {
        var finding = Assert.Single(new ThreePublicRule().Check(Rows(vehicle, purchase, operation)));

        Assert.Equal(("vehicle != purchase + operation", 45000.00m, 50000.00m), (finding.Message.Split(';')[0], finding.Expected, finding.Actual));
    }

    [Theory]
    // Round HG's Jiangxi, in 元: 合计 0.00 over 因公出国（境）费 0.00, 公务用车购置及运行费 0.00 and 公务接待费 0.00, the vehicles' 运行维护费
    // printed 12000.00: the part above its holding subtotal is the misprint. With the 合计 off too, either may be.
    [InlineData("0.00", true)]
    [InlineData("12000.00", false)]
    public void Names_the_one_part_above_a_subtotal_its_total_confirms(string total, bool named)
    {
        var built = new DocumentBuilder("元");
        foreach (var (name, printed) in new[] { ("合计", total), ("1.因公出国（境）费", "0.00"), ("2.公务用车购置及运行费", "0.00"), ("其中：公务用车购置费", "0.00"),
                     ("公务用车运行维护费", "12000.00"), ("3.公务接待费", "0.00") })
            built.Line(TableTypes.ThreePublicExpenses, Dimensions.Summary, null, name, Measures.Amount, printed);

        var finding = Assert.Single(new ThreePublicRule().Check(built.Build()), f => f.Message.StartsWith("vehicle", StringComparison.Ordinal));

        Assert.Equal(named, finding.MessageZh.Contains("仅“公务用车运行维护费”的金额大于该小计，误印当在该项（印为12000.00元，应为0.00元）", StringComparison.Ordinal));
    }

    /// <summary>The national template's 情况表 as round AS's Tianjin prints it: 项目 | 预算数 | 决算数, the counts below the money.</summary>
    private static ExtractedDocument Situation(string total)
    {
        var built = new DocumentBuilder();
        foreach (var (name, budget, actual) in new[]
        {
            ("（一）支出合计", "40.00", total), ("1．因公出国（境）费", "0.00", "0.00"), ("2．公务用车购置及运行维护费", "32.00", "27.16"),
            ("（1）公务用车购置费", "0.00", "0.00"), ("（2）公务用车运行维护费", "32.00", "27.16"), ("3．公务接待费", "8.00", "4.52"),
            ("（1）国内接待费", "8.00", "4.52"), ("二、行政参公单位机关运行经费", "155.75", "146.94"),
        })
        {
            built.Line(TableTypes.ThreePublicExpenses, Dimensions.Summary, null, name, Measures.BudgetInitial, budget);
            built.Line(TableTypes.ThreePublicExpenses, Dimensions.Summary, null, name, Measures.Actual, actual);
        }
        return built.Build();
    }

    [Fact]
    public void Holds_the_national_situation_tables_expenditure_total_to_its_parts()
    {
        Assert.Empty(new ThreePublicRule().Check(Situation("31.68")));
        var finding = Assert.Single(new ThreePublicRule().Check(Situation("33.68")));
        Assert.Equal((316800m, 336800m), (finding.Expected, finding.Actual));
    }

    [Fact]
    public void Reads_the_situation_tables_operating_costs_line_as_the_tables_operating_costs()
    {
        var line = NarrativeTableRule.TableLine(Situation("31.68"), FactKeys.OperatingCosts);

        Assert.Equal(("二、行政参公单位机关运行经费", 1469400m), (line?.Name, line?.Amount));
    }

    [Fact]
    public void Holds_a_row_of_columns_to_its_parts_where_the_vehicles_are_printed_by_their_two_columns_alone()
    {
        // Round CL's Chongqing: 合计 | 因公出国（境）费 | 购置费 | 运行费 | 公务接待费, no 小计 of the vehicles: 3.55 + 0 + 11.08 + 2.58.
        DocumentBuilder Row(string total)
        {
            var builder = new DocumentBuilder().Table(TableTypes.ThreePublicExpenses);
            foreach (var (measure, printed) in new[] { (Measures.Total, total), (Measures.ThreePublicOverseas, "3.55"), (Measures.ThreePublicVehiclePurchase, "0.00"),
                         (Measures.ThreePublicVehicleOperation, "11.08"), (Measures.ThreePublicReception, "2.58") })
                builder.Line(TableTypes.ThreePublicExpenses, Dimensions.Summary, null, "", measure, printed);
            return builder;
        }

        Assert.Empty(new ThreePublicRule().Check(SameRow(Row("17.21"))));
        var finding = Assert.Single(new ThreePublicRule().Check(SameRow(Row("16.21"))));
        Assert.Equal((172_100m, 162_100m), (finding.Expected, finding.Actual));
    }

    /// <summary>The built lines as one printed row, each in a column of its own.</summary>
    private static ExtractedDocument SameRow(DocumentBuilder builder)
    {
        var document = builder.Build();
        return document with { LineItems = [.. document.LineItems.Select((i, c) => i with { Row = 0, Col = c + 1 })] };
    }

    [Fact]
    public void Reads_the_operating_costs_line_of_a_table_of_operating_costs_and_assets()
    {
        // Round CH's 机关运行经费及国有资产占用情况表: its amounts beside the counts of vehicles, the first the 机关运行经费.
        var document = new DocumentBuilder()
            .Line(TableTypes.OperatingCosts, Dimensions.Summary, null, "机关运行经费支出", Measures.Amount, "738.35")
            .Line(TableTypes.OperatingCosts, Dimensions.Summary, null, "单价50万元以上通用设备", Measures.Amount, "120.00").Build();

        Assert.Equal(7_383_500m, NarrativeTableRule.TableLine(document, FactKeys.OperatingCosts)?.Amount);
    }

    [Theory]
    [InlineData("4.52", null)]
    [InlineData("5.42", 5.42)]
    public void Holds_the_reception_line_to_its_domestic_and_foreign_parts(string domestic, double? expected)
    {
        // Round GH's Zhejiang: 公务接待费 split into 国内接待费 and 国（境）外接待费; 外宾接待费 is domestic reception, and a count no part.
        var built = new DocumentBuilder();
        foreach (var (name, printed) in new[]
        {
            ("合计", "4.52"), ("1.因公出国（境）费", "0.00"), ("2.公务用车购置及运行维护费", "0.00"), ("3.公务接待费", "4.52"),
            ("（1）国内接待费", domestic), ("其中：外宾接待费", "1.00"), ("国内公务接待批次（个）", "14"), ("（2）国（境）外接待费", "0.00"),
        })
            built.Line(TableTypes.ThreePublicExpenses, Dimensions.Summary, null, name, Measures.Amount, printed);

        var findings = new ThreePublicRule().Check(built.Build()).ToList();

        Assert.Equal(expected is null ? [] : [(decimal)expected.Value * 10000m], findings.Select(f => f.Expected!.Value));
    }

    [Fact]
    public void Tells_last_years_vehicles_subtotal_confirmed_by_last_years_total_and_names_the_swapped_part()
    {
        // Round LK's Shandong: 2025年预算数 | 2026年预算数 each over 合计 | 因公出国（境）费 | 小计 | 购置费 | 运行费 | 公务接待费; last year's
        // 运行费 printed 27.08 for 27.80, its 合计 31.40 adding up with the 小计.
        string[] parts = ["合计", "因公出国（境）费", "小计", "公务用车购置费", "公务用车运行费", "公务接待费"];
        string[] measures = [Measures.Total, Measures.ThreePublicOverseas, Measures.ThreePublicVehicle, Measures.ThreePublicVehiclePurchase, Measures.ThreePublicVehicleOperation, Measures.ThreePublicReception];
        string[] lastYear = ["31.40", "0.00", "27.80", "0.00", "27.08", "3.60"], thisYear = ["28.40", "0.00", "25.20", "0.00", "25.20", "3.20"];
        var built = new DocumentBuilder();
        for (int c = 0; c < 6; c++) built.Line(TableTypes.ThreePublicExpenses, Dimensions.Summary, null, "", $"other:2025年预算数/{parts[c]}", lastYear[c], page: 16);
        for (int c = 0; c < 6; c++) built.Line(TableTypes.ThreePublicExpenses, Dimensions.Summary, null, "", measures[c], thisYear[c], page: 16);
        var document = built.Build();
        document = document with
        {
            Tables = [new Table { Id = document.LineItems[0].TableId, Type = TableTypes.ThreePublicExpenses, Pages = [16],
                Header = [[.. Enumerable.Repeat("2025年预算数", 6), .. Enumerable.Repeat("2026年预算数", 6)], [.. parts, .. parts]] }],
            LineItems = [.. document.LineItems.Select((l, k) => l with { Row = 0, Col = k })],
        };

        var finding = Assert.Single(DocumentValidator.Validate(document), f => f.Rule == RuleIds.ThreePublic && f.Severity == FindingSeverity.Error);

        Assert.Contains("小计无误，误印当在其组成各项之中", finding.MessageZh, StringComparison.Ordinal);
        Assert.Contains("公务用车运行费印为27.08万元，两位数字对调即为27.80万元", finding.MessageZh, StringComparison.Ordinal);
    }
}
