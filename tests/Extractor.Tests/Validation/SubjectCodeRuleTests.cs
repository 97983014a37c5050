using Extractor.Model;
using Extractor.Tests.Support;
using Extractor.Validation;

namespace Extractor.Tests.Validation;

public sealed class SubjectCodeRuleTests
{
    private static DocumentBuilder Item(DocumentBuilder document, string tableType, string code, string name) =>
        document.Line(tableType, Dimensions.Function, code, name, Measures.Total, "120.50")
            .Line(tableType, Dimensions.Function, code, name, Measures.BasicTotal, "100.00");

    private static DocumentBuilder Printed(string expenditureCode) =>
        Item(Item(Item(new DocumentBuilder(), TableTypes.IncomeSummary, "2050204", "高中教育"),
            TableTypes.ExpenditureSummary, expenditureCode, "高中教育"),
            TableTypes.GeneralBudgetExpenditure, "2050204", "高中教育");

    [Fact]
    public void Names_the_code_one_table_prints_for_a_subject_the_others_code_otherwise()
    {
        var finding = Assert.Single(new SubjectCodeRule().Check(Printed("2050240").Build()));

        Assert.Equal((RuleIds.SubjectCode, FindingSeverity.Warning), (finding.Rule, finding.Severity));
        string expenditure = $"t{TableTypes.All.ToList().IndexOf(TableTypes.ExpenditureSummary) + 1}";
        Assert.StartsWith($"高中教育 coded 2050240 in {expenditure} (p10), 2050204 in ", finding.Message);
        Assert.EndsWith($"the code of {expenditure} (p10) misprinted", finding.Message);
        Assert.Contains($"在表{expenditure}（第10页）编码为2050240", finding.MessageZh);
        Assert.Equal(3, finding.Refs.Count);
    }

    [Fact]
    public void Quotes_the_code_as_printed_where_the_tables_place_rebuilt_it()
    {
        // Round BI's 213024 for 2130234, rebuilt 2130224 under 21302: the page prints 213024.
        var built = Printed("2050224").Build();
        var document = built with { LineItems = [.. built.LineItems.Select(l => l.Code == "2050224" ? l with { CodePrinted = "205024" } : l)] };

        var finding = Assert.Single(new SubjectCodeRule().Check(document));

        Assert.StartsWith("高中教育 coded 205024 in ", finding.Message);
        Assert.Contains("编码为205024", finding.MessageZh);
    }

    [Fact]
    public void Says_one_of_two_codes_is_misprinted_when_as_many_tables_print_each()
    {
        var document = Item(Item(new DocumentBuilder(), TableTypes.ExpenditureSummary, "2101101", "行政单位医疗"),
            TableTypes.GeneralBudgetExpenditure, "2101110", "行政单位医疗").Build();

        var finding = Assert.Single(new SubjectCodeRule().Check(document));

        Assert.EndsWith("one of the two misprinted", finding.Message);
    }

    [Fact]
    public void Is_silent_on_one_code_everywhere_on_names_printed_alike_under_other_parents_and_on_other_names()
    {
        var document = Item(Item(Item(Printed("2050204"), TableTypes.ExpenditureSummary, "2010101", "行政运行"),
            TableTypes.GeneralBudgetExpenditure, "2040501", "行政运行"),
            TableTypes.ExpenditureSummary, "2050299", "其他普通教育支出").Build();

        Assert.Empty(new SubjectCodeRule().Check(document));
    }
}
