using Extractor.Cli.Commands;
using Extractor.Tables.Pages;
using Extractor.Tests.Support;

namespace Extractor.Tests.Tables.Pages;

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

    [Fact]
    public void Keeps_narrow_columns_of_counts_under_a_spanning_year_apart()
    {
        var rows = Rows("narrow-columns.pdf", "1");

        Assert.Equal(["Region", "2023", "2023", "2023", "2023", "2024", "2024", "2024", "2024"], rows[0]);
        Assert.Equal(["Region", "Q1", "Q2", "Q3", "Q4", "Q1", "Q2", "Q3", "Q4"], rows[1]);
        Assert.Equal(["North", "12", "7", "105", "9", "14", "8", "11", "10"], rows[2]);
        Assert.Equal(["Islands", "3", "2", "4", "1", "2", "3", "1", "4"], rows[^1]);
        Assert.Equal(8, rows.Count);
    }

    [Fact]
    public void Keeps_a_label_column_apart_from_counts_printed_close_to_it()
    {
        var rows = Rows("narrow-columns.pdf", "2");

        Assert.Equal(6, rows.Count);
        Assert.Equal(["Roads", "1,204", "1,187"], rows[0]);
        Assert.Equal(["Administrative support services", "12", "15"], rows[1]);
        Assert.Equal(["Schools", "2,015", "1,990"], rows[^1]);
    }

    [Fact]
    public void Reads_tables_set_with_dot_leaders_without_their_dots()
    {
        var tables = PlainTableReader.Read(Fixtures.Path("generated/dot-leaders.pdf"), "1", TableMethod.Auto, [], [], [], null);

        Assert.Equal(2, tables.Count);
        Assert.Equal(["", "Budget", "Actual"], tables[0].Rows[0]);
        Assert.Equal(["Salaries", "1,234", "1,300"], tables[0].Rows[1]);
        Assert.Equal(["Office supplies", "45", "52"], tables[0].Rows[3]);
        Assert.Equal(["Total", "4,796", "4,947"], tables[0].Rows[^1]);
        // A single column of figures: each line shows two cells only once its leader is gone. The second
        // table's title, set close under the first table, ends it.
        Assert.Equal([["Fees and charges", "12,500"], ["Grants", "8,200"], ["Interest", "310"], ["Total", "21,010"]], tables[1].Rows);
    }
}
