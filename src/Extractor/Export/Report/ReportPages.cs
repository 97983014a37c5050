using System.Globalization;
using System.Net;
using System.Text;
using Extractor.Model;
using Extractor.Validation;
using Extractor.Wording;

namespace Extractor.Export.Report;

/// <summary>
/// The pages of the review report as HTML text: the batch's index and one page per document. Chinese first
/// (labels, rule names, the Chinese finding), English one click away; no script or style from outside the file.
/// Every piece of document text is HTML-encoded.
/// </summary>
internal static class ReportPages
{
    private const string Style = """
        body{font-family:"Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif;margin:1.5em;color:#222}
        table{border-collapse:collapse;font-size:13px}td,th{border:1px solid #ccc;padding:2px 6px}th{background:#f3f3f3;cursor:pointer}
        td.n{text-align:right;font-variant-numeric:tabular-nums}.card{border:1px solid #ddd;border-left:6px solid #c00;padding:.5em 1em;margin:.8em 0;cursor:pointer}
        .card.warning{border-left-color:#e90}.card.info{border-left-color:#999}.figures{font-family:monospace}
        svg{border:1px solid #ccc;background:#fff;margin:.5em 0}svg text{font-size:7px;fill:#333}
        rect.cell{fill:none;stroke:#ddd;stroke-width:.5}rect.flagged{fill:rgba(220,0,0,.15);stroke:#d00;stroke-width:2}
        rect.source{fill:rgba(0,90,220,.12);stroke:#05c;stroke-width:1.5}rect.active{stroke-width:4}mark{background:#ffe08a}
        """;

    public static string Index(IReadOnlyList<ReportDocument> documents)
    {
        var html = Open("预算公开审阅报告 · Review report");
        html.Append("<h1>预算公开审阅报告 <small>Review report</small></h1>");
        html.Append(CultureInfo.InvariantCulture, $"<p>{documents.Count} 份文件（documents），{documents.Sum(d => d.Errors)} 项错误（error findings）</p>");
        html.Append(ReportCharts.FindingsByRule(documents));
        html.Append("<p><input id=filter placeholder=\"筛选 filter\" oninput=\"filterRows(this.value)\"></p>");
        html.Append("<table id=documents><thead><tr>");
        foreach (var heading in new[] { "文件 file", "部门 department", "年度 year", "类型 phase", "页数 pages", "错误 errors", "提示 warnings", "文字与版式 wording", "舍入 info", "诊断 diagnostics" })
            html.Append("<th onclick=\"sortBy(this)\">").Append(heading).Append("</th>");
        html.Append("</tr></thead><tbody>");
        foreach (var d in documents.Take(RowsShownFirst)) Row(html, d);
        html.Append("</tbody></table>");
        // The rows past the first hundred wait in a template (parsed, not laid out), so a batch of thousands opens at
        // once; a filter, a sort or the button brings them into the table.
        if (documents.Count > RowsShownFirst)
        {
            html.Append("<template id=more>");
            foreach (var d in documents.Skip(RowsShownFirst)) Row(html, d);
            html.Append(CultureInfo.InvariantCulture,
                $"</template><p id=more-note><button onclick=\"showAll()\">显示其余{documents.Count - RowsShownFirst}份 show the other {documents.Count - RowsShownFirst}</button></p>");
        }
        html.Append("""
            <script>
            function showAll(){const t=document.getElementById('more');if(!t)return;document.querySelector('#documents tbody').append(t.content);t.remove();document.getElementById('more-note').remove()}
            function filterRows(q){showAll();for(const r of document.querySelectorAll('#documents tbody tr'))r.style.display=r.textContent.includes(q)?'':'none'}
            function sortBy(th){showAll();const i=[...th.parentNode.children].indexOf(th),b=th.closest('table').tBodies[0],asc=th.dataset.asc!=='1';th.dataset.asc=asc?'1':'0';
            const key=r=>{const t=r.children[i].textContent;const n=parseFloat(t);return isNaN(n)?t:n};
            [...b.rows].sort((x,y)=>{const a=key(x),c=key(y);return (a>c?1:a<c?-1:0)*(asc?1:-1)}).forEach(r=>b.appendChild(r))}
            </script>
            """);
        return Close(html);
    }

    /// <summary>How many of the index's rows are laid out when it opens.</summary>
    internal const int RowsShownFirst = 100;

