using System.Globalization;
using Extractor.Model;
using Extractor.Tests.Support;

namespace Extractor.Tests.Mapping;

[Collection(ProcessedFixturesCollection.Name)]
public sealed class LineItemBuilderTests(ProcessedFixtures processed)
{
    private static string Key(string tableType, string dimension, string? code, string name, string measure, decimal amount) =>
        $"{tableType}|{dimension}|{code ?? name.Replace(" ", "")}|{measure}|{amount.ToString("0.##", CultureInfo.InvariantCulture)}";

    private static List<string> Truth(string pdf) =>
        Fixtures.Truth(pdf).GetProperty("line_items").EnumerateArray().Select(i => Key(
            i.GetProperty("table_type").GetString()!, i.GetProperty("dimension").GetString()!,
            i.GetProperty("code").GetString(), i.GetProperty("name").GetString()!, i.GetProperty("measure").GetString()!,
            decimal.Parse(i.GetProperty("amount").GetString()!, CultureInfo.InvariantCulture))).Order().ToList();

    private List<string> Extracted(string pdf) =>
        processed[$"disclosures/{pdf}"].LineItems.Select(i => Key(i.TableType, i.Dimension, i.Code, i.Name, i.Measure, i.Amount)).Order().ToList();

    [Theory]
    [InlineData("dev06-2022-yuan.pdf")]
    [InlineData("dev18-2021-wan.pdf")]
    public void Produces_exactly_the_line_items_of_a_ruled_national_template_document(string pdf)
    {
        Assert.Equal(Truth(pdf), Extracted(pdf));
    }

    [Fact]
    public void Reads_amounts_in_yuan_with_their_provenance()
    {
        var items = processed["disclosures/dev03-2024-wan.pdf"].LineItems;

        var first = items.First(i => i.TableType == TableTypes.IncomeExpenditureSummary);
        Assert.Equal("一、财政拨款(补助)", first.Name);
        Assert.Equal(19406600m, first.Amount);
        Assert.Equal("1940.66", first.AmountPrinted);
        Assert.Equal((4, 0, 1), (first.Page, first.Row, first.Col));
        var unit = items.First(i => i.Dimension == Dimensions.Unit);
        Assert.Matches(@"^\d{3}(\d{3})?$", unit.Code);
        Assert.Contains(items, i => i.Dimension == Dimensions.Function && i.Code == "2010301" || i.Dimension == Dimensions.Function && i.Code!.Length == 7);
    }

    [Fact]
    public void Names_procurement_items_by_what_is_bought_when_the_table_has_no_item_column()
    {
        // dxh's 政府采购表: 单位编码 | 单位名称 | 规格要求 | …; every item row repeats its unit's code and name.
        var items = processed["disclosures/dxh-xzspj-2023.pdf"].LineItems
            .Where(i => i.TableType == TableTypes.GovernmentProcurement && i.Measure == Measures.Total).ToList();

        Assert.Equal(2, items.Count(i => i.Dimension == Dimensions.Unit));
        var item = Assert.Single(items, i => i.Name == "宣传、证照、档案盒");
        Assert.Equal((Dimensions.ProcurementItem, (string?)null, "003001", 700000m), (item.Dimension, item.Code, item.EntityCode, item.Amount));
    }

    [Fact]
    public void Matches_the_line_items_of_the_whole_disclosure_corpus()
    {
        int truth = 0, extracted = 0, matched = 0;
        foreach (var pdf in Fixtures.Pdfs("disclosures").Select(p => Path.GetFileName(p)).Where(n => !n.StartsWith("scan")))
        {
            var expected = Truth(pdf);
            var actual = Extracted(pdf);
            truth += expected.Count;
            extracted += actual.Count;
            matched += expected.GroupBy(k => k).Sum(g => Math.Min(g.Count(), actual.Count(a => a == g.Key)));
        }
        // Measured: precision 99.91 %, recall 99.87 %; the issue's target is 99.5 % for both.
        Assert.True(matched >= 0.995 * extracted, $"precision {matched} of {extracted}");
        Assert.True(matched >= 0.995 * truth, $"recall {matched} of {truth}");
    }

    [Fact]
    public void Produces_the_line_items_of_the_seed_rebuild_exactly()
    {
        const string pdf = "dxh-xzspj-2023.pdf";
        var truth = Truth(pdf);
        var extracted = Extracted(pdf);
        // All fourteen tables item for item: the performance form gives its fund overview once, though it prints
        // the overview twice, and not the project sums of the list below it.
        Assert.Equal(truth, extracted);
        Assert.Equal(14, Fixtures.Truth(pdf).GetProperty("tables").EnumerateArray().Select(t => t.GetProperty("type").GetString()).Distinct().Count());
        Assert.Equal(24, extracted.Count(k => k.StartsWith(TableTypes.OverallPerformanceTargets + "|")));
    }

    /// <summary>
    /// fixtures/real-cn/sh-putuo-zfb-2025-dept-budget.line-items.tsv: every line item of the Shanghai budget, each
    /// printed amount checked against poppler's text of its page (the amount on its row's line; every amount on
    /// the table pages accounted for, none extra); blank cells of tables that print no zeros are zeros.
    /// </summary>
    [Fact]
    public void Produces_exactly_the_line_items_of_a_shanghai_budget()
    {
        var expected = File.ReadAllLines(Fixtures.Path("real-cn/sh-putuo-zfb-2025-dept-budget.line-items.tsv")).Skip(1).ToList();

        var actual = processed["real-cn/sh-putuo-zfb-2025-dept-budget.pdf"].LineItems.Select(i => string.Join('\t',
            i.TableType, i.Dimension, i.Code ?? "", i.Name, i.Measure, i.Amount.ToString(CultureInfo.InvariantCulture), i.AmountPrinted,
            i.Page, i.Row, i.Col)).ToList();

        Assert.Equal(365, expected.Count);
        Assert.Equal(expected, actual);
    }

    /// <summary>
    /// fixtures/real-cn/function-rows.tsv: the function-code rows each real publication's 一般公共预算支出
    /// (function-classified) table prints, counted in poppler's text of its pages (names wrapped over two
    /// lines, and the figure-less template, checked by eye); shfly's 事业单位医疗 row, its code printed
    /// "7 11 02", is one of them.
    /// </summary>
    [Fact]
    public void Reads_every_function_code_row_of_the_real_publications_function_tables()
    {
        var rows = File.ReadAllLines(Fixtures.Path("real-cn/function-rows.tsv")).Skip(1).Select(l => l.Split('\t')).ToList();
        var wrong = new List<string>();
        foreach (var (file, page, title, count) in rows.Select(r => (r[0], int.Parse(r[1], CultureInfo.InvariantCulture), r[2], int.Parse(r[3], CultureInfo.InvariantCulture))))
        {
            var document = processed[$"real-cn/{file}"];
            var table = document.Tables.Single(t => t.Pages[0] == page && t.Title == title);
            int read = document.LineItems.Where(i => i.TableId == table.Id && i.Dimension == Dimensions.Function).Select(i => i.Row).Distinct().Count();
            if (read != count) wrong.Add($"{file} \"{title}\": {read} function rows read, {count} printed");
        }

        Assert.Equal(28, rows.Count);
        Assert.Empty(wrong);
    }
}
