using Extractor.Layout;
using Extractor.Tables.Stream;
using Extractor.Tables;
using static Extractor.Tests.Tables.Stream.BuiltLines;

namespace Extractor.Tests.Tables;

/// <summary>Column boundaries of unruled rows found in their gutters, on small built rows.</summary>
public sealed class ColumnGuttersTests
{
    private static IReadOnlyList<double> Boundaries(params ChunkedLine[] rows) =>
        ColumnGutters.Boundaries([.. rows.Select(r => r.Line.Glyphs)], 40, 400);

    [Fact]
    public void Narrow_columns_of_counts_right_aligned_stay_apart()
    {
        // Columns 22 points apart, right-aligned at 200, 222, 244: each prints its widest count (18 points)
        // once, so four points separate a column's figures from the next column's widest.
        var boundaries = Boundaries(
            Line(100, (50, "North"), RightAt(200, "12"), RightAt(222, "7"), RightAt(244, "105")),
            Line(116, (50, "East"), RightAt(200, "9"), RightAt(222, "111"), RightAt(244, "6")),
            Line(132, (50, "South"), RightAt(200, "104"), RightAt(222, "5"), RightAt(244, "8")),
            Line(148, (50, "West"), RightAt(200, "6"), RightAt(222, "10"), RightAt(244, "7")));

        Assert.Equal(3, boundaries.Count);
        Assert.InRange(boundaries[1], 200, 204);
        Assert.InRange(boundaries[2], 222, 226);
    }

    [Fact]
    public void A_label_ending_a_few_points_before_a_column_of_figures_stays_apart_from_it()
    {
        // The longest label ends at 182, four points before the widest figures; no other row comes as close.
        var boundaries = Boundaries(
            Line(100, (50, "Roads"), RightAt(216, "1,204")),
            Line(116, (50, "Administrative support"), RightAt(216, "12")),
            Line(132, (50, "Parks"), RightAt(216, "7")),
            Line(148, (50, "Schools"), RightAt(216, "2,015")));

        Assert.InRange(Assert.Single(boundaries), 182, 186);
    }

    [Fact]
    public void A_total_label_set_across_the_gutter_between_two_groups_leaves_it_a_boundary()
    {
        // Two groups side by side, code | amount each; the second group has two rows. The closing row's label, set over
        // the first group's amounts and the second group's codes (172 to 208), is the only text in the gutter between
        // them (174 to 210), leaving two points free where an em is needed.
        var boundaries = Boundaries(
            Line(100, (50, "301"), RightAt(174, "379.08"), (210, "310"), RightAt(300, "1.80")),
            Line(116, (50, "30101"), RightAt(174, "118.60"), (210, "31002"), RightAt(300, "1.80")),
            Line(132, (50, "30102"), RightAt(174, "72.40")),
            Line(148, (50, "30103"), RightAt(174, "12.30")),
            Line(164, (172, "公用经费合计"), RightAt(300, "39.07")));

        Assert.Contains(boundaries, x => x > 174 && x < 210);
    }

    [Fact]
    public void A_long_name_running_into_the_figures_opens_no_gutter_inside_the_names()
    {
        // The longest name runs from 50 to 134, six points short of the widest figure; every other name ends by 68.
        var boundaries = Boundaries(
            Line(100, (50, "办公费"), RightAt(170, "8.60")),
            Line(116, (50, "差旅费"), RightAt(170, "4.38")),
            Line(132, (50, "水费"), RightAt(170, "0.86")),
            Line(148, (50, "培训费"), RightAt(170, "3.24")),
            Line(164, (50, "机关事业单位基本养老保险缴费"), RightAt(170, "58.72")));

        Assert.DoesNotContain(boundaries, x => x > 68 && x < 134);
        Assert.Contains(boundaries, x => x >= 134 && x <= 140);
    }

    [Fact]
    public void A_narrow_gap_followed_by_a_word_in_any_row_is_a_word_space()
    {
        // "Item 1" .. "Item 3" line their digits up on one edge, but a word follows the gap on the last row.
        var boundaries = Boundaries(
            Line(100, (50, "Item 1")),
            Line(116, (50, "Item 2")),
            Line(132, (50, "Item 3")),
            Line(148, (50, "Item A")));

        Assert.Empty(boundaries);
    }
}
