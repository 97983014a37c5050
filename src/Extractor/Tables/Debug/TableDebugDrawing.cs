using System.Globalization;
using System.Text;
using System.Xml;
using Extractor.Layout;
using Extractor.Tables.Pages;
using Extractor.Tables.Stream;

namespace Extractor.Tables.Debug;

/// <summary>
/// Draws what the table engine saw on a page as an SVG picture, as camelot's plots and pdfplumber's visual
/// debugging do: the page, its text lines, the ruling lines the layout collected and the rules the engine read
/// besides, the areas asked for, and each table found with its columns and rows. Coordinates are the
/// layout's: points from the top-left of the page, y down, which is SVG's own convention.
/// </summary>
/// <remarks>
/// Every element carries a class saying what it shows (<c>table-area</c>, <c>column-boundary</c>,
/// <c>row-boundary</c>, <c>ruling</c>, <c>added-rule</c>, <c>area</c>, <c>text-line</c>, <c>text</c>), styled
/// by one style sheet, so that a reader of the file (or a test) can pick them out. The legend sits under the
/// page rather than over it, where it would hide what it explains.
/// </remarks>
public static class TableDebugDrawing
{
    private const string SvgNamespace = "http://www.w3.org/2000/svg";

    /// <summary>Height of one legend line, and the number of entries set side by side on it.</summary>
    private const double LegendLine = 12;
    private const int LegendColumns = 3;

    /// <summary>How each class is drawn; a table's colour comes from its method's class on the table's group.</summary>
    private const string Style = """

        .page { fill: white; stroke: black; stroke-width: 1 }
        .text-line { fill: none; stroke: #c8c8c8; stroke-width: 0.3 }
        .text { fill: #909090; font-family: sans-serif }
        .ruling { stroke: #1f77b4; stroke-width: 1 }
        .added-rule { stroke: #e377c2; stroke-width: 1; stroke-dasharray: 4 2 }
        .area { fill: none; stroke: #17becf; stroke-width: 1; stroke-dasharray: 8 4 }
        .lattice { fill: #2ca02c; stroke: #2ca02c }
        .stream { fill: #ff7f0e; stroke: #ff7f0e }
        .table-area { fill-opacity: 0.06; stroke-width: 1.5 }
        .table-label { stroke: none; font: bold 7px sans-serif }
        .column-boundary { stroke: #d62728; stroke-width: 0.6 }
        .row-boundary { stroke: #9467bd; stroke-width: 0.4; stroke-dasharray: 2 1 }
        #legend text { fill: black; font: 8px sans-serif }

        """;

    /// <summary>The legend's entries: the class of the swatch drawn (inside a group of the class before it, if any) and what it stands for.</summary>
    private static readonly (string? Group, string Swatch, string Label)[] Legend =
    [
        (null, "text-line", "text line (its text in grey)"),
        (null, "ruling", "ruling line of the page"),
        (null, "added-rule", "rule the engine added or was given"),
        (null, "area", "area asked for"),
        ("lattice", "table-area", "table read by its rules (lattice)"),
        ("stream", "table-area", "table read by its text (stream)"),
        (null, "column-boundary", "column boundary"),
        (null, "row-boundary", "row boundary"),
    ];

