using Extractor.Cli.Evaluation;
using Extractor.Mapping;
using Extractor.Model;
using Extractor.Tests.Support;

namespace Extractor.Tests.Mapping;

[Collection(ProcessedFixturesCollection.Name)]
public sealed class TableTypeClassifierTests(ProcessedFixtures processed)
{
    private static IReadOnlyList<TableTypeExample> Examples() =>
        TableTypeExamples.FromTruth(Fixtures.Path("disclosures"))
            .Concat(TableTypeExamples.FromLabels(Fixtures.Path("real-cn/table-types.tsv"))).ToList();

    [Fact]
    public void Retraining_on_the_labelled_fixtures_gives_the_shipped_model_back()
    {
        var examples = Examples();
        var ml = TableTypeModel.Context();
        var retrained = TableTypeClassifier.From(ml, TableTypeModel.Train(ml, examples));

        foreach (var example in examples)
        {
            var shipped = TableTypeClassifier.Shipped.Classify(example.Text);
            var again = retrained.Classify(example.Text);
            Assert.Equal(shipped.Type, again.Type);
            Assert.InRange(again.Confidence - shipped.Confidence, -0.01f, 0.01f);
        }
    }

    [Fact]
    public void Types_the_real_tables_from_header_and_rows_when_their_titles_are_lost()
    {
        var labels = TableTypeExamples.FromLabels(Fixtures.Path("real-cn/table-types.tsv"));
        var canonical = Fixtures.Pdfs("real-cn").SelectMany(pdf => processed[$"real-cn/{Path.GetFileName(pdf)}"].Tables)
            .Where(t => TableTyper.ByTitle(t.Title) != TableTypes.Unknown).ToList();

        var typed = canonical.Count(t => TableTyper.Type(t with { Title = "" }, TableTypeClassifier.Shipped).Type == TableTyper.ByTitle(t.Title));
        // Jiangsu's appropriation-wide twins print the general-budget tables' header and rows again: without
        // the title nothing tells one twin from the other, so taking one for its twin is no forced error.
        var forcedWrong = canonical.Count(t => TableTyper.Type(t with { Title = "" }, TableTypeClassifier.Shipped).Type is var type
            && type != TableTypes.Unknown && type != TableTyper.ByTitle(t.Title) && !Twins(type, TableTyper.ByTitle(t.Title)));

        Assert.True(labels.Count > 250);
        Assert.True(typed >= 0.75 * canonical.Count, $"{typed} of {canonical.Count} typed without their titles ({forcedWrong} wrongly)");
        Assert.True(forcedWrong <= 0.05 * canonical.Count, $"{forcedWrong} of {canonical.Count} typed wrongly without their titles");
    }

    private static bool Twins(string a, string b) =>
        new[] { a, b }.Order().SequenceEqual(new[] { TableTypes.GeneralBudgetExpenditureByFunction, TableTypes.FiscalAppropriationExpenditure }.Order())
        || new[] { a, b }.Order().SequenceEqual(new[] { TableTypes.GeneralBudgetBasicByEconomic, TableTypes.FiscalAppropriationBasicByEconomic }.Order());

    [Fact]
    public void Types_a_table_under_a_title_no_rule_knows_and_says_the_classifier_did()
    {
        var table = processed["disclosures/dev01-2024-yuan.pdf"].Tables.Single(t => t.Type == TableTypes.GeneralBudgetBasicByEconomic);
        var renamed = table with { Title = "附表7 基本支出经济分类明细", Type = TableTypes.Unknown };

        var mapping = TableMapping.Apply([renamed], TableTypeClassifier.Shipped);

        Assert.Equal(TableTypes.GeneralBudgetBasicByEconomic, mapping.Tables[0].Type);
        var note = Assert.Single(mapping.Diagnostics, d => d.Code == DiagnosticCodes.ClassifiedTableType);
        Assert.Contains("附表7 基本支出经济分类明细", note.Message);
    }

    [Fact]
    public void Leaves_a_table_the_classifier_is_unsure_of_unknown_and_names_its_best_guess()
    {
        var table = new Table
        {
            Id = "t1", Title = "2024年部门预算公开表", Pages = [3],
            Header = [["科目编码", "科目名称", "合计", "基本支出", "项目支出"]],
            Rows = [[new Cell("合计"), new Cell(""), new Cell("10.00", 10m), new Cell("4.00", 4m), new Cell("6.00", 6m)],
                    [new Cell("201"), new Cell("一般公共服务支出"), new Cell("10.00", 10m), new Cell("4.00", 4m), new Cell("6.00", 6m)]],
            Columns = [null, null, null, null, null],
        };

        var mapping = TableMapping.Apply([table], TableTypeClassifier.Shipped);

        Assert.Equal(TableTypes.Unknown, mapping.Tables[0].Type);
        var note = Assert.Single(mapping.Diagnostics, d => d.Code == DiagnosticCodes.UnknownTableType);
        Assert.Contains("best guess", note.Message);
    }

    [Fact]
    public void Says_so_when_the_title_refuses_a_confident_guess()
    {
        // Round AI: the national 一般公共预算财政拨款项目支出决算表 by function line, its project spending alone: no function table.
        var table = new Table
        {
            Id = "t7", Title = "一般公共预算财政拨款项目支出决算表", Pages = [12],
            Header = [["科目编码", "科目名称", "合计", "商品和服务支出", "资本性支出"]],
            Rows = [[new Cell("合计"), new Cell(""), new Cell("10.00", 10m), new Cell("4.00", 4m), new Cell("6.00", 6m)],
                    [new Cell("207"), new Cell("文化旅游体育与传媒支出"), new Cell("10.00", 10m), new Cell("4.00", 4m), new Cell("6.00", 6m)],
                    [new Cell("20701"), new Cell("文化和旅游"), new Cell("10.00", 10m), new Cell("4.00", 4m), new Cell("6.00", 6m)]],
            Columns = [null, null, null, null, null],
        };

        var mapping = TableMapping.Apply([table], TableTypeClassifier.Shipped);

        Assert.Equal(TableTypes.Unknown, mapping.Tables[0].Type);
        var note = Assert.Single(mapping.Diagnostics, d => d.Code == DiagnosticCodes.UnknownTableType).Message;
        Assert.DoesNotContain("below", note);
        Assert.Contains("refuses the classifier's guess (general_budget_expenditure_by_function at", note);
    }

    [Fact]
    public void Leaves_tables_of_contents_and_unit_lists_unknown()
    {
        var untitled = new[] { "js-swbgt-2018-dept-budget-text.pdf", "js-zxbgt-2019-dept-budget-text.pdf", "sh-putuo-czj-2024-dept-final.pdf" }
            .SelectMany(pdf => processed[$"real-cn/{pdf}"].Tables).Where(t => t.Title.Length == 0).ToList();

        Assert.NotEmpty(untitled);
        Assert.All(untitled, t => Assert.Equal(TableTypes.Unknown, t.Type));
    }
}
