using Extractor.Ingest;
using Extractor.Model;
using Extractor.Layout.Ocr;
using UglyToad.PdfPig.Content;

namespace Extractor.Layout;

/// <summary>
/// The layout stage: reads every page's letters and paths into glyphs, text lines and ruling lines, and
/// reports pages that cannot be read or whose text cannot be decoded (image-only scans, fonts without a
/// Unicode mapping).
/// </summary>
public sealed class LayoutReader(OcrMode ocr = OcrMode.Off)
{
    /// <summary>A page with fewer letters than this holds no body text (a blank page or a scan).</summary>
    internal const int MinLettersForText = 10;

    /// <summary>Above this share of undecodable letters the page's text is garbage.</summary>
    private const double MaxUndecodableShare = 0.3;

    /// <param name="document">The opened document.</param>
    /// <param name="cancellation">Stops between pages.</param>
    /// <param name="only">The pages to read (1-based); all when null.</param>
    public DocumentLayout Read(IngestedDocument document, CancellationToken cancellation = default, IReadOnlySet<int>? only = null)
    {
        var pages = new List<PageLayout>();
        var diagnostics = new List<Diagnostic>();
        int undecodablePages = 0;
        using var reader = new OcrReader(ocr, document.Bytes, diagnostics);
        var substitutedFonts = new SubstitutedFonts(document.Pdf);
        for (int number = 1; number <= document.Source.Pages; number++)
        {
            cancellation.ThrowIfCancellationRequested();
            if (only is not null && !only.Contains(number)) continue;
            Page page;
            try
            {
                page = document.Pdf.GetPage(number);
            }
            catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
            {
                diagnostics.Add(PageDiagnostic(number, DiagnosticSeverity.Error, DiagnosticCodes.UnreadablePage,
                    $"page {number} cannot be read: {e.Message.Split('\n')[0]}"));
                continue;
            }
            var layout = ReadPage(page, number, substitutedFonts, diagnostics);
            if (layout.Glyphs.Count > 0 && UndecodableShare(layout.Glyphs) > MaxUndecodableShare)
            {
                undecodablePages++;
                diagnostics.Add(PageDiagnostic(number, DiagnosticSeverity.Error, DiagnosticCodes.UndecodableText,
                    $"page {number}: the text cannot be decoded (fonts without a Unicode mapping); only OCR could read it"));
                layout = layout with { Glyphs = [], Lines = [] };
            }
            if (reader.Wants(layout, page)) layout = reader.Read(layout, cancellation) ?? layout;
            pages.Add(layout);
        }
        int textPages = pages.Count(p => p.Glyphs.Count(g => !g.IsWhitespace) >= MinLettersForText);
        if (textPages == 0 && undecodablePages == 0 && pages.Count > 0)
            diagnostics.Add(new Diagnostic
            {
                Stage = PipelineStages.Layout,
                Severity = DiagnosticSeverity.Error,
                Code = DiagnosticCodes.NoTextLayer,
                Message = $"no text layer: none of the {pages.Count} pages carries text (an image-only scan); OCR is needed",
            });
        return new DocumentLayout(RunningLines.Removed(pages), diagnostics);
    }

