using Extractor.Layout;
using Extractor.Tables.Stream;
using static Extractor.Tests.Tables.Stream.BuiltLines;

namespace Extractor.Tests.Tables.Stream;

/// <summary>
/// A heading centred over three columns sits right over the middle one's heading, as a wrapped heading's first
/// line does: on small built headers, which of the two it is.
/// </summary>
public sealed class GroupHeadingTests
{
    private static readonly ChunkedLine[] Body =
    [
        Line(140, (50, "201"), (100, "Services"), RightAt(260, "1,200.00"), RightAt(340, "800.00"), RightAt(420, "400.00")),
        Line(156, (50, "221"), (100, "Housing"), RightAt(260, "300.00"), RightAt(340, "200.00"), RightAt(420, "100.00")),
    ];

    /// <summary>Code | Name | Total | Basic | Project, the last three on one baseline with nothing over Total and Project.</summary>
    private static ChunkedLine Leaves(double baseline, string middle = "Basic") =>
        Line(baseline, (50, "Code"), (100, "Name"), RightAt(260, "Total"), (325 - LetterWidth * middle.Length / 2, middle), RightAt(420, "Project"));

    private static ChunkedLine Centred(double baseline, params (double Centre, string Text)[] cells) =>
        Line(baseline, [.. cells.Select(c => (c.Centre - LetterWidth * c.Text.Length / 2, c.Text))]);

    [Fact]
    public void A_heading_over_the_middle_of_three_columns_spans_them()
    {
        // 本年支出 over 合计 | 基本支出 | 项目支出, and 项目 over the code and name columns.
        var table = StreamExtractor.Extract([Centred(100, (87, "Item"), (325, "Spending")), Leaves(112), .. Body], [], 1);

        Assert.Equal(2, table.HeaderRows);
        Assert.Equal(5, table.ColumnCount);
        Assert.Equal(["Spending", "Spending", "Spending"], Texts(table.Grid[0]).Skip(2));
        Assert.Equal(["Code", "Name", "Total", "Basic", "Project"], Texts(table.Grid[1]));
        Assert.Equal(["201", "Services", "1,200.00", "800.00", "400.00"], Texts(table.Grid[2]));
    }

    [Theory]
    // Round CR's Hangzhou: 功能分类科目 | 本年支出 ruled under across the width, 科目编码 … 项目支出 under the rule, then the figures.
    [InlineData(true)]
    [InlineData(false)]
    public void A_rule_under_the_group_headings_leaves_the_headings_under_it_to_the_header(bool headingsBelow)
    {
        RulingLine[] rule = [new RulingLine(RulingOrientation.Horizontal, 104, 45, 425, 0.5)];
        // Without group headings the line over the rule names every column and the line under it is a row printing no figure.
        ChunkedLine[] lines = headingsBelow
            ? [Centred(100, (87, "Item"), (325, "Spending")), Leaves(116), .. Body]
            : [Leaves(100), Line(116, (50, "229"), (100, "Other"), RightAt(260, "n/a"), (300, "none"), RightAt(420, "n/a")), .. Body];

        var table = StreamExtractor.Extract(lines, rule, 1);

        Assert.Equal(headingsBelow ? 2 : 1, table.HeaderRows);
        Assert.Equal(["201", "Services", "1,200.00", "800.00", "400.00"], Texts(table.Grid[^2]));
    }

    [Theory]
    // Round CY's Chongqing: 决算数 12 points over 基本支 / 出, the wrapped cell's lines 10.5 apart, 项目支 / 出 beside it: a heading.
    [InlineData(12, true)]
    // Set at the wrapped lines' own pitch, it is the cell's first line.
    [InlineData(10.5, false)]
    public void A_heading_set_further_over_a_wrapped_cell_than_its_lines_are_apart_spans_its_neighbours(double pitch, bool spans)
    {
        double wrap = 100 + pitch;
        ChunkedLine[] header =
        [
            Centred(100, (87, "Item"), (325, "Actual")),
            Line(wrap, (50, "Code"), (100, "Name"), RightAt(260, "Total"), (325 - 9, "Bas"), (400 - 9, "Pro")),
            Line(wrap + 10.5, (325 - 6, "ic"), (400 - 12, "ject")),
        ];

        var table = StreamExtractor.Extract([.. header, .. Body], [], 1);

        var lowest = Texts(table.Grid[table.HeaderRows - 1]);
        Assert.Equal(spans ? "Basic" : "ActualBasic", lowest[3].Replace("\n", "").Replace(" ", ""));
        Assert.Equal(["201", "Services", "1,200.00", "800.00", "400.00"], Texts(table.Grid[table.HeaderRows]));
    }