    private static void Row(StringBuilder html, ReportDocument d) =>
        html.Append("<tr><td><a href=\"").Append(Encode(d.PageName)).Append("\">").Append(Encode(d.Path)).Append("</a></td><td>")
            .Append(Encode(d.Document.Department?.Name ?? "")).Append("</td><td class=n>").Append(d.Document.FiscalYear?.ToString(CultureInfo.InvariantCulture) ?? "")
            .Append("</td><td>").Append(Phase(d.Document.Phase)).Append("</td><td class=n>").Append(d.Document.Source.Pages.ToString(CultureInfo.InvariantCulture))
            .Append("</td><td class=n>").Append(Count(d.Errors)).Append("</td><td class=n>").Append(Count(d.Warnings)).Append("</td><td class=n>")
            .Append(Count(d.Wording)).Append("</td><td class=n>").Append(Count(d.Infos)).Append("</td><td class=n>").Append(Count(d.Document.Diagnostics.Count)).Append("</td></tr>");

    public static string Document(ReportDocument report, IReadOnlyDictionary<string, string> tableFiles, ScanImages scans)
    {
        var document = report.Document;
        var html = Open(report.Path);
        html.Append("<p><a href=\"index.html\">← 返回目录 index</a></p>");
        html.Append("<h1>").Append(Encode(document.Department?.Name ?? report.Path)).Append(' ')
            .Append(document.FiscalYear?.ToString(CultureInfo.InvariantCulture) ?? "").Append(' ').Append(Phase(document.Phase)).Append("</h1>");
        html.Append("<p>").Append(Encode(report.Path)).Append(CultureInfo.InvariantCulture, $" · {document.Source.Pages} 页 pages · 金额单位 unit: {Unit(document.Unit)}</p>");
        html.Append(ReportCharts.Spending(document));

        html.Append(CultureInfo.InvariantCulture, $"<h2>审阅发现 Findings ({report.Findings.Count - report.Wording})</h2>");
        foreach (var (finding, index) in report.Findings.Select((f, i) => (f, i)))
        {
            // The wording and presentation warnings follow the figures' findings under their own heading.
            if (index == report.Findings.Count - report.Wording)
                html.Append(CultureInfo.InvariantCulture, $"<h2 id=\"wording\">文字与版式 Wording and presentation ({report.Wording})</h2>");
            string severity = finding.Severity.ToString().ToLowerInvariant();
            var page = report.PageOf(finding);
            html.Append("<div class=\"card ").Append(severity).Append("\" id=\"finding-").Append(index.ToString(CultureInfo.InvariantCulture)).Append('"');
            if (page is not null)
                html.Append(CultureInfo.InvariantCulture, $" onclick=\"show('finding-{index}','page-{page.Value}')\"");
            html.Append("><b>").Append(Encode(RuleCatalogue.NameZhOf(finding.Rule))).Append("</b> <code>").Append(Encode(finding.Rule)).Append("</code> · ").Append(severity);
            html.Append("<p>").Append(Encode(finding.MessageZh.Length > 0 ? finding.MessageZh : finding.Message)).Append("</p>");
            // A wording warning has no figures; amounts are told in the unit the document prints, rates in %.
            if (finding.Expected is not null || finding.Actual is not null)
            {
                var figure = Figures(finding, document.Unit);
                html.Append("<p class=figures>应为 expected ").Append(figure(finding.Expected)).Append(" · 印为 printed ").Append(figure(finding.Actual))
                    .Append(" · 相差 difference ").Append(figure(finding.Difference)).Append(" · 容差 tolerance ").Append(figure(finding.Tolerance)).Append("</p>");
            }
            foreach (var quote in finding.Refs.Where(r => r.Quote is not null))
                html.Append(CultureInfo.InvariantCulture, $"<p>第{quote.Page}页 p{quote.Page}: <mark>").Append(Encode(quote.Quote!)).Append("</mark></p>");
            html.Append("<details><summary>English</summary>").Append(Encode(finding.Message)).Append("</details></div>");
        }

        html.Append("<h2>页面 Pages</h2><p>红框：印错的数字 flagged figure；蓝框：据以计算的数字 figures it was computed from；点击审阅发现后加粗 the clicked finding's boxes are drawn bold.</p>");
        foreach (var page in report.Pages)
        {
            var scan = report.OcrPages.ContainsKey(page) ? scans.Of(report.Document, page) : null;
            html.Append("<h3 id=\"page-").Append(page.ToString(CultureInfo.InvariantCulture)).Append("\">第").Append(page.ToString(CultureInfo.InvariantCulture))
                .Append("页 page ").Append(page.ToString(CultureInfo.InvariantCulture)).Append("</h3>");
            if (report.OcrPages.ContainsKey(page))
                html.Append(scan is not null ? "<p>扫描页，框为OCR识别位置 A scanned page, outlined where OCR read the figures.</p>"
                    : "<p>扫描页，按OCR识别结果绘制（运行 report 时以 --pdfs 指定原文件目录可显示扫描图像） A scanned page drawn from what OCR read (give --pdfs with the folders the run read to show the scan).</p>");
            html.Append(PagePicture.Svg(report, page, scan));
        }

        html.Append("<h2>表格 Tables</h2>");
        foreach (var table in document.Tables)
        {
            html.Append("<h3>").Append(Encode(table.Id)).Append(' ').Append(Encode(table.Title)).Append(" <small>").Append(Encode(table.Type)).Append("</small>");
            if (tableFiles.TryGetValue(table.Id, out var csv)) html.Append(" <a href=\"").Append(Encode(csv)).Append("\" download>CSV</a>");
            html.Append("</h3><table>");
            foreach (var row in table.Header)
                html.Append("<tr>").Append(string.Concat(row.Select(c => "<th>" + Encode(c) + "</th>"))).Append("</tr>");
            var items = report.ItemsByCell(table.Id);
            foreach (var (row, r) in table.Rows.Select((row, r) => (row, r)))
            {
                html.Append("<tr>");
                foreach (var (cell, c) in row.Select((cell, c) => (cell, c)))
                {
                    html.Append(cell.Value is null ? "<td" : "<td class=n");
                    if (items.TryGetValue((r, c), out var item))
                        html.Append(" title=\"").Append(Encode($"{item.Code} {item.Name} · {item.Measure}")).Append('"');
                    html.Append('>').Append(Encode(cell.Text)).Append("</td>");
                }
                html.Append("</tr>");
            }
            html.Append("</table>");
        }
        // A card shows its own boxes: drawn bold, the first scrolled to (else its page's heading).
        html.Append("""
            <script>
            function show(finding,page){for(const r of document.querySelectorAll('rect.active'))r.classList.remove('active');
            const boxes=document.querySelectorAll('rect[data-finding="'+finding+'"]');for(const r of boxes)r.classList.add('active');
            (boxes[0]||document.getElementById(page)).scrollIntoView({block:'center'});location.hash=page}
            </script>
            """);
        return Close(html);
    }

