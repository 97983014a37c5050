using Extractor.Model;
using Extractor.Tests.Support;
using Extractor.Validation;
using Extractor.Validation.Text;

namespace Extractor.Tests.Validation;

/// <summary>The checks on a disclosure's wording and presentation, each on a few built lines of a 2026 budget.</summary>
public sealed class TextRulesTests
{
    private static List<Finding> Check(IConsistencyRule rule, DocumentBuilder builder) => [.. rule.Check(builder.Build())];

    private static DocumentBuilder Text(params string[] lines) => new DocumentBuilder().Page(1, "上海市普陀区XYZ局2026年部门预算").Page(5, lines);

    [Fact]
    public void Year_reference_flags_a_budget_compared_with_its_own_year_and_last_years_outcome_under_another_year()
    {
        var findings = Check(new YearReferenceRule(), Text(
            "收入9628.22万元，比2026年预算增加793.14万元，增长8.97%。",
            "2024年当年预算执行数为2149.45万元，2026年预算安排2170.39万元，比2025年预算执行数增加0.97%。"));

        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal((RuleIds.YearReference, FindingSeverity.Warning, 5), (f.Rule, f.Severity, f.Refs[0].Page)));
        Assert.Contains("比2026年", findings[0].Refs[0].Quote);
        Assert.Contains("2024年当年预算执行数", findings[1].Refs[0].Quote);
    }

    [Fact]
    public void Year_reference_passes_comparisons_with_last_year_and_a_final_accounts_own_budget()
    {
        Assert.Empty(Check(new YearReferenceRule(), Text("收入9628.22万元，比2025年预算增加793.14万元。2025年当年预算执行数为2149.45万元。")));
        Assert.Empty(Check(new YearReferenceRule(), Text("完成2026年年初预算的98.2%，比2025年决算增加。").Final()));
        Assert.Single(Check(new YearReferenceRule(), Text("完成2025年年初预算的98.2%。").Final()));
    }

    [Fact]
    public void Template_residue_flags_alternatives_placeholders_and_empty_reasons_once_a_page()
    {
        var findings = Check(new TemplateResidueRule(), Text(
            "比上年增加（减少）12.00万元，主要原因是。上海市XX局、XX中心", "（此处填写项目名称）"));

        Assert.Equal(["增加（减少）", "XX", "主要原因是。"], findings.Select(f => f.MessageZh.Split('“')[1].Split('”')[0]));
        Assert.Contains(findings, f => f.MessageZh.Contains("本页共3处"));
    }

    [Fact]
    public void Template_residue_passes_finished_wording()
    {
        Assert.Empty(Check(new TemplateResidueRule(), Text("比上年增加12.00万元，主要原因是人员经费增加。XXL尺寸")));
    }

    [Fact]
    public void Incomplete_sentence_flags_a_clause_that_stops_and_a_paragraph_that_breaks_off_before_a_heading()
    {
        var findings = Check(new IncompleteSentenceRule(), Text(
            "项目支出120.00万元，主要用于：。",
            "根据实施意见，制定实施流程和细则，按程序落实专项资金拨付",
            "五、实施周期"));

        Assert.Equal(2, findings.Count);
        Assert.Contains(findings, f => f.MessageZh.Contains("主要用于：。"));
        Assert.Contains(findings, f => f.MessageZh.Contains("专项资金拨付"));
    }

    [Fact]
    public void Incomplete_sentence_passes_closed_paragraphs_titles_list_rows_a_closing_其中_and_an_announcing_如下()
    {
        Assert.Empty(Check(new IncompleteSentenceRule(), Text(
            "项目支出的日常公用经费支出不再列入其中。",
            "根据《中华人民共和国预算法》及相关规定，现将深圳市司法局2026年部门预算情况说明如下。",
            "一、部门主要职能",
            "（一）负责本区公共法律服务体系建设",
            "3上海市普陀区国库收付中心预算不单列，并入本级",
            "二、部门机构设置")));
    }

    [Fact]
    public void Punctuation_flags_doubled_marks_and_a_sentence_whose_brackets_do_not_pair()
    {
        var findings = Check(new PunctuationRule(), Text(
            "完成区委交办的其他任务。。（七）负责推进本区公共法律服务。",
            "公务用车购置及运行维护费反映公务用车车辆购置支出(含车辆购置税))及租用费等支出。"));

        Assert.Equal(2, findings.Count);
        Assert.Contains(findings, f => f.MessageZh.Contains("标点重复"));
        Assert.Contains(findings, f => f.MessageZh.Contains("括号不成对"));
    }

    [Fact]
    public void Punctuation_flags_a_change_given_a_sign_after_its_direction_word()
    {
        var finding = Assert.Single(Check(new PunctuationRule(), Text(
            "2022年度“三公”经费财政拨款支出决算数比2021年减少31.84万元，下降-61.75%。其中：公务接待费支出决算减少1.81万元，下降52.07%。")));

        Assert.Contains("增减方向与正负号重复：“", finding.MessageZh);
        Assert.Contains("下降-6", finding.MessageZh);
    }

    [Fact]
    public void Punctuation_passes_a_bracket_that_holds_a_whole_sentence()
    {
        Assert.Empty(Check(new PunctuationRule(), Text("开展绩效自评的项目3个（自评结果良好。绩效自评中共发现问题0个）。“三公”经费0万元。")));
    }

    [Fact]
    public void Document_kind_flags_a_unit_budget_speaking_of_its_department_budget_and_a_budget_of_its_own_accounts()
    {
        var unit = new DocumentBuilder().Page(1, "上海市普陀区2026年区级单位预算").Page(9, "2026年部门预算安排购置车辆0辆。");
        var accounts = Text("2026年部门决算显示支出增加。");

        Assert.Contains("2026年部门预算", Assert.Single(Check(new DocumentKindRule(), unit)).MessageZh);
        Assert.Contains("2026年部门决算", Assert.Single(Check(new DocumentKindRule(), accounts)).MessageZh);
    }

    [Fact]
    public void Document_kind_passes_kinds_of_units_and_the_classifications_name()
    {
        Assert.Empty(Check(new DocumentKindRule(), Text("部门决算包括局本级决算、下属行政事业单位决算。", "一般公共预算基本支出部门预算经济分类预算表",
            "第五部分所属单位2026年单位预算")));
    }

    [Fact]
    public void Empty_table_note_flags_a_note_beside_figures_and_a_blank_table_without_a_note()
    {
        var document = new DocumentBuilder()
            .PrintedTable(TableTypes.GovernmentFundExpenditure, "政府性基金预算支出功能分类预算表", 12, ["229", "其他支出", "12.00"])
            .Page(12, "注：本单位无政府性基金预算，故本表为空表。")
            .PrintedTable(TableTypes.ThreePublicExpenses, "“三公”经费预算表", 13, ["", "", ""])
            .PrintedTable(TableTypes.StateCapitalExpenditure, "国有资本经营预算支出功能分类预算表", 14, ["", "", ""])
            .Page(14, "注：本单位无国有资本经营预算，本表无数据。")
            // A note printed inside the table's rules, read as its only row.
            .PrintedTable(TableTypes.OperatingCosts, "机关运行经费预算表", 15, ["本部门无机关运行经费安排的支出。", "", ""])
            // A note naming the department, wrapped inside 本表无数据.
            .PrintedTable(TableTypes.GovernmentPurchasedServices, "政府购买服务预算表", 16, ["", "", ""])
            .Page(16, "注：济南市历下区文化和旅游局2026年没有使用财政拨款安排的政府购买服务支出，故本表无数", "据。")
            // Round AG's Shanxi: a note denying one part of a table printing the others.
            .PrintedTable(TableTypes.ThreePublicExpenses, "“三公”经费支出决算表", 17, ["公务接待费", "1.20", "1.10"])
            .Page(17, "注：本部门2023年度无因公出国（境）费支出。")
            // Round AQ's Anhui: a narrative page's own small table beside a sentence on another, numbered table.
            .PrintedTable(TableTypes.ThreePublicExpenses, "2025年“三公”经费预算情况表", 18, ["公务接待费", "1.20", "1.10"])
            .Page(18, "本单位2025年无政府性基金预算拨款安排的支出，表8为空表。")
            // The numbered table the note names is its table.
            .PrintedTable(TableTypes.GovernmentFundExpenditure, "表8 政府性基金预算支出表", 19, ["229", "其他支出", "12.00"])
            .Page(19, "本单位2025年无政府性基金预算拨款安排的支出，表8为空表。")
            // Round BC: a list of key projects in the narrative under a sentence naming another table in title marks.
            .PrintedTable(TableTypes.ProjectExpenditure, "十、项目支出情况", 20, ["1", "食品安全抽检监测", "266.65"])
            .Page(20, "市市场监管局2026年无国有资本经营预算拨款安排的支出，《国有资本经营预算支出表》为空表。")
            // The table the note names in title marks is its table.
            .PrintedTable(TableTypes.StateCapitalExpenditure, "国有资本经营预算支出表", 21, ["223", "国有资本经营预算支出", "5.00"])
            .Page(21, "本单位无国有资本经营预算拨款安排的支出，《国有资本经营预算支出表》为空表。");

        var findings = Check(new EmptyTableNoteRule(), document);

        Assert.Equal([12, 13, 19, 21], findings.Select(f => f.Refs[0].Page!.Value));
    }

    [Fact]
    public void A_table_printing_counts_beside_a_zero_amount_prints_figures()
    {
        // Round CJ's public institution: 机关运行经费支出 0, then vehicles counted in 辆, read as no amount.
        var table = new Table
        {
            Id = "t10", Type = TableTypes.OperatingCosts, Title = "机关运行经费及国有资产占用情况表", Pages = [15],
            Rows =
            [
                [new Cell("机关运行经费支出", null), new Cell("万元", null), new Cell("0", 0m)],
                [new Cell("车辆数合计", null), new Cell("辆", null), new Cell("2", null)],
            ],
        };
        var document = new DocumentBuilder().Page(15, "机关运行经费及国有资产占用情况表").Build() with { Tables = [table] };

        Assert.Empty(new EmptyTableNoteRule().Check(document));
        Assert.Single(new EmptyTableNoteRule().Check(document with { Tables = [table with { Rows = [table.Rows[0]] }] }));
    }

    [Fact]
    public void Presentation_flags_text_that_does_not_render_and_a_blank_page_inside_the_document()
    {
        var document = new DocumentBuilder()
            .Page(new PageText(3, ["预算"]) { UnrenderedGlyphs = 14, UnrenderedExtent = new CellBox(3, 90, 120, 300, 140) })
            .Page(new PageText(4, []) { Blank = true })
            .Page(new PageText(5, ["表"]))
            .Page(new PageText(6, []) { Blank = true });

        Assert.Contains("14个字符", Assert.Single(Check(new UnrenderedTextRule(), document)).MessageZh);
        Assert.Equal(4, Assert.Single(Check(new BlankPageRule(), document)).Refs[0].Page);
    }

    [Fact]
    public void Wording_checks_leave_pages_read_by_ocr_alone()
    {
        var document = new DocumentBuilder().Page(new PageText(7, ["经常性项目。。延续性项目（一次性项目"]) { Ocr = true });

        Assert.Empty(Check(new PunctuationRule(), document));
    }
}
