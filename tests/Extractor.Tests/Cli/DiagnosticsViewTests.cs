using Extractor.Cli.Console;
using Extractor.Export;
using Spectre.Console.Testing;

namespace Extractor.Tests.Cli;

/// <summary>The diagnostics listing on a terminal: messages and file names with brackets are shown as printed.</summary>
public sealed class DiagnosticsViewTests
{
    private static readonly ListedDiagnostic[] Diagnostics =
    [
        new("[2024]部门预算/shfly.pdf", "mapping", "info", "misprinted_code", 9, "t3",
            "table t3 row 10 「[事业单位医疗]」: code printed 7 11 02 does not fit its place; read as 2101102 from the rows above it"),
        new("[2024]部门预算/shfly.pdf", "ingest", "warning", "repaired_pdf", null, null, "repaired: [red] duplicate object numbers"),
    ];

    [Fact]
    public void Shows_diagnostics_whose_text_holds_brackets_on_a_terminal()
    {
        var console = new TestConsole().Interactive().Width(220);
        console.Profile.Capabilities.Ansi = true;

        DiagnosticsView.Write(console, Diagnostics);

        Assert.Contains("[2024]部门预算/shfly.pdf", console.Output);
        Assert.Contains("[事业单位医疗]", console.Output);
        Assert.Contains("[red]", console.Output);
        Assert.Contains("2 diagnostics in 1 documents", console.Output);
    }

    [Fact]
    public void Writes_a_line_per_diagnostic_with_its_place_when_redirected()
    {
        var output = new StringWriter();

        DiagnosticsView.WritePlain(output, Diagnostics);

        Assert.Equal(
            """
            [2024]部门预算/shfly.pdf
              info misprinted_code (mapping p9 t3): table t3 row 10 「[事业单位医疗]」: code printed 7 11 02 does not fit its place; read as 2101102 from the rows above it
              warning repaired_pdf (ingest): repaired: [red] duplicate object numbers
            2 diagnostics in 1 documents

            """.ReplaceLineEndings(), output.ToString());
    }
}
