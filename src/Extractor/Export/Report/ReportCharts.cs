using System.Globalization;
using System.Text;
using Extractor.Model;

namespace Extractor.Export.Report;

/// <summary>Charts drawn as SVG when the report is built: bars a reader takes in at a glance.</summary>
internal static class ReportCharts
{
    /// <summary>The batch's error findings by rule.</summary>
    public static string FindingsByRule(IReadOnlyList<ReportDocument> documents) =>
        Bars("错误按规则 Error findings by rule", documents.SelectMany(d => d.Document.Findings).Where(f => f.Severity == FindingSeverity.Error)
            .GroupBy(f => f.Rule).OrderByDescending(g => g.Count()).Select(g => (g.Key, (decimal)g.Count())).ToList(), "");

    /// <summary>A document's expenditure by function class (its function table's class lines), in its printed unit.</summary>
    public static string Spending(ExtractedDocument document)
    {
        var classes = document.LineItems.Where(i => i.TableType == TableTypes.GeneralBudgetExpenditureByFunction && i.Dimension == Dimensions.Function
                && i.Code is { Length: 3 } && i.Measure is Measures.Total or Measures.Amount)
            .GroupBy(i => i.Code).Select(g => g.First()).Select(i => ($"{i.Code} {i.Name}", i.Amount)).ToList();
        return classes.Count == 0 ? "" : Bars("一般公共预算支出按功能分类（类）Expenditure by function class", classes, " 元");
    }

    private static string Bars(string title, IReadOnlyList<(string Label, decimal Value)> bars, string unit)
    {
        if (bars.Count == 0) return "";
        decimal max = Math.Max(1, bars.Max(b => b.Value));
        // Labels at 0–250, bars up to 400 long, and room after the longest for its figure ("121,319,878 元").
        var svg = new StringBuilder("<figure><figcaption>").Append(ReportPages.Encode(title)).Append("</figcaption>");
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"820\" height=\"{bars.Count * 18 + 4}\">");
        foreach (var ((label, value), i) in bars.Select((b, i) => (b, i)))
        {
            double length = (double)(value / max) * 400;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{i * 18 + 13}\" style=\"font-size:11px\">").Append(ReportPages.Encode(label)).Append("</text>")
               .Append(CultureInfo.InvariantCulture, $"<rect x=\"250\" y=\"{i * 18 + 3}\" width=\"{length:0.#}\" height=\"12\" fill=\"#4a7bd0\"/>")
               .Append(CultureInfo.InvariantCulture, $"<text x=\"{255 + length:0.#}\" y=\"{i * 18 + 13}\" style=\"font-size:11px\">{value.ToString("#,0.##", CultureInfo.InvariantCulture)}{unit}</text>");
        }
        return svg.Append("</svg></figure>").ToString();
    }
}
