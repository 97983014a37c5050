using Extractor.Model;
using Extractor.Pipeline;
using Extractor.Tests.Support;
using Extractor.Validation;

namespace Extractor.Tests.Pipeline;

/// <summary>A narrative published apart from its tables, paired with them by folder, department, year and phase.</summary>
public sealed class SplitPublicationsTests
{
    private static readonly ValidationOptions Options = new();

    /// <summary>The narrative file: one item paragraph stating 17279.29 万元 for the court's 行政运行, no table figure.</summary>
    private static ExtractedDocument Narrative(string department = "中共江苏省委办公厅", string path = "js/2019-text.pdf", int year = 2019, int page = 9) =>
        new DocumentBuilder()
            .Fact(new Fact
            {
                Key = FactKeys.FunctionItem, Name = "公共安全支出（类）法院（款）行政运行（项）", Value = 172792900m, PrintedUnit = 10000m, Page = page,
                Quote = "1．法院（款）行政运行（项）支出17279.29万元",
            })
            .Build() with
        {
            Source = new SourceInfo(Path.GetFileName(path), "n", 20, null) { Path = path },
            Department = new DepartmentInfo(department, null), FiscalYear = year,
            NarrativePages = [new NarrativePage(page, []), new NarrativePage(page + 1, [])],
        };

    /// <summary>The tables file: the function table prints 17279.30 for 2040101, and its class 204 misadds (its own finding).</summary>
    private static ExtractedDocument Tables(string department = "中国共产党江苏省委员会办公厅", string path = "js/2019-tables.pdf") =>
        new DocumentBuilder()
            .Function("204", "公共安全支出", "17300.00")
            .Function("20401", "法院", "17279.30")
            .Function("2040101", "行政运行", "17279.30")
            .Build() with
        {
            Source = new SourceInfo(Path.GetFileName(path), "t", 12, null) { Path = path },
            Department = new DepartmentInfo(department, null), FiscalYear = 2019,
        };

    [Fact]
    public void The_narrative_is_checked_against_the_tables_of_its_other_file()
    {
        var tables = Tables();
        var paired = SplitPublications.Paired(Narrative(), tables, Options);

        var finding = Assert.Single(paired.Findings, f => f.Severity == FindingSeverity.Error);
        Assert.Equal(RuleIds.NarrativeTable, finding.Rule);
        Assert.Equal([null, "js/2019-tables.pdf"], finding.Refs.Select(r => r.File));
        Assert.Contains("《2019-tables.pdf》", finding.MessageZh, StringComparison.Ordinal);
        Assert.Equal("2040101", Assert.Single(paired.Facts).Code);
        Assert.Contains(paired.Diagnostics, d => d.Code == DiagnosticCodes.PairedTables && d.Message.Contains("js/2019-tables.pdf", StringComparison.Ordinal));
        // The tables' own sums are the tables' document's findings, not repeated with the narrative.
        Assert.Contains(DocumentValidator.Validate(tables, Options), f => f.Rule == RuleIds.FunctionHierarchy);
        Assert.DoesNotContain(paired.Findings, f => f.Rule == RuleIds.FunctionHierarchy);
        // Every page stating a figure is kept: the review report draws the quoted ones, a later pairing may quote any.
        Assert.Equal([9, 10], paired.NarrativePages.Select(p => p.Page));
    }

    [Fact]
    public void The_narrative_keeps_the_findings_it_had_alone()
    {
        var own = new Finding { Rule = RuleIds.NarrativeChange, Severity = FindingSeverity.Error, Message = "own", Refs = [new FindingRef { Page = 10, Quote = "增长5%" }] };
        var paired = SplitPublications.Paired(Narrative() with { Findings = [own] }, Tables(), Options);

        Assert.Contains(own, paired.Findings);
    }