    private static PageLayout ReadPage(Page page, int number, SubstitutedFonts substitutedFonts, List<Diagnostic> diagnostics)
    {
        double height = page.Height;
        IReadOnlyList<Glyph> glyphs = [];
        IReadOnlyList<RulingLine> rulings = [];
        IReadOnlyList<FilledArea> fills = [];
        var turn = PageTurn.Of(page);
        if (turn.IsTurned)
            diagnostics.Add(PageDiagnostic(number, DiagnosticSeverity.Info, DiagnosticCodes.TurnedPage,
                $"page {number}: its text runs {(turn.QuarterTurns == 2 ? "upside down" : turn.QuarterTurns == 1 ? "up the page" : "down the page")}; " +
                $"read turned {turn.QuarterTurns * 90}° clockwise, and its positions are those of the turned page ({turn.Width:0} × {turn.Height:0} pt)"));
        try
        {
            var badFonts = new SortedSet<string>(StringComparer.Ordinal);
            // Text drawn outside the page is invisible to a reader (hidden rows of an office export): left out.
            var onPage = new Box(0, 0, turn.Width, turn.Height);
            var letters = page.Letters;
            var read = new List<Glyph>(letters.Count);
            foreach (var letter in letters)
            {
                // Every letter is made a glyph, off the page too: its font's boxes are checked all the same.
                var glyph = ToGlyph(letter, height, turn, substitutedFonts, badFonts);
                if (onPage.Contains(glyph.Box.CenterX, glyph.Box.CenterY)) read.Add(glyph);
            }
            glyphs = OverprintFilter.RemoveDuplicates(read);
            if (badFonts.Count > 0)
                diagnostics.Add(PageDiagnostic(number, DiagnosticSeverity.Warning, DiagnosticCodes.MissingFont,
                    $"page {number}: implausible glyph boxes for {string.Join(", ", badFonts)}: the font's metrics are damaged " +
                    "or missing; nominal boxes were used"));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            diagnostics.Add(PageDiagnostic(number, DiagnosticSeverity.Error, DiagnosticCodes.UnreadablePage,
                $"page {number}: its text cannot be read: {e.Message.Split('\n')[0]}"));
        }
        try
        {
            var painted = RulingCollector.Collect(page.Paths, height);
            rulings = painted.Rules.Select(turn.Map).ToList();
            fills = painted.Fills.Select(turn.Map).ToList();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            diagnostics.Add(PageDiagnostic(number, DiagnosticSeverity.Warning, DiagnosticCodes.UnreadablePage,
                $"page {number}: its drawings cannot be read: {e.Message.Split('\n')[0]}"));
        }
        if (glyphs.Count == 0 && ShowsText(page))
            diagnostics.Add(PageDiagnostic(number, DiagnosticSeverity.Warning, DiagnosticCodes.NoTextOnPage,
                $"page {number}: its content shows text but no letter could be read (a damaged font or content stream)"));
        return new PageLayout(number, turn.Width, turn.Height, glyphs, TextLineBuilder.Build(glyphs), rulings)
        {
            Fills = fills,
            Blank = glyphs.Count == 0 && rulings.Count == 0 && PrintsNothing(page),
            Unrendered = PageLayout.UnrenderedOf(glyphs),
        };
    }

    /// <summary>Whether the page draws no path and shows no image (asked only of a page without letters).</summary>
    private static bool PrintsNothing(Page page)
    {
        try
        {
            return page.Paths.Count == 0 && !page.GetImages().Any() && !ShowsText(page);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return false;
        }
    }

    /// <summary>Whether the page's content stream has text-showing operators (Tj, TJ, ', ").</summary>
    private static bool ShowsText(Page page)
    {
        try
        {
            return page.Operations.Any(op => op.GetType().Namespace?.EndsWith(".TextShowing", StringComparison.Ordinal) == true);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return false;
        }
    }

