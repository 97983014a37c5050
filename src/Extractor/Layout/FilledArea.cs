namespace Extractor.Layout;

/// <summary>A painted area of the page that is no rule: its box (top-left coordinates), and whether curves bound it.</summary>
public sealed record FilledArea(Box Box, bool Curved);
