using Extractor.Model;
using Extractor.Tests.Support;
using Extractor.Validation;

namespace Extractor.Tests.Validation;

public sealed class SubjectCodeRuleTests
{
    private static DocumentBuilder Item(DocumentBuilder document, string tableType, string code, string name) =>
        document.Line(tableType, Dimensions.Function, code, name, Measures.Total, "120.50")
            .Line(tableType, Dimensions.Function, code, name, Measures.BasicTotal, "100.00");

    private static DocumentBuilder Printed(string expenditureCode) =>
        Item(Item(Item(new DocumentBuilder(), TableTypes.IncomeSummary, "2050204", "高中教育"),
            TableTypes.ExpenditureSummary, expenditureCode, "高中教育"),
            TableTypes.GeneralBudgetExpenditure, "2050204", "高中教育");

    [Fact]
    public void Names_the_code_one_table_prints_for_a_subject_the_others_code_otherwise()
    {
        var finding = Assert.Single(new SubjectCodeRule().Check(Printed("2050240").Build()));

        Assert.Equal((RuleIds.SubjectCode, FindingSeverity.Warning), (finding.Rule, finding.Severity));
        string expenditure = $"t{TableTypes.All.ToList().IndexOf(TableTypes.ExpenditureSummary) + 1}";
        Assert.StartsWith($"高中教育 coded 2050240 in {expenditure} (p10), 2050204 in ", finding.Message);
        Assert.EndsWith($"the code of {expenditure} (p10) misprinted", finding.Message);
        // The tables told as a reader finds them (round FV): by the name of their kind and their page, not the run's ids.
        Assert.Contains("在支出总表第10页编码为2050240", finding.MessageZh);
        Assert.DoesNotContain(expenditure, finding.MessageZh);
        Assert.Equal(3, finding.Refs.Count);
    }

    [Fact]
    public void Names_the_code_printed_out_of_its_tables_order_where_two_tables_print_the_subject_one_each_way()
    {
        // Round EE's Gansu: 基本公共卫生服务 2100408 in one table, 2100480 between 2100401 and 2100409 in the other.
        DocumentBuilder Block(DocumentBuilder document, string tableType, string code) =>
            Item(Item(Item(document, tableType, "2100401", "卫生健康管理事务"), tableType, code, "基本公共卫生服务"), tableType, "2100409", "重大公共卫生服务");
        var built = Block(Block(new DocumentBuilder(), TableTypes.GeneralBudgetExpenditure, "2100408"), TableTypes.ExpenditureSummary, "2100480").Build();

        var finding = Assert.Single(new SubjectCodeRule().Check(built));

        string expenditure = $"t{TableTypes.All.ToList().IndexOf(TableTypes.ExpenditureSummary) + 1}";
        Assert.StartsWith($"基本公共卫生服务 coded 2100480 in {expenditure} (p10), 2100408 in ", finding.Message);
        Assert.EndsWith("misprinted", finding.Message);
        Assert.DoesNotContain("one of the two", finding.Message);
        // Both in order (no rows around them to tell), the name none the classification is known to code: one of the two.
        var alone = Item(Item(new DocumentBuilder(), TableTypes.GeneralBudgetExpenditure, "2013808", "信息化建设"),
            TableTypes.ExpenditureSummary, "2013880", "信息化建设").Build();
        Assert.EndsWith("one of the two misprinted", Assert.Single(new SubjectCodeRule().Check(alone)).Message);
    }

    [Theory]
    // Round DQ's Chongqing: 208055 printed for 2080505, read by its place; every table codes it so then.
    [InlineData("208055", false, 1)]
    // Split columns: the 款 printed 2 for 02.
    [InlineData("221 2 01", false, 1)]
    // A page read by OCR: the lost digit is the reading's.
    [InlineData("208055", true, 0)]
    // A letter the text layer set for the digit it looks like.
    [InlineData("20805O5", false, 0)]
    public void Warns_of_a_code_that_does_not_fit_its_place(string printed, bool ocr, int warnings)
    {
        var built = new DocumentBuilder().Line(TableTypes.GeneralBudgetExpenditure, Dimensions.Function, "2080505", "机关事业单位基本养老保险缴费支出", Measures.Total, "120.50").Build();
        var document = built with
        {
            LineItems = [.. built.LineItems.Select(l => l with { CodePrinted = printed })],
            Diagnostics = ocr ? [new Diagnostic { Stage = PipelineStages.Ingest, Severity = DiagnosticSeverity.Info, Code = DiagnosticCodes.OcrPage, Page = 10, Message = "ocr" }] : [],
        };

        var findings = new SubjectCodeRule().Check(document).ToList();

        Assert.Equal(warnings, findings.Count);
        if (warnings == 1) Assert.Contains($"编码印为{printed}，按其上各行所处位置应为2080505", Assert.Single(findings, f => f.Severity == FindingSeverity.Warning).MessageZh);
    }

