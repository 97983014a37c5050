using Extractor.Layout;
using Extractor.Model;

namespace Extractor.Validation;

/// <summary>
/// Findings on figures that were not read from an intact text layer are not presented as certain. In a file read
/// only with repairs (a rebuilt cross-reference table or trailer, pages whose text could not be read) every error
/// becomes a warning: a difference may be the damage rather than the publisher's. On pages read by OCR an error
/// becomes a warning (<see cref="Finding.OcrUncertain"/>, naming why) when one of its values was read less surely
/// than <see cref="OcrReading.ConfidentAt"/>, or when it lies in a table read by OCR that fails more than
/// <see cref="MostErrorsOfAReadTable"/> checks of its own: OCR misses rows and shifts columns while reading their
/// digits surely, and such a table breaks many sums at once where a printed inconsistency breaks one; or in a table
/// read by OCR with a cell of its amount columns that holds digits but was not read as a figure (a sum leaves it
/// out); or where the printed figure and the expected one differ as OCR misreads a figure surely
/// (<see cref="MisreadShapes"/>). A difference between figures read surely in a table that otherwise adds up is the publisher's and stays
/// an error. A difference within rounding (info) among figures OCR read is a warning too.
/// </summary>
public static class UncertainReading
{
    /// <summary>How many errors of its own a table read by OCR may have and still be taken as read in its structure.</summary>
    public const int MostErrorsOfAReadTable = 1;

    /// <summary>The diagnostic codes of a file read only with repairs.</summary>
    private static readonly HashSet<string> RepairCodes =
        [DiagnosticCodes.RepairedPdf, DiagnosticCodes.DamagedPdf, DiagnosticCodes.NoTextOnPage, DiagnosticCodes.UnreadablePage, DiagnosticCodes.UndecodableText];

    /// <param name="findings">The document's findings.</param>
    /// <param name="diagnostics">The document's diagnostics (repairs).</param>
    /// <param name="tables">The document's tables: an OCR'd table with a cell of its amount columns not read as a figure
    /// (<see cref="UnreadFigures"/>) leaves its sums uncertain.</param>
    public static IReadOnlyList<Finding> Qualify(IReadOnlyList<Finding> findings, IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<Table>? tables = null)
    {
        if (diagnostics.Any(d => RepairCodes.Contains(d.Code) && d.Severity != DiagnosticSeverity.Fatal))
            return [.. findings.Select(f => f.Severity == FindingSeverity.Error
                ? f with
                {
                    Severity = FindingSeverity.Warning,
                    Message = $"{f.Message} (the file needed repair to be read: check on the page)",
                    MessageZh = $"{f.MessageZh}（文件经修复后读取，请核对原页）",
                }
                : f)];
        var misreadTables = MisreadTables(findings);
        // Only the tables an OCR'd figure of a finding lies in: a document read from its text layer has none to scan.
        var ocrTables = findings.SelectMany(f => f.Refs).Where(r => r.Reading is not null).Select(r => r.TableId).ToHashSet();
        var unreadFigures = UnreadFigures([.. (tables ?? []).Where(t => ocrTables.Contains(t.Id))]);
        return [.. findings.Select(f => f.Severity == FindingSeverity.Info && f.Refs.FirstOrDefault(r => r.Reading is not null) is { } read ? WithinRounding(f, read)
            : f.Severity != FindingSeverity.Error ? f
            : LeastSure(f) is { } unsure ? UnsureFigure(f, unsure)
            : f.Refs.Any(r => r.Reading is not null) && f is { Actual: { } actual, Expected: { } expected } && MisreadShapes.Explain(actual, expected)
                ? MisreadShape(f)
            : f.Refs.FirstOrDefault(r => r.Reading is not null && misreadTables.ContainsKey(r.TableId ?? "")) is { } inTable
                ? UnsureTable(f, inTable, misreadTables[inTable.TableId!])
            : f.Refs.FirstOrDefault(r => r.Reading is not null && unreadFigures.ContainsKey(r.TableId ?? "")) is { } besideUnread
                ? UnreadFigure(f, besideUnread, unreadFigures[besideUnread.TableId!])
                : f)];
    }

