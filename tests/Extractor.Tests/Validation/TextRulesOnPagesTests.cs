using Extractor.Mapping;
using Extractor.Model;
using Extractor.Pipeline;
using Extractor.Tests.Support;
using Extractor.Validation;

namespace Extractor.Tests.Validation;

/// <summary>The wording and presentation checks on the pages of real publications (and a made one) that show each.</summary>
[Collection(ProcessedFixturesCollection.Name)]
public sealed class TextRulesOnPagesTests(ProcessedFixtures processed)
{
    private IEnumerable<Finding> Warnings(string pdf, string rule) =>
        processed[pdf].Findings.Where(f => f.Rule == rule && f.Severity == FindingSeverity.Warning);

    [Theory]
    [InlineData("real-cn/sh-putuo-sifaju-2026-dept-budget.pdf", RuleIds.YearReference, 8, "比2026年预算增加793.14万元")]
    [InlineData("real-cn/js-rdbgt-2018-dept-budget.pdf", RuleIds.TemplateResidue, 19, "增加（减少）")]
    [InlineData("real-cn/sh-putuo-sifaju-2026-unit-budget.pdf", RuleIds.TemplateResidue, 21, "主要原因是。")]
    [InlineData("real-cn/sh-putuo-swj-2025-dept-budget.pdf", RuleIds.IncompleteSentence, 24, "按程序落实专项资金拨付")]
    [InlineData("real-cn/sh-putuo-sifaju-2026-dept-budget.pdf", RuleIds.Punctuation, 4, "交办的其他任务。。。")]
    [InlineData("disclosures/dxh-xzspj-2023.pdf", RuleIds.Punctuation, 11, "(含车辆购置税))")]
    [InlineData("real-cn/sh-putuo-sifaju-2026-unit-budget.pdf", RuleIds.DocumentKind, 21, "2026年部门预算安排购置车辆")]
    public void Reports_what_a_reviewer_writes_down_on_the_page_that_shows_it(string pdf, string rule, int page, string quoted)
    {
        var finding = Assert.Single(Warnings(pdf, rule), f => f.Refs[0].Page == page);

        Assert.Contains(quoted, finding.Refs[0].Quote);
        Assert.StartsWith(RuleCatalogue.Of(rule).NameZh, finding.MessageZh);
    }

    [Fact]
    public void Reports_a_blank_standard_table_without_a_note()
    {
        var finding = Assert.Single(Warnings("disclosures/dev22-2023-wan.pdf", RuleIds.EmptyTableNote));

        Assert.Equal(11, finding.Refs[0].Page);
        Assert.Contains("三公", finding.MessageZh);
    }

    [Fact]
    public async Task Reports_a_blank_page_inside_the_document_and_text_that_does_not_render()
    {
        var document = await new DocumentProcessor(new PipelineOptions(), TableTypeClassifier.Shipped).ProcessAsync(Fixtures.Path("generated/presentation.pdf"));

        Assert.Equal(2, Assert.Single(document.Findings, f => f.Rule == RuleIds.BlankPage).Refs[0].Page);
        var unrendered = Assert.Single(document.Findings, f => f.Rule == RuleIds.UnrenderedText);
        Assert.Equal((3, FindingSeverity.Warning), (unrendered.Refs[0].Page, unrendered.Severity));
        Assert.Contains("7个字符", unrendered.MessageZh);
    }

    [Fact]
    public void Leaves_documents_without_such_faults_without_wording_warnings()
    {
        string[] wording = [RuleIds.YearReference, RuleIds.TemplateResidue, RuleIds.IncompleteSentence, RuleIds.Punctuation, RuleIds.DocumentKind];

        Assert.DoesNotContain(processed["disclosures/dev03-2024-wan.pdf"].Findings, f => wording.Contains(f.Rule));
        Assert.DoesNotContain(processed["real-cn/sh-putuo-shgzb-2024-dept-final.pdf"].Findings, f => wording.Contains(f.Rule));
    }
}
