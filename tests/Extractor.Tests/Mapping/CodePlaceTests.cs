using Extractor.Mapping;

namespace Extractor.Tests.Mapping;

/// <summary>Codes that do not fit their place in the hierarchy, read by the rows above them.</summary>
public sealed class CodePlaceTests
{
    private static List<(string? Code, string? Printed)> Split(params string?[][] rows)
    {
        var place = new CodePlace();
        return [.. rows.Select(parts => (place.Compose(parts, out var printed), printed))];
    }

    [Fact]
    public void Reads_a_class_printed_as_one_digit_by_the_class_and_kuan_above_it()
    {
        var read = Split(["210", null, null], ["210", "11", null], ["7", "11", "02"], ["221", null, null]);

        Assert.Equal([("210", null), ("21011", null), ("2101102", "7 11 02"), ("221", null)], read);
    }

    [Fact]
    public void Reads_a_class_printed_as_no_class_of_the_classification_by_the_rows_above_it()
    {
        // Round AC's Yunnan: 社区矫正 printed 240 | 06 | 10 between 2040607 and 2040612; 240 is no class. A real class that
        // follows (208 | 05 | 05) stays as printed, as does a class that is no class with no 款 above to go on under.
        var read = Split(["204", null, null], ["204", "06", null], ["204", "06", "07"], ["240", "06", "10"], ["204", "06", "12"], ["208", "05", "05"]);

        Assert.Equal([("204", null), ("20406", null), ("2040607", null), ("2040610", "240 06 10"), ("2040612", null), ("2080505", null)], read);
        Assert.Equal([("2400610", null)], Split(["240", "06", "10"]));
    }

    [Fact]
    public void Reads_a_class_or_kuan_printed_with_its_digits_swapped_by_the_rows_above_it()
    {
        // Round AJ's Fujian: 渔业发展 printed 231 | 01 | 48 (or 321 | 01 | 48, or 213 | 10 | 48) among the items of 21301.
        string?[][] above = [["213", null, null], ["213", "01", null], ["213", "01", "01"]];
        foreach (var (printed, shown) in new[] { (new[] { "231", "01", "48" }, "231 01 48"), (["321", "01", "48"], "321 01 48"), (["213", "10", "48"], "213 10 48") })
            Assert.Equal(("2130148", shown), Split([.. above, printed])[^1]);
        // A class of other digits (214 | 01 | 01, a table printing no class rows), or an item already printed, stays as printed.
        Assert.Equal(("2140101", null), Split([.. above, ["214", "01", "01"]])[^1]);
        Assert.Equal(("2310101", null), Split([.. above, ["231", "01", "01"]])[^1]);
    }

    [Fact]
    public void Reads_a_class_code_that_is_no_class_by_the_class_name_beside_it()
    {
        // Round AI's Shanxi: "270 | 文化旅游体育与传媒支出"; a 2xx that is a class, or one beside no class's name, stays.
        var place = new CodePlace();

        Assert.Equal(("207", "270"), (place.Place("270", out var printed, "文化旅游体育与传媒支出"), printed));
        Assert.Equal("20701", place.Place("20701", out _, "文化和旅游"));
        Assert.Equal(("208", null), (place.Place("208", out var real, "文化旅游体育与传媒支出"), real));
        Assert.Equal(("270", null), (place.Place("270", out var unnamed, "其他"), unnamed));
    }

    [Fact]
    public void Reads_a_class_printed_short_beside_its_name_as_that_class()
    {
        // Rounds EC and EE: 卫生健康支出 printed 21 over 21011 in one code column; round EB: 21 | | in split columns.
        var place = new CodePlace();
        foreach (var code in (string[])["208", "20805", "2080505"]) place.Place(code, out _);

        Assert.Equal(("210", "21"), (place.Place("21", out var printed, "卫生健康支出"), printed));
        Assert.Equal(("21011", null), (place.Place("21011", out var kuan, "行政事业单位医疗"), kuan));
        Assert.Equal(("210", "21"), (new CodePlace().Compose(["21", null, null], out var split, "卫生健康支出"), split));
        // Digits the class's code does not hold in order, or a name of no class, stay as printed.
        Assert.Equal(("12", null), (new CodePlace().Place("12", out var other, "卫生健康支出"), other));
        Assert.Equal(("21", null), (new CodePlace().Compose(["21", null, null], out var unnamed, "其他支出"), unnamed));
    }