    private static Glyph ToGlyph(Letter letter, double pageHeight, PageTurn turn, SubstitutedFonts substitutedFonts, ISet<string> badFonts)
    {
        (double X, double Y) OnPage(UglyToad.PdfPig.Core.PdfPoint p) => turn.Map(p.X, pageHeight - p.Y);
        var (startX, baseline) = OnPage(letter.StartBaseLine);
        var (endX, endY) = OnPage(letter.EndBaseLine);
        var direction = PageTurn.DirectionOf(endX - startX, baseline - endY) ?? TextDirection.Right;
        // The outline of a font the file does not carry is the host's substitute (SubstitutedFonts): its letters get
        // the box their advance and size imply, so that every machine writes the same boxes for the same file.
        // A letter without a point size (0) takes its box's height where it has a box, else one point.
        double? pointSize = letter.PointSize > 0 ? letter.PointSize : null;
        var box = substitutedFonts.Holds(letter)
            ? AdvanceBox(startX, baseline, endX, endY, pointSize ?? 1, direction)
            : InkBox(letter.BoundingBox, OnPage);
        double size = pointSize ?? Math.Max(1, box.Height);
        // Some fonts report no advance; fall back to the letter's box.
        if (endX <= startX) (startX, endX) = (box.Left, box.Right);
        // Without the font's real metrics a glyph box can span the page: use the box the advance and the
        // point size imply instead, so the letter still lands in its cell.
        bool implausible = !letter.Value.All(char.IsWhiteSpace)
            && (box.Height > MaxBoxHeightEm * size || box.Width > MaxBoxWidthEm * Math.Max(size, endX - startX));
        if (implausible)
        {
            badFonts.Add(letter.FontName ?? "an unnamed font");
            box = AdvanceBox(startX, baseline, endX, endY, size, direction);
        }
        return new Glyph(CjkText.UnifyRadicals(letter.Value), box, baseline, startX, endX, size, letter.FontName ?? "", direction);
    }

    /// <summary>The letter's box as its font draws it, on the (turned) page.</summary>
    private static Box InkBox(UglyToad.PdfPig.Core.PdfRectangle r, Func<UglyToad.PdfPig.Core.PdfPoint, (double X, double Y)> onPage)
    {
        var (a, b) = (onPage(r.BottomLeft), onPage(r.TopRight));
        var (c, d) = (onPage(r.TopLeft), onPage(r.BottomRight));
        return new Box(Math.Min(Math.Min(a.X, b.X), Math.Min(c.X, d.X)), Math.Min(Math.Min(a.Y, b.Y), Math.Min(c.Y, d.Y)),
            Math.Max(Math.Max(a.X, b.X), Math.Max(c.X, d.X)), Math.Max(Math.Max(a.Y, b.Y), Math.Max(c.Y, d.Y)));
    }

    /// <summary>
    /// The box a letter's advance and point size imply, without its font's outline: along the way its baseline
    /// runs, from the pen's start to its end (at least <see cref="MinAdvance"/>); across it, from
    /// <see cref="DescentEm"/> below the baseline to <see cref="AscentEm"/> above.
    /// </summary>
    private static Box AdvanceBox(double startX, double baseline, double endX, double endY, double size, TextDirection direction) => direction switch
    {
        TextDirection.Up => new(startX - AscentEm * size, Math.Min(endY, baseline - MinAdvance), startX + DescentEm * size, baseline),
        TextDirection.Down => new(startX - DescentEm * size, baseline, startX + AscentEm * size, Math.Max(endY, baseline + MinAdvance)),
        TextDirection.Left => new(Math.Min(endX, startX - MinAdvance), baseline - DescentEm * size, startX, baseline + AscentEm * size),
        _ => new(startX, baseline - AscentEm * size, Math.Max(endX, startX + MinAdvance), baseline + DescentEm * size),
    };

    private const double AscentEm = 0.8, DescentEm = 0.2, MinAdvance = 0.1;

    /// <summary>A glyph box taller than this many ems, or wider than this many advances, is not a real one.</summary>
    private const double MaxBoxHeightEm = 3;

    private const double MaxBoxWidthEm = 4;

    private static double UndecodableShare(IReadOnlyList<Glyph> glyphs)
    {
        int bad = 0, total = 0;
        foreach (var glyph in glyphs)
        {
            if (glyph.IsWhitespace) continue;
            total++;
            if (PageLayout.IsUnrendered(glyph.First)) bad++;
        }
        return total == 0 ? 0 : (double)bad / total;
    }

    /// <summary>A layout diagnostic, on a page (or on the document when <paramref name="page"/> is null).</summary>
    internal static Diagnostic PageDiagnostic(int? page, DiagnosticSeverity severity, string code, string message) => new()
    {
        Stage = PipelineStages.Layout, Severity = severity, Code = code, Page = page, Message = message,
    };
}