    [Fact]
    public void Warns_of_a_code_its_place_corrects_in_a_table_printing_the_usual_code()
    {
        // 高中教育 printed 205024 in one table (its place reads 2050204), 2050204 in another and 2050240 in a third: the conflict
        // names the third's code; the first's is told on its own.
        var built = Printed("2050240").Build();
        string income = $"t{TableTypes.All.ToList().IndexOf(TableTypes.IncomeSummary) + 1}";
        var document = built with { LineItems = [.. built.LineItems.Select(l => l.TableId == income ? l with { CodePrinted = "205024" } : l)] };

        var findings = new SubjectCodeRule().Check(document).ToList();

        Assert.Equal(2, findings.Count);
        Assert.Contains(findings, f => f.MessageZh.Contains("编码印为205024，按其上各行所处位置应为2050204", StringComparison.Ordinal));
    }

    [Theory]
    // A class printed only on its block's first row (· after), the 款 misprinted on two blocks: two misprints.
    [InlineData(new[] { "· 5 01", "· 6 01" }, 2)]
    // Three parts or more in one table are how it prints its codes (款 without its leading zero), not misprints.
    [InlineData(new[] { "201 1 01", "201 3 01", "201 5 01" }, 0)]
    public void Tells_apart_misprinted_parts_and_a_tables_way_of_printing_codes(string[] printed, int warnings)
    {
        string[] codes = ["2010501", "2010601", "2010101", "2010301"];
        var builder = new DocumentBuilder();
        foreach (var (text, i) in printed.Select((t, i) => (t, i)))
        {
            string code = text.Split(' ')[1] switch { "5" => "2010501", "6" => "2010601", "1" => "2010101", _ => "2010301" };
            builder.Line(TableTypes.GeneralBudgetExpenditure, Dimensions.Function, code, $"项{i}", Measures.Total, "10.00");
        }
        var built = builder.Build();
        var document = built with { LineItems = [.. built.LineItems.Select((l, i) => l with { CodePrinted = printed[i] })] };

        Assert.Equal(warnings, new SubjectCodeRule().Check(document).Count());
        Assert.All(codes, c => Assert.Equal(7, c.Length));
    }

    [Fact]
    public void Warns_once_of_a_misprinted_part_merged_over_several_rows()
    {
        // Round DC's Yunnan: the 款 cell of 20105 merged over its 项 rows, misprinted (50 for 05; a 5 for 05 is read padded, no misprint).
        var built = new DocumentBuilder()
            .Line(TableTypes.GeneralBudgetExpenditure, Dimensions.Function, "20105", "统计信息事务", Measures.Total, "30.00")
            .Line(TableTypes.GeneralBudgetExpenditure, Dimensions.Function, "2010501", "行政运行", Measures.Total, "20.00")
            .Line(TableTypes.GeneralBudgetExpenditure, Dimensions.Function, "2010502", "一般行政管理事务", Measures.Total, "10.00").Build();
        var document = built with
        {
            LineItems = [.. built.LineItems.Select(l => l with { CodePrinted = l.Code!.Length == 5 ? "201 50 ·" : $"201 50 {l.Code[5..]}" })],
        };

        var finding = Assert.Single(new SubjectCodeRule().Check(document));

        Assert.Contains("「统计信息事务」", finding.MessageZh);
        Assert.Contains("编码印为201 50 ·，按其上各行所处位置应为20105", finding.MessageZh);
    }

    [Fact]
    public void Quotes_the_code_as_printed_where_the_tables_place_rebuilt_it()
    {
        // Round BI's 213024 for 2130234, rebuilt 2130224 under 21302: the page prints 213024.
        var built = Printed("2050224").Build();
        var document = built with { LineItems = [.. built.LineItems.Select(l => l.Code == "2050224" ? l with { CodePrinted = "205024" } : l)] };

        var finding = Assert.Single(new SubjectCodeRule().Check(document));

        Assert.StartsWith("高中教育 coded 205024 in ", finding.Message);
        Assert.Contains("编码为205024", finding.MessageZh);
    }

    [Fact]
    public void Says_one_of_two_codes_is_misprinted_when_as_many_tables_print_each()
    {
        // A line whose code the classification does not tell (as it now tells 食品安全监管 2013816).
        var document = Item(Item(new DocumentBuilder(), TableTypes.ExpenditureSummary, "2130111", "统计监测与信息服务"),
            TableTypes.GeneralBudgetExpenditure, "2130117", "统计监测与信息服务").Build();

        var finding = Assert.Single(new SubjectCodeRule().Check(document));

        Assert.EndsWith("one of the two misprinted", finding.Message);
    }

