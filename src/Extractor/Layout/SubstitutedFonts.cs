using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace Extractor.Layout;

/// <summary>
/// The fonts of a document whose glyph outlines PdfPig takes from the machine it runs on. A TrueType font that
/// the file names without embedding its program (Times New Roman, Arial) is looked up among the host's installed
/// fonts: the real one, a metric-compatible substitute (Liberation Serif), or none, when PdfPig falls back to the
/// descriptor's font box. Its letters' boxes therefore change with what the host has installed, and a run on
/// another machine, or after a font package came or went, wrote other boxes for the same file.
/// </summary>
public sealed class SubstitutedFonts(PdfDocument pdf)
{
    /// <summary>Whether each font dictionary met so far is substituted, by its object.</summary>
    private readonly Dictionary<IndirectReference, bool> substitutedByFont = [];

    /// <summary>
    /// Whether the letter's outline comes from a host font. A font dictionary written inline in the page's
    /// resources has no object to look up; PdfPig's own answer stands for it.
    /// </summary>
    public bool Holds(Letter letter)
    {
        if (letter.FontDetails?.FontDictionaryReference is not { } reference) return false;
        if (!substitutedByFont.TryGetValue(reference, out bool substituted))
            substitutedByFont[reference] = substituted = IsUnembeddedTrueType(reference);
        return substituted;
    }

    /// <summary>
    /// A TrueType font dictionary whose descriptor carries no font program, or that has no descriptor at all (a
    /// standard font named as TrueType): PdfPig looks either up on the host.
    /// </summary>
    private bool IsUnembeddedTrueType(IndirectReference reference)
    {
        var scanner = pdf.Structure.TokenScanner;
        try
        {
            if (pdf.Structure.GetObject(reference)?.Data is not DictionaryToken font
                || !font.TryGet(NameToken.Subtype, scanner, out NameToken? subtype) || subtype != NameToken.TrueType)
                return false;
            return !font.TryGet(NameToken.FontDescriptor, scanner, out DictionaryToken? descriptor)
                || !(descriptor.ContainsKey(NameToken.FontFile) || descriptor.ContainsKey(NameToken.FontFile2) || descriptor.ContainsKey(NameToken.FontFile3));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A damaged dictionary that PdfPig's lenient reading got past must not cost the page its text.
            return false;
        }
    }
}