    [Fact]
    public void Reads_an_item_whose_kuan_is_a_digit_off_under_the_kuan_row_above_where_the_table_prints_kuan_rows()
    {
        // Round EA's Shandong: 其他农业农村支出 printed 213 | 05 | 99 among the items of 21301, before the 款 row 21305.
        var read = Split(["213", null, null], ["213", "01", null], ["213", "01", "22"], ["213", "05", "99"], ["213", "05", null], ["213", "05", "01"]);

        Assert.Equal([("213", null), ("21301", null), ("2130122", null), ("2130199", "213 05 99"), ("21305", null), ("2130501", null)], read);
        // A table printing no 款 rows goes on to a new 款 by its items alone.
        Assert.Equal(("2130599", null), Split(["213", "01", "22"], ["213", "05", "99"])[^1]);
    }

    [Fact]
    public void Reads_an_item_printed_back_under_an_earlier_kuan_as_the_kuan_row_aboves()
    {
        // Round EG's Zhejiang: 城乡社区环境卫生 printed 212 | 01 | 01 under the 款 row 21205, 21201 and its items printed before.
        var read = Split(["212", null, null], ["212", "01", null], ["212", "01", "01"], ["212", "05", null], ["212", "01", "01"]);

        Assert.Equal(("2120501", "212 01 01"), read[^1]);
        // A table printing no 款 rows goes back as printed.
        Assert.Equal(("2120101", null), Split(["212", "01", "01"], ["212", "05", "01"], ["212", "01", "01"])[^1]);
    }

    [Fact]
    public void Reads_a_second_item_printing_the_same_kuan_a_digit_off_as_printed()
    {
        // 21302's 款 row lost: its items 213 | 02 | 05 and 213 | 02 | 06 under 21301's; the first is read under 21301, the second
        // says the 款 is its own.
        var read = Split(["213", null, null], ["213", "01", null], ["213", "01", "01"], ["213", "02", "05"], ["213", "02", "06"]);

        Assert.Equal([("2130105", "213 02 05"), ("2130206", null)], read[^2..]);
    }

    [Fact]
    public void Reads_an_items_number_printed_in_the_kuan_column_among_a_kuans_items_as_that_item()
    {
        // Round EH's Yunnan: 妇幼保健机构 printed 210 | 03 | between 2100402 and 2100408.
        var read = Split(["210", null, null], ["210", "04", null], ["210", "04", "02"], ["210", "03", null], ["210", "04", "08"]);
        Assert.Equal([("2100403", "210 03"), ("2100408", null)], read[^2..]);
        // Round EI's Beijing, each row its own part: 住房公积金 printed | 01 | under 22102's first item.
        var own = Split(["221", null, null], [null, "01", null], [null, null, "01"], [null, "02", null], [null, "01", null], [null, null, "03"]);
        Assert.Equal([("2210201", "· 01"), ("2210203", null)], own[^2..]);
        // Round ES's Jiangxi: 初中教育 printed 205 | 03 | between 2050202 and 205 | 02 | 99, the row below going back to 20502.
        var place = new CodePlace();
        foreach (string?[] row in new[] { new[] { "205", null, null }, ["205", "02", null], ["205", "02", "02"] }) place.Compose(row, out _);
        Assert.Equal("2050203", place.Compose(["205", "03", null], out var shown, below: () => new(["205", "02", "99"], ItemsAddUp: false)));
        Assert.Equal("205 03", shown);
        Assert.Equal("2050299", place.Compose(["205", "02", "99"], out var after));
        Assert.Null(after);
        // With the next row under the new 款, or the items below adding up to it (round EG's Zhejiang: 212 | 05 | over 212 | 01 | 01
        // of the same figures), it is that 款.
        foreach (var below in new CodePlace.RowsBelow[] { new(["205", "03", "01"], ItemsAddUp: false), new(["205", "02", "01"], ItemsAddUp: true) })
        {
            var onward = new CodePlace();
            foreach (string?[] row in new[] { new[] { "205", null, null }, ["205", "02", null], ["205", "02", "02"] }) onward.Compose(row, out _);
            Assert.Equal("20503", onward.Compose(["205", "03", null], out _, below: () => below));
        }
        // A 款 row after a class row, or a later 款, is a 款.
        Assert.Equal(("21003", null), Split(["210", null, null], ["210", "03", null])[^1]);
        Assert.Equal(("21005", null), Split(["210", "04", null], ["210", "04", "02"], ["210", "05", null])[^1]);
    }

