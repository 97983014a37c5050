using Extractor.Model;
using Extractor.Tests.Support;

namespace Extractor.Tests.Validation;

[Collection(ProcessedFixturesCollection.Name)]
public sealed class StandardTablesTests(ProcessedFixtures processed)
{
    private IReadOnlyList<Diagnostic> Missing(string relative) =>
        processed[relative].Diagnostics.Where(d => d.Code == DiagnosticCodes.MissingTable).ToList();

    [Fact]
    public void Warns_of_the_standard_table_a_publication_leaves_out()
    {
        // The "测试问题版本" copy of the finance bureau's final accounts drops its 支出决算表.
        var warning = Assert.Single(Missing("real-cn/sh-putuo-czj-2024-dept-final-MODIFIED.pdf"));

        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("expenditure_summary", warning.Message);
        Assert.Empty(Missing("real-cn/sh-putuo-czj-2024-dept-final.pdf"));
    }

    [Theory]
    [InlineData("disclosures/dev01-2024-yuan.pdf")]
    [InlineData("disclosures/dxh-xzspj-2023.pdf")]
    [InlineData("real-cn/js-jcy-2018-dept-budget.pdf")]
    [InlineData("real-cn/sh-putuo-zfb-2025-dept-budget.pdf")]
    public void Finds_every_standard_table_of_a_complete_disclosure(string relative)
    {
        Assert.Empty(Missing(relative));
    }

    [Fact]
    public void Notes_once_that_a_narrative_published_apart_holds_no_table()
    {
        var note = Assert.Single(Missing("real-cn/js-zxbgt-2018-dept-budget-text.pdf"));

        Assert.Equal(DiagnosticSeverity.Info, note.Severity);
        Assert.DoesNotContain(processed["real-cn/js-zxbgt-2018-dept-budget-text.pdf"].Tables, t => t.Type != TableTypes.Unknown);
        Assert.Empty(Missing("disclosures/scan01-2025-wan.pdf"));
    }
}
