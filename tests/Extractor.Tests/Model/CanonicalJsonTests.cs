using System.Text.Json;
using Extractor.Model;

namespace Extractor.Tests.Model;

public sealed class CanonicalJsonTests
{
    private static readonly ExtractedDocument Sample = new()
    {
        Source = new SourceInfo("dxh-xzspj-2023.pdf", "8a8a", 47, null),
        Department = new DepartmentInfo("武汉市东西湖区行政审批局", "003"),
        FiscalYear = 2023,
        Phase = BudgetPhase.FinalAccounts,
        Unit = MoneyUnit.WanYuan,
        LineItems =
        [
            new LineItem
            {
                TableId = "t1", TableType = TableTypes.IncomeExpenditureSummary, Dimension = Dimensions.Summary,
                Name = "一、财政拨款(补助)", Measure = Measures.Amount, Amount = 4461.66m * 10000m,
                AmountPrinted = "4,461.66", Page = 14, Row = 0, Col = 1,
            },
        ],
        Tables = [new Table { Id = "t1", Rows = [[new Cell("0.1", 0.1m), new Cell("项目")]] }],
    };

    [Fact]
    public void Writes_amounts_as_strings_holding_the_exact_decimal()
    {
        var json = CanonicalJson.Serialize(Sample);

        Assert.Contains("\"amount\": \"44616600.00\"", json);
        Assert.Contains("\"value\": \"0.1\"", json);
        var item = CanonicalJson.Deserialize(json).LineItems[0];
        Assert.Equal(44616600.00m, item.Amount);
    }

    [Fact]
    public void Uses_the_snake_case_names_and_enum_ids_of_the_schema()
    {
        using var parsed = JsonDocument.Parse(CanonicalJson.Serialize(Sample));
        var root = parsed.RootElement;

        Assert.Equal("1", root.GetProperty("schema_version").GetString());
        Assert.Equal(2023, root.GetProperty("fiscal_year").GetInt32());
        Assert.Equal("final_accounts", root.GetProperty("phase").GetString());
        Assert.Equal("wan_yuan", root.GetProperty("unit").GetString());
        var item = root.GetProperty("line_items")[0];
        Assert.Equal("4,461.66", item.GetProperty("amount_printed").GetString());
        Assert.Equal("income_expenditure_summary", item.GetProperty("table_type").GetString());
        Assert.False(root.TryGetProperty("failed", out _));
    }

    [Fact]
    public void Writes_chinese_as_itself_not_as_escapes()
    {
        var json = CanonicalJson.Serialize(Sample);

        Assert.Contains("武汉市东西湖区行政审批局", json);
        Assert.DoesNotContain("\\u6B66", json);
    }

    [Fact]
    public void Schema_ids_come_from_the_same_attributes_as_json()
    {
        Assert.Equal("final_accounts", SchemaId.Of(BudgetPhase.FinalAccounts));
        Assert.Equal("wan_yuan", SchemaId.Of(MoneyUnit.WanYuan));
        Assert.Null(SchemaId.Of((MoneyUnit?)null));
    }
}