    [Fact]
    public void Reads_a_later_kuan_row_closing_the_kuan_above_short_by_its_figure_as_that_kuans_last_item()
    {
        // Round EV's Heilongjiang: 职业年金缴费支出 2080506 printed 208 | 06 | as the last row of 20805 (554.7 = 399.7 + 155.0), 208 | 10 | next.
        CodePlace Read(decimal itemAbove)
        {
            var place = new CodePlace();
            place.Compose(["208", null, null], out _, figure: 900.0m);
            place.Compose(["208", "05", null], out _, figure: 554.7m);
            place.Compose(["208", "05", "05"], out _, figure: itemAbove);
            return place;
        }
        CodePlace.RowsBelow nextKuan = new(["208", "10", null], ItemsAddUp: false);
        Assert.Equal(("2080506", "208 06"), (Read(399.7m).Compose(["208", "06", null], out var shown, below: () => nextKuan, figure: 155.0m), shown));
        // The last row of the table closes it too.
        Assert.Equal("2080506", Read(399.7m).Compose(["208", "06", null], out _, below: () => null, figure: 155.0m));
        // A 款 whose items add up to it, a figure other than the shortfall, or items going on under the row: the later 款.
        Assert.Equal("20806", Read(554.7m).Compose(["208", "06", null], out _, below: () => nextKuan, figure: 155.0m));
        Assert.Equal("20806", Read(399.7m).Compose(["208", "06", null], out _, below: () => nextKuan, figure: 150.0m));
        Assert.Equal("20806", Read(399.7m).Compose(["208", "06", null], out _, below: () => new(["208", "06", "01"], ItemsAddUp: true), figure: 155.0m));
    }

    [Fact]
    public void Reads_a_kuans_number_printed_in_the_item_column_after_the_kuan_above_as_that_kuan()
    {
        // Round EQ's Ningxia: 计划生育事务 printed 210 | | 07 after 2100410, its items 210 | 07 | 17 below.
        var read = Split(["210", null, null], ["210", "04", null], ["210", "04", "10"], ["210", null, "07"], ["210", "07", "17"]);
        Assert.Equal([("21007", "210 · 07"), ("2100717", null)], read[^2..]);
        // A number the 款 above has not reached among its items could be its next item: left as printed.
        Assert.Equal(("210", null), Split(["210", "04", null], ["210", "04", "03"], ["210", null, "07"])[^1]);
    }

    [Fact]
    public void Reads_a_kuan_and_its_item_printed_in_each_others_columns_as_that_item()
    {
        // Round EU's Sichuan: 法律援助 printed 204 | 07 | 06 among the items of 20406, for 2040607.
        var read = Split(["204", null, null], ["204", "06", null], ["204", "06", "05"], ["204", "07", "06"], ["204", "06", "10"]);
        Assert.Equal([("2040607", "204 07 06"), ("2040610", null)], read[^2..]);
        // Under a 款 row of its own, the 款 is a 款.
        Assert.Equal(("2040706", null), Split(["204", "06", null], ["204", "06", "05"], ["204", "07", null], ["204", "07", "06"])[^1]);
    }

    [Fact]
    public void Reads_rows_printing_only_their_own_part_under_the_rows_above()
    {
        // Guangxi: 207 | | , then | 01 | , then | | 01 — each row its own part, silently.
        var read = Split(["207", null, null], [null, "01", null], [null, null, "01"], [null, null, "04"], ["208", null, null], [null, "05", null], [null, null, "05"]);

        Assert.Equal([("207", null), ("20701", null), ("2070101", null), ("2070104", null), ("208", null), ("20805", null), ("2080505", null)], read);
    }

    [Fact]
    public void Pads_a_kuan_or_item_printed_without_its_leading_zero_as_a_way_of_printing()
    {
        // Round IC's Xinjiang prints every code so (201 | 6 | 1): no misprint, and one misprinted among them is still told.
        var read = Split(["208", null, null], ["208", "5", null], ["208", "05", "2"], ["208", "5", "6"], ["7", "5", "7"]);

        Assert.Equal([("208", null), ("20805", null), ("2080502", null), ("2080506", null), ("2080507", "7 5 7")], read);
    }

