using Extractor.Cli.Commands;
using Extractor.Cli.Evaluation;
using Extractor.Export;
using Extractor.Tables;
using Extractor.Tests.Support;

namespace Extractor.Tests.Cli;

/// <summary>The generic <c>tables</c> reader on cases of the tabula-java suite, against its expected CSVs.</summary>
public sealed class TablesCommandTests
{
    private static string Suite(string relative) => Fixtures.Path("tabula-java/" + relative);

    private static List<List<string>> Expected(string csv) =>
        CsvText.Parse(File.ReadAllText(Suite(csv))).Select(r => r.Select(TabulaSuiteEvaluation.Normalise).ToList()).ToList();

    private static List<List<string>> Read(string pdf, string pages, TableMethod method, params string[] areas) =>
        CsvText.Parse(PlainTableWriter.Write(
                PlainTableReader.Read(Suite(pdf), TableArguments.Pages(pages), method, areas, [], [], null), PlainTableFormat.Csv))
            .Select(r => r.Select(TabulaSuiteEvaluation.Normalise).ToList()).ToList();

    [Fact]
    public void Reads_a_ruled_table_with_spanning_cells_as_tabula_expects()
    {
        Assert.Equal(Expected("expected/csv/spanning_cells.csv"), Read("pdf/spanning_cells.pdf", "1", TableMethod.Lattice));
    }

    [Fact]
    public void Lists_a_cell_merged_down_as_empty_and_a_cell_merged_across_once()
    {
        var rows = Read("pdf/twotables.pdf", "1", TableMethod.Lattice);

        // 株主資本 spans five columns over 資本金 … 株主資本合計; the corner cell above 当期首残高 runs down two rows.
        Assert.Equal(["", "株主資本", "", "", "", ""], rows[0]);
        Assert.Equal(["", "資本金", "資本剰余金", "利益剰余金", "自己株式", "株主資本合計"], rows[1]);
        Assert.Equal(["", "その他の包括利益累計額", "少数株主持分", "純資産合計", "", "", "", ""], rows[11]);
        Assert.Equal(Expected("expected/csv/twotables.csv").Count, rows.Count);
    }

    [Fact]
    public void Reads_an_unruled_area_as_one_table()
    {
        Assert.Equal(Expected("expected/csv/argentina_diputados_voting_record.csv"),
            Read("pdf/argentina_diputados_voting_record.pdf", "1", TableMethod.Stream, "269.875,12.75,790.5,561"));
    }

    [Fact]
    public void Reads_areas_given_in_percent_of_the_page()
    {
        Assert.Equal(Expected("expected/csv/MultiColumn.csv"),
            Read("pdf/MultiColumn.pdf", "1", TableMethod.Auto, "%0,0,100,50", "%0,50,100,100"));
    }

    [Fact]
    public void Writes_merged_text_once_and_quotes_csv_fields()
    {
        var table = new PlainTable(1, "lattice", [["合计", ""], ["a,b", "say \"hi\""]]);

        Assert.Equal("合计,\r\n\"a,b\",\"say \"\"hi\"\"\"\r\n", PlainTableWriter.Write([table], PlainTableFormat.Csv));
        Assert.Equal("合计\t\r\na,b\tsay \"hi\"\r\n", PlainTableWriter.Write([table], PlainTableFormat.Tsv));
        Assert.Contains("\"rows\"", PlainTableWriter.Write([table], PlainTableFormat.Json));
    }

    [Fact]
    public void Keeps_the_suite_cases_it_reads_exactly()
    {
        var results = TabulaSuiteEvaluation.Run(Suite("MANIFEST.tsv")).ToDictionary(r => r.Case);

        string[] exact =
        [
            "stream_argentina", "stream_eu017_page_rulings", "stream_frx_2012", "stream_m27_cells",
            "stream_campaign_donors_columns", "stream_indictb1h_14_empty_region", "stream_us020_multiline_header",
            "lattice_spanning_cells", "lattice_china_incomplete_grid", "lattice_offense_single",
            "lattice_frx_2012_area_cells", "auto_spanning_cells_area_cli", "auto_multicolumn_percent_areas_cli",
            "auto_multicolumn_abs_areas_cli", "auto_multicolumn_mixed_areas_cli",
        ];
        Assert.All(exact, id => Assert.True(results[id].Exact, $"{id}: {results[id].Note}"));
    }

    [Theory]
    [InlineData("1,3-5", new[] { 1, 3, 4, 5 })]
    [InlineData("2", new[] { 2 })]
    public void Parses_page_ranges(string spec, int[] pages)
    {
        Assert.Equal(pages, TableArguments.Pages(spec));
    }

    [Fact]
    public void Rejects_a_bad_area()
    {
        Assert.Throws<FormatException>(() => TableArguments.Area("1,2,3", 600, 800));
    }
}
