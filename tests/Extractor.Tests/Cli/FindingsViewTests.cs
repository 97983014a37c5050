using Extractor.Cli.Console;
using Extractor.Export;
using Spectre.Console;
using Spectre.Console.Testing;

namespace Extractor.Tests.Cli;

/// <summary>The findings listing on a terminal: document text with brackets is shown, never read as console markup.</summary>
public sealed class FindingsViewTests
{
    private static readonly ListedFinding[] Findings =
    [
        new("[2024]部门预算/sifaju.pdf", "sum.column_total", "error",
            "t3 p8 [total] 合计 total.total: the column adds up to 2170.39, printed 2149.45 [red]",
            "表3第8页[合计]行：各行相加为2170.39万元", "2170.39", "2149.45", "-20.94", "0.005",
            ["t3 p8 [total] 201 total.total", "p2 narrative 「主要用于：[bold]」"]),
    ];

    [Fact]
    public void Shows_findings_whose_text_holds_brackets_on_a_terminal()
    {
        var console = new TestConsole().Interactive().Width(200);
        console.Profile.Capabilities.Ansi = true;

        FindingsView.Write(console, Findings, documentCount: 3);

        var shown = console.Output;
        Assert.Contains("[2024]部门预算/sifaju.pdf", shown);
        Assert.Contains("[total]", shown);
        Assert.Contains("[red]", shown);
        Assert.Contains("[bold]", shown);
        Assert.Contains("1 findings in 1 of 3 documents", shown);
    }

    [Fact]
    public void Lists_wording_warnings_apart_after_a_documents_errors()
    {
        var output = new StringWriter();
        ListedFinding[] findings =
        [
            Findings[0],
            new("[2024]部门预算/sifaju.pdf", "text.punctuation", "warning", "punctuation doubled: 「任务。。。」", "标点符号使用不规范：第4页标点重复",
                null, null, null, null, ["p4  「任务。。。」"]),
        ];

        FindingsView.WritePlain(output, findings, documentCount: 1);

        var shown = output.ToString().ReplaceLineEndings("\n");
        Assert.Contains("at p2 narrative 「主要用于：[bold]」\n  wording and presentation:\n  warning text.punctuation: punctuation doubled", shown);
        Assert.DoesNotContain("expected , printed", shown);
        Assert.EndsWith("1 findings and 1 wording warnings in 1 of 1 documents\n", shown);
    }

    [Fact]
    public void Keeps_a_warning_on_a_figure_read_by_ocr_with_the_figures_not_the_wording()
    {
        var output = new StringWriter();
        ListedFinding[] findings =
        [
            new("scan.pdf", "sum.column_total", "warning", "t3 p8 合计: the column adds up to 12.00, printed 13.00", "", "12.00", "13.00", "1.00", "0.005", []),
        ];

        FindingsView.WritePlain(output, findings, documentCount: 1);

        var shown = output.ToString().ReplaceLineEndings("\n");
        Assert.DoesNotContain("wording and presentation", shown);
        Assert.Contains("expected 12.00, printed 13.00", shown);
        Assert.EndsWith("1 findings in 1 of 1 documents\n", shown);
    }

    [Fact]
    public void Writes_a_block_per_finding_when_redirected()
    {
        var output = new StringWriter();

        FindingsView.WritePlain(output, Findings, documentCount: 2);

        Assert.Equal(
            """
            [2024]部门预算/sifaju.pdf
              error sum.column_total: t3 p8 [total] 合计 total.total: the column adds up to 2170.39, printed 2149.45 [red]
                表3第8页[合计]行：各行相加为2170.39万元
                expected 2170.39, printed 2149.45, difference -20.94 (tolerance 0.005)
                at t3 p8 [total] 201 total.total
                at p2 narrative 「主要用于：[bold]」
            1 findings in 1 of 2 documents

            """.ReplaceLineEndings(), output.ToString());
    }
}
