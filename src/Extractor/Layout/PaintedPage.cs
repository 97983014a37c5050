namespace Extractor.Layout;

/// <summary>What a page's paths paint: its rules, and the filled areas that are no rules (bars, wedges, shading).</summary>
public sealed record PaintedPage(IReadOnlyList<RulingLine> Rules, IReadOnlyList<FilledArea> Fills);