    [Fact]
    public void A_narrative_paired_again_keeps_nothing_of_its_earlier_tables()
    {
        var first = SplitPublications.Paired(Narrative(), Tables(), Options);
        var agreeing = new DocumentBuilder().Function("204", "公共安全支出", "17279.29").Function("20401", "法院", "17279.29").Function("2040101", "行政运行", "17279.29")
            .Build() with { Source = new SourceInfo("2019-tables.pdf", "t2", 12, null) { Path = "js/2019-tables.pdf" }, Department = new DepartmentInfo("江苏省委办公厅", null), FiscalYear = 2019 };

        var again = SplitPublications.Paired(first, agreeing, Options);

        Assert.DoesNotContain(again.Findings, f => f.Severity == FindingSeverity.Error);
        Assert.Single(again.Diagnostics, d => d.Code == DiagnosticCodes.PairedTables);
    }

    [Fact]
    public void A_narrative_left_waiting_is_paired_with_tables_stored_before_and_tables_left_waiting_are_given_back()
    {
        var waiting = new WaitingHalves<int>(Options);
        waiting.Take(Narrative(), 1);
        waiting.Take(Tables(path: "other/2019-tables.pdf"), 2);

        var ready = Assert.Single(waiting.Remaining(narrative => narrative.Source.Named == "js/2019-text.pdf" ? Tables() : null));

        Assert.Equal("js/2019-tables.pdf", ready.Tables?.Source.Named);
        Assert.Contains(ready.Document.Findings, f => f.Rule == RuleIds.NarrativeTable);
        Assert.Equal("other/2019-tables.pdf", Assert.Single(waiting.UnmatchedTables()).Source.Named);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_halves_pair_whichever_finishes_first(bool tablesFirst)
    {
        var waiting = new WaitingHalves<string>(Options);
        var (first, second) = tablesFirst ? (Tables(), Narrative()) : (Narrative(), Tables());

        Assert.Empty(waiting.Take(first, "first"));
        var ready = Assert.Single(waiting.Take(second, "second"));

        Assert.Equal(tablesFirst ? "second" : "first", ready.Tag);
        Assert.Equal("js/2019-tables.pdf", ready.Tables?.Source.Named);
        Assert.Contains(ready.Document.Diagnostics, d => d.Code == DiagnosticCodes.PairedTables);
        Assert.Empty(waiting.Remaining());
    }

    [Theory]
    [InlineData("江苏省政府办公厅", "js/2019-text.pdf", 2019)]
    [InlineData("江苏省委办公厅", "other/2019-text.pdf", 2019)]
    [InlineData("江苏省委办公厅", "js/2019-text.pdf", 2018)]
    public void Halves_of_another_body_folder_or_year_stay_apart(string department, string path, int year)
    {
        var waiting = new WaitingHalves<int>(Options);
        Assert.Empty(waiting.Take(Tables(), 1));
        Assert.Empty(waiting.Take(Narrative(department, path, year), 2));

        var alone = Assert.Single(waiting.Remaining());

        Assert.Null(alone.Tables);
        Assert.DoesNotContain(alone.Document.Diagnostics, d => d.Code == DiagnosticCodes.PairedTables);
        Assert.Equal([9, 10], alone.Document.NarrativePages.Select(p => p.Page));
    }

    [Fact]
    public void A_second_narrative_for_the_same_tables_is_output_alone()
    {
        var ready = WaitingHalves<int>.InOrder([Narrative(), Tables(), Narrative(path: "js/2019-text-copy.pdf")], Options);

        Assert.NotNull(ready[0].Tables);
        Assert.Equal("js/2019-tables.pdf", ready[1].Document.Source.Named);
        Assert.Null(ready[2].Tables);
        Assert.DoesNotContain(ready[2].Document.Diagnostics, d => d.Code == DiagnosticCodes.PairedTables);
    }

    [Fact]
    public void A_whole_document_is_no_half()
    {
        var whole = Tables() with { Facts = Narrative().Facts };

        Assert.False(SplitPublications.IsNarrativeHalf(whole));
        Assert.False(SplitPublications.IsTablesHalf(whole));
        Assert.Equal(whole, Assert.Single(WaitingHalves<int>.InOrder([whole, Narrative()], Options).Take(1)).Document);
    }
}
