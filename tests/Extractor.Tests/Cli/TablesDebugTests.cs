using System.Text.Json;
using System.Xml.Linq;
using Extractor.Layout;
using Extractor.Tables.Debug;
using Extractor.Tables.Pages;
using Extractor.Tests.Support;

namespace Extractor.Tests.Cli;

/// <summary>
/// <c>extractor tables --debug DIR</c>: a picture per page of what the table engine saw, checked against the
/// tables the same run writes as JSON (each table's box, its rows and columns).
/// </summary>
public sealed class TablesDebugTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>Runs <c>tables --format json --debug</c> into the folder's <c>debug</c> subfolder: the tables written and what standard error said.</summary>
    private static (JsonElement Tables, string Stderr) Run(TemporaryDirectory folder, string pdf, params string[] options)
    {
        var (exitCode, stdout, stderr) = ExtractorProcess.Run(folder.Path,
            ["tables", Fixtures.Path(pdf), "--format", "json", "--debug", "debug", .. options]);
        Assert.True(exitCode == 0, stderr);
        return (JsonDocument.Parse(stdout).RootElement.Clone(), stderr);
    }

    private static XElement Page(TemporaryDirectory folder, int page) =>
        XDocument.Load(folder.File($"debug/page-{page:D3}.svg")).Root!;

    private static string[] Files(TemporaryDirectory folder) =>
        Directory.GetFiles(folder.File("debug")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    /// <summary>The elements of a class inside the group of that id (the legend's swatches are apart).</summary>
    private static List<XElement> Drawn(XElement svg, string group, string @class) =>
        [.. Group(svg, group).Descendants().Where(e => e.Attribute("class")?.Value == @class)];

    private static XElement Group(XElement svg, string id) =>
        svg.Descendants(Svg + "g").Single(g => g.Attribute("id")?.Value == id);

    private static double Number(XElement element, string attribute) => double.Parse(element.Attribute(attribute)!.Value, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Each table drawn on the page (its group), in the order the JSON lists the page's tables.</summary>
    private static List<XElement> Tables(XElement svg) =>
        [.. Group(svg, "tables").Elements(Svg + "g")];

    /// <summary>The drawn table's area is the JSON's box, and it has a column boundary per column edge.</summary>
    private static void AssertDrawnAs(XElement drawn, JsonElement table)
    {
        var area = drawn.Elements(Svg + "rect").Single(e => e.Attribute("class")?.Value == "table-area");
        var box = table.GetProperty("box");
        Assert.Equal(box.GetProperty("left").GetDouble(), Number(area, "x"), precision: 2);
        Assert.Equal(box.GetProperty("top").GetDouble(), Number(area, "y"), precision: 2);
        Assert.Equal(box.GetProperty("width").GetDouble(), Number(area, "width"), precision: 1);
        Assert.Equal(box.GetProperty("height").GetDouble(), Number(area, "height"), precision: 1);
        Assert.Equal(table.GetProperty("method").GetString(), drawn.Attribute("class")!.Value.Split(' ')[1]);
        int columns = table.GetProperty("rows")[0].GetArrayLength();
        Assert.Equal(columns + 1, drawn.Elements(Svg + "line").Count(e => e.Attribute("class")?.Value == "column-boundary"));
    }

    private static bool Prints(XElement svg, string text) =>
        Drawn(svg, "text-lines", "text").Any(t => t.Value.Contains(text, StringComparison.Ordinal));

    [Fact]
    public void Draws_a_table_ruled_by_its_columns_with_the_rules_the_engine_added_between_its_rows()
    {
        using var folder = new TemporaryDirectory();

        var (tables, stderr) = Run(folder, "generated/column-ruled.pdf");

        Assert.Equal(["page-001.svg"], Files(folder));
        Assert.Contains($"written {Path.Combine("debug", "page-001.svg")}", stderr);
        var svg = Page(folder, 1);
        var table = Assert.Single(tables.EnumerateArray());
        var drawn = Assert.Single(Tables(svg));
        AssertDrawnAs(drawn, table);
        // The page rules the columns and the header: the body's rows are split by rules the engine drew.
        Assert.Equal(8, Drawn(svg, "rulings", "ruling").Count);
        Assert.Equal(table.GetProperty("rows").GetArrayLength() - 2, Drawn(svg, "added-rules", "added-rule").Count);
        Assert.Equal(table.GetProperty("rows").GetArrayLength() + 1, drawn.Elements(Svg + "line").Count(e => e.Attribute("class")?.Value == "row-boundary"));
        Assert.Contains("lattice", drawn.Elements(Svg + "text").Single().Value);
        Assert.True(Prints(svg, "General public services"));
        Assert.NotEmpty(Drawn(svg, "text-lines", "text-line"));
        Assert.NotEmpty(Group(svg, "legend").Elements(Svg + "text"));
    }

    [Fact]
    public void Draws_only_the_pages_asked_for()
    {
        using var folder = new TemporaryDirectory();

        var (tables, _) = Run(folder, "generated/partial-rulings.pdf", "--pages", "2-3");

        Assert.Equal(["page-002.svg", "page-003.svg"], Files(folder));
        foreach (var page in new[] { 2, 3 })
        {
            var svg = Page(folder, page);
            var table = Assert.Single(tables.EnumerateArray(), t => t.GetProperty("page").GetInt32() == page);
            AssertDrawnAs(Assert.Single(Tables(svg)), table);
            Assert.NotEmpty(Drawn(svg, "rulings", "ruling"));
            Assert.True(Prints(svg, "Government offices"));
        }
        // Page 2 rules its header's cells and boxes the body whole: the column edges drawn on through the body
        // and the rules between the body's rows are the engine's.
        Assert.Contains(Drawn(Page(folder, 2), "added-rules", "added-rule"), line => Number(line, "x1") == Number(line, "x2"));
        Assert.Contains(Drawn(Page(folder, 2), "added-rules", "added-rule"), line => Number(line, "y1") == Number(line, "y2"));
    }

    [Fact]
    public void Draws_a_ruled_disclosure_table_with_its_title_and_chinese_text()
    {
        using var folder = new TemporaryDirectory();

        var (tables, _) = Run(folder, "disclosures/dev03-2024-wan.pdf", "--pages", "4");

        Assert.Equal(["page-004.svg"], Files(folder));
        var svg = Page(folder, 4);
        var table = Assert.Single(tables.EnumerateArray());
        var drawn = Assert.Single(Tables(svg));
        AssertDrawnAs(drawn, table);
        Assert.Equal("table 1 (lattice): 2024年部门收支总表", drawn.Elements(Svg + "text").Single().Value);
        Assert.True(Drawn(svg, "rulings", "ruling").Count > 20);
        string cell = table.GetProperty("rows")[2][0].GetString()!;
        Assert.Equal("一、财政拨款(补助)", cell);
        Assert.True(Prints(svg, cell));
    }

    [Fact]
    public void Draws_the_area_asked_for_and_the_table_read_in_it_as_the_method_says()
    {
        using var folder = new TemporaryDirectory();

        var (tables, _) = Run(folder, "generated/column-ruled.pdf", "--method", "stream", "--area", "80,50,240,530");

        var svg = Page(folder, 1);
        var area = Assert.Single(Drawn(svg, "areas", "area"));
        Assert.Equal([50.0, 80, 480, 160], new[] { "x", "y", "width", "height" }.Select(a => Number(area, a)));
        var table = Assert.Single(tables.EnumerateArray());
        Assert.Equal("stream", table.GetProperty("method").GetString());
        AssertDrawnAs(Assert.Single(Tables(svg)), table);
        // Read as stream, nothing is split by rules: the engine added none.
        Assert.Empty(Drawn(svg, "added-rules", "added-rule"));
    }

    [Fact]
    public void Says_a_file_where_the_folder_should_be_is_a_usage_error()
    {
        using var folder = new TemporaryDirectory();
        string file = folder.File("debug");
        File.WriteAllText(file, "keep");

        var (exitCode, stdout, stderr) = ExtractorProcess.Run(folder.Path, "tables", Fixtures.Path("generated/column-ruled.pdf"), "--debug", file);

        Assert.Equal(2, exitCode);
        Assert.Contains(file, stderr);
        Assert.Empty(stdout);
        Assert.Equal("keep", File.ReadAllText(file));
    }

    [Fact]
    public void Writes_text_that_xml_cannot_hold_as_is_escaped_or_replaced()
    {
        // "a<b&c" and a control character a font may map a glyph to: the drawing is still well-formed XML.
        var glyphs = "a<b&c\u0001".Select((c, i) => new Glyph(c.ToString(), new Box(10 + 6 * i, 90, 16 + 6 * i, 100), 100, 10 + 6 * i, 16 + 6 * i, 10, "F")).ToList();
        var line = TextLineBuilder.Join(glyphs);
        var page = new PageLayout(1, 200, 150, glyphs, [line], []);
        using var output = new MemoryStream();

        TableDebugDrawing.Write(new PageTableSearch(page, []), output);

        output.Position = 0;
        var text = Assert.Single(Drawn(XDocument.Load(output).Root!, "text-lines", "text")).Value;
        Assert.Equal("a<b&c\uFFFD", text);
    }
}
