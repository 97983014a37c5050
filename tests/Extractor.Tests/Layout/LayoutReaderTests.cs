using Extractor.Layout;
using Extractor.Model;
using Extractor.Tests.Support;

namespace Extractor.Tests.Layout;

public sealed class LayoutReaderTests
{
    private static int FirstTablePage(string pdf) =>
        Fixtures.Truth(pdf).GetProperty("tables")[0].GetProperty("pages")[0].GetInt32();

    [Fact]
    public void Collects_the_grid_rules_of_a_ruled_table()
    {
        var layout = Documents.Layout("disclosures/dxh-xzspj-2023.pdf");
        var page = layout.Pages.Single(p => p.Number == FirstTablePage("dxh-xzspj-2023.pdf"));

        var horizontal = page.Rulings.Where(r => r.Orientation == RulingOrientation.Horizontal).ToList();
        var vertical = page.Rulings.Where(r => r.Orientation == RulingOrientation.Vertical).ToList();

        // A grid: rules above and below every row, and between the six columns.
        Assert.True(horizontal.Select(r => Math.Round(r.Position)).Distinct().Count() >= 10);
        Assert.True(vertical.Select(r => Math.Round(r.Position)).Distinct().Count() >= 6);
        Assert.All(page.Rulings, r => Assert.InRange(r.Position, 0, Math.Max(page.Width, page.Height)));
    }

    [Fact]
    public void Turns_a_page_whose_text_runs_up_or_down_so_that_it_reads_left_to_right()
    {
        // fixtures/generated/make_fixtures.py: a wide ruled table drawn turned on portrait pages, without /Rotate.
        var layout = Documents.Layout("generated/turned-table.pdf");

        Assert.All(layout.Pages.Take(2), page =>
        {
            Assert.Equal((842, 595), (page.Width, page.Height));
            Assert.Equal(["Table 3 Expenditure by function", "Code Item Budget Actual", "201 General public services 1,234.50 1,198.20"],
                page.Lines.Take(3).Select(l => l.Text));
            // Five columns' rules stand upright and six rows' rules lie flat on the turned page.
            Assert.Equal(5, page.Rulings.Count(r => r.Orientation == RulingOrientation.Vertical));
            Assert.Equal(6, page.Rulings.Count(r => r.Orientation == RulingOrientation.Horizontal));
        });
        // Page 3 stands upright; only two of its header cells are set turned, which turns nothing.
        Assert.Equal((595, 842), (layout.Pages[2].Width, layout.Pages[2].Height));
        Assert.Equal([1, 2], layout.Diagnostics.Where(d => d.Code == DiagnosticCodes.TurnedPage).Select(d => d.Page ?? 0));
        Assert.Contains("up the page", layout.Diagnostics.First(d => d.Page == 1).Message);
        Assert.Contains("down the page", layout.Diagnostics.First(d => d.Page == 2).Message);
    }

    [Fact]
    public void Finds_no_vertical_rules_on_an_unruled_table()
    {
        var layout = Documents.Layout("disclosures/dev01-2024-yuan.pdf");
        var page = layout.Pages.Single(p => p.Number == FirstTablePage("dev01-2024-yuan.pdf"));

        Assert.DoesNotContain(page.Rulings, r => r.Orientation == RulingOrientation.Vertical);
        Assert.Contains(page.Lines, l => l.Text.Contains("填报单位"));
    }

    [Theory]
    [InlineData("disclosures/scan01-2025-wan.pdf")]
    [InlineData("disclosures/scan02-2021-wan.pdf")]
    public void Says_an_image_only_scan_has_no_text_layer(string fixture)
    {
        var layout = Documents.Layout(fixture);

        var diagnostic = Assert.Single(layout.Diagnostics, d => d.Code == DiagnosticCodes.NoTextLayer);
        Assert.StartsWith("no text layer", diagnostic.Message);
        Assert.All(layout.Pages, p => Assert.Empty(p.Lines));
    }

    [Fact]
    public void Names_a_font_whose_glyph_boxes_cannot_be_real_and_keeps_its_letters_in_place()
    {
        var layout = Documents.Layout("bad/bitflipped.pdf");

        var diagnostic = Assert.Single(layout.Diagnostics, d => d.Code == DiagnosticCodes.MissingFont);
        Assert.Contains("metrics are damaged or missing; nominal boxes were used", diagnostic.Message);
        var page = layout.Pages.Single(p => p.Number == diagnostic.Page);
        Assert.All(page.Glyphs, g => Assert.True(g.Box.Height <= 3 * g.FontSize && g.Box.Width <= page.Width / 4));
    }

    [Fact]
    public void Reads_what_it_can_of_a_damaged_file()
    {
        var layout = Documents.Layout("bad/bitflipped.pdf");

        Assert.Equal(22, layout.Pages.Count);
        Assert.Contains(layout.AllLines, l => l.Line.Text.Contains("上海市普陀区人民政府办公室"));
        // The flipped bytes broke what pages 3 to 22 need to show their text: each is named.
        var lost = layout.Diagnostics.Where(d => d.Code == DiagnosticCodes.NoTextOnPage).Select(d => d.Page!.Value);
        Assert.Equal(Enumerable.Range(3, 20), lost);
    }
}