    /// <summary>Writes the drawing of one page's search as an SVG document (UTF-8).</summary>
    public static void Write(PageTableSearch search, System.IO.Stream output)
    {
        var page = search.Page;
        int legendLines = (Legend.Length + LegendColumns - 1) / LegendColumns;
        double height = page.Height + (legendLines + 1) * LegendLine;
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) };
        using var svg = XmlWriter.Create(output, settings);
        svg.WriteStartElement("svg", SvgNamespace);
        svg.WriteAttributeString("width", Number(page.Width));
        svg.WriteAttributeString("height", Number(height));
        svg.WriteAttributeString("viewBox", $"0 0 {Number(page.Width)} {Number(height)}");
        svg.WriteElementString("title", SvgNamespace, $"page {page.Number}, tables found: {search.Tables.Count}");
        svg.WriteElementString("style", SvgNamespace, Style);
        Rect(svg, "page", new Box(0, 0, page.Width, page.Height));

        Group(svg, "text-lines", () =>
        {
            foreach (var line in page.Lines)
            {
                Rect(svg, "text-line", line.Box);
                // Chunk by chunk, so that each cell's text stands where it is printed whatever the viewer's font.
                foreach (var chunk in TextChunk.Split(line))
                    Text(svg, "text", chunk.Box.Left, chunk.Glyphs[0].Baseline, Math.Clamp(0.8 * chunk.Glyphs[0].FontSize, 2, 12), chunk.Text);
            }
        });
        Group(svg, "rulings", () =>
        {
            foreach (var rule in page.Rulings) Line(svg, "ruling", rule);
        });
        Group(svg, "added-rules", () =>
        {
            foreach (var rule in search.AddedRules) Line(svg, "added-rule", rule);
        });
        Group(svg, "areas", () =>
        {
            foreach (var area in search.Areas) Rect(svg, "area", area);
        });
        Group(svg, "tables", () =>
        {
            for (int i = 0; i < search.Tables.Count; i++) Table(svg, search.Tables[i], i + 1);
        });
        Group(svg, "legend", () => WriteLegend(svg, page));
        svg.WriteEndElement();
    }

    /// <summary>A table: its area, labelled with its number on the page, method and title; its column and row boundaries.</summary>
    private static void Table(XmlWriter svg, PageTable table, int number)
    {
        string method = table.Method == ExtractionMethod.Lattice ? "lattice" : "stream";
        svg.WriteStartElement("g", SvgNamespace);
        svg.WriteAttributeString("class", "table " + method);
        Rect(svg, "table-area", table.Box);
        // Above the box, unless the box starts at the page's top edge.
        double labelY = table.Box.Top >= 9 ? table.Box.Top - 2 : table.Box.Top + 8;
        string title = table.Title is null ? "" : ": " + table.Title.ReplaceLineEndings(" ");
        Text(svg, "table-label", table.Box.Left, labelY, null, $"table {number} ({method}){title}");
        foreach (double x in table.ColumnEdges)
            Line(svg, "column-boundary", x, table.Box.Top, x, table.Box.Bottom);
        double left = table.ColumnEdges.Count > 0 ? table.ColumnEdges[0] : table.Box.Left;
        double right = table.ColumnEdges.Count > 0 ? table.ColumnEdges[^1] : table.Box.Right;
        foreach (double y in RowBoundaries(table))
            Line(svg, "row-boundary", left, y, right, y);
        svg.WriteEndElement();
    }

    /// <summary>
    /// The top of each row and the bottom of the last. A row's own top is the lowest of its cells' tops: a cell
    /// merged down from a row above starts higher. Rows of a stream table may stand apart, so a row's top is not
    /// the bottom of the row above.
    /// </summary>
    private static IEnumerable<double> RowBoundaries(PageTable table)
    {
        if (table.Grid.Count == 0) return [];
        return table.Grid.Select(row => row.Max(c => c.Box.Top)).Append(table.Grid[^1].Min(c => c.Box.Bottom)).Distinct();
    }

    /// <summary>The legend, under the page: a swatch and its meaning per entry, a few entries a line.</summary>
    private static void WriteLegend(XmlWriter svg, PageLayout page)
    {
        double columnWidth = page.Width / LegendColumns;
        for (int i = 0; i < Legend.Length; i++)
        {
            var (group, swatch, label) = Legend[i];
            double x = 4 + i % LegendColumns * columnWidth, y = page.Height + (i / LegendColumns + 1) * LegendLine;
            if (group is not null)
            {
                svg.WriteStartElement("g", SvgNamespace);
                svg.WriteAttributeString("class", group);
            }
            if (swatch is "text-line" or "area" or "table-area") Rect(svg, swatch, new Box(x, y - 6, x + 16, y));
            else Line(svg, swatch, x, y - 3, x + 16, y - 3);
            if (group is not null) svg.WriteEndElement();
            Text(svg, null, x + 20, y, null, label);
        }
    }

    private static void Group(XmlWriter svg, string id, Action content)
    {
        svg.WriteStartElement("g", SvgNamespace);
        svg.WriteAttributeString("id", id);
        content();
        svg.WriteEndElement();
    }

    private static void Rect(XmlWriter svg, string @class, Box box)
    {
        svg.WriteStartElement("rect", SvgNamespace);
        svg.WriteAttributeString("class", @class);
        svg.WriteAttributeString("x", Number(box.Left));
        svg.WriteAttributeString("y", Number(box.Top));
        svg.WriteAttributeString("width", Number(box.Width));
        svg.WriteAttributeString("height", Number(box.Height));
        svg.WriteEndElement();
    }

    private static void Line(XmlWriter svg, string @class, RulingLine rule)
    {
        if (rule.Orientation == RulingOrientation.Horizontal) Line(svg, @class, rule.Start, rule.Position, rule.End, rule.Position);
        else Line(svg, @class, rule.Position, rule.Start, rule.Position, rule.End);
    }

    private static void Line(XmlWriter svg, string @class, double x1, double y1, double x2, double y2)
    {
        svg.WriteStartElement("line", SvgNamespace);
        svg.WriteAttributeString("class", @class);
        svg.WriteAttributeString("x1", Number(x1));
        svg.WriteAttributeString("y1", Number(y1));
        svg.WriteAttributeString("x2", Number(x2));
        svg.WriteAttributeString("y2", Number(y2));
        svg.WriteEndElement();
    }

    /// <summary>A text element, set from its start on its baseline.</summary>
    /// <param name="svg">The writer.</param>
    /// <param name="class">The element's class, or null for the legend's plain text.</param>
    /// <param name="x">Where the text starts.</param>
    /// <param name="y">Its baseline.</param>
    /// <param name="size">Its size in points, or null for the size its class sets.</param>
    /// <param name="text">The text, escaped by the writer.</param>
    private static void Text(XmlWriter svg, string? @class, double x, double y, double? size, string text)
    {
        svg.WriteStartElement("text", SvgNamespace);
        if (@class is not null) svg.WriteAttributeString("class", @class);
        svg.WriteAttributeString("x", Number(x));
        svg.WriteAttributeString("y", Number(y));
        if (size is { } points) svg.WriteAttributeString("font-size", Number(points));
        svg.WriteString(XmlSafe(text));
        svg.WriteEndElement();
    }

    /// <summary>
    /// The text with the characters XML cannot hold (control characters a PDF's fonts may map glyphs to, lone
    /// surrogates) replaced by U+FFFD: the writer would otherwise refuse the whole page.
    /// </summary>
    private static string XmlSafe(string text)
    {
        if (!text.Any(c => !XmlConvert.IsXmlChar(c))) return text;
        var safe = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i])) safe.Append(text[i]);
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                safe.Append(text, i, 2);
                i++;
            }
            else safe.Append('\uFFFD');
        }
        return safe.ToString();
    }

    /// <summary>A coordinate to the hundredth of a point, whatever the culture.</summary>
    private static string Number(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
