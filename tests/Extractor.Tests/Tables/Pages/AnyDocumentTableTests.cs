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
    public void Keeps_a_label_running_on_past_where_other_rows_figures_begin_in_its_cell()
    {
        var rows = Rows("narrow-columns.pdf", "3");

        Assert.Equal(["Service", "2023", "2024"], rows[0]);
        Assert.Equal(["Administrative support services and facilities, central", "12", "15"], rows[2]);
        Assert.Equal(["Schools", "2,015,000", "1,990,400"], rows[^1]);
        Assert.Equal(7, rows.Count);
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

    [Fact]
    public void Joins_column_headings_wrapped_onto_two_lines_into_one_header_row()
    {
        var rows = Rows("headers.pdf", "1");

        Assert.Equal(["Programme", "Budget\napproved", "Actual\nspent", "Change\n(percent)"], rows[0]);
        Assert.Equal(["Primary care", "1,234.50", "1,198.20", "-2.9"], rows[1]);
        Assert.Equal(6, rows.Count);
    }

    [Fact]
    public void Reads_a_table_with_a_three_level_header_set_right_under_another_apart_from_it()
    {
        var tables = PlainTableReader.Read(Fixtures.Path("generated/headers.pdf"), "2", TableMethod.Auto, [], [], [], null);

        Assert.Equal(2, tables.Count);
        Assert.Equal([["Revenue", "12,400"], ["Expenditure", "11,900"], ["Balance", "500"]], tables[0].Rows);
        var wide = tables[1].Rows;
        Assert.Equal(7, wide.Count);
        Assert.Equal(["Department", .. Enumerable.Repeat("Expenditure by year", 6)], wide[0]);
        Assert.Equal(["Department", "2023", "2023", "2023", "2024", "2024", "2024"], wide[1]);
        Assert.Equal(["Department", "Budget", "Actual", "Change", "Budget", "Actual", "Change"], wide[2]);
        Assert.Equal(["Finance", "1,200", "1,150", "-50", "1,300", "1,320", "20"], wide[3]);
        Assert.Equal(["Roads", "900", "960", "60", "950", "940", "-10"], wide[^1]);
    }

    [Fact]
    public void Keeps_a_line_naming_the_table_out_of_its_header_and_small_counts_in_its_body()
    {
        var rows = Rows("headers.pdf", "3");

        Assert.Equal([["Department", "Authorised", "Filled"], ["Finance", "120", "114"], ["Health", "340", "322"],
            ["Schools", "1,510", "1,488"], ["Roads", "96", "90"]], rows);
    }

    [Fact]
    public void Keeps_a_line_of_fiscal_years_under_spanning_headings_in_the_header()
    {
        var rows = Rows("headers.pdf", "4");

        Assert.Equal(["Department (pounds million)", "Outturn", "Outturn", "Plans", "Plans"], rows[0]);
        Assert.Equal(["Department (pounds million)", "2019-20", "2020-21", "2021-22", "2022-23"], rows[1]);
        Assert.Equal(["Health and social care", "140,312", "188,710", "190,120", "180,150"], rows[2]);
        Assert.Equal(6, rows.Count);
    }

    [Fact]
    public void Keeps_both_lines_of_a_wrapped_label_heading()
    {
        var rows = Rows("headers.pdf", "5");

        Assert.Equal(["Economic classification of\nexpenditure", "Budget", "Actual", "Change"], rows[0]);
        Assert.Equal(["Compensation of employees", "1,234.50", "1,198.20", "-36.30"], rows[1]);
    }
}
