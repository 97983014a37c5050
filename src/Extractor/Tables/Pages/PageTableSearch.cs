using Extractor.Layout;

namespace Extractor.Tables.Pages;

/// <summary>
/// What the table engine saw on one page and what it made of it: the page as the layout read it, the tables
/// found, the rules the engine read that the page does not draw, and the areas it was asked to read. The
/// tables are what a run returns; the rest is kept so that a drawing can show why (<c>tables --debug</c>).
/// </summary>
/// <param name="Page">The page as the layout read it: its text lines and the ruling lines it collected.</param>
/// <param name="Tables">The tables found on the page, top to bottom.</param>
public sealed record PageTableSearch(PageLayout Page, IReadOnlyList<PageTable> Tables)
{
    /// <summary>
    /// Rules the engine read that the page does not draw: those it drew itself down the gutters of unruled
    /// columns and between unruled rows of a ruled table (<see cref="UnruledColumns"/>, <see cref="UnruledRows"/>),
    /// or those a user's request implies (column separators read as rules, the sides of an area closing a grid,
    /// rulings given instead of the page's).
    /// </summary>
    public IReadOnlyList<RulingLine> AddedRules { get; init; } = [];

    /// <summary>The areas of the page a user asked to read; none when the whole page was searched.</summary>
    public IReadOnlyList<Box> Areas { get; init; } = [];
}