    [Fact]
    public void Names_the_code_numbering_a_common_item_otherwise_than_every_kuan_does()
    {
        // Round FH's Hunan: 一般行政管理事务 2010602 in one table, 2010608 in the other; every 款 numbers it 02.
        var document = Item(Item(new DocumentBuilder(), TableTypes.GeneralBudgetExpenditure, "2010602", "一般行政管理事务"),
            TableTypes.ExpenditureSummary, "2010608", "一般行政管理事务").Build();

        var finding = Assert.Single(new SubjectCodeRule().Check(document));

        string expenditure = $"t{TableTypes.All.ToList().IndexOf(TableTypes.ExpenditureSummary) + 1}";
        Assert.StartsWith($"一般行政管理事务 coded 2010608 in {expenditure} (p10), 2010602 in ", finding.Message);
        Assert.EndsWith($"the code of {expenditure} (p10) misprinted", finding.Message);
    }

    [Theory]
    // Round GA's Gansu: 住房公积金 2210201 in one table, 2210203 (购房补贴's code) in the other; round FY's Henan: 对村民委员会和村党支部的补助.
    [InlineData("2210201", "2210203", "住房公积金")]
    [InlineData("2130705", "2130701", "对村民委员会和村党支部的补助")]
    public void Names_the_code_a_common_line_is_not_classified_under(string right, string misprinted, string name)
    {
        var document = Item(Item(new DocumentBuilder(), TableTypes.GeneralBudgetExpenditure, right, name),
            TableTypes.ExpenditureSummary, misprinted, name).Build();

        var finding = Assert.Single(new SubjectCodeRule().Check(document));

        string expenditure = $"t{TableTypes.All.ToList().IndexOf(TableTypes.ExpenditureSummary) + 1}";
        Assert.EndsWith($"the code of {expenditure} (p10) misprinted", finding.Message);
    }

    [Theory]
    [InlineData("2130142", true)]
    [InlineData("2130124", false)]
    public void Names_the_code_no_project_is_listed_under_where_the_other_is(string projectCode, bool decided)
    {
        // As round GF's Henan printed 耕地建设与利用 2130135 in 支出总表, 2130153 in the function table and beside a project (a line whose
        // code the classification now tells): a line it does not, 农村道路建设.
        var document = Item(Item(new DocumentBuilder(), TableTypes.GeneralBudgetExpenditure, "2130142", "农村道路建设"),
                TableTypes.ExpenditureSummary, "2130124", "农村道路建设")
            .Line(TableTypes.ProjectExpenditure, Dimensions.Project, projectCode, "农村公路养护县级配套资金", Measures.Amount, "120.00").Build();

        var finding = Assert.Single(new SubjectCodeRule().Check(document));

        string expenditure = $"t{TableTypes.All.ToList().IndexOf(TableTypes.ExpenditureSummary) + 1}";
        Assert.Equal(decided, finding.Message.EndsWith($"the code of {expenditure} (p10) misprinted", StringComparison.Ordinal));
    }

    [Fact]
    public void Is_silent_on_one_code_everywhere_on_names_printed_alike_under_other_parents_and_on_other_names()
    {
        var document = Item(Item(Item(Printed("2050204"), TableTypes.ExpenditureSummary, "2010101", "行政运行"),
            TableTypes.GeneralBudgetExpenditure, "2040501", "行政运行"),
            TableTypes.ExpenditureSummary, "2050299", "其他普通教育支出").Build();

        Assert.Empty(new SubjectCodeRule().Check(document));
    }

    [Theory]
    // Round GL's Shaanxi: the one table printing 项 codes prints 事业单位医疗 under 2101120; 2101102 is no finding.
    [InlineData("2101120", true)]
    [InlineData("2101102", false)]
    // Round GL's Henan: 疾病预防控制机构 printed 2100410, the code of 突发公共卫生事件应急处理.
    [InlineData("2100410", false)]
    public void Names_a_common_line_one_table_alone_codes_otherwise_than_the_classification(string code, bool medical)
    {
        string name = code.StartsWith("21011", StringComparison.Ordinal) ? "事业单位医疗" : "疾病预防控制机构";
        var findings = new SubjectCodeRule().Check(Item(new DocumentBuilder(), TableTypes.GeneralBudgetExpenditure, code, name).Build()).ToList();

        if (code is "2101102") Assert.Empty(findings);
        else Assert.Contains($"编码印为{code}，政府收支分类科目中该科目编码为{(medical ? "2101102" : "2100401")}", Assert.Single(findings).MessageZh);
    }

