using System.Globalization;
using System.Text;
using Extractor.Model;

namespace Extractor.Export.Report;

/// <summary>
/// A page of a document drawn as SVG from what the pipeline read there: every table cell on the page at its box
/// (points from the page's top left) with its text, and the lines of narrative a finding quotes; the cells (or
/// quoted lines) of each finding's flagged value outlined red and those of the values it was computed from
/// outlined blue. No renderer is needed, and the outlines sit on the very boxes the JSON gives. A page OCR read is
/// shown as scanned where its image is at hand (<see cref="ScanImages"/>), turned as OCR turned it, under the
/// same outlines.
/// </summary>
internal static class PagePicture
{
    public static string Svg(ReportDocument report, int page, ScanImage? scan = null)
    {
        var cells = report.Document.Tables.SelectMany(t => t.Rows).SelectMany(r => r).Where(c => c.Bbox?.Page == page).ToList();
        var lines = report.NarrativeLines(page);
        var boxes = cells.Select(c => c.Bbox!).Concat(lines.Select(l => l.Box)).ToList();
        var turn = report.OcrPages.GetValueOrDefault(page);
        // A scan stood upright by a quarter turn is as wide as it was high.
        bool sideways = turn.QuarterTurns % 2 == 1;
        double width = (sideways ? scan?.Height : scan?.Width) ?? boxes.Select(b => b.Right).DefaultIfEmpty(595).Max() + 20;
        double height = (sideways ? scan?.Width : scan?.Height) ?? boxes.Select(b => b.Bottom).DefaultIfEmpty(842).Max() + 20;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width:0}\" height=\"{height:0}\" viewBox=\"0 0 {width:0.##} {height:0.##}\">");
        if (scan is not null)
        {
            // OCR's boxes are those of the image stood upright and straightened: the scan is turned as OCR turned it
            // (SVG applies the rightmost transform first: the quarter turns, then the tilt back).
            string upright = turn.QuarterTurns switch
            {
                1 => string.Create(CultureInfo.InvariantCulture, $" translate({scan.Height:0.##} 0) rotate(90)"),
                2 => string.Create(CultureInfo.InvariantCulture, $" translate({scan.Width:0.##} {scan.Height:0.##}) rotate(180)"),
                3 => string.Create(CultureInfo.InvariantCulture, $" translate(0 {scan.Width:0.##}) rotate(270)"),
                _ => "",
            };
            svg.Append(CultureInfo.InvariantCulture, $"<g transform=\"rotate({-turn.Tilt:0.##} {width / 2:0.##} {height / 2:0.##}){upright}\"><image class=\"scan\" href=\"{scan.DataUri}\" x=\"0\" y=\"0\" width=\"{scan.Width:0.##}\" height=\"{scan.Height:0.##}\"/></g>");
            cells = [];
            lines = [];
        }
        foreach (var cell in cells)
        {
            var box = cell.Bbox!;
            svg.Append(Rect(box, "cell"));
            if (cell.Text.Length > 0)
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{box.Left + 1.5:0.##}\" y=\"{box.Bottom - 3:0.##}\">").Append(ReportPages.Encode(cell.Text.Replace('\n', ' '))).Append("</text>");
        }
        foreach (var line in lines)
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"narrative\" x=\"{line.Box.Left:0.##}\" y=\"{line.Box.Bottom - 2:0.##}\" style=\"font-size:{(line.Box.Bottom - line.Box.Top) * 0.8:0.#}px\">").Append(ReportPages.Encode(line.Text)).Append("</text>");
        foreach (var (finding, index) in report.Findings.Select((f, i) => (f, i)))
            foreach (var (reference, n) in finding.Refs.Select((r, n) => (r, n)))
                foreach (var box in report.Boxes(reference).Where(b => b.Page == page))
                    svg.Append(Rect(box, n == 0 ? "flagged" : "source", $"finding-{index}"));
        return svg.Append("</svg>").ToString();
    }

    private static string Rect(CellBox box, string kind, string? finding = null) => string.Create(CultureInfo.InvariantCulture,
        $"<rect class=\"{kind}\"{(finding is null ? "" : $" data-finding=\"{finding}\"")} x=\"{box.Left:0.##}\" y=\"{box.Top:0.##}\" width=\"{box.Right - box.Left:0.##}\" height=\"{box.Bottom - box.Top:0.##}\"/>");
}
