using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Extractor.Model;
using Cell = DocumentFormat.OpenXml.Spreadsheet.Cell;

namespace Extractor.Export.Xlsx;

/// <summary>
/// Writes an .xlsx workbook a sheet at a time. Rows stream into the file as they are read (cells hold their
/// text inline, not in a shared-string table), so memory stays bounded however large the dataset; only the
/// first rows are held, to size the columns, which the file lists before the rows.
/// </summary>
internal sealed class WorkbookWriter : IDisposable
{
    /// <summary>The rows read to size the columns.</summary>
    private const int SizingRows = 200;

    /// <summary>Column widths, in characters of the default font.</summary>
    private const double MinWidth = 6, MaxWidth = 50;

    /// <summary>The most characters a cell holds.</summary>
    private const int MaxCellText = 32_767;

    private readonly SpreadsheetDocument document;
    private readonly WorkbookPart workbook;
    private readonly WorkbookStyles styles = new();
    private readonly SheetNames names = new();
    private readonly List<Sheet> sheets = [];
    private readonly List<DefinedName> filters = [];

    public WorkbookWriter(string path)
    {
        document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        workbook = document.AddWorkbookPart();
    }

    /// <summary>Adds a sheet, named as asked as far as Excel allows (<see cref="SheetNames"/>).</summary>
    public void Add(SheetContent content)
    {
        string name = names.Claim(content.Name);
        var part = workbook.AddNewPart<WorksheetPart>();
        int rows = Write(part, content, selected: sheets.Count == 0, out int columns);
        if (content.Filtered && columns > 0)
        {
            int heading = content.HeadingRows - 1;
            filters.Add(new DefinedName($"'{name.Replace("'", "''")}'!{CellAddress.Absolute(heading, 0, rows - 1, columns - 1)}")
            {
                // Excel's name for a sheet's autofilter range, which it expects beside the filter itself.
                Name = "_xlnm._FilterDatabase",
                LocalSheetId = (uint)sheets.Count,
                Hidden = true,
            });
        }
        sheets.Add(new Sheet { Name = name, SheetId = (uint)sheets.Count + 1, Id = workbook.GetIdOfPart(part) });
    }

    /// <summary>Writes the workbook's sheet list and styles: call once every sheet is added.</summary>
    public void Complete()
    {
        workbook.Workbook = filters.Count > 0 ? new Workbook(new Sheets(sheets), new DefinedNames(filters)) : new Workbook(new Sheets(sheets));
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = styles.Stylesheet();
    }

    /// <returns>The rows written; <paramref name="columns"/> is the widest row's cell count.</returns>
    private int Write(WorksheetPart part, SheetContent content, bool selected, out int columns)
    {
        using var rows = content.Rows.GetEnumerator();
        var sample = new List<IReadOnlyList<object?>>();
        while (sample.Count < SizingRows && rows.MoveNext()) sample.Add(rows.Current);
        var widths = Widths(sample, content.Merged);

        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetViews(View(content.HeadingRows, selected)));
        if (widths.Count > 0)
            writer.WriteElement(new Columns(widths.Select((width, c) =>
                new Column { Min = (uint)c + 1, Max = (uint)c + 1, Width = width, CustomWidth = true })));
        writer.WriteStartElement(new SheetData());
        int written = 0;
        columns = 0;
        foreach (var row in sample.Concat(Rest(rows)))
        {
            writer.WriteStartElement(new Row { RowIndex = (uint)written + 1 });
            for (int c = 0; c < row.Count; c++)
                if (CellOf(row[c], written, c, heading: written < content.HeadingRows) is { } cell) writer.WriteElement(cell);
            writer.WriteEndElement();
            columns = Math.Max(columns, row.Count);
            written++;
        }
        writer.WriteEndElement();
        if (content.Filtered && columns > 0)
            writer.WriteElement(new AutoFilter { Reference = CellAddress.Range(content.HeadingRows - 1, 0, written - 1, columns - 1) });
        if (content.Merged.Count > 0)
            writer.WriteElement(new MergeCells(content.Merged.Select(m =>
                new MergeCell { Reference = CellAddress.Range(m.Row, m.Col, m.Row + m.RowSpan - 1, m.Col + m.ColSpan - 1) })) { Count = (uint)content.Merged.Count });
        writer.WriteEndElement();
        return written;
    }