    [Fact]
    public void Fills_a_blank_class_silently_and_leaves_what_no_row_above_explains()
    {
        // A class printed once and left blank below is a way of printing; a class "7" with no 款 above it to
        // continue is left as printed (no place to read it by).
        Assert.Equal([("208", null), ("20805", null), ("2080502", null)], Split(["208", null, null], [null, "05", null], [null, "05", "02"]));
        Assert.Equal([("71102", null)], Split(["7", "11", "02"]));
        Assert.Equal([("208", null), ("71102", null)], Split(["208", null, null], ["7", "11", "02"]));
        Assert.Equal([("30101", null)], Split(["301", "01", null]));
    }

    [Fact]
    public void Places_a_whole_code_one_digit_short_under_the_class_or_kuan_above()
    {
        var place = new CodePlace();
        string Place(string code, out string? printed) => place.Place(code, out printed);

        Assert.Equal("205", Place("205", out _));
        Assert.Equal(("20502", "2052"), (Place("2052", out var kuan), kuan));
        Assert.Equal(("2050201", "205021"), (Place("205021", out var item), item));
        Assert.Equal(("2050202", null), (Place("2050202", out var whole), whole));
        Assert.Equal("30101", Place("30101", out _));
    }

    [Fact]
    public void Places_a_whole_item_printed_under_an_earlier_kuan_right_below_a_kuan_row_under_that_row()
    {
        // Round EW's Zhejiang: 小城镇基础设施建设 printed 2120103 right below 21203's row, for 2120303.
        var place = new CodePlace();
        foreach (var code in new[] { "212", "21201", "2120101", "2120104", "21203" }) place.Place(code, out _);

        Assert.Equal(("2120303", "2120103"), (place.Place("2120103", out var printed), printed));
        // Without a row for the 款 above (items only), or where that item is printed already, as printed.
        var items = new CodePlace();
        foreach (var code in new[] { "212", "2120101", "2120301" }) items.Place(code, out _);
        Assert.Equal("2120104", items.Place("2120104", out _));
        var twice = new CodePlace();
        foreach (var code in new[] { "212", "21201", "2120101", "21203", "2120303" }) twice.Place(code, out _);
        Assert.Equal("2120103", twice.Place("2120103", out _));
    }

    [Fact]
    public void Places_a_whole_code_whose_kuan_lost_its_leading_zero_under_that_kuan()
    {
        // Shaanxi: 213305 for 2130305 under 21303.
        var place = new CodePlace();

        Assert.Equal("21303", place.Place("21303", out _));
        Assert.Equal(("2130305", "213305"), (place.Place("213305", out var item), item));
        // A kuan the rows above never printed gives no place: as printed.
        Assert.Equal(("213705", null), (place.Place("213705", out var other), other));
    }

    [Fact]
    public void Places_an_item_that_lost_a_digit_under_the_kuan_above_rather_than_another_kuan_of_its_class()
    {
        // Round AX's Hunan: 210101 for 2101101 under 21011, where 21001 was printed above too (read 2100101 before).
        var place = new CodePlace();
        foreach (var code in (string[])["210", "21001", "2100101", "21011"]) place.Place(code, out _);

        Assert.Equal(("2101101", "210101"), (place.Place("210101", out var item), item));
        // The item already printed under the 款 above: not this row's code.
        Assert.Equal("2101101", place.Place("2101101", out _));
        Assert.NotEqual("2101101", place.Place("210101", out _));
    }

    [Fact]
    public void Places_an_item_that_lost_a_digit_past_the_item_its_leading_zero_would_make_when_that_one_is_printed()
    {
        // Round BF's Yunnan: 214012 for 2140112 公路运输管理, below 2140102 一般行政管理事务.
        var place = new CodePlace();
        foreach (var code in (string[])["214", "21401", "2140101", "2140102", "2140106"]) place.Place(code, out _);

        Assert.Equal(("2140112", "214012"), (place.Place("214012", out var item), item));
    }