    [Fact]
    public void A_line_of_headings_set_close_over_widely_spaced_rows_stays_the_header()
    {
        // Round DD's Changchun: 项目 | 行次 | 金额 | 项目 | 行次 | 合计 ten points over rows twenty apart, as close as a wrapped cell's
        // first line would sit.
        ChunkedLine Row(double baseline, string label, string amount, string other, string total) =>
            Line(baseline, (50, label), RightAt(200, "1"), RightAt(280, amount), (300, other), RightAt(400, "33"), RightAt(480, total));
        var lines = new List<ChunkedLine>
        {
            Line(96, (150, "Income"), (380, "Spending")),
            Line(110, (50, "Item"), RightAt(200, "No"), RightAt(280, "Amount"), (300, "Item"), RightAt(400, "No"), RightAt(480, "Total")),
            Row(120, "General", "259.82", "Services", "193.92"),
            Row(140, "Funds", "12.00", "Defence", "28.36"),
            Row(160, "Capital", "3.00", "Health", "24.80"),
        };

        var table = StreamExtractor.Extract(lines, [], 1);

        Assert.Equal(2, table.HeaderRows);
        Assert.Equal(["General", "1", "259.82", "Services", "33", "193.92"], Texts(table.Grid[2]));
    }

    [Fact]
    public void A_heading_set_off_centre_reaching_into_one_cell_below_still_shows_a_level_above()
    {
        // 经济分类科目 over 科目编码 | 科目名称, printed nearer the name and just reaching into its heading (a long name
        // widened that column): it is no first line of 科目名称, so 本年支出 beside it is a heading over three.
        var table = StreamExtractor.Extract([Centred(100, (92, "Item"), (325, "Spending")), Leaves(112), .. Body], [], 1);

        Assert.Equal(["Spending", "Spending", "Spending"], Texts(table.Grid[0]).Skip(2));
        Assert.Equal(["Code", "Name", "Total", "Basic", "Project"], Texts(table.Grid[table.HeaderRows - 1]));
    }

    [Fact]
    public void Headings_set_as_one_run_over_their_columns_are_parted_at_their_word_spaces()
    {
        // 一般公共预算 政府性基金预算 国有资本经营预算 printed close in a narrow header (Liaoning): a space between each, under
        // a cell gap, and each word over its own column.
        var header = Line(112, (50, "Code"), (100, "Name"), (190, "GeneralBudget"), (271, "GovernmentFund"), (358, "StateCapital"));

        var table = StreamExtractor.Extract([header, .. Body], [], 1);

        Assert.Equal(["Code", "Name", "GeneralBudget", "GovernmentFund", "StateCapital"], Texts(table.Grid[0]));
    }

    [Fact]
    public void A_heading_set_solid_whose_inks_part_stays_whole_over_the_column_of_its_middle()
    {
        // 面向中小企业预留 over a narrow column of figures, reaching back over the edge before it: its letters are set
        // solid, but one letter's ink stops short of its advance by more than a word space. No space parts it.
        var letters = "Reserved".Select((c, i) =>
        {
            double start = 350 + LetterWidth * i, inkRight = i == 1 ? start + LetterWidth - 2.5 : start + LetterWidth;
            return new Glyph(c.ToString(), new Box(start, 104, inkRight, 112), 112, start, start + LetterWidth, 10, "F");
        });
        var leaves = Line(112, (50, "Code"), (100, "Name"), RightAt(260, "Total"), RightAt(340, "Basic"));
        var line = TextLineBuilder.Join([.. leaves.Line.Glyphs.Concat(letters).OrderBy(g => g.StartX)]);

        var table = StreamExtractor.Extract([new ChunkedLine(line, TextChunk.Split(line)), .. Body], [], 1);

        Assert.Equal(["Code", "Name", "Total", "Basic", "Reserved"], Texts(table.Grid[table.HeaderRows - 1]));
    }

