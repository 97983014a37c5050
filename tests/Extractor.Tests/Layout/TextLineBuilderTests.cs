using System.Text.RegularExpressions;
using Extractor.Layout;
using Extractor.Tests.Support;

namespace Extractor.Tests.Layout;

public sealed partial class TextLineBuilderTests
{
    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs} +\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex SpaceBetweenHan();

    // A space between a Han character and a digit is where the page shows a gap; it is allowed.
    [GeneratedRegex(@"(?<=\p{IsCJKUnifiedIdeographs}) (?=\d)|(?<=\d) (?=\p{IsCJKUnifiedIdeographs})")]
    private static partial Regex SpaceBetweenHanAndDigit();

    [Fact]
    public void Reads_a_narrative_sentence_of_the_seed_rebuild_like_the_printed_page()
    {
        var layout = Documents.Layout("disclosures/dxh-xzspj-2023.pdf");

        // The document states it twice: on page 7 with a space after the colon, on page 8 set tighter.
        var lines = layout.AllLines.Where(l => l.Line.Text.Contains("支出包括") && l.Line.Text.Contains("1191.58")).ToList();

        Assert.Equal([7, 8], lines.Select(l => l.Page));
        Assert.Contains("支出包括: 基本支出1191.58万元,项目支出4264.58万元。", SpaceBetweenHanAndDigit().Replace(lines[0].Line.Text, ""));
        Assert.All(lines, line =>
        {
            Assert.Contains("支出包括:基本支出1191.58万元,项目支出4264.58万元。", line.Line.Text.Replace(" ", ""));
            Assert.DoesNotMatch(SpaceBetweenHan(), line.Line.Text);
        });
    }

    [Fact]
    public void Puts_no_space_between_han_characters_of_running_text()
    {
        var layout = Documents.Layout("disclosures/dxh-xzspj-2023.pdf");

        // The narrative pages (before the tables, whose column gaps are real gaps).
        var firstTablePage = Fixtures.Truth("dxh-xzspj-2023.pdf").GetProperty("tables")[0].GetProperty("pages")[0].GetInt32();
        var narrative = layout.Pages.Where(p => p.Number > 1 && p.Number < firstTablePage).SelectMany(p => p.Lines).ToList();

        Assert.True(narrative.Count > 100);
        Assert.All(narrative, line => Assert.DoesNotMatch(SpaceBetweenHan(), line.Text));
    }

    [Fact]
    public void Keeps_spaces_between_latin_words()
    {
        var layout = Documents.Layout("disclosures/dxh-xzspj-2023.pdf");

        // The performance table of the seed rebuild prints "Mark Inc" (two words, one space).
        Assert.Contains(layout.AllLines, l => l.Line.Text.Contains("Mark Inc"));
    }

    [Fact]
    public void Keeps_thousand_grouped_amounts_in_one_piece()
    {
        var layout = Documents.Layout("disclosures/dxh-xzspj-2023.pdf");

        Assert.Contains(layout.AllLines, l => l.Line.Text.Contains("5,456.16"));
    }

    [Fact]
    public void Joins_glyphs_by_their_advance_gap()
    {
        static Glyph G(string text, double start, double end) => new(text, new Box(start, 90, end, 100), 100, start, end, 10, "F");
        // 合计 set solid, then a digit 3 points (0.3 em) later, then a word 1 em later.
        var line = TextLineBuilder.Join([G("合", 0, 10), G("计", 10, 20), G("5", 23, 28), G("a", 38, 43), G("b", 43, 48)]);

        Assert.Equal("合计 5 ab", line.Text);
    }
}
