using Extractor.Mapping;
using Extractor.Model;
using Extractor.Tests.Support;
using Extractor.Validation;

namespace Extractor.Tests.Validation;

/// <summary>The 机关运行经费's items the narrative lists, held to the 机关运行经费 table's lines of their names.</summary>
public sealed class OperatingCostItemsTests
{
    private static ExtractedDocument Document(string statement, string travel) => new DocumentBuilder()
        .Facts(FactReader.Read(Documents.FromText(statement), fiscalYear: 2025))
        .Line(TableTypes.OperatingCosts, Dimensions.Summary, null, "机关运行经费合计", Measures.Amount, "500.00", page: 15)
        .Line(TableTypes.OperatingCosts, Dimensions.Summary, null, "办公费", Measures.Amount, "141.00", page: 15)
        .Line(TableTypes.OperatingCosts, Dimensions.Summary, null, "差旅费", Measures.Amount, travel, page: 15)
        .Line(TableTypes.OperatingCosts, Dimensions.Summary, null, "培训费", Measures.Amount, "32.00", page: 15)
        .Build();

    private static List<Finding> Findings(ExtractedDocument document) =>
        [.. new NarrativeTableRule().Check(document).Where(f => f.Severity == FindingSeverity.Error && f.Message.Contains("operating-cost item", StringComparison.Ordinal))];

    [Fact]
    public void Flags_the_item_the_narrative_misprints_where_its_list_no_longer_adds_up()
    {
        // Round LE's Henan: the list's 差旅费 printed 347.00 for the table's 327.00; the items then exceed the stated 500.00.
        var finding = Assert.Single(Findings(Document("2025年机关运行经费预算500.00万元，其中：办公费141.00万元、差旅费347.00万元、培训费32.00万元。", "327.00")));

        Assert.Equal((3270000.00m, 3470000.00m), (finding.Expected, finding.Actual));
        Assert.Equal("差旅费347.00万元", finding.Refs[0].Quote);
    }

    [Fact]
    public void Names_the_tables_line_the_misprint_where_it_breaks_its_tables_total_by_as_much()
    {
        // Round LB's Liaoning: the table prints 差旅费 307.00 under 机关运行经费合计 500.00, the narrative 327.00 in a list adding up.
        var document = Document("2025年机关运行经费预算500.00万元，其中：办公费141.00万元、差旅费327.00万元、培训费32.00万元。", "307.00");

        var finding = Assert.Single(DocumentValidator.Validate(document), f => f.Rule == RuleIds.NarrativeTable && f.Severity == FindingSeverity.Error);

        // The contract holds (the statement flagged, the table's figure expected); the message names the table's line.
        Assert.Equal((3070000.00m, 3270000.00m), (finding.Expected, finding.Actual));
        Assert.Contains("误印当在该行", finding.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Accepts_items_the_table_prints_alike()
    {
        Assert.Empty(Findings(Document("2025年机关运行经费预算500.00万元，其中：办公费141.00万元、差旅费327.00万元、培训费32.00万元。", "327.00")));
    }
}