    /// <summary>
    /// How a finding's figures are told: a rate in %, a multiple in 倍, a count bare, an amount in the unit the document prints (万元 or
    /// 元). A finding written before findings said what their figures are takes its rule's kind of quantity.
    /// </summary>
    private static Func<decimal?, string> Figures(Finding finding, MoneyUnit? unit)
    {
        var figures = finding.Figures ?? (RuleCatalogue.Contains(finding.Rule) && RuleCatalogue.Of(finding.Rule).Quantity == RuleCatalogue.Rates
            ? FindingFigures.Rates : FindingFigures.Amounts);
        bool rate = figures == FindingFigures.Rates, money = figures is FindingFigures.Amounts or FindingFigures.ActualAgainstBudget;
        decimal perUnit = unit is { } known && money ? known.YuanPerUnit() : 1m;
        string suffix = rate ? "%" : figures == FindingFigures.Multiples ? "倍" : !money ? "" : unit is { } printed ? Captions.Printed(printed) : "元";
        return value => value is { } v ? (v / perUnit).ToString("#,0.######", CultureInfo.InvariantCulture) + suffix : "–";
    }

    public static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static StringBuilder Open(string title) =>
        new StringBuilder("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>").Append(Encode(title))
            .Append("</title><style>").Append(Style).Append("</style></head><body>");

    private static string Close(StringBuilder html) => html.Append("</body></html>").ToString();

    private static string Phase(BudgetPhase? phase) => phase switch
    {
        BudgetPhase.Budget => "预算 budget",
        BudgetPhase.FinalAccounts => "决算 final accounts",
        _ => "",
    };

    private static string Unit(MoneyUnit? unit) => unit is { } known ? Captions.Printed(known) : "?";

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
