using Extractor.Tables.Detectors;
using Extractor.Tests.Support;

namespace Extractor.Tests.Tables.Detectors;

/// <summary>The table detectors chosen by name, and what tells the two variants apart.</summary>
public sealed class TableDetectorsTests
{
    [Theory]
    [InlineData("default")]
    [InlineData("pages")]
    public void Resolves_a_detector_by_its_name(string name)
    {
        Assert.Equal(name, TableDetectors.Resolve(name).Name);
    }

    [Fact]
    public void The_pipeline_runs_the_default_detector()
    {
        Assert.Same(TableDetectors.Default, TableDetectors.Resolve("default"));
        Assert.Equal(["default", "pages"], TableDetectors.Names);
    }

    [Fact]
    public void An_unknown_name_is_an_error_listing_the_known_ones()
    {
        var error = Assert.Throws<ArgumentException>(() => TableDetectors.Resolve("lattice-only"));

        Assert.Contains("\"lattice-only\"", error.Message);
        Assert.Contains("the known ones: default, pages", error.Message);
    }

    [Fact]
    public void The_default_detector_joins_a_table_continued_over_a_page_break_and_pages_keeps_its_parts_apart()
    {
        var layout = Documents.Layout("generated/page-cut-row.pdf");

        var joined = Assert.Single(TableDetectors.Resolve("default").Detect(layout));
        var parts = TableDetectors.Resolve("pages").Detect(layout);

        Assert.Equal([1, 2], joined.Pages);
        Assert.Equal([[1], [2]], parts.Select(t => t.Pages));
        // The row cut by the page break is one row in the joined table, a row on each page apart.
        Assert.Equal(joined.Grid.Count + 1, parts.Sum(t => t.Grid.Count));
        Assert.Equal("enforcement supervision", parts[1].Grid[0][1].Text);
    }

    [Fact]
    public void Eval_tables_names_the_known_detectors_when_given_an_unknown_one()
    {
        var (exitCode, stdout, stderr) = ExtractorProcess.Run(Path.GetTempPath(), "eval", "tables", "--truth", Fixtures.Path("disclosures"), "--detector", "lattice-only");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("the known ones: default, pages", stderr);
        Assert.Equal("", stdout);
    }
}