    /// <summary>
    /// For each table, the first cell of its amount columns that holds digits but was not read as a figure ("缴费 155.96",
    /// a label's end OCR put in the amount column; "224." for 1.21), or Latin letters only, a figure OCR read as a word
    /// ("are" for 11.74 at 110 dpi), or nothing in a coded row of a column that prints figures in most such rows (11.74
    /// of 30213 lost to OCR at 110 dpi, read as blank): a sum over its rows leaves that figure out, so in a table read
    /// by OCR a difference may be the reading's. A table with no such cell is not listed.
    /// </summary>
    private static Dictionary<string, UnreadCell> UnreadFigures(IReadOnlyList<Table> tables) =>
        tables.Select(t => (t.Id, Cell: Unread(t)))
            .Where(t => t.Cell is not null)
            .ToDictionary(t => t.Id, t => t.Cell!, StringComparer.Ordinal);

    /// <summary>A cell of an amount column not read as a figure, and the label of its row.</summary>
    private sealed record UnreadCell(Cell Cell, string Row);

    /// <summary>The share of a column's coded rows that print a figure for a blank among them to be a figure lost.</summary>
    private const double MostCodedRows = 0.75;

    private static UnreadCell? Unread(Table table)
    {
        static string Label(IReadOnlyList<Cell> row, Table t) =>
            string.Join(" ", row.Where((cell, c) => c >= t.Columns.Count || t.Columns[c] is null).Select(cell => cell.Text.Trim()).Where(x => x.Length > 0));
        // A blank may have been read as zero (a table printing its zeros blank): it is blank all the same.
        static bool Blank(Cell cell) => cell.Text.Trim().Length == 0;
        var coded = table.Rows.Where(row => Label(row, table) is { Length: > 0 } label && char.IsAsciiDigit(label[0])).ToHashSet();
        for (int c = 0; c < table.Columns.Count; c++)
        {
            if (table.Columns[c] is null) continue;
            int column = c;
            bool printsFigures = coded.Count > 0 && coded.Count(row => column < row.Count && row[column].Value is not null && !Blank(row[column])) >= MostCodedRows * coded.Count;
            foreach (var row in table.Rows)
            {
                if (column >= row.Count) continue;
                var cell = row[column];
                bool misread = cell.Value is null && (cell.Text.Any(char.IsAsciiDigit) || (cell.Text.Any(char.IsAsciiLetter) && !CjkText.HasIdeograph(cell.Text)));
                bool lost = printsFigures && Blank(cell) && coded.Contains(row);
                if (misread || lost) return new UnreadCell(cell, Label(row, table));
            }
        }
        return null;
    }

    /// <summary>The value of the finding read least surely by OCR, when it was read below <see cref="OcrReading.ConfidentAt"/>.</summary>
    private static FindingRef? LeastSure(Finding finding) =>
        finding.Refs.Where(r => r.Reading is { Confidence: < OcrReading.ConfidentAt }).MinBy(r => r.Reading!.Confidence);

    /// <summary>
    /// The tables read by OCR with more than <see cref="MostErrorsOfAReadTable"/> errors of their own (every value of
    /// the finding in that one table), and how many they have.
    /// </summary>
    private static Dictionary<string, int> MisreadTables(IReadOnlyList<Finding> findings) =>
        findings.Where(f => f.Severity == FindingSeverity.Error && f.Refs.Count > 0 && f.Refs.Any(r => r.Reading is not null)
                && f.Refs.All(r => r.TableId is not null && r.TableId == f.Refs[0].TableId))
            .GroupBy(f => f.Refs[0].TableId!, StringComparer.Ordinal)
            .Where(g => g.Count() > MostErrorsOfAReadTable)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    private static Finding UnsureFigure(Finding finding, FindingRef unsure)
    {
        int others = finding.Refs.Count(r => r.Reading is { Confidence: < OcrReading.ConfidentAt }) - 1;
        string more = others > 0 ? $" and {others} more" : "", moreZh = others > 0 ? $"等{others + 1}处" : "";
        int confidence = unsure.Reading!.Confidence;
        return Uncertain(finding, $"{Figure(unsure)}{more} read by OCR with confidence {confidence}, below {OcrReading.ConfidentAt}: check it on the page",
            $"{FigureZh(unsure)}{moreZh}经OCR识别，置信度{confidence}低于{OcrReading.ConfidentAt}，请核对原页");
    }

