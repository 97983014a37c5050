using System.Globalization;
using System.Text;
using Extractor.Model;

namespace Extractor.Export.Report;

/// <summary>
/// A page of a document drawn as SVG from what the pipeline read there: every table cell on the page at its box
/// (points from the page's top left) with its text, the cells of each finding's flagged value outlined red and
/// the cells of the values it was computed from outlined blue. No renderer is needed, and the outlines sit on
/// the very boxes the JSON gives.
/// </summary>
internal static class PagePicture
{
    public static string Svg(ReportDocument report, int page)
    {
        var cells = report.Document.Tables.SelectMany(t => t.Rows).SelectMany(r => r).Where(c => c.Bbox?.Page == page).ToList();
        double width = cells.Select(c => c.Bbox!.Right).DefaultIfEmpty(595).Max() + 20, height = cells.Select(c => c.Bbox!.Bottom).DefaultIfEmpty(842).Max() + 20;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width:0}\" height=\"{height:0}\" viewBox=\"0 0 {width:0.##} {height:0.##}\">");
        foreach (var cell in cells)
        {
            var box = cell.Bbox!;
            svg.Append(Rect(box, "cell"));
            if (cell.Text.Length > 0)
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{box.Left + 1.5:0.##}\" y=\"{box.Bottom - 3:0.##}\">").Append(ReportPages.Encode(cell.Text.Replace('\n', ' '))).Append("</text>");
        }
        foreach (var (finding, index) in report.Findings.Select((f, i) => (f, i)))
            foreach (var (reference, n) in finding.Refs.Select((r, n) => (r, n)))
                if (report.Box(reference) is { } box && box.Page == page)
                    svg.Append(Rect(box, n == 0 ? "flagged" : "source", $"finding-{index}"));
        return svg.Append("</svg>").ToString();
    }

    private static string Rect(CellBox box, string kind, string? finding = null) => string.Create(CultureInfo.InvariantCulture,
        $"<rect class=\"{kind}\"{(finding is null ? "" : $" data-finding=\"{finding}\"")} x=\"{box.Left:0.##}\" y=\"{box.Top:0.##}\" width=\"{box.Right - box.Left:0.##}\" height=\"{box.Bottom - box.Top:0.##}\"/>");
}
