using Extractor.Cli.Commands;
using Extractor.Cli.Evaluation;
using Extractor.Export;
using Extractor.Tables.Pages;
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
                PlainTableReader.Read(Suite(pdf), pages, method, areas, [], [], null), PlainTableFormat.Csv))
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
    public void Reads_headings_that_span_unruled_columns_without_closing_their_gutters()
    {
        var rows = Read("pdf/eu-002.pdf", "1", TableMethod.Stream, "115.0,70.0,233.0,510.0");

        // "Involvement of pupils in" overhangs two of the figures' gutters; the figures keep their four columns.
        Assert.Equal(["", "", "Involvement of pupils in", ""], rows[0]);
        Assert.Equal(["Knowledge and awareness of different cultures", "0,2885", "0,3974", "0,3904"], rows[3]);
        Assert.Equal(Expected("expected/derived/eu-002_p1.csv"), rows);
    }

    [Fact]
    public void Leaves_out_cells_that_no_rule_closes_inside_the_users_area()
    {
        var rows = Read("pdf/puertos1.pdf", "1", TableMethod.Lattice,
            "273.9035714285714,30.32142857142857,554.8821428571429,546.7964285714286");

        // The code column has no rule on its left and the last column none on its right: neither is a cell.
        Assert.Equal(["Peces vivos", "1", "25", "1", "23", "2", "38", "1", "37", "2", "67", "2", "89", "1"], rows[1]);
        Assert.Equal(Expected("expected/derived/puertos1_area_lattice.csv"), rows);
    }

    [Fact]
    public void Reads_a_table_by_the_users_rulings_instead_of_the_pages()
    {
        var rulings = TableArguments.Rulings("51.797,180,560.203,180;51.797,219,560.203,219;51.797,239,560.203,239;"
            + "51.797,262,560.203,262;51.797,283.502,560.05,283.502;51.797,309,560.203,309;51.797,333,560.203,333;"
            + "51.797,366,560.203,366;52,181,51.797,366;208.629,181,208.629,366;357.113,180,357,366;560.113,180,560,366");
        var tables = PlainTableReader.Read(Suite("pdf/us-024.pdf"), "1", TableMethod.Lattice, [], [], rulings, null);

        // The page's own frame around the caption "Table6." is no table once the user says where the rules are.
        var table = Assert.Single(tables);
        Assert.Equal(["Total Supply", "1.5", "9.2"], table.Rows[4]);
    }

    [Fact]
    public void Joins_a_currency_sign_set_apart_from_its_amount()
    {
        var rulings = TableArguments.Rulings("320,285,564.441,285;320,457,564.441,457;320,315,564.441,315;320,331,564.441,331;"
            + "320,431,564.441,431;320,285,320,457;565,285,564.441,457;470.554,285,470.369,457");
        var table = PlainTableReader.Read(Suite("pdf/us-007.pdf"), "1", TableMethod.Lattice, [], [], rulings, null).Single();

        // Accounting layout: "$" at the cell's left edge, the figures right-aligned a full em away.
        Assert.Equal(["Weekly", "$71.15"], table.Rows[1]);
    }

    [Fact]
    public void Keeps_the_cells_of_a_ruled_table_whose_first_rows_are_dropped_as_empty()
    {
        var table = PlainTableReader.Read(Suite("pdf/AnimalSounds1.pdf"), "1", TableMethod.Lattice,
            ["%0,50,100,100"], TableArguments.Columns("314,391,457,553"), [], null).Single();

        // The user's column rules run from the area's top: the empty band above the table is dropped, not its text.
        Assert.Equal(["Animal", "Action", "Result"], table.Rows[0]);
        Assert.Equal(["Donkey", "Says", "Hee-Haw Hee-\nHaw"], table.Rows[2]);
    }

    [Fact]
    public void Reads_right_to_left_cells_in_reading_order_with_plain_arabic_letters()
    {
        var arabic = PlainTableReader.Read(Suite("pdf/arabic.pdf"), "1", TableMethod.Lattice, [], [], [], null).Single();
        var mednine = PlainTableReader.Read(Suite("pdf/mednine.pdf"), "1", TableMethod.Lattice, [], [], [], null).Single();

        // The PDF maps shaped glyphs (U+FExx) set left to right; numbers and Latin words keep their own order.
        Assert.Equal(["مرحباً", "اسمي سلطان"], arabic.Rows[0]);
        Assert.Equal(["هل انت شباك؟", "اسمي Jeremy في الانجليزية"], arabic.Rows[3]);
        Assert.Equal("Jeremy is جرمي in Arabic", arabic.Rows[4][0]);
        // Ligature glyphs ("با", "شر") already read in order and move whole.
        Assert.Equal("الانتخابات التشريعية 2014", mednine.Rows[0][0]);
        Assert.Equal("قائمة من أجل تحقيق سلطة الشعب", mednine.Rows[4][10]);
    }

    [Fact]
    public void Reads_a_table_printed_turned_on_the_page()
    {
        var tables = PlainTableReader.Read(Fixtures.Path("generated/turned-table.pdf"), "1-2", TableMethod.Lattice, [], [], [], null);

        Assert.Equal(2, tables.Count);
        Assert.All(tables, table =>
        {
            Assert.Equal(["Code", "Item", "Budget", "Actual"], table.Rows[0]);
            Assert.Equal(["", "Total", "5,696.16", "5,668.21"], table.Rows[^1]);
        });
    }

    [Fact]
    public void Reads_header_cells_whose_text_runs_up_or_down()
    {
        var table = PlainTableReader.Read(Fixtures.Path("generated/turned-table.pdf"), "3", TableMethod.Lattice, [], [], [], null).Single();

        // "Line no." runs up its narrow cell, "Share" down its own: each read along the way it runs.
        Assert.Equal(["Line no.", "Item", "Budget", "Share"], table.Rows[0]);
        Assert.Equal(["4", "Total", "5,696.16", "25%"], table.Rows[^1]);
    }

    [Fact]
    public void Reads_an_area_whose_header_alone_is_boxed_as_a_stream_table()
    {
        var area = new[] { "70,50,270,550" };
        var auto = PlainTableReader.Read(Fixtures.Path("generated/boxed-header.pdf"), null, TableMethod.Auto, area, [], [], null).Single();
        var lattice = PlainTableReader.Read(Fixtures.Path("generated/boxed-header.pdf"), null, TableMethod.Lattice, area, [], [], null).Single();

        // The one ruled row holds a tenth of the area's letters: auto reads every line, not the box alone.
        Assert.Equal("stream", auto.Method);
        Assert.Equal(9, auto.Rows.Count);
        Assert.Equal(["Item", "Budget", "Actual"], auto.Rows[0]);
        Assert.Equal(["Total", "5,696.16", "5,668.21"], auto.Rows[^1]);
        Assert.Equal([["Item", "Budget", "Actual"]], lattice.Rows);
    }

    [Fact]
    public void Finds_an_unruled_table_of_text_on_a_page_without_taking_its_closing_rule_or_footer()
    {
        var table = PlainTableReader.Read(Suite("pdf/campaign_donors.pdf"), "1", TableMethod.Auto, [], [], [], null).Single();

        // No cell parses as an amount here ("$ 10.000,00"); the rule under the last row closes the body, it does
        // not end a header, and "ANEXO I-A-1  Página 12 de 14" is the page's footer, not a row.
        Assert.Equal(["Apellido", "Nombre", "Matricula", "Cuit", "Fecha", "Tipo", "Importe"], table.Rows[0]);
        Assert.Equal(["MENA", "JUAN MARTÍN", "27.083.460", "20-27083460-5", "09/10/2013", "EFECTIVO", "$10.000,00"], table.Rows[1]);
        Assert.Equal("BOGADO GONZALEZ", table.Rows[^1][0]);
        Assert.Equal(56, table.Rows.Count);
        Assert.All(table.Rows, row => Assert.Equal(7, row.Count));
    }

    [Fact]
    public void Finds_no_table_in_a_page_of_prose_set_in_two_columns()
    {
        // us-007's first page and us-020's first page are notices and a report set in two columns of sentences.
        Assert.Empty(PlainTableReader.Read(Suite("pdf/us-007.pdf"), "1", TableMethod.Auto, [], [], [], null));
        Assert.Empty(PlainTableReader.Read(Suite("pdf/us-020.pdf"), "1", TableMethod.Auto, [], [], [], null));
        // eu-001's bulleted criteria are a list; its three ruled tables are what the page holds.
        var eu = PlainTableReader.Read(Suite("pdf/eu-001.pdf"), "1", TableMethod.Auto, [], [], [], null);
        Assert.Equal(3, eu.Count);
        Assert.All(eu, t => Assert.Equal("THRESHOLD FOR RELEASES", t.Rows[0][1]));
        // The table on us-020's next page is still found.
        var table = PlainTableReader.Read(Suite("pdf/us-020.pdf"), "2", TableMethod.Auto, [], [], [], null).Single();
        Assert.Contains(table.Rows, row => row.Count == 7 && row[0] == "Australia");
    }

    [Theory]
    [InlineData("1")] // a bar chart with gridlines, tick labels and values, and a pie chart with labelled shares
    [InlineData("2")] // a horizontal bar chart: labels and values line up as two columns would, bars between them
    public void Reads_no_table_from_a_chart(string page)
    {
        Assert.Empty(PlainTableReader.Read(Fixtures.Path("generated/charts.pdf"), page, TableMethod.Auto, [], [], [], null));
    }

    [Fact]
    public void Splits_a_table_ruled_by_its_columns_only_into_its_rows()
    {
        var table = PlainTableReader.Read(Fixtures.Path("generated/column-ruled.pdf"), null, TableMethod.Auto, [], [], [], null).Single();

        // No rule between the body rows: each line of figures is a row, and the label wrapped onto a second
        // line stays in its row.
        Assert.Equal(7, table.Rows.Count);
        Assert.Equal(["201", "General public services", "1,234.50", "1,198.20"], table.Rows[1]);
        Assert.Equal(["20103", "Government offices and related\nagencies", "934.50", "910.75"], table.Rows[3]);
        Assert.Equal(["", "Total", "5,696.16", "5,668.21"], table.Rows[^1]);
    }

    [Fact]
    public void Keeps_a_line_of_figures_set_close_under_a_table_ruled_cell_by_cell_out_of_it()
    {
        // A grid printing rows of figures is no header to carry down over an unruled body.
        var table = PlainTableReader.Read(Fixtures.Path("generated/partial-rulings.pdf"), "6", TableMethod.Auto, [], [], [], null).First();

        Assert.Equal(7, table.Rows.Count);
        Assert.Equal(["", "Total", "5,696.16", "5,668.21"], table.Rows[^1]);
    }

    [Theory]
    [InlineData("1")] // horizontal rules only: above and under the header, at the foot
    [InlineData("2")] // the header's cells ruled, the body one ruled rectangle under them
    [InlineData("3")] // the two figure columns boxed together, the rows unruled
    [InlineData("4")] // the header alone a ruled grid, the body unruled but for a rule under its last row
    [InlineData("5")] // the same, the body running off its page with no rule under it
    public void Reads_a_table_whose_rulings_do_not_draw_its_cells_into_its_rows_and_columns(string page)
    {
        var table = PlainTableReader.Read(Fixtures.Path("generated/partial-rulings.pdf"), page, TableMethod.Auto, [], [], [], null).Single();

        Assert.Equal(7, table.Rows.Count);
        Assert.Equal(["Code", "Item", "Budget", "Actual"], table.Rows[0]);
        Assert.Equal(["20103", "Government offices", "934.50", "910.75"], table.Rows[3]);
        Assert.Equal(["", "Total", "5,696.16", "5,668.21"], table.Rows[^1]);
    }

    [Fact]
    public void Splits_ruled_column_groups_into_their_columns_and_unruled_rows()
    {
        // 12s0324 rules its column groups only (Total | Male | Female, three columns of figures each) and none of
        // its body rows: found without help, every row of figures becomes a row of ten cells. (The page's second
        // table lists the same offences by age.)
        var table = PlainTableReader.Read(Suite("pdf/12s0324.pdf"), "1", TableMethod.Auto, [], [], [], null)
            .First(t => t.Rows.Any(r => r[0].StartsWith("Violent crime")));

        var violent = table.Rows.Single(r => r[0].StartsWith("Violent crime"));
        Assert.Equal(["467 .9", "69 .1", "398 .8", "380 .2", "56 .5", "323 .7", "87 .7", "12 .6", "75 .2"], violent.Skip(1));
        var murder = table.Rows.Single(r => r[0].StartsWith("Murder"));
        Assert.StartsWith("Murder and nonnegligent\nmanslaughter", murder[0]);
        Assert.Equal(["10.0", "0.9", "9.1", "9.0", "0.9", "8.1", "1.1", "–", "1.0"], murder.Skip(1));
    }

    [Fact]
    public void Keeps_a_dot_leader_with_its_label_and_apart_from_the_figures()
    {
        var rows = Read("pdf/12s0324.pdf", "1", TableMethod.Stream, "99.0,17.25,316.5,410.25");

        // The leader's spaced dots line up from row to row, yet open no column; the last dot is 17 pt short of
        // the figures and no part of them.
        Assert.All(rows, row => Assert.Equal(10, row.Count));
        Assert.Matches(@"^Violent crime( \.)+$", rows[0][0]);
        Assert.Equal(["10.0", "0.9", "9.1"], rows[2].Skip(1).Take(3));
        Assert.Equal("Murder and nonnegligent", rows[1][0]);
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
            "stream_eu002", "lattice_spanning_cells", "lattice_china_incomplete_grid", "lattice_us017_p2",
            "lattice_offense_single", "lattice_puertos1_area", "lattice_us007_external_rulings",
            "lattice_us024_external_rulings", "lattice_frx_2012_area_cells", "lattice_frx_2012_multiline",
            "lattice_animalsounds_columns_cli", "auto_spanning_cells_area_cli", "auto_multicolumn_percent_areas_cli",
            "auto_multicolumn_abs_areas_cli", "auto_multicolumn_mixed_areas_cli",
        ];
        Assert.All(exact, id => Assert.True(results[id].Exact, $"{id}: {results[id].Note}"));
    }

    [Theory]
    [InlineData("1,3-5", new[] { 1, 3, 4, 5 })]
    [InlineData("2", new[] { 2 })]
    [InlineData("4-end", new[] { 4, 5, 6 })]
    [InlineData("end", new[] { 6 })]
    public void Parses_page_ranges(string spec, int[] pages)
    {
        Assert.Equal(pages, TableArguments.Pages(spec, pageCount: 6)!);
    }

    [Theory]
    [InlineData("7")]
    [InlineData("5-9")]
    [InlineData("3-1")]
    public void Rejects_a_page_the_document_does_not_have(string spec)
    {
        Assert.Throws<FormatException>(() => TableArguments.Pages(spec, pageCount: 6));
    }

    [Fact]
    public void Reads_the_area_as_a_stream_table_when_columns_are_given_and_writes_the_file_named_by_out()
    {
        using var folder = new TemporaryDirectory();
        string target = folder.File("tables/eu.csv");

        var (exitCode, _, _) = ExtractorProcess.Run(folder.Path, "tables", Suite("pdf/eu-002.pdf"), "-p", "1-end", "-a", "115.0,70.0,233.0,510.0",
            "-c", "300,370,440", "-o", target);

        Assert.Equal(0, exitCode);
        var rows = CsvText.Parse(File.ReadAllText(target));
        Assert.All(rows, row => Assert.Equal(4, row.Count));
        Assert.Contains(rows, row => row[0].Contains("Knowledge and awareness", StringComparison.Ordinal));
    }

    [Fact]
    public void Gives_each_table_and_each_cell_its_box_in_json()
    {
        var table = PlainTableReader.Read(Suite("pdf/spanning_cells.pdf"), "1", TableMethod.Lattice, [], [], [], null)[0];

        var json = System.Text.Json.JsonDocument.Parse(PlainTableWriter.Write([table], PlainTableFormat.Json)).RootElement[0];

        var box = json.GetProperty("box");
        Assert.True(box.GetProperty("width").GetDouble() > 100 && box.GetProperty("height").GetDouble() > 50);
        var cells = json.GetProperty("cells");
        Assert.Equal(json.GetProperty("rows").GetArrayLength(), cells.GetArrayLength());
        // A cell merged across the header row spans the table's width: its box is as wide as the table's.
        Assert.Equal(box.GetProperty("width").GetDouble(), cells[0][0].GetProperty("width").GetDouble(), precision: 0);
        Assert.All(cells.EnumerateArray().SelectMany(r => r.EnumerateArray()),
            c => Assert.True(c.GetProperty("top").GetDouble() >= box.GetProperty("top").GetDouble() - 1));
    }

    [Fact]
    public void Says_a_page_out_of_range_is_a_usage_error()
    {
        var (exitCode, _, output) = ExtractorProcess.Run(Path.GetTempPath(), "tables", Suite("pdf/eu-002.pdf"), "-p", "9");

        Assert.Equal(2, exitCode);
        Assert.Contains("page 9 is out of range", output);
    }

    [Fact]
    public void Rejects_a_bad_area()
    {
        Assert.Throws<FormatException>(() => TableArguments.Area("1,2,3", 600, 800));
    }
}