    private static Finding MisreadShape(Finding finding) =>
        Uncertain(finding, "a figure of it was read by OCR, and the printed and the expected figure differ as OCR misreads one (a leading digit lost or added, a decimal point lost): check it on the page",
            "所涉数字经OCR识别，印数与应有数之差形同识别错误（首位数字漏读或多读、小数点漏读），请核对原页");

    private static Finding UnsureTable(Finding finding, FindingRef inTable, int errors) =>
        Uncertain(finding, $"table {inTable.TableId} on page {inTable.Page}, read by OCR, fails {errors} of its checks: its rows or columns may be misread; check it on the page",
            $"第{inTable.Page}页表格经OCR识别，有{errors}处不合，行列可能识别有误，请核对原页");

    private static Finding UnreadFigure(Finding finding, FindingRef inTable, UnreadCell unread)
    {
        int page = unread.Cell.Bbox?.Page ?? inTable.Page ?? 0;
        string text = unread.Cell.Text.Trim();
        return text.Length == 0
            ? Uncertain(finding, $"table {inTable.TableId}, read by OCR, has a figure left blank in row 「{unread.Row}」 on page {page}: OCR may have lost it, and its sums leave it out; check it on the page",
                $"第{page}页表格经OCR识别，“{unread.Row}”行有数字未能识别（读为空白），合计可能漏计，请核对原页")
            : Uncertain(finding, $"table {inTable.TableId}, read by OCR, has a cell not read as a figure (「{unread.Cell.Text}」 on page {page}): its sums may leave a figure out; check it on the page",
                $"第{page}页表格经OCR识别，有单元格“{unread.Cell.Text}”未能读为数字，合计可能漏计，请核对原页");
    }

    /// <summary>
    /// A difference within the rounding of figures OCR read is no sign of the publisher's rounding: a last digit read
    /// wrong, surely (1.21 read 1.24 at 84), reads so too (scan02 at 300 dpi: four column totals of one unit).
    /// </summary>
    private static Finding WithinRounding(Finding finding, FindingRef read) =>
        Uncertain(finding, $"{Figure(read)} and the others of this sum were read by OCR: a difference this small may be a misread last digit; check it on the page",
            $"{FigureZh(read)}等经OCR识别，差额在尾数范围内，可能是尾数识别有误，请核对原页");

    private static Finding Uncertain(Finding finding, string why, string whyZh) => finding with
    {
        Severity = FindingSeverity.Warning,
        Uncertainty = Finding.OcrUncertain,
        Message = $"{finding.Message} ({Finding.OcrUncertain}: {why})",
        MessageZh = $"{finding.MessageZh}（{whyZh}）",
    };

    private static string Figure(FindingRef where) => where.Quote is { } quote
        ? $"the figure of 「{quote}」 on page {where.Page}"
        : $"{where.RowLabel}{(where.Code is null ? "" : $" ({where.Code})")} {where.Measure} in {where.TableId} on page {where.Page}{(where.File is null ? "" : $" of {where.File}")}";

    private static string FigureZh(FindingRef where) => where.Quote is { } quote
        ? $"第{where.Page}页“{quote}”中的数字"
        : $"{ChineseMessage.InFile(where.File)}第{where.Page}页“{where.RowLabel}”{(where.Code is null ? "" : $"（{where.Code}）")}的数字";
}
