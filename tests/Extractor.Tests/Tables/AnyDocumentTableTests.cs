using Extractor.Cli.Commands;
using Extractor.Tables;
using Extractor.Tests.Support;

namespace Extractor.Tests.Tables;

/// <summary>
/// The classes of issue 17 (tables in any document) on the generated pages that show them
/// (fixtures/generated/make_fixtures.py), read as <c>extractor tables</c> reads a page it is given.
/// </summary>
public sealed class AnyDocumentTableTests
{
    private static IReadOnlyList<IReadOnlyList<string>> Rows(string pdf, string page) =>
        Assert.Single(PlainTableReader.Read(Fixtures.Path("generated/" + pdf), page, TableMethod.Auto, [], [], [], null)).Rows;

    [Fact]
    public void Keeps_centred_section_headings_as_rows_of_the_table_they_cut()
    {
        var rows = Rows("section-rows.pdf", "1");

        Assert.Equal(10, rows.Count);
        Assert.Equal(["Item", "Budget", "Actual", "Change"], rows[0]);
        Assert.Equal(["Northern region", "", "", ""], rows[1]);
        Assert.Equal(["Administration", "1,234.50", "1,198.20", "-36.30"], rows[2]);
        Assert.Equal(["Southern region", "", "", ""], rows[5]);
        Assert.Equal(["Schools", "2,310.00", "2,296.45", "-13.55"], rows[8]);
        Assert.Equal(["Total", "6,645.25", "6,652.75", "7.50"], rows[9]);
    }
}
