using Extractor.Export.Report;
using Extractor.Model;
using Extractor.Tests.Support;

namespace Extractor.Tests.Export;

/// <summary>Where the report outlines a narrative figure: the lines of its page its quoted statement runs over.</summary>
public sealed class ReportDocumentTests
{
    private static NarrativeLine Line(string text, int n) => new(text, new CellBox(1, 50, 100 + 20 * n, 500, 115 + 20 * n));

    private static ReportDocument On(params NarrativeLine[] lines) =>
        new("d.pdf", "d0001.html", new DocumentBuilder().Build() with { NarrativePages = [new NarrativePage(1, lines)] });

    private static FindingRef Quoting(string quote) => new() { Page = 1, FactKey = FactKeys.ExpenditurePublicFunds, Quote = quote };

    [Fact]
    public void Outlines_the_lines_a_statement_runs_over_with_spaces_and_line_breaks_ignored()
    {
        var report = On(Line("人员经费 4,560.17 万元，", 0), Line("公用经费 951.08 万元，比 2023 年", 1), Line("预算减少 152.17 万元。", 2));

        Assert.Equal([1, 2], report.QuotedLines(Quoting("公用经费951.08万元，比2023年预算减少152.17万元")).Select(l => (int)((l.Box.Top - 100) / 20)));
    }

    [Fact]
    public void Outlines_a_statement_running_over_the_page_break_on_the_lines_its_page_ends_with()
    {
        // "…；公用经费" | next page: "951.08万元，比2023年预算减少152.17万元".
        var report = On(Line("基本支出 5,511.25 万元。其中：", 0), Line("人员经费 4,560.17 万元；公用经费", 1));

        var lines = report.QuotedLines(Quoting("公用经费951.08万元，比2023年预算减少152.17万元，下降13.79%"));

        Assert.Equal(["人员经费 4,560.17 万元；公用经费"], lines.Select(l => l.Text));
    }

    [Fact]
    public void Outlines_a_statement_cited_on_the_page_of_its_figure_after_the_break_on_the_lines_that_page_opens_with()
    {
        // "…；公用经费" | this page: "951.08万元，比2023年预算减少152.17万元，下降13.79%。" (the fact's page is its figure's).
        var report = On(Line("951.08 万元，比 2023 年预算减少 152.17", 0), Line("万元，下降 13.79%。主要原因是…", 1), Line("三、三公经费", 2));

        var lines = report.QuotedLines(Quoting("公用经费951.08万元，比2023年预算减少152.17万元，下降13.79%"));

        Assert.Equal(["951.08 万元，比 2023 年预算减少 152.17", "万元，下降 13.79%。主要原因是…"], lines.Select(l => l.Text));
    }

    [Fact]
    public void Outlines_nothing_for_a_statement_its_page_does_not_print()
    {
        var report = On(Line("人员经费 4,560.17 万元；公用", 0));

        Assert.Empty(report.QuotedLines(Quoting("公用经费951.08万元")));
    }
}
