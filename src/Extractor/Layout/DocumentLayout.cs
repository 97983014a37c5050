using Extractor.Model;

namespace Extractor.Layout;

/// <summary>The layout of every readable page of a document, and what could not be read.</summary>
public sealed record DocumentLayout(IReadOnlyList<PageLayout> Pages, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>All text lines of the document, in page order.</summary>
    public IEnumerable<(int Page, TextLine Line)> AllLines =>
        Pages.SelectMany(p => p.Lines.Select(line => (p.Number, line)));
}
