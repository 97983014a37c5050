using System.Text;
using Extractor.Ingest;
using Extractor.Tests.Support;

namespace Extractor.Tests.Ingest;

public sealed class CrossReferenceCheckTests
{
    private static readonly byte[] Intact = HostilePdf.WithContents(("", "BT ET"u8.ToArray()));

    private static byte[] Edited(Func<string, string> edit) => Encoding.Latin1.GetBytes(edit(Encoding.Latin1.GetString(Intact)));

    [Fact]
    public void Finds_nothing_wrong_with_an_intact_file_or_the_fixtures()
    {
        Assert.Empty(CrossReferenceCheck.Problems(Intact));
        foreach (var fixture in new[] { "real-cn/sh-putuo-czj-2025-dept-budget.pdf", "disclosures/dxh-xzspj-2023.pdf", "real-cn/js-jcy-2018-dept-budget.pdf" })
            Assert.Empty(CrossReferenceCheck.Problems(File.ReadAllBytes(Fixtures.Path(fixture))));
    }

    [Fact]
    public void Names_a_startxref_that_misses_its_table()
    {
        var moved = Edited(t => t.Replace("startxref\n", "startxref\n1"));

        Assert.Contains("past the end of the file", Assert.Single(CrossReferenceCheck.Problems(moved)));
    }

    [Fact]
    public void Names_an_object_renumbered_away_from_its_entry()
    {
        var renumbered = Edited(t => t.Replace("\n3 0 obj", "\n9 0 obj"));

        Assert.Contains("1 of 4 cross-reference entries miss their objects (object 3 at byte", Assert.Single(CrossReferenceCheck.Problems(renumbered)));
    }

    [Fact]
    public void Names_an_object_defined_twice_in_a_file_written_once()
    {
        var duplicated = Edited(t => t.Replace("\n4 0 obj", "\n2 0 obj"));

        Assert.Contains(CrossReferenceCheck.Problems(duplicated), p => p == "object 2 is defined twice");
    }

    [Fact]
    public void Names_a_file_whose_end_was_cut_off()
    {
        Assert.Contains("no startxref", Assert.Single(CrossReferenceCheck.Problems(Intact[..(Intact.Length - 60)])));
    }
}