    [Fact]
    public void Places_an_item_whose_digits_were_swapped_into_its_kuan_under_the_kuan_printed_above()
    {
        // Round W's Guangxi: 2201006 for 2200106, among the items of 22001 (its 款 22010 printed nowhere).
        var place = new CodePlace();

        Assert.Equal("220", place.Place("220", out _));
        Assert.Equal("22001", place.Place("22001", out _));
        Assert.Equal("2200104", place.Place("2200104", out _));
        Assert.Equal(("2200106", "2201006"), (place.Place("2201006", out var swapped), swapped));
        // Another 款's item of the same digits: its 款 row printed, or the item it would be already printed (2081001 under 2080101).
        var kuan = new CodePlace();
        foreach (var code in (string[])["220", "22001", "22010"]) kuan.Place(code, out _);
        Assert.Equal(("2201006", null), (kuan.Place("2201006", out var own), own));
        var twin = new CodePlace();
        foreach (var code in (string[])["208", "20801", "2080101"]) twin.Place(code, out _);
        Assert.Equal(("2081001", null), (twin.Place("2081001", out var printed), printed));
        // Round AI's Heilongjiang: the 款 one digit off, 2130253 for 2130153 under 21301 (21302 printed nowhere).
        var slip = new CodePlace();
        foreach (var code in (string[])["213", "21301", "2130104"]) slip.Place(code, out _);
        Assert.Equal(("2130153", "2130253"), (slip.Place("2130253", out var slipped), slipped));
        // Round AH's Henan: the 款's number and the item's swapped, 2060207 for 2060702 under 20607 (20602 printed nowhere).
        var numbers = new CodePlace();
        foreach (var code in (string[])["206", "20601", "2060101", "20607"]) numbers.Place(code, out _);
        Assert.Equal(("2060702", "2060207"), (numbers.Place("2060207", out var swappedNumbers), swappedNumbers));
        Assert.Equal(("2060703", null), (numbers.Place("2060703", out var next), next));
        // Round FP's Jiangxi: across the class and the 款, 2110102 for 事业单位医疗 2101102 under 21011 (no row of class 211).
        var across = new CodePlace();
        foreach (var code in (string[])["210", "21011", "2101101"]) across.Place(code, out _);
        Assert.Equal(("2101102", "2110102"), (across.Place("2110102", out var acrossPrinted), acrossPrinted));
        // A class whose 款 a row printed, or digits that are not the 款 above's, are their own.
        var printedClass = new CodePlace();
        foreach (var code in (string[])["211", "21101", "2110101", "210", "21011", "2101101"]) printedClass.Place(code, out _);
        Assert.Equal(("2110102", null), (printedClass.Place("2110102", out var own2), own2));
        var otherDigits = new CodePlace();
        foreach (var code in (string[])["210", "21011", "2101101"]) otherDigits.Place(code, out _);
        Assert.Equal(("2120102", null), (otherDigits.Place("2120102", out var other2), other2));
    }

    [Fact]
    public void Places_an_item_printed_with_a_zero_too_many_under_the_kuan_printed_above()
    {
        // Round Y's Baotou: 21401006 between 2140104 and 2140110.
        var place = new CodePlace();
        foreach (var code in (string[])["214", "21401", "2140101", "2140104"]) place.Place(code, out _);

        Assert.Equal(("2140106", "21401006"), (place.Place("21401006", out var padded), padded));
        // An item printed already, or another 款's digits: as printed.
        Assert.Equal(("21401004", null), (place.Place("21401004", out var twice), twice));
        Assert.Equal(("21402006", null), (place.Place("21402006", out var other), other));
    }

    [Fact]
    public void Gives_an_ocr_read_code_that_lost_its_leading_two_the_two_back()
    {
        var ocr = new CodePlace(readByOcr: true);
        var text = new CodePlace();

        Assert.Equal(("2080505", "080505"), (ocr.Place("080505", out var item), item));
        Assert.Equal(("20805", "0805"), (ocr.Place("0805", out var kuan), kuan));
        // Not a class's digits (200), nor a unit's code: as read.
        Assert.Equal(("001001", null), (ocr.Place("001001", out var unit), unit));
        Assert.Equal(("080505", null), (text.Place("080505", out var printed), printed));
    }