    [Theory]
    // Round GP's Hunan: 行政运行 printed 2100102, the number of 一般行政管理事务; every 款 numbers 行政运行 01.
    [InlineData("行政运行", "2100102", "2100101")]
    [InlineData("行政运行", "2100101", null)]
    // 其他… is numbered otherwise by some 款 (2100407 其他专业公共卫生机构): no finding.
    [InlineData("其他专业公共卫生机构", "2100407", null)]
    public void Names_an_item_every_kuan_numbers_alike_printed_under_another_number(string name, string code, string? own) =>
        AssertClassificationCode(name, code, own);

    [Theory]
    // Round HF's Hebei: 人大事务's items printed in one table only, 代表工作 with its last digits swapped, 人大监督 under 人大立法's code.
    [InlineData("代表工作", "2010180", "2010108")]
    [InlineData("人大监督", "2010105", "2010106")]
    [InlineData("人大监督", "2010106", null)]
    public void Names_an_item_of_a_kuan_many_departments_print_under_another_number(string name, string code, string? own) =>
        AssertClassificationCode(name, code, own);

    [Fact]
    public void Names_every_table_printing_a_line_under_another_code_than_the_classifications_in_one_warning()
    {
        // Round GW's Jiangsu: 体育 printed 20710 in the income, expenditure and function tables alike.
        var document = Item(Item(new DocumentBuilder(), TableTypes.ExpenditureSummary, "20710", "体育"), TableTypes.GeneralBudgetExpenditure, "20710", "体育").Build();

        var finding = Assert.Single(new SubjectCodeRule().Check(document));

        Assert.Equal(2, finding.Refs.Count);
        Assert.Contains("编码印为20710，政府收支分类科目中该科目编码为20703", finding.MessageZh);
    }

    [Fact]
    public void Holds_no_project_two_units_name_alike_under_two_codes_to_one_code()
    {
        // Round IA's Sichuan: 义务教育公用经费, a primary school's project under 2050202 and a middle school's under 2050203.
        var document = Item(Item(new DocumentBuilder(), TableTypes.GeneralBudgetExpenditure, "2050202", "小学教育"), TableTypes.GeneralBudgetExpenditure, "2050203", "初中教育")
            .Line(TableTypes.ProjectExpenditure, Dimensions.Project, "2050202", "义务教育公用经费", Measures.Amount, "120.00")
            .Line(TableTypes.ProjectExpenditure, Dimensions.Project, "2050203", "义务教育公用经费", Measures.Amount, "80.00").Build();

        Assert.Empty(new SubjectCodeRule().Check(document));
    }

    [Theory]
    // Round HX's Shandong: 执法办案经费 under 2040520 where the tables print 2040220; round IF's Anhui: 2131008 for 2130108.
    [InlineData("2040520", "2040220")]
    // A digit changed under a 款 the tables print may be a sibling item they leave out; a code two slips off, or one of a subject the
    // tables do print, is no lead.
    [InlineData("2040230", null)]
    [InlineData("2040599", null)]
    [InlineData("2040201", null)]
    public void Names_a_project_code_no_function_table_prints_one_slip_off_a_code_they_do(string code, string? meant)
    {
        var document = Item(Item(new DocumentBuilder(), TableTypes.GeneralBudgetExpenditure, "2040201", "行政运行"), TableTypes.GeneralBudgetExpenditure, "2040220", "执法办案")
            .Line(TableTypes.ProjectExpenditure, Dimensions.Project, code, "执法办案经费", Measures.Amount, "120.00").Build();

        var findings = new SubjectCodeRule().Check(document).ToList();

        if (meant is null) Assert.Empty(findings);
        else Assert.Contains($"「执法办案经费」在项目支出表第10页编码印为{code}，各功能分类表均无此科目，按其数字应为{meant}", Assert.Single(findings).MessageZh);
    }

    private static DocumentBuilder Economic(DocumentBuilder document, params (string Code, string Name)[] items)
    {
        foreach (var (code, name) in items) document.Line(TableTypes.GeneralBudgetBasicByEconomic, Dimensions.Economic, code, name, Measures.Total, "6.04");
        return document;
    }