    private static IEnumerable<T> Rest<T>(IEnumerator<T> rows)
    {
        while (rows.MoveNext()) yield return rows.Current;
    }

    /// <summary>The sheet's view: its heading rows frozen above the rest; only the first sheet is selected (two selected tabs are grouped).</summary>
    private static SheetView View(int headingRows, bool selected)
    {
        var view = new SheetView { TabSelected = selected, WorkbookViewId = 0 };
        if (headingRows == 0) return view;
        string first = CellAddress.Of(headingRows, 0);
        view.Append(
            new Pane { VerticalSplit = headingRows, TopLeftCell = first, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = first, SequenceOfReferences = new ListValue<StringValue> { InnerText = first } });
        return view;
    }

    private Cell? CellOf(object? value, int row, int column, bool heading) => value switch
    {
        null or "" => null,
        string text => new Cell
        {
            CellReference = CellAddress.Of(row, column),
            DataType = CellValues.InlineString,
            StyleIndex = heading ? WorkbookStyles.Heading : WorkbookStyles.Text,
            InlineString = new InlineString(TextOf(text)),
        },
        long number => new Cell
        {
            CellReference = CellAddress.Of(row, column),
            StyleIndex = WorkbookStyles.Integer,
            CellValue = new CellValue(number.ToString(CultureInfo.InvariantCulture)),
        },
        // The decimal's own text, digit for digit: Excel reads it as it reads any number typed in.
        decimal amount => new Cell
        {
            CellReference = CellAddress.Of(row, column),
            StyleIndex = styles.Decimal(PrintedPrecision.Decimals(amount)),
            CellValue = new CellValue(amount.ToString(CultureInfo.InvariantCulture)),
        },
        _ => throw new ArgumentException($"a cell holds text, a long or a decimal, not {value.GetType().Name}", nameof(value)),
    };

    /// <summary>
    /// Text as a cell holds it: a character XML cannot carry (a control character from a damaged PDF's text) is
    /// replaced by U+FFFD, and the text is cut at the most a cell holds.
    /// </summary>
    private static Text TextOf(string text)
    {
        var kept = new StringBuilder(Math.Min(text.Length, MaxCellText));
        for (int i = 0; i < text.Length && kept.Length < MaxCellText; i++)
        {
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                if (kept.Length + 2 > MaxCellText) break;
                kept.Append(text, i++, 2);
            }
            else kept.Append(XmlConvert.IsXmlChar(text[i]) ? text[i] : '\uFFFD');
        }
        var cell = new Text(kept.ToString());
        if (kept.Length > 0 && (char.IsWhiteSpace(kept[0]) || char.IsWhiteSpace(kept[^1]))) cell.Space = SpaceProcessingModeValues.Preserve;
        return cell;
    }

    /// <summary>
    /// Each column as wide as its widest value among the rows read, within bounds; a cell merged across columns
    /// sizes none of them.
    /// </summary>
    private static List<double> Widths(IReadOnlyList<IReadOnlyList<object?>> rows, IReadOnlyList<CellSpan> merged)
    {
        var shared = merged.Where(m => m.ColSpan > 1).Select(m => (m.Row, m.Col)).ToHashSet();
        var widths = new int[rows.Select(r => r.Count).DefaultIfEmpty(0).Max()];
        for (int r = 0; r < rows.Count; r++)
            for (int c = 0; c < rows[r].Count; c++)
                if (!shared.Contains((r, c))) widths[c] = Math.Max(widths[c], Shown(rows[r][c]));
        return [.. widths.Select(w => Math.Clamp(w + 2, MinWidth, MaxWidth))];
    }

    /// <summary>How many characters wide a value shows: an amount with its separators and decimals, text by its longest line.</summary>
    private static int Shown(object? value) => value switch
    {
        string text => text.Split('\n').Max(DisplayWidth),
        long number => number.ToString(CultureInfo.InvariantCulture).Length,
        decimal amount => amount.ToString(WorkbookStyles.DecimalFormat(PrintedPrecision.Decimals(amount)), CultureInfo.InvariantCulture).Length,
        _ => 0,
    };

    /// <summary>A line's width: a Chinese character (or any other of the wide scripts) takes two.</summary>
    private static int DisplayWidth(string line) => line.Sum(c => c >= '\u2E80' ? 2 : 1);

    public void Dispose() => document.Dispose();
}