    [Fact]
    public void Reads_a_number_in_the_item_column_as_the_kuan_the_rows_below_go_on_under()
    {
        // Round GP's Jiangxi: 最低生活保障 printed 208 | | 19 after 2081002, its items 208 | 19 | 01 below: the 款 20819, not the class.
        var place = new CodePlace();
        foreach (string?[] row in new[] { new[] { "208", null, null }, ["208", "10", null], ["208", "10", "02"] }) place.Compose(row, out _);

        Assert.Equal(("20819", "208 · 19"), (place.Compose(["208", null, "19"], out var shown, below: () => new(["208", "19", "01"], ItemsAddUp: true)), shown));
    }

    [Fact]
    public void Reads_a_kuan_printed_under_another_class_by_its_name_or_by_the_class_row_and_item_around_it()
    {
        // Round HS's Hunan: 行政事业单位医疗 printed 20811 under 210, its items 2101101 and 2101102 below; round HR's Anhui: 住房改革支出
        // printed 21102 under 221.
        string[] above = ["208", "20805", "2080505", "210"];
        var place = new CodePlace();
        foreach (var code in above) place.Place(code, out _);
        Assert.Equal(("21011", "20811"), (place.Place("20811", out var printed, "行政事业单位医疗"), printed));
        Assert.Equal("2101101", place.Place("2101101", out _, "行政单位医疗"));
        // Round IA's Sichuan: its digits swapped, 21101.
        place = new CodePlace();
        foreach (var code in above) place.Place(code, out _);
        Assert.Equal(("21011", "21101"), (place.Place("21101", out printed, "行政事业单位医疗"), printed));

        // A name the classification does not give: the item right below places it, under the class row or after the 款 above in code
        // order; without the item, or going back from the 款 above, it stays as printed.
        place = new CodePlace();
        foreach (var code in above) place.Place(code, out _);
        Assert.Equal(("21011", "20811"), (place.Place("20811", out printed, "医疗保障", () => "2101101"), printed));
        place = new CodePlace();
        foreach (var code in above) place.Place(code, out _);
        Assert.Equal(("20811", null), (place.Place("20811", out printed, "医疗保障", () => "2081101"), printed));
        place = new CodePlace();
        foreach (var code in above.Append("21012")) place.Place(code, out _);
        Assert.Equal(("20811", null), (place.Place("20811", out printed, "医疗保障", () => "2101101"), printed));
        place = new CodePlace();
        foreach (var code in above.Append("21007")) place.Place(code, out _);
        Assert.Equal(("21011", "20811"), (place.Place("20811", out printed, "医疗保障", () => "2101101"), printed));
        // Round IL's Heilongjiang: 自然生态保护 printed 21401 after 2110307, 2110402 below.
        place = new CodePlace();
        foreach (var code in new[] { "211", "21103", "2110307" }) place.Place(code, out _);
        Assert.Equal(("21104", "21401"), (place.Place("21401", out printed, "自然生态保护", () => "2110402"), printed));

        // A table printing no class rows goes on to another class by its 款 (21011 after 20805): that stays.
        place = new CodePlace();
        foreach (var code in new[] { "20805", "2080505" }) place.Place(code, out _);
        Assert.Equal(("21011", null), (place.Place("21011", out printed, "行政事业单位医疗", () => "2101101"), printed));
    }

    [Fact]
    public void Reads_a_row_leaving_its_class_blank_under_the_class_above_whatever_its_kuan()
    {
        // Round IO's Inner Mongolia: the class printed on its own row only, 行政运行 printed | 03 | 01 under the 款 row | 02 |.
        var place = new CodePlace();
        foreach (string?[] row in new[] { new[] { "213", null, null }, [null, "02", null] }) place.Compose(row, out _);

        Assert.Equal(("2130201", "· 03 01"), (place.Compose([null, "03", "01"], out var shown), shown));
        Assert.Equal(("2130202", null), (place.Compose([null, "02", "02"], out var next), next));
    }

    [Fact]
    public void Reads_an_economic_kuan_under_the_class_printed_on_its_row_only()
    {
        // Round IO's Inner Mongolia: 301 | | 工资福利支出, then | 01 | 基本工资.
        var place = new CodePlace();

        Assert.Equal(["301", "30101", "30102", "302", "30201"],
            new string?[][] { ["301", null, null], [null, "01", null], [null, "02", null], ["302", null, null], [null, "01", null] }.Select(row => place.Compose(row, out _)));
    }