    [Fact]
    public void A_wrapped_heading_in_a_bottom_aligned_header_stays_one_cell()
    {
        // Every one-line heading on the lowest line, as a sheet set bottom-aligned prints them: nothing shows a
        // level above, so the line over the middle heading is its first line.
        var table = StreamExtractor.Extract([Centred(100, (325, "Current")), Leaves(112, "year"), .. Body], [], 1);

        Assert.Equal(1, table.HeaderRows);
        Assert.Equal(["Code", "Name", "Total"], Texts(table.Grid[0]).Take(3));
        Assert.Equal(["Current", "year"], table.Grid[0][3].Text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    // Round DS's unruled 三公 table: 公务用车购置及运行费 centred over 公务用车 / 购置费, beside 小计 and 公务用车 / 运行费, all
    // bottom-aligned: the heading had room for both lines under it, so it is none of their cell's.
    [InlineData("VehicleCostsGroup", false)]
    // A cell broken by hand into three lines, the first little wider than the two under it, stays one.
    [InlineData("Vehicle", true)]
    // A first line sharing its line with another heading's first line is a cell broken by hand, however wide.
    [InlineData("VehicleCostsGroup", true, true)]
    public void A_heading_with_room_for_the_wrapped_lines_under_it_is_no_line_of_their_cell(string heading, bool oneCell, bool besideAnother = false)
    {
        var table = StreamExtractor.Extract(
        [
            besideAnother ? Centred(100, (236, "Tot"), (325, heading)) : Centred(100, (325, heading)),
            Centred(112, (325, "Car"), (400, "Car")),
            Line(124, (50, "Code"), (100, "Name"), RightAt(260, "Sub"), (325 - 9, "buy"), (400 - 9, "run")),
            .. Body,
        ], [], 1);

        var lowest = Texts(table.Grid[table.HeaderRows - 1]);
        Assert.Equal(oneCell ? $"{heading}Carbuy" : "Carbuy", lowest[3].Replace("\n", "").Replace(" ", ""));
        Assert.Equal(oneCell, !Texts(table.Grid[0]).Contains(heading));
        Assert.Equal(["201", "Services", "1,200.00", "800.00", "400.00"], Texts(table.Grid[table.HeaderRows]));
    }

    [Fact]
    public void A_heading_wrapped_over_three_lines_beside_one_line_neighbours_stays_one_cell()
    {
        // Under a spanning heading, one heading wraps onto three lines; its middle line shares a baseline with its
        // neighbours, but a line under it shows it is not the header's lowest line.
        var table = StreamExtractor.Extract(
        [
            Centred(88, (87, "Item"), (340, "Sources")),
            Centred(100, (325, "Funds")),
            Leaves(112, "held"),
            Centred(124, (325, "apart")),
            .. Body,
        ], [], 1);

        Assert.Equal("Funds held apart", string.Join(' ', table.Grid[table.HeaderRows - 1][3].Text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)));
        Assert.Equal(["Code", "Name", "Total"], Texts(table.Grid[table.HeaderRows - 1]).Take(3));
    }

    [Fact]
    public void A_row_numbering_the_columns_under_the_headings_opens_no_column_of_its_own()
    {
        // The final account's 三公 table: 预算数 and 决算数 over their parts, then 1 2 3… each at its column's left edge,
        // the figures right-aligned under them (a single row: the numbers alone would open gutters inside the columns).
        var table = StreamExtractor.Extract(
        [
            Centred(100, (120, "Budget"), (280, "Actual")),
            Line(112, (60, "Total"), (140, "Cars"), (220, "Total"), (300, "Cars")),
            Line(124, (40, "1"), (120, "2"), (200, "3"), (280, "4")),
            Line(140, RightAt(100, "39.10"), RightAt(180, "25.23"), RightAt(260, "37.60"), RightAt(340, "24.26")),
        ], [], 1);

        Assert.Equal(4, table.ColumnCount);
        Assert.Equal(3, table.HeaderRows);
        Assert.Equal(["Budget", "Budget", "Actual", "Actual"], Texts(table.Grid[0]));
        Assert.Equal(["1", "2", "3", "4"], Texts(table.Grid[2]));
        Assert.Equal(["39.10", "25.23", "37.60", "24.26"], Texts(table.Grid[3]));
    }

    [Fact]
    public void Numbers_after_a_column_numbering_word_count_the_amount_columns_from_the_right()
    {
        // 栏次 under the label columns, 1 2 3 set at the left edges of the amount columns.
        var table = StreamExtractor.Extract(
        [
            Line(100, (50, "Code"), (100, "Name"), RightAt(260, "Total"), RightAt(340, "Basic"), RightAt(420, "Project")),
            Line(112, (50, "栏次"), (190, "1"), (270, "2"), (350, "3")),
            .. Body,
        ], [], 1);

        Assert.Equal(5, table.ColumnCount);
        Assert.Equal(2, table.HeaderRows);
        Assert.Equal(["栏次", "", "1", "2", "3"], Texts(table.Grid[1]));
        Assert.Equal(["201", "Services", "1,200.00", "800.00", "400.00"], Texts(table.Grid[2]));
    }

    [Fact]
    public void A_two_sided_numbering_whose_number_runs_into_the_next_word_stays_out_of_the_headings()
    {
        // Zhejiang's 收入支出决算总表: "栏次 … 1 栏次 … 2", the 1 set a space before the right side's 栏次.
        var table = StreamExtractor.Extract(
        [
            Line(100, (50, "项目"), RightAt(200, "金额"), (230, "项目"), RightAt(400, "金额")),
            Line(112, (50, "栏次"), (194, "1"), (206, "栏次"), (394, "2")),
            Line(140, (50, "Income"), RightAt(200, "5,088.50"), (230, "Spending"), RightAt(400, "5,129.85")),
            Line(156, (50, "Other"), RightAt(200, "33.95"), (230, "Housing"), RightAt(400, "122.62")),
        ], [], 1);

        Assert.Equal(2, table.HeaderRows);
        Assert.Equal(["项目", "金额", "项目", "金额"], Texts(table.Grid[0]));
        Assert.Equal(["Income", "5,088.50", "Spending", "5,129.85"], Texts(table.Grid[2]));
    }

    [Fact]
    public void The_wrapped_last_characters_of_two_narrow_headings_stay_each_with_its_own_heading()
    {
        // 事业收 | 其他收 over 入 | 入: two one-character lines, not one letter-spaced word.
        var table = StreamExtractor.Extract(
        [
            Line(100, (50, "Code"), (262, "事业收"), (310, "其他收")),
            Line(112, (262, "入"), (310, "入")),
            Line(140, (50, "210"), RightAt(282, "63.27"), RightAt(330, "7.54")),
            Line(156, (50, "211"), RightAt(282, "12.00"), RightAt(330, "1.50")),
        ], [], 1);

        Assert.Equal(3, table.ColumnCount);
        Assert.Equal(["Code", "事业收入", "其他收入"], table.Grid[table.HeaderRows - 1].Select(c => c.Text.Replace(" ", "").Replace("\n", "")));
    }

    [Fact]
    public void A_heading_starting_over_a_leaf_spans_its_group_under_a_level_above_it()
    {
        // A two-sided summary: 收入 over 项目 | 预算数 (centred in the header's height) beside 支出 over 预算数 over
        // 合计 | 一般公共预算 | 政府性基金预算 | 国有资本经营预算, 预算数 set from 政府性基金预算's left edge.
        var table = StreamExtractor.Extract(
        [
            Line(84, (100, "Income"), (330, "Spending")),
            Line(98, (50, "Item"), (150, "Amount"), (368, "Budget")),
            Line(112, RightAt(290, "Total"), (310, "General"), (368, "Funds"), (460, "Capital")),
            Line(140, (50, "Fees"), RightAt(186, "2,400.00"), RightAt(290, "1,200.00"), RightAt(352, "800.00"), RightAt(398, "300.00"), RightAt(502, "100.00")),
            Line(156, (50, "Grants"), RightAt(186, "300.00"), RightAt(290, "300.00"), RightAt(352, "200.00"), RightAt(398, "100.00"), RightAt(502, "0.00")),
        ], [], 1);

        Assert.Equal(["Total", "General", "Funds", "Capital"], Texts(table.Grid[table.HeaderRows - 1]).Skip(2));
        Assert.Equal(["Budget", "Budget", "Budget", "Budget"], Texts(table.Grid[table.HeaderRows - 2]).Skip(2));
    }

    [Fact]
    public void Headings_set_close_under_a_group_heading_are_not_its_wrapped_lines()
    {
        // Round AY's Hainan 三公 table: 公务用车购置及运行费 over 小计 | 购置费 | 运行费 a line below, the three within its width.
        var table = StreamExtractor.Extract(
        [
            Line(100, (50, "合计"), (110, "公务用车购置及运行费")),
            Line(110, (110, "小计"), (150, "购置费"), (196, "运行费")),
            Line(126, RightAt(74, "5.36"), RightAt(134, "3.38"), RightAt(174, "0.00"), RightAt(214, "3.38")),
        ], [], 1);

        Assert.Equal(4, table.ColumnCount);
        Assert.Equal(["合计", "小计", "购置费", "运行费"], Texts(table.Grid[table.HeaderRows - 1]));
        Assert.Equal(["公务用车购置及运行费", "公务用车购置及运行费", "公务用车购置及运行费"], Texts(table.Grid[0]).Skip(1));
    }

    [Fact]
    public void A_heading_over_a_group_heading_over_its_cells_is_a_level_of_its_own()
    {
        // Round BG's Tianjin: 2024年预算数 over 合计 | 基本支出 | 项目支出, 基本支出 over 小计 | 人员经费 | 公用经费, 合计 and
        // 项目支出 set across the two lower lines; the top two lines are not one wrapped cell.
        var table = StreamExtractor.Extract(
        [
            Centred(88, (388, "Budget")),
            Line(100, (50, "Code"), (100, "Name"), RightAt(220, "Prior"), (373, "Basic")),
            Line(109, RightAt(280, "Total"), RightAt(520, "Proj")),
            Line(118, RightAt(340, "Sub"), RightAt(400, "Pers"), RightAt(460, "Pub")),
            Line(140, (50, "201"), (100, "Services"), RightAt(220, "900.00"), RightAt(280, "1,200.00"), RightAt(340, "800.00"), RightAt(400, "500.00"), RightAt(460, "300.00"), RightAt(520, "400.00")),
            Line(156, (50, "221"), (100, "Housing"), RightAt(220, "250.00"), RightAt(280, "300.00"), RightAt(340, "200.00"), RightAt(400, "150.00"), RightAt(460, "50.00"), RightAt(520, "100.00")),
        ], [], 1);

        Assert.Equal(3, table.HeaderRows);
        Assert.Equal(["Code", "Name", "Prior", "Total", "Sub", "Pers", "Pub", "Proj"], Texts(table.Grid[2]));
        Assert.Equal(["Basic", "Basic", "Basic"], Texts(table.Grid[1]).Skip(4).Take(3));
        Assert.Equal(["Budget", "Budget", "Budget", "Budget", "Budget"], Texts(table.Grid[0]).Skip(3));
    }

    [Fact]
    public void A_wrapped_group_heading_over_cells_within_its_width_stays_one_cell()
    {
        // A heading wrapped onto a short second line over 小计 | 购置 | 运行: the cells take no more room than the two lines set
        // as one, so the heading wrapped for want of it and its lines are one cell.
        var table = StreamExtractor.Extract(
        [
            Line(88, (40, "合计"), (98, "公务用车购置费及运行维护费合计")),
            Line(100, (140, "小类")),
            Line(112, (100, "小计"), (140, "购置"), (180, "运行")),
            Line(130, RightAt(64, "5.36"), RightAt(112, "3.38"), RightAt(152, "0.00"), RightAt(192, "3.38")),
        ], [], 1);

        Assert.Equal(["合计", "小计", "购置", "运行"], Texts(table.Grid[table.HeaderRows - 1]));
        Assert.Equal(2, table.HeaderRows);
        Assert.Equal("公务用车购置费及运行维护费合计小类", table.Grid[0][2].Text.Replace("\n", "", StringComparison.Ordinal));
    }

    [Fact]
    public void A_short_heading_centred_between_its_cells_under_a_wider_one_is_a_level_of_its_own()
    {
        // Round BG's Inner Mongolia: 其中 over 人员经费 | 公用经费, set within 2024年一般公共预算基本支出 but not centred under it.
        var table = StreamExtractor.Extract(
        [
            Line(90, (60, "Class"), (322, "GeneralBudgetBasic")),
            Line(102, (417.5, "Of")),
            Line(112, (50, "Code"), (100, "Name"), RightAt(300, "Total")),
            Line(122, RightAt(392, "Pers"), (461, "Pub")),
            Line(140, (50, "301"), (100, "Wages"), RightAt(300, "1,200.00"), RightAt(428, "1,200.00"), RightAt(490, "0.00")),
            Line(156, (50, "302"), (100, "Goods"), RightAt(300, "300.00"), RightAt(428, "0.00"), RightAt(490, "300.00")),
        ], [], 1);

        Assert.Equal(["Code", "Name", "Total", "Pers", "Pub"], Texts(table.Grid[table.HeaderRows - 1]));
        Assert.Equal(["Of", "Of"], Texts(table.Grid[table.HeaderRows - 2]).Skip(3));
    }

    [Theory]
    // Round BE's Jiangxi, a narrow page: 本年收入合计 | 财政拨款收入 | 上级补助收入 wrapped, their first lines run together as one run,
    // a third of a letter apart or more.
    [InlineData(6, new[] { "本年收入合计", "财政拨款收入", "上级补助收入" })]
    // Set solid, the run is one heading over the three, however its letters lie over them.
    [InlineData(0, new[] { "合计", "收入", "收入" })]
    public void First_lines_of_wrapped_headings_run_together_are_parted_over_their_cells(double gap, string[] headings)
    {
        // Headings set in 16 points (letters 9.6 wide), 项目 over 编码 | 名称; each 合计 or 收入 centred under its first line's
        // word, figures right-aligned under them.
        double pitch = 38.4 + gap;
        double Centre(int k) => 200 + k * pitch + 19.2;
        string[] words = ["本年收入", "财政拨款", "上级补助"];
        string[] cells = ["合计", "收入", "收入"];
        ChunkedLine Body(double baseline, string code, string name, params string[] figures) =>
            Line(baseline, [(50, code), (100, name), .. figures.Select((f, k) => RightAt(Centre(k) + 14, f))]);
        var table = StreamExtractor.Extract(
        [
            SizedLine(100, [(70, "项目", 16), .. words.Select((word, k) => (200 + k * pitch, word, 16.0))]),
            SizedLine(118, [(50, "编码", 16), (100, "名称", 16), .. cells.Select((cell, k) => (Centre(k) - 9.6, cell, 16.0))]),
            Body(136, "201", "一般公共服务", "5.00", "3.00", "2.00"),
            Body(152, "208", "社会保障就业", "4.00", "1.00", "3.00"),
            Body(168, "210", "卫生健康支出", "9.00", "6.00", "3.00"),
        ], [], 1);

        Assert.Equal(headings, Texts(table.Grid[table.HeaderRows - 1]).Skip(2).Select(t => t.Replace("\n", "", StringComparison.Ordinal)));
    }

    [Fact]
    public void Headings_set_solid_under_a_group_heading_starting_where_it_starts_are_not_its_wrapped_line()
    {
        // Round BH's Xiamen: 基本支出 over 小计 | 人员经费 | 公用经费, the last two set solid as one run from 基本支出's left edge,
        // twice its width: no wrapped line of it.
        var table = StreamExtractor.Extract(
        [
            Line(102, (376, "基本支出")),
            Line(109, (52, "编码"), RightAt(300, "合计"), (470, "项目支出")),
            Line(118, (330, "小计"), (376, "人员经费"), (404, "公用经费")),
            Line(140, (52, "207"), RightAt(300, "1,182.36"), RightAt(350, "302.52"), RightAt(400, "266.88"), RightAt(440, "35.64"), RightAt(500, "879.84")),
            Line(156, (52, "208"), RightAt(300, "200.00"), RightAt(350, "200.00"), RightAt(400, "150.00"), RightAt(440, "50.00"), RightAt(500, "0.00")),
        ], [], 1);

        Assert.Equal(["编码", "合计", "小计", "人员经费", "公用经费", "项目支出"], Texts(table.Grid[table.HeaderRows - 1]));
        Assert.Equal(["基本支出", "基本支出", "基本支出"], Texts(table.Grid[0]).Skip(2).Take(3));
    }

    [Fact]
    public void First_lines_run_together_over_last_letters_read_as_one_spaced_word_are_parted_too()
    {
        // Round BI's Xinjiang: 本年收入合 | 财政拨款收 set solid, their last letters 计 … 入 alone on the next line.
        var table = StreamExtractor.Extract(
        [
            SizedLine(100, (70, "项目", 16), (200, "本年收入合", 16), (253, "财政拨款收", 16)),
            SizedLine(118, (50, "编码", 16), (100, "名称", 16), (219.2, "计", 16), (272.2, "入", 16)),
            Line(136, (50, "201"), (100, "一般公共服务"), RightAt(248, "5.00"), RightAt(301, "3.00")),
            Line(152, (50, "208"), (100, "社会保障就业"), RightAt(248, "4.00"), RightAt(301, "1.00")),
        ], [], 1);

        Assert.Equal(["本年收入合计", "财政拨款收入"], Texts(table.Grid[table.HeaderRows - 1]).Skip(2).Select(t => t.Replace("\n", "", StringComparison.Ordinal)));
    }
}
