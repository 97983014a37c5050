using DocumentFormat.OpenXml.Spreadsheet;

namespace Extractor.Export.Xlsx;

/// <summary>
/// The cell formats of a workbook, by index: headings, text, whole numbers, and a format per number of decimals
/// shown, made as the sheets ask for them and written into the workbook's stylesheet last.
/// </summary>
internal sealed class WorkbookStyles
{
    /// <summary>A heading: bold text.</summary>
    public const uint Heading = 1;

    /// <summary>Text, formatted as text (<c>@</c>) so a code typed over in Excel stays text too.</summary>
    public const uint Text = 2;

    /// <summary>A whole number without thousands separators: a year, a page.</summary>
    public const uint Integer = 3;

    /// <summary>Excel's own number formats: the first of a workbook's own is 164.</summary>
    private const uint TextFormat = 49, IntegerFormat = 1, FirstOwnFormat = 164;

    /// <summary>The format index of each number of decimals asked for, in the order asked.</summary>
    private readonly Dictionary<int, uint> decimals = [];

    /// <summary>The format of an amount shown with thousands separators and so many decimals (<c>#,##0.00</c> for two).</summary>
    public uint Decimal(int places)
    {
        if (!decimals.TryGetValue(places, out var index))
            decimals[places] = index = Integer + 1 + (uint)decimals.Count;
        return index;
    }

    /// <summary>The number format code shown for so many decimals.</summary>
    public static string DecimalFormat(int places) => places == 0 ? "#,##0" : "#,##0." + new string('0', places);

    public Stylesheet Stylesheet()
    {
        var ordered = decimals.OrderBy(d => d.Value).Select(d => d.Key).ToList();
        var stylesheet = new Stylesheet();
        if (ordered.Count > 0)
            stylesheet.Append(new NumberingFormats(ordered.Select((places, i) =>
                new NumberingFormat { NumberFormatId = FirstOwnFormat + (uint)i, FormatCode = DecimalFormat(places) })) { Count = (uint)ordered.Count });
        stylesheet.Append(
            new Fonts(Font(bold: false), Font(bold: true)) { Count = 2 },
            // Excel wants the first two fills to be these, whatever the cells use.
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border()) { Count = 1 },
            new CellStyleFormats(new CellFormat()) { Count = 1 });
        var formats = new List<CellFormat>
        {
            new(),
            new() { FontId = 1, NumberFormatId = TextFormat, ApplyFont = true, ApplyNumberFormat = true },
            new() { NumberFormatId = TextFormat, ApplyNumberFormat = true },
            new() { NumberFormatId = IntegerFormat, ApplyNumberFormat = true },
        };
        formats.AddRange(ordered.Select((_, i) => new CellFormat { NumberFormatId = FirstOwnFormat + (uint)i, ApplyNumberFormat = true }));
        stylesheet.Append(new CellFormats(formats) { Count = (uint)formats.Count },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
        return stylesheet;
    }

    private static Font Font(bool bold)
    {
        var font = new Font();
        if (bold) font.Append(new Bold());
        font.Append(new FontSize { Val = 11 }, new FontName { Val = "Calibri" });
        return font;
    }
}