    [Fact]
    public void Reads_a_kuan_printed_under_another_class_in_split_columns_by_the_class_row_and_item_around_it()
    {
        // Round HT's Yunnan: 201 | 11 under the class row 210, 210 | 11 | 01 below; the items stay under 21011.
        var place = new CodePlace();
        foreach (string?[] row in new[] { new[] { "208", null, null }, ["208", "05", null], ["208", "05", "05"], ["210", null, null] }) place.Compose(row, out _);

        Assert.Equal(("21011", "201 11"), (place.Compose(["201", "11", null], out var shown, "医疗保障", () => new(["210", "11", "01"], ItemsAddUp: true)), shown));
        Assert.Equal(("2101101", null), (place.Compose(["210", "11", "01"], out var item), item));
    }

    [Fact]
    public void Reads_an_item_with_two_digits_swapped_across_its_kuan_and_number_as_the_kuan_above_s_item()
    {
        // Round HV's Tianjin: 事业单位医疗 printed 2101201 under 21011, after 2101101; 21012 no row printed.
        var place = new CodePlace();
        foreach (var code in new[] { "210", "21011", "2101101" }) place.Place(code, out _);

        Assert.Equal(("2101102", "2101201"), (place.Place("2101201", out var printed), printed));
        // Under a 款 row of its own, an item of 21012 stays.
        foreach (var code in new[] { "21012", "2101201" }) Assert.Equal((code, null), (place.Place(code, out var own), own));
    }

    [Fact]
    public void Reads_an_earlier_kuans_item_code_under_a_later_kuan_as_the_item_its_name_is_there()
    {
        // Round LC's Inner Mongolia: 事业单位医疗 printed 2100102 (一般行政管理事务's code) under 21011, after 21001's items.
        var place = new CodePlace();
        foreach (var code in new[] { "210", "21001", "2100101", "2100102", "21011", "2101101" }) place.Place(code, out _);

        Assert.Equal(("2101102", "2100102"), (place.Place("2100102", out var printed, "事业单位医疗"), printed));
        // Its name not the classification's item of the 款 it sits under: it stays as printed.
        Assert.Equal(("2100102", null), (new[] { "210", "21001", "2100102", "21011", "2101101" }.Aggregate(new CodePlace(), (p, c) => { p.Place(c, out _); return p; })
            .Place("2100102", out var kept, "一般行政管理事务"), kept));
    }

    [Fact]
    public void Reads_an_item_whose_class_is_one_digit_off_the_kuan_row_above_as_that_kuan_s_item()
    {
        // Round HX's Shandong: 住房公积金 printed 2220201 under 22102; no row printed class 222.
        var place = new CodePlace();
        foreach (var code in new[] { "221", "22102" }) place.Place(code, out _);

        Assert.Equal(("2210201", "2220201"), (place.Place("2220201", out var printed), printed));
        // A class the table prints (222 with its 款 rows) stays.
        place = new CodePlace();
        foreach (var code in new[] { "221", "22102", "2210201", "222", "22204" }) place.Place(code, out _);
        Assert.Equal(("2220401", null), (place.Place("2220401", out var own), own));
    }

    [Fact]
    public void Leaves_the_items_under_a_misprinted_kuan_row_as_printed_where_the_next_goes_on_under_their_kuan()
    {
        // Round ID's Hunan: 国有土地使用权出让收入安排的支出 printed 21280 over 2120801, 2120803 and 2120899.
        var place = new CodePlace();
        foreach (var code in new[] { "212", "21280" }) place.Place(code, out _);

        Assert.Equal(("2120801", null), (place.Place("2120801", out var printed, "征地和拆迁补偿支出", () => "2120803"), printed));
        Assert.Equal(("2120803", null), (place.Place("2120803", out printed, "城市建设支出", () => "2120899"), printed));
    }

    [Fact]
    public void Reads_a_split_code_its_place_repairs_as_the_code_the_classification_gives_its_name_under_that_kuan()
    {
        // Round IF's Anhui: 机关事业单位基本养老保险缴费支出 printed 208 | 08 | 05 under 20805: 2080505, not 2080508.
        var place = new CodePlace();
        foreach (string?[] row in new[] { new[] { "208", null, null }, ["208", "05", null], ["208", "05", "01"] }) place.Compose(row, out _);

        Assert.Equal(("2080505", "208 08 05"), (place.Compose(["208", "08", "05"], out var printed, "机关事业单位基本养老保险缴费支出"), printed));
    }
}