    [Fact]
    public void Flags_an_economic_item_printed_under_another_class_one_digit_from_its_code()
    {
        // Round JY's Jiangxi: 福利费 printed 30329 under 303, 30229 in 302, among items coded as the classification codes them.
        var document = Economic(new DocumentBuilder(), ("30201", "办公费"), ("30211", "差旅费"), ("30228", "工会经费"), ("30329", "福利费")).Build();

        var finding = Assert.Single(new SubjectCodeRule().Check(document));

        Assert.Contains("「福利费」在一般公共预算基本支出经济分类表第10页编码印为30329，支出经济分类科目中该科目编码为30229", finding.MessageZh);
    }

    [Fact]
    public void Names_an_economic_item_printed_under_another_code_of_its_class_than_the_classification_gives_it()
    {
        // Round HT's Yunnan: 公务接待费 printed 30271 among items coded as the classification codes them.
        var document = Economic(new DocumentBuilder(), ("30201", "办公费"), ("30211", "差旅费"), ("30271", "公务接待费"), ("30231", "公务用车运行维护费")).Build();

        var finding = Assert.Single(new SubjectCodeRule().Check(document));

        Assert.Equal((RuleIds.SubjectCode, FindingSeverity.Warning), (finding.Rule, finding.Severity));
        Assert.Contains("「公务接待费」在一般公共预算基本支出经济分类表第10页编码印为30271，支出经济分类科目中该科目编码为30217", finding.MessageZh);
        // Before the classification's 2018 edition codes were others (30104 其他社会保障缴费), so no finding.
        Assert.Empty(new SubjectCodeRule().Check(document with { FiscalYear = 2017 }));
    }

    [Fact]
    public void Names_an_item_of_the_governments_economic_classification_printed_under_another_code()
    {
        // Round JE's Anhui: the basic expenditure table's right half, 维修（护）费 printed 50290 among items coded as the government's
        // classification codes them.
        var document = new DocumentBuilder();
        foreach (var (code, name) in new[] { ("50101", "工资奖金津补贴"), ("50201", "办公经费"), ("50206", "公务接待费"), ("50290", "维修（护）费") })
            document.Line(TableTypes.GeneralBudgetBasicByEconomic, Dimensions.GovEconomic, code, name, Measures.Total, "6.04");

        var finding = Assert.Single(new SubjectCodeRule().Check(document.Build()));

        Assert.Contains("「维修（护）费」在一般公共预算基本支出经济分类表第10页编码印为50290，支出经济分类科目中该科目编码为50209", finding.MessageZh);
    }

    [Fact]
    public void Takes_a_table_numbering_many_economic_items_otherwise_for_its_own_numbering()
    {
        // A Shanghai welfare home's table: 302 01 办公费, 302 02 咨询费, 302 03 水费, 302 04 电费 …
        var document = Economic(new DocumentBuilder(), ("30201", "办公费"), ("30202", "咨询费"), ("30203", "水费"), ("30204", "电费")).Build();
        // Nor a small table numbering too few items the classification's way to tell (办公费 right, 水费 otherwise).
        var small = Economic(new DocumentBuilder(), ("30201", "办公费"), ("30202", "水费")).Build();

        Assert.Empty(new SubjectCodeRule().Check(document));
        Assert.Empty(new SubjectCodeRule().Check(small));
    }

    private static void AssertClassificationCode(string name, string code, string? own)
    {
        var findings = new SubjectCodeRule().Check(Item(new DocumentBuilder(), TableTypes.GeneralBudgetExpenditure, code, name).Build()).ToList();

        if (own is null) Assert.Empty(findings);
        else Assert.Contains($"该科目编码为{own}", Assert.Single(findings).MessageZh);
    }

    [Theory]
    // Round GM's Qinghai: the project list prints 科普活动 2060502, under the 款 of the row above; both function tables print 2060702.
    [InlineData("科普活动", 1)]
    // 机构运行 is a subject of 20602 and of 20603 alike: the function tables print both, the project list one of them.
    [InlineData("机构运行", 0)]
    public void Names_an_item_a_project_list_prints_under_another_kuan_than_the_function_tables(string name, int findings)
    {
        var document = new DocumentBuilder();
        foreach (var table in new[] { TableTypes.ExpenditureSummary, TableTypes.GeneralBudgetExpenditure })
        {
            Item(document, table, "2060702", name);
            if (name == "机构运行") Item(document, table, "2060502", name);
        }
        document.Line(TableTypes.ProjectExpenditure, Dimensions.Project, "2060502", name, Measures.Total, "45.00")
            .Line(TableTypes.ProjectExpenditure, Dimensions.Project, null, "科普基地建设", Measures.Total, "45.00");

        var found = new SubjectCodeRule().Check(document.Build()).ToList();

        Assert.Equal(findings, found.Count);
        if (findings == 1) Assert.Contains("在项目支出表第10页编码为2060502", found[0].MessageZh);
    }
}
