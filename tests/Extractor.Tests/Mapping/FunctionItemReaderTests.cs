using Extractor.Mapping;
using Extractor.Model;

namespace Extractor.Tests.Mapping;

/// <summary>The narrative's paragraphs on single function lines, in each province's printed form.</summary>
public sealed class FunctionItemReaderTests
{
    private static IReadOnlyList<Fact> Read(string text, int fiscalYear = 2026)
    {
        var pages = Enumerable.Repeat(7, text.Length).ToArray();
        return FunctionItemReader.Read(text, pages, fiscalYear, new bool[text.Length]);
    }

    [Fact]
    public void Keeps_the_unit_of_a_change_and_of_last_years_figure_printed_in_another_unit_than_the_figure()
    {
        // Round DM's Heilongjiang: a figure in 元, last year's and the change in 万元; a change in the figure's unit keeps none.
        var facts = Read("（3）文化旅游体育与传媒支出（类）体育（款）事业运行（项）2026年预算数为3,054,884.26元，比2025年预算数290.44万元增加15.05万元，增长5.18%。"
            + "（4）文化旅游体育与传媒支出（类）体育（款）群众体育（项）2026年预算数为661.26万元，比上年增加10.00万元，增长1.54%。");

        Assert.Equal([(10000m, 10000m), ((decimal?)null, (decimal?)null)], facts.Select(f => (f.Change!.PrintedUnit, f.Prior?.PrintedUnit)));
    }

    [Fact]
    public void Reads_the_basic_and_project_parts_stated_after_a_final_accounts_item()
    {
        // Round FI's Shanxi.
        var facts = Read("10.生态环境监测与信息（项）。年初预算为600.00万元，支出决算为640.75万元，完成年初预算的106.79%。其中：基本支出437.19万元，"
            + "项目支出203.56万元。决算数大于年初预算数的主要原因是监测任务增加。", 2025);

        Assert.Equal([(FactKeys.FunctionItem, 6407500m), (FactKeys.FunctionItemBasic, 4371900m), (FactKeys.FunctionItemProject, 2035600m)],
            facts.Select(f => (f.Key, f.Value)));
        Assert.All(facts, f => Assert.Equal("生态环境监测与信息（项）", f.Name));
    }

    [Fact]
    public void Reads_the_items_a_kuans_header_lists_after_qizhong_as_its_items()
    {
        // Round HK's Chongqing: the fund's 款 named with its marks, its items after 其中 without; not the parts of another kind.
        var facts = Read("2025年政府性基金预算支出350.00万元，较上年预算数增加70.00万元，增长25.00%。全部为城乡社区支出（类）国有土地使用权出让收入安排的支出（款），"
            + "其中：城市建设支出180.00万元，农村基础设施建设支出170.00万元，主要用于辖区背街小巷改造。"
            + "（二）一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）支出120.00万元，其中：基本支出100.00万元，项目支出20.00万元。", 2025);

        Assert.Equal([("城乡社区支出（类）国有土地使用权出让收入安排的支出（款）城市建设支出（项）", 1800000m),
            ("城乡社区支出（类）国有土地使用权出让收入安排的支出（款）农村基础设施建设支出（项）", 1700000m),
            ("一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）", 1200000m)], facts.Where(f => f.Key == FactKeys.FunctionItem).Select(f => (f.Name!, f.Value)));
    }

    [Fact]
    public void Reads_a_completion_rate_opening_a_later_sentence_of_the_paragraph()
    {
        // Round DE's Guangdong: the rate in a sentence of its own after the reasons, the budget left to the tables.
        var fact = Assert.Single(Read("6.一般公共服务支出（类）统计信息事务（款）统计抽样调查（项）支出决算为811.60万元，比上年决算减少59.86万元，下降6.87%，"
            + "主要原因是调查项目减少。决算数为年初预算的94.87%，决算数小于年初预算的主要原因是压减开支。", 2025));

        Assert.Equal((null, 94.87m), (fact.Execution?.Budget, fact.Execution?.CompletionPct));
    }

    [Fact]
    public void An_item_named_alone_in_a_new_section_takes_no_function_levels_from_the_last()
    {
        // Round DJ's Tianjin: the fund's section names its item alone after the general budget's last full paragraph.
        var facts = Read("（11）住房保障支出（类）住房改革支出（款）住房公积金（项）：2025年预算数为117.1万元，比上年增加3.0万元，增长2.63%。"
            + "六、政府性基金预算支出情况 2025年政府性基金预算支出1018.2万元，比2024年预算增加93.5万元，增长10.11%。其中：其他政府性基金安排的支出（项）1018.2万元。", 2025);

        Assert.Equal(["住房保障支出（类）住房改革支出（款）住房公积金（项）", "其他政府性基金安排的支出（项）"], facts.Select(f => f.Name));
    }

    [Fact]
    public void An_economic_classes_kuan_listed_again_in_a_new_section_stays_economic()
    {
        // Jiangsu's 机关运行经费 section lists its costs by 款 after the basic expenditure's 商品和服务支出（类）.
        var facts = Read("（2）商品和服务支出（类）支出300.00万元。十、一般公共预算机关运行经费支出预算表说明 2017年机关运行经费预算200.00万元。其中：（1）办公费（款）支出167.03万元。", 2017);

        Assert.Equal(FactKeys.EconomicItem, Assert.Single(facts, f => f.Value == 1670300m).Key);
    }

    [Fact]
    public void Reads_classes_numbered_in_chinese_numerals_as_guangxis_class_subjects()
    {
        // Guangxi's wording (figures made up; the reader joins the text without spaces).
        var facts = Read("2024年财政拨款收支总预算985203.63元。(一)文化旅游体育与传媒支出类科目750088.3元,占支出总预算76.14%,同比减少44357.12元,下降5.58%。" +
            "(二)社会保障和就业支出类科目106433.12元,占支出总预算10.8%,同比增加15803.36元,增长17.44%。", 2024);

        Assert.Equal(["文化旅游体育与传媒（类）", "社会保障和就业（类）"], facts.Select(f => f.Name));
        Assert.Equal((106433.12m, 10.8m), (facts[1].Value, facts[1].SharePct));
        Assert.Equal(new FactChange(2023, 15803.36m, 17.44m, "increase"), facts[1].Change);
    }

    [Fact]
    public void Reads_an_economic_class_and_its_items_as_economic_items()
    {
        // js-zxbgt 2017's explanation of its basic-expenditure table, lines joined as the reader joins them.
        var facts = Read("（一）人员经费4,704.35万元1、工资福利支出（类）2,097.51万元（1）基本工资（款）支出737.94万元。用于发放机关公务员的职务工资。" +
            "（二）公用经费1,131.92万元商品和服务支出（类）1,131.92万元（1）办公费（款）支出110万元。（6）维修（护）费（款）支出100万元。", fiscalYear: 2017);

        Assert.All(facts, f => Assert.Equal(FactKeys.EconomicItem, f.Key));
        Assert.Equal(["工资福利支出（类）", "工资福利支出（类）基本工资（款）", "商品和服务支出（类）", "商品和服务支出（类）办公费（款）", "商品和服务支出（类）维修（护）费（款）"],
            facts.Select(f => f.Name));
        // A class alone has its code by its name; its items are read from the tables' lines later.
        Assert.Equal(["301", null, "302", null, null], facts.Select(f => f.Code));
        Assert.Equal(7379400m, facts[1].Value);
    }

    [Fact]
    public void Reads_the_classes_of_a_numbered_list_that_marks_only_its_first()
    {
        var facts = Read(
            "（二）支出预算总计21,955.35万元。包括：1．公共安全（类）支出16,458.75万元，主要用于检察院行政支出。与上年相比增加2,802.41万元，增长20.52%。" +
            "2．社会保障和就业支出1,836.22万元，主要用于离休费。与上年相比减少184.96万元，降幅9.1%。主要原因是养老金改由社保中心发放。" +
            "3．住房保障支出3,660.38万元，主要用于住房公积金。与上年相比增加1,341.22万元，增长57.83%。" +
            "4．其他资金收入预算总计14.39万元。", fiscalYear: 2018);

        Assert.Equal(["公共安全（类）", "社会保障和就业（类）", "住房保障（类）"], facts.Select(f => f.Name));
        Assert.Equal((18362200m, new FactChange(2017, 1849600m, 9.1m, "decrease")), (facts[1].Value, facts[1].Change));
        Assert.Equal(new FactChange(2017, 13412200m, 57.83m, "increase"), facts[2].Change);
    }

    [Fact]
    public void Reads_the_classes_of_a_numbered_list_that_marks_none_by_their_standard_names()
    {
        var facts = Read(
            "（二）支出预算总计13649.07万元。包括：1．一般公共服务支出10528.33万元，主要用于在职人员工资福利支出。与上年相比减少17.89万元，减少0.17%。" +
            "2．社会保障和就业支出1608.51万元，主要用于离退休人员工资发放。与上年相比增加193.25万元，增长13.65%。" +
            "3．检察业务支出12.00万元。", fiscalYear: 2017);

        // 检察业务 is no class of the classification: not read as one.
        Assert.Equal(["一般公共服务（类）", "社会保障和就业（类）"], facts.Select(f => f.Name));
        Assert.Equal((105283300m, new FactChange(2016, 178900m, 0.17m, "decrease")), (facts[0].Value, facts[0].Change));
    }

    [Fact]
    public void Takes_no_numbered_sentence_for_a_class_without_a_marked_class_before_it()
    {
        // Items of a list whose first line names no class (a list of sources, of uses) are no classes.
        Assert.Empty(Read("1．一般公共预算收入21,940.96万元。2．其他资金支出14.39万元，与上年相比减少0.61万元。", fiscalYear: 2018));
    }

    [Fact]
    public void Reads_a_shanghai_paragraph_with_numbered_levels_its_restated_amount_prior_year_and_rate()
    {
        var fact = Assert.Single(Read(
            "2、公共安全支出（204类）司法（06款）基层司法业务（04项）2170.39万元。主要用于：人民调解等工作支出。" +
            "2025年当年预算执行数为2149.45万元，2026年预算安排2170.39万元，比2025年预算执行数增加0.97%。主要原因是：业务量增加。"));

        Assert.Equal(FactKeys.FunctionItem, fact.Key);
        Assert.Equal("2040604", fact.Code);
        Assert.Equal("公共安全支出（类）司法（款）基层司法业务（项）", fact.Name);
        Assert.Equal(21703900m, fact.Value);
        Assert.Equal(10000m, fact.PrintedUnit);
        Assert.Equal(21703900m, fact.Planned);
        Assert.Equal(new PriorFigure(2025, "execution", 21494500m), fact.Prior);
        Assert.Equal(new FactChange(2025, null, 0.97m, "increase"), fact.Change);
        Assert.Equal(7, fact.Page);
        Assert.StartsWith("公共安全支出（204类）", fact.Quote);
    }

    [Fact]
    public void Reads_quoted_names_without_numbers_one_paragraph_each()
    {
        var facts = Read(
            "1.“一般公共服务支出（类）统计信息事务（款）统计管理（项）”2.63万元，主要用于统计管理。2022年当年预算执行数为1.48万元，" +
            "2023年预算安排2.63万元，比2022年预算执行数增加77.70%。主要原因是：统计管理经费增加。2.“一般公共服务支出（类）统计信息事务（款）" +
            "专项普查活动（项）”60.13万元，主要用于统计管理。", 2023);

        Assert.Equal(2, facts.Count);
        Assert.Null(facts[0].Code);
        Assert.Equal("一般公共服务支出（类）统计信息事务（款）统计管理（项）", facts[0].Name);
        Assert.Equal(26300m, facts[0].Value);
        Assert.Equal(77.70m, facts[0].Change?.Pct);
        Assert.Equal("一般公共服务支出（类）统计信息事务（款）专项普查活动（项）", facts[1].Name);
        Assert.Equal(601300m, facts[1].Value);
        Assert.Null(facts[1].Change);
    }

    [Fact]
    public void Reads_quoted_names_followed_by_the_word_for_a_classification_line()
    {
        // Wanli 2025: “…（类）…（款）…（项）”科目20.00万元, the class misprinted in the 款's place.
        var facts = Read(
            "20. “社会保障和就业支出（类）其他社会保障和就业支出（款）其他社会保障和就业支出（项）”科目757.44万元，主要用于其他社会保障和就业支出。" +
            "21. “卫生健康支出（类）卫生健康支出（款）计划生育事务（项）”科目20.00万元，主要用于计划生育事务。", 2025);

        Assert.Equal(2, facts.Count);
        Assert.Equal(7574400m, facts[0].Value);
        Assert.Equal("卫生健康支出（类）卫生健康支出（款）计划生育事务（项）", facts[1].Name);
        Assert.Equal(200000m, facts[1].Value);
    }

    [Fact]
    public void Reads_a_final_accounts_paragraph_as_budget_and_actual_and_marks_the_statement_read()
    {
        const string text = "其中：1、一般公共服务支出（类）财政事务（款）行政运行（项）。主要用于：局本部人员经费。年初预算为1560.05万元，" +
            "支出决算为1511.89万元，完成年初预算的96.91%。决算数小于预算数的主要原因：人员退休。";
        var consumed = new bool[text.Length];

        var fact = Assert.Single(FunctionItemReader.Read(text, Enumerable.Repeat(19, text.Length).ToArray(), 2024, consumed));

        Assert.Equal("一般公共服务支出（类）财政事务（款）行政运行（项）", fact.Name);
        Assert.Equal(15118900m, fact.Value);
        Assert.Equal(new BudgetExecution(15600500m, 96.91m, "less"), fact.Execution);
        Assert.True(consumed[text.IndexOf("决算数小于", StringComparison.Ordinal) + 2]);
    }

    [Fact]
    public void Reads_an_actual_figure_stated_after_an_adjusted_budget_as_carried_out_against_it()
    {
        // "调整预算为…" is the 全年 budget, as a final account's table heads its column 调整预算数 or 全年预算数.
        var fact = Assert.Single(Read("1、一般公共服务支出（类）财政事务（款）行政运行（项）。主要用于：基本支出。调整预算为10.00万元，支出决算为9.00万元。", 2024));

        Assert.Equal(90000.00m, fact.Value);
        Assert.Equal(100000.00m, fact.Execution?.Budget);
    }

    [Fact]
    public void Carries_a_jiangsu_class_to_the_items_listed_under_it_and_reads_each_change_against_last_year()
    {
        var facts = Read(
            "其中：（一）公共安全（类）1．法院（款）行政运行（项）支出17279.29万元，与上年相比增加2421.68万元，增长16.30%。主要原因是人员经费增加。" +
            "2．法院（款）一般行政事务管理（项）支出5804.83万元，与上年相比减少245.14万元，减少4.05%。" +
            "3．公诉、审判、侦查、执行等检察监督支出（项）1,895万元，与上年相比减少134万元，降幅0.66%。", 2019);

        Assert.Equal(3, facts.Count);
        Assert.Equal("公共安全（类）法院（款）行政运行（项）", facts[0].Name);
        Assert.Equal(new FactChange(2018, 24216800m, 16.30m, "increase"), facts[0].Change);
        Assert.Equal("公共安全（类）法院（款）一般行政事务管理（项）", facts[1].Name);
        Assert.Equal("decrease", facts[1].Change?.Direction);
        Assert.Equal("公共安全（类）法院（款）公诉、审判、侦查、执行等检察监督支出（项）", facts[2].Name);
        Assert.Equal(18950000m, facts[2].Value);
        Assert.Equal(0m, NarrativeScale(facts[2].Value));
    }

    [Fact]
    public void Reads_a_class_statement_whose_change_follows_its_purpose_and_stops_at_the_next_class()
    {
        var facts = Read(
            "（二）支出预算总计37188.34万元。包括：1．公共安全（类）支出27488.23万元，主要用于人员支出、日常公用支出。与上年相比增加1287.35万元，" +
            "增长4.91%。主要原因是增加人员经费。2．社会保障和就业（类）支出2355.65万元，主要用于离退休人员等支出。", 2019);

        Assert.Equal(2, facts.Count);
        Assert.Equal("公共安全（类）", facts[0].Name);
        Assert.Equal(4.91m, facts[0].Change?.Pct);
        Assert.Equal("社会保障和就业（类）", facts[1].Name);
        Assert.Null(facts[1].Change);
    }

    [Theory]
    // Other provinces' wordings of a change: a rate without an amount, 增长/下降 as its direction, 与…相比, 同比.
    [InlineData("比上年决算增长5.20%", null, "5.20", "increase")]
    [InlineData("与2023年预算数相比，下降3.1%", null, "3.1", "decrease")]
    [InlineData("同比增加12.00万元，增长13.64%", "120000", "13.64", "increase")]
    [InlineData("较上年预算数减少8.00万元，降低8.33%", "80000", "8.33", "decrease")]
    [InlineData("与上年预算相比增加12.00万元", "120000", null, "increase")]
    [InlineData("比上年减少11.70万元，减幅为10.47%", "117000", "10.47", "decrease")]
    [InlineData("较上年下降4.08%（减少412.35万元）", "4123500", "4.08", "decrease")]
    // Round AH's Henan: the rate after the amount opening with 同比.
    [InlineData("较上年增加10.00万元，同比增长11.11%", "100000", "11.11", "increase")]
    // A template's unchosen alternative left beside the word printed first.
    [InlineData("比上年减少（增加）5.00万元，下降（增长）4.76%", "50000", "4.76", "decrease")]
    public void Reads_the_changes_other_provinces_word(string change, string? amount, string? pct, string direction)
    {
        var fact = Assert.Single(Read($"1.一般公共服务支出（类）人大事务（款）行政运行（项）2024年预算数为100.00万元，{change}。主要用于机关运行。", 2024));

        Assert.Equal(1000000m, fact.Value);
        Assert.Equal(amount is null ? null : decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), fact.Change?.Amount);
        Assert.Equal(pct is null ? null : decimal.Parse(pct, System.Globalization.CultureInfo.InvariantCulture), fact.Change?.Pct);
        Assert.Equal(direction, fact.Change?.Direction);
    }

    [Theory]
    // Round CG's Chengdu: the amount's word and the rate's disagree; one of them is misprinted.
    [InlineData("比2023年预算数增加13.95万元，下降7.66%", "increase", "decrease")]
    [InlineData("比上年下降4.08%（增加412.35万元）", "decrease", "increase")]
    // A negative 增幅 states a fall, as 减少 does; an unchosen alternative is no second word.
    [InlineData("比上年减少5.00万元，增幅-4.76%", "decrease", null)]
    [InlineData("比上年增加5.00万元，增幅-4.76%", "increase", "decrease")]
    [InlineData("比上年减少（增加）5.00万元，下降（增长）4.76%", "decrease", null)]
    public void Reads_a_change_stated_both_ways(string change, string direction, string? contradicting)
    {
        var fact = Assert.Single(Read($"1.一般公共服务支出（类）人大事务（款）行政运行（项）2024年预算数为100.00万元，{change}。主要用于机关运行。", 2024));

        Assert.Equal(direction, fact.Change?.Direction);
        Assert.Equal(contradicting, fact.Change?.ContradictingDirection);
    }

    [Theory]
    // A figure more than doubled, its change stated as a multiple (round AY's Anhui, round AW's Jilin).
    [InlineData("较上年预算数增加60.00万元，是上年的2.5倍", "600000", "2.5", true)]
    [InlineData("与上年相比增加60.00万元，较上年增长1.5倍", "600000", "1.5", false)]
    [InlineData("比上年增长1.5倍", null, "1.5", false)]
    // Last year's figure stated, the figure a multiple of it (round BF's Hunan).
    [InlineData("上年预算40.00万元，是上年的2.5倍", null, "2.5", true)]
    public void Reads_a_change_stated_as_a_multiple(string change, string? amount, string multiple, bool ofFigure)
    {
        var fact = Assert.Single(Read($"1.一般公共服务支出（类）人大事务（款）行政运行（项）2024年预算数为100.00万元，{change}。主要用于机关运行。", 2024));

        Assert.Equal((amount is null ? null : decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), null, "increase"),
            (fact.Change?.Amount, fact.Change?.Pct, fact.Change?.Direction));
        Assert.Equal((decimal.Parse(multiple, System.Globalization.CultureInfo.InvariantCulture), ofFigure), (fact.Change!.Multiple, fact.Change.MultipleOfFigure));
    }

    [Fact]
    public void Reads_a_final_account_stating_the_actual_first_with_its_change_on_last_year()
    {
        var fact = Assert.Single(Read("（一）社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）：" +
            "支出决算数为98.50万元，比上年决算增加6.50万元，增长7.07%。主要原因是缴费基数调整。", 2024));

        Assert.Equal(985000m, fact.Value);
        Assert.Equal(new FactChange(2023, 65000m, 7.07m, "increase"), fact.Change);
    }

    [Fact]
    public void Reads_last_years_figure_stated_without_its_year()
    {
        var fact = Assert.Single(Read("2.教育支出（类）普通教育（款）小学教育（项）预算安排132.00万元，上年预算数为120.00万元，比上年增长10.00%。", 2024));

        Assert.Equal(1320000m, fact.Value);
        Assert.Equal(new PriorFigure(2023, "budget", 1200000m), fact.Prior);
        Assert.Equal(new FactChange(2023, null, 10.00m, "increase"), fact.Change);
    }

    [Theory]
    [InlineData("比2023年预算执行数95.00万元增加5.00万元，增长5.26%")]
    [InlineData("较2023年执行数95.00万元增加5.00万元，增长5.26%")]
    public void Reads_last_years_figure_named_inside_the_comparison_with_the_change_after_it(string change)
    {
        var fact = Assert.Single(Read($"1.一般公共服务支出（类）人大事务（款）行政运行（项）2024年预算100.00万元，{change}。主要用于机关运行。", 2024));

        Assert.Equal(1000000m, fact.Value);
        Assert.Equal(new PriorFigure(2023, "execution", 950000m), fact.Prior);
        Assert.Equal(new FactChange(2023, 50000m, 5.26m, "increase"), fact.Change);
    }

    [Fact]
    public void Reads_last_years_figure_named_after_the_documents_own_years()
    {
        var fact = Assert.Single(Read("（二）住房保障支出（221）住房改革支出（02）住房公积金（01）：2026年预算数为120.00万元，较上年预算执行数110.00万元增长9.09%。"));

        Assert.Equal(1200000m, fact.Value);
        Assert.Equal(new PriorFigure(2025, "execution", 1100000m), fact.Prior);
    }

    [Theory]
    // Last year's execution beside a change against last year's budget, and the other way round: the change is against a figure not stated.
    [InlineData("（1）行政运行（2010101）：2024年预算数为300.00万元，上年执行数为290.00万元，比上年预算数增加20.00万元，增长7.14%。")]
    [InlineData("2、公共安全支出（204类）司法（06款）基层司法业务（04项）300.00万元。2023年当年预算执行数为290.00万元，2024年预算安排300.00万元，比2023年预算数增加20.00万元，增长7.14%。")]
    [InlineData("3、公共安全支出（204类）司法（06款）普法宣传（05项）300.00万元。2023年预算数为280.00万元，2024年预算安排300.00万元，比2023年预算执行数增加10.00万元，增长3.45%。")]
    public void Takes_no_figure_of_last_years_other_than_the_one_the_change_is_against(string text)
    {
        var fact = Assert.Single(Read(text, 2024));

        Assert.Null(fact.Prior);
        Assert.Equal(2023, fact.Change?.ComparedYear);
    }

    [Theory]
    // The explanation states a sub-project's change, a subordinate unit's 预算安排 or an earlier year's figures before the
    // sentence stating the item's own; of two of last year's figures, the one the change names.
    [InlineData("3、教育支出（205类）进修及培训（08款）培训支出（03项）60.00万元。主要用于：干部培训，其中党校轮训经费比上年增加8.00万元。2019年当年预算执行数为55.00万元，2020年预算安排60.00万元，比2019年预算执行数增加9.09%。", 2020, 600000, 550000, 9.09)]
    [InlineData("4、卫生健康支出（210类）行政事业单位医疗（11款）行政单位医疗（01项）45.00万元。主要用于机关人员医疗缴费，下属单位同类支出由其自有资金安排，2020年预算安排12.00万元。2019年当年预算执行数为43.00万元，2020年预算安排45.00万元，比2019年预算执行数增加4.65%。", 2020, 450000, 430000, 4.65)]
    [InlineData("8、卫生健康支出（210类）行政事业单位医疗（11款）事业单位医疗（02项）30.00万元。主要用于下属事业单位医疗缴费，2025年预算数为28.00万元，比上年增加2.00万元。2025年当年预算执行数为28.50万元，2026年预算安排30.00万元，比2025年预算执行数增加5.26%。", 2026, 300000, 285000, 5.26)]
    [InlineData("2、公共安全支出（204类）司法（06款）基层司法业务（04项）2170.39万元。主要用于：基层司法所运转，该项目2023年预算数为2,050.00万元。2024年当年预算执行数为2149.45万元，2025年预算安排2170.39万元，比2024年预算执行数增加0.97%。", 2025, 21703900, 21494500, 0.97)]
    [InlineData("公共安全支出（204）司法（06）基层司法业务（04）：2026年预算数为2,170.39万元，2025年预算数为2,100.00万元，2025年预算执行数为2,149.45万元，比上年预算执行数增加0.97%。", 2026, null, 21494500, 0.97)]
    [InlineData("机关服务（2010350）2022年预算数为85.00万元，2020年执行数为78.00万元，2021年执行数为80.00万元，比2021年执行数增加5.00万元，增长6.25%。", 2022, null, 800000, 6.25)]
    public void Reads_the_figures_of_the_sentence_stating_the_items_own(string text, int year, int? planned, int prior, double pct)
    {
        var fact = Assert.Single(Read(text, year));

        Assert.Equal(planned, fact.Planned);
        Assert.Equal(prior, fact.Prior?.Amount);
        Assert.Equal((decimal)pct, fact.Change?.Pct);
    }

    [Theory]
    [InlineData("（1）农林水支出（类）农业农村（款）病虫害控制（项）（2130108）：年初预算为50.00万元，支出决算为48.00万元。", "2130108")]
    [InlineData("（1）农林水支出（类）农业农村（款）（21301）：支出决算为48.00万元。", "21301")]
    [InlineData("1、“农业农村（款）行政运行（项）”科目（2130101）532.02万元，主要用于人员调资。", "2130101")]
    [InlineData("（二）小学教育（项）（科目编码2050202）：预算数为1520.30万元，比上年预算数减少120.50万元，下降7.34%。", "2050202")]
    [InlineData("（二）小学教育（项）（功能科目编码：2050202）：预算数为1520.30万元。", "2050202")]
    [InlineData("（四）“教育支出”（类）“普通教育”（款）“小学教育”（项）科目2050202，2026年预算253.18万元，与上年预算相比增加11.92万元，增长5.20%。", "2050202")]
    [InlineData("1.社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）[2080501]：2026年预算22.36万元，比2025年预算减少3.91万元，下降14.88%。", "2080501")]
    public void Reads_the_whole_code_bracketed_after_the_level_marks(string text, string? code) =>
        Assert.Equal(code, Assert.Single(Read(text, 2023)).Code);

    [Theory]
    [InlineData("说明。1.2040601行政运行（项）：2024年度支出决算为100.00万元。", "2040601")]
    [InlineData("（一）2040601行政运行（项）：2024年度支出决算为100.00万元。", "2040601")]
    [InlineData("说明。1.20406司法（款）：2024年度支出决算为100.00万元。", "20406")]
    public void Reads_a_level_named_by_its_code_before_the_name_and_its_mark_after_as_one_header(string text, string code)
    {
        // Found both as a code-first header and as a marked one over the same words: once, not a paragraph ending before it starts.
        var fact = Assert.Single(Read(text, 2024));

        Assert.Equal((code, 1000000.00m), (fact.Code, fact.Value));
    }

    [Fact]
    public void Reads_the_class_and_kuan_an_items_paragraph_names_after_it_as_that_items()
    {
        // Each 项 first, its 类 and 款 after it ("该项支出属于…"): the next item is not under the levels the last one names.
        var facts = Read("1.节能环保支出（类）环境保护管理事务（款）行政运行（项）：2026年预算安排53.83万元。主要用于日常运转。" +
            "2.行政单位医疗（项）：2026年预算安排20.00万元，较上年预算数增加5.00%。该项支出属于卫生健康支出（类）行政事业单位医疗（款），主要用于医疗。" +
            "3.住房公积金（项）：2026年预算安排30.00万元，较上年预算数增加5.00%。该项支出属于住房保障支出（类）住房改革支出（款），主要用于公积金。", 2026);

        Assert.Equal(["节能环保支出（类）环境保护管理事务（款）行政运行（项）", "卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）", "住房保障支出（类）住房改革支出（款）住房公积金（项）"],
            facts.Select(f => f.Name));
    }

    [Fact]
    public void Reads_a_quoted_name_called_subject_before_its_bracketed_code()
    {
        // Jilin: no level mark, the year before 安排, last year's budget and the change after it.
        var fact = Assert.Single(Read("一、“行政运行”科目（2130301）2026年安排936.32万元，2025年预算数为992.49万元，比上年预算减少56.18万元，下降5.66%，主要用于人员调资。", 2026));

        Assert.Equal(("2130301", 9363200.00m, 9924900.00m, 5.66m), (fact.Code, fact.Value, fact.Prior?.Amount, fact.Change?.Pct));
    }

    [Fact]
    public void Ends_a_listed_class_at_a_heading_numbered_in_digits()
    {
        // Tianjin: the department's completion rate after "3.…具体情况。" is not the last class's.
        var facts = Read("一般公共预算财政拨款支出决算2350.89万元，其中：一般公共服务支出1500.00万元，占63.81%；住房保障支出102.98万元，占4.38%。"
            + "3.一般公共预算财政拨款支出决算具体情况。2024年度一般公共预算财政拨款支出年初预算为2379.71万元，支出决算为2350.89万元，完成年初预算的98.79%。", 2024);

        Assert.Equal([15000000.00m, 1029800.00m], facts.Select(f => f.Value));
        Assert.All(facts, f => Assert.Null(f.Execution));
    }

    [Fact]
    public void Reads_unmarked_classes_listed_under_a_heading_on_the_general_budgets_structure()
    {
        // Qinghai, Fujian: the heading names the list's subject; the first class opens its own sentence.
        var facts = Read("（二）一般公共预算支出结构情况。社会保障和就业支出127.03万元，占8.74%；交通运输支出1186.31万元，占81.58%。", 2024);

        Assert.Equal([(1270300.00m, 8.74m), (11863100.00m, 81.58m)], facts.Select(f => (f.Value, f.SharePct!.Value)));
    }

    [Theory]
    [InlineData("按支出功能分类科目划分：")]
    [InlineData("从功能分类看，")]
    [InlineData("（二）结构情况：")]
    public void Reads_unmarked_classes_a_sentence_lists_by_function_after_the_general_budgets_total(string opening)
    {
        var facts = Read("2025年一般公共预算支出1520.36万元，比上年增加120.36万元，增长8.60%。" + opening
            + "一般公共服务支出1200.00万元，占78.93%；住房保障支出320.36万元，占21.07%。", 2025);

        Assert.Equal([(12000000.00m, 78.93m), (3203600.00m, 21.07m)], facts.Select(f => (f.Value, f.SharePct!.Value)));
    }

    [Fact]
    public void Reads_unmarked_classes_listed_by_function_after_the_general_budgets_basic_and_project_parts()
    {
        // Shaanxi: the parts by kind are listed between the total and its classes.
        var facts = Read("2024年一般公共预算支出11213.47万元，比上年预算增加140.89万元，增长1.27%。其中：基本支出4355.61万元，占38.84%；项目支出6857.86万元，占61.16%。"
            + "按支出功能分类科目划分：社会保障和就业支出926.12万元，占8.26%；农林水支出10287.35万元，占91.74%。", 2024);

        Assert.Equal([(9261200.00m, 8.26m), (102873500.00m, 91.74m)], facts.Select(f => (f.Value, f.SharePct!.Value)));
    }

    [Fact]
    public void Reads_the_unmarked_classes_a_sentence_lists_by_function_after_all_funds_total()
    {
        // Round HW's Zhejiang: the department's classes, held to the summaries' class lines.
        var facts = Read("2025年支出预算总额1520.36万元。按支出功能分类科目划分：一般公共服务支出1200.00万元，占78.93%；住房保障支出320.36万元，占21.07%。", 2025);

        Assert.Equal([(12000000.00m, 78.93m), (3203600.00m, 21.07m)], facts.Select(f => (f.Value, f.SharePct!.Value)));
    }

    [Fact]
    public void Reads_no_unmarked_class_in_a_sentence_on_all_funds()
    {
        Assert.Empty(Read("（二）支出预算结构情况。社会保障和就业支出127.03万元，占8.74%；交通运输支出1186.31万元，占81.58%。", 2024));
    }

    [Fact]
    public void Reads_last_years_actual_figure_a_final_account_states()
    {
        // Anhui: "2022年度该科目支出决算为204.84万元，本年比上年减少13.97万元".
        var fact = Assert.Single(Read("卫生健康支出（类）公共卫生（款）基本公共卫生服务（项）。年初预算为173.02万元，支出决算为198.87万元，完成年初预算的114.94%。"
            + "2022年度该科目支出决算为204.84万元，本年比上年减少5.97万元，下降2.91%。", 2023));

        Assert.Equal((2022, "actual", 2048400.00m), (fact.Prior?.Year, fact.Prior?.Kind, fact.Prior?.Amount));
    }

    [Fact]
    public void Ends_an_item_at_an_unnumbered_section_heading()
    {
        var fact = Assert.Single(Read("教育支出（205类）进修及培训（08款）培训支出（03项）50.00万元。主要用于干部教育培训。“三公”经费预算情况说明：2025年“三公”经费预算28.00万元，比2024年预算减少2.00万元，下降6.67%。", 2025));

        Assert.Null(fact.Change);
    }

    [Fact]
    public void Takes_no_statement_after_the_documents_own_year_outside_the_comparison_for_last_years_figure()
    {
        var fact = Assert.Single(Read("住房保障支出（221）住房改革支出（02）住房公积金（01）：2026年预算数为120.00万元，较上年预算执行数增长9.09%，上年预算数为100.00万元。"));

        Assert.Null(fact.Prior);
    }

    [Theory]
    [InlineData("1、一般公共服务支出（201）政府办公厅（室）及相关机构事务（03）行政运行（01）500.00万元，比上年预算执行数增加100.00万元，增长25.00%。", "2010301", "一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）")]
    [InlineData("2、教育支出（205）普通教育（02）80.00万元。", "20502", "教育支出（类）普通教育（款）")]
    [InlineData("1.一般公共服务支出（201）人大事务（01）行政运行（01）：2026年预算数为856.30万元。", "2010101", "一般公共服务支出（类）人大事务（款）行政运行（项）")]
    [InlineData("二、主要支出科目情况（一）一般公共服务支出（201）人大事务（01）行政运行（01）30.00万元。", "2010101", "一般公共服务支出（类）人大事务（款）行政运行（项）")]
    public void Reads_a_header_that_gives_each_level_its_code_in_brackets_without_a_mark(string text, string code, string names)
    {
        var fact = Assert.Single(Read(text));

        Assert.Equal((code, names), (fact.Code, fact.Name));
    }

    [Theory]
    [InlineData("（一）行政运行（2010301）2025年预算数为350.12万元，比2024年执行数增加20.12万元，增长6.10%，主要原因是人员增加。", "2010301", "行政运行（项）")]
    [InlineData("2.人大事务（20101）：预算数为80.00万元。", "20101", "人大事务（款）")]
    [InlineData("（1）2010301行政运行350.12万元，主要用于机构正常运转。", "2010301", "行政运行（项）")]
    [InlineData("其中：2080505机关事业单位基本养老保险缴费支出：预算安排45.60万元。", "2080505", "机关事业单位基本养老保险缴费支出（项）")]
    public void Reads_a_level_named_with_its_whole_code_beside_it(string text, string code, string name)
    {
        var fact = Assert.Single(Read(text, 2025));

        Assert.Equal((FactKeys.FunctionItem, code, name), (fact.Key, fact.Code, fact.Name));
    }

    [Fact]
    public void Reads_an_economic_item_named_with_its_whole_code_as_an_economic_item()
    {
        var fact = Assert.Single(Read("1.基本工资（30101）：预算数为120.00万元，比上年增加5.00万元，增长4.35%。", 2025));

        Assert.Equal((FactKeys.EconomicItem, "30101", 1200000m), (fact.Key, fact.Code, fact.Value));
    }

    [Theory]
    // A figure of five digits with its unit, a count or a date is no code however it is followed.
    [InlineData("全年共接待21500人次，节约资金20101元。")]
    [InlineData("，20250年度目标。其中，21500万元用于建设。")]
    public void Takes_no_figure_of_five_or_seven_digits_for_a_code(string text)
    {
        Assert.Empty(Read(text, 2025));
    }

    [Theory]
    [InlineData("2010301行政运行：年初预算300万元，决算支出320万元，完成预算的106.67%。")]
    [InlineData("行政运行（2010301）年初预算为300.00万元，支出决算为320.00万元，完成年初预算的106.67%。")]
    public void Reads_a_final_accounts_item_led_by_its_code(string text)
    {
        var fact = Assert.Single(Read(text, 2025));

        Assert.Equal(("2010301", 3200000m), (fact.Code, fact.Value));
        Assert.Equal((3000000m, 106.67m), (fact.Execution?.Budget, fact.Execution?.CompletionPct));
    }

    [Fact]
    public void Reads_the_budget_named_inside_the_completion_sentence_after_the_actual()
    {
        var fact = Assert.Single(Read("其中：一般公共服务支出（类）人大事务（款）行政运行（项）2023年度支出决算118.20万元，与年初预算120.50万元相比，完成年初预算的98.09%。", 2023));

        Assert.Equal(1182000m, fact.Value);
        Assert.Equal((1205000m, 98.09m), (fact.Execution?.Budget, fact.Execution?.CompletionPct));
    }

    [Fact]
    public void Takes_no_class_listed_with_its_share_for_the_items_after_the_list()
    {
        // Gansu: the class list, then items naming their 款 and 项 only.
        var facts = Read("一般公共预算财政拨款支出7683.89万元，主要用于以下方面：科学技术（类）支出663.76万元，占8.64%；住房保障（类）支出215.84万元，占2.81%。"
            + "（1）应用研究（款）机构运行（项）：年初预算为535.05万元，支出决算为530.00万元，完成年初预算的99.06%。", 2023);

        Assert.Equal("应用研究（款）机构运行（项）", facts[^1].Name);
    }

    [Fact]
    public void Reads_last_years_figure_stated_first_and_a_signed_rate_of_change()
    {
        // Qinghai: last year's execution, this year's budget, then 增减率 with its sign.
        var fact = Assert.Single(Read("1.行政运行（2010501）上年执行数212.5万元，本年预算261.1万元，增减率+22.87%，人员增加及工资标准调整。", 2024));

        Assert.Equal(("2010501", 2611000.0m, 2125000.0m), (fact.Code, fact.Value, fact.Prior?.Amount));
        Assert.Equal(new FactChange(2023, null, 22.87m, "increase"), fact.Change);
    }

    [Fact]
    public void Reads_a_change_stated_right_after_last_years_figure_without_naming_its_base()
    {
        // Tianjin: "266.87万元，上年执行数331.43万元，减少64.56万元，下降19.48%".
        var fact = Assert.Single(Read("1.2050101行政运行：266.87万元，上年执行数331.43万元，减少64.56万元，下降19.48%，主要用于日常运转。", 2024));

        Assert.Equal(new FactChange(2023, 645600.00m, 19.48m, "decrease"), fact.Change);
        Assert.Equal(3314300.00m, fact.Prior?.Amount);
    }

    [Fact]
    public void Reads_the_difference_from_the_budget_stated_before_the_completion_rate()
    {
        // No budget printed: the actual less the difference is the one the rate is computed against.
        var fact = Assert.Single(Read("教育支出（类）进修及培训（款）培训支出（项）。支出决算为40.00万元，比年初预算减少10.00万元，完成年初预算的80.00%。", 2024));

        Assert.Equal((null, 80.00m, "less", 100000.00m), (fact.Execution?.Budget, fact.Execution?.CompletionPct, fact.Execution?.Stated, fact.Execution?.Difference));
    }

    [Fact]
    public void Reads_the_budget_named_inside_the_comparison_after_the_actual_and_its_rate_once()
    {
        var fact = Assert.Single(Read("一般公共服务支出（类）人大事务（款）行政运行（项）。支出决算为160.00万元，比年初预算150.00万元增加10.00万元，增长6.67%。主要原因是人员增加。", 2024));

        Assert.Equal((1500000.00m, "greater", 100000.00m, null), (fact.Execution?.Budget, fact.Execution?.Stated, fact.Execution?.Difference, fact.Execution?.DifferencePct));
        Assert.Equal(6.67m, fact.Change?.Pct);
    }

    [Fact]
    public void Reads_the_budget_named_inside_the_rate_of_the_actual()
    {
        var fact = Assert.Single(Read("（一）一般公共服务支出（类）人大事务（款）行政运行（项）。支出决算1349.28万元，为年初预算1200.00万元的112.44%。决算数大于预算数的主要原因是人员增加。", 2025));

        Assert.Equal((13492800m, 12000000m, 112.44m, "greater"), (fact.Value, fact.Execution?.Budget, fact.Execution?.CompletionPct, fact.Execution?.Stated));
    }

    [Fact]
    public void Reads_the_budget_stated_after_the_actual_before_the_completion_rate()
    {
        var fact = Assert.Single(Read("一般公共服务支出（类）人大事务（款）行政运行（项）：支出决算856.30万元，年初预算820.00万元，完成年初预算的104.43%。", 2023));

        Assert.Equal((8563000m, 8200000m, 104.43m), (fact.Value, fact.Execution?.Budget, fact.Execution?.CompletionPct));
    }

    [Fact]
    public void Reads_an_items_budget_quota_against_last_years_like_for_like_figure()
    {
        // Henan: "名称（代码）：预算额度…，上年同口径…，增加…，增长…%"; Beijing: a quoted path of names before the code, "增幅-12.25%".
        var facts = Read("（21）水利工程运行与维护（2130306）：预算额度5,231.60万元，上年同口径4,850.20万元，增加381.40万元，增长7.86%。主要用于水库运行。"
            + "13.“节能环保支出-污染防治-大气”（2110301）安排3124.00万元，较2025年预算减少436.00万元，增幅-12.25%。");

        Assert.Equal([("2130306", 52316000m, 48502000m, 3814000m, 7.86m, "increase"), ("2110301", 31240000m, 0m, 4360000m, 12.25m, "decrease")],
            facts.Select(f => (f.Code!, f.Value, f.Prior?.Amount ?? 0m, f.Change!.Amount!.Value, f.Change.Pct!.Value, f.Change.Direction!)));
    }

    [Fact]
    public void Reads_a_quoted_path_of_names_however_long_its_item_name()
    {
        // Round BG's Beijing: 37 letters between the quotes.
        var fact = Assert.Single(Read("14.“社会保障和就业支出-行政事业单位养老支出-机关事业单位基本养老保险缴费支出”（2080505）安排2478.28万元，较2023年预算增加36.79万元，增幅1.15%，主要原因是缴费基数调整。", 2024));

        Assert.Equal(("2080505", 24782800m, 1.15m), (fact.Code, fact.Value, fact.Change!.Pct!.Value));
    }

    [Theory]
    // The rate of the difference from the budget, signed or told by a word.
    [InlineData("决算数为356,812.64元，年初预算数为360,000.00元，预决算差异率-0.89%。", 356812.64, 360000.00, "less", 0.89)]
    [InlineData("年初预算400.00万元，支出决算438.62万元，决算数与年初预算数的差异率为9.66%，超支，主要是年中追加。", 4386200, 4000000, "greater", 9.66)]
    [InlineData("年初预算400.00万元，支出决算380.00万元，决算数与年初预算数的差异率为5.00%，节支。", 3800000, 4000000, "less", 5.00)]
    public void Reads_the_stated_rate_of_the_difference_from_the_budget(string text, double actual, double budget, string stated, double pct)
    {
        var fact = Assert.Single(Read("行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）：" + text, 2025));

        Assert.Equal(((decimal)actual, (decimal)budget, stated, (decimal)pct), (fact.Value, fact.Execution!.Budget!.Value, fact.Execution.Stated, fact.Execution.DifferencePct!.Value));
    }

    [Fact]
    public void Reads_the_adjusted_budget_the_actual_is_stated_a_share_of()
    {
        // Liaoning: "（项）支出决算158.64万元，占调整预算160.00万元的99.15%（年初预算150.00万元）"; a name holding a quoted word.
        var facts = Read("1.公共安全支出（类）法院（款）案件执行（项）支出决算158.64万元，占调整预算160.00万元的99.15%（年初预算150.00万元）。"
            + "2.公共安全支出（类）法院（款）“两庭”建设（项）支出决算96.00万元，占调整预算100.00万元的96.00%（年初未安排预算）。", 2025);

        Assert.Equal([(1586400m, 1600000m, 99.15m), (960000m, 1000000m, 96.00m)], facts.Select(f => (f.Value, f.Execution!.Budget!.Value, f.Execution.CompletionPct!.Value)));
        Assert.Equal("公共安全支出（类）法院（款）“两庭”建设（项）", facts[1].Name);
    }

    [Theory]
    // The rate against a 全年 budget the paragraph leaves out is not the 年初 one's; with both given, the 全年 one's, whichever
    // the rate names (a real final account names 年初 for a rate of the 全年 budget).
    [InlineData("年初预算为120.00万元，支出决算为130.00万元，完成全年预算的100.00%。", 1200000, null)]
    [InlineData("年初预算为120.00万元，支出决算为130.00万元。决算数等于全年预算数。", 1200000, null)]
    [InlineData("年初预算为0万元，全年预算为321.02万元，支出决算为307.82万元，完成年初预算的95.89%。", 3210200, 95.89)]
    [InlineData("年初预算为120.00万元，全年预算为130.00万元，支出决算为125.00万元，完成全年预算的96.15%。", 1300000, 96.15)]
    [InlineData("年初预算为120.00万元，支出决算为108.00万元，完成预算的90.00%。", 1200000, 90.00)]
    // An adjusted budget (调整预算, 调整后预算) is the 全年 one.
    [InlineData("年初预算为100.00万元，调整预算为120.00万元，支出决算为118.00万元，完成调整预算的98.33%。", 1200000, 98.33)]
    [InlineData("调整后预算为75.00万元，支出决算为72.30万元，完成调整后预算的96.40%。", 750000, 96.40)]
    [InlineData("年初预算为100.00万元，支出决算为118.00万元，完成调整预算的98.33%。", 1000000, null)]
    public void Checks_a_completion_rate_against_the_budget_it_names(string text, int budget, double? rate)
    {
        var execution = Assert.Single(Read("一般公共服务支出（类）人大事务（款）行政运行（项）。" + text, 2023)).Execution;

        Assert.Equal(budget, execution?.Budget);
        Assert.Equal(rate is { } r ? (decimal)r : null, execution?.CompletionPct);
        Assert.Null(execution?.Stated);
    }

    [Fact]
    public void Reads_last_years_budget_named_without_its_suffix_and_the_change_after_it()
    {
        // Round W's Jilin: "上年预算" without 数.
        var fact = Assert.Single(Read("文化旅游体育与传媒支出（类）文化和旅游（款）行政运行（2070101）：2024年预算2512854.03元，上年预算2888778.94元，减少375924.91元，下降13.01%。", 2024));

        Assert.Equal((2512854.03m, new PriorFigure(2023, "budget", 2888778.94m), new FactChange(2023, 375924.91m, 13.01m, "decrease")), (fact.Value, fact.Prior, fact.Change));
    }

    [Fact]
    public void Reads_a_completion_rate_stated_after_the_change_with_its_budget()
    {
        // Round V's Heilongjiang: the amount, its change, then the budget and the rate.
        var fact = Assert.Single(Read("社会保障和就业支出（类）民政管理事务（款）行政运行（项）：支出决算为367.39万元，比2022年度决算减少4.46万元，下降1.20%。年初预算为347.91万元，完成年初预算的105.60%。决算数大于年初预算数的主要原因是人员增加。", 2023));

        Assert.Equal((3673900m, 3479100m, 105.60m, "greater"), (fact.Value, fact.Execution!.Budget, fact.Execution.CompletionPct, fact.Execution.Stated));
        Assert.Equal(new FactChange(2022, 44600m, 1.20m, "decrease"), fact.Change);
    }

    [Theory]
    // Round Z's Hunan: a heading without a figure runs into the class named after it; a class's own name with 支出 stays whole.
    [InlineData("（二）一般公共预算拨款支出结构社会保障和就业（类）1938162.19元，占9.71%。", "社会保障和就业（类）")]
    [InlineData("（二）支出结构社会保障和就业支出（类）1938162.19元，占9.71%。", "社会保障和就业支出（类）")]
    [InlineData("社会保障和就业支出（类）1938162.19元，占9.71%。", "社会保障和就业支出（类）")]
    public void Cuts_a_heading_run_into_a_class_off_its_name(string text, string name) =>
        Assert.Equal(name, Assert.Single(Read(text, 2024)).Name);

    [Fact]
    public void Reads_a_completion_rate_stated_after_the_change_past_a_semicolon()
    {
        // Round Y's Inner Mongolia.
        var fact = Assert.Single(Read("交通运输支出（类）公路水路运输（款）公路建设（项）支出决算为351.88万元，比上年决算增加18.16万元，增长5.44%；年初预算为343.03万元，完成年初预算的102.58%。", 2023));

        Assert.Equal((3430300m, 102.58m), (fact.Execution!.Budget, fact.Execution.CompletionPct));
        Assert.Equal(new FactChange(2022, 181600m, 5.44m, "increase"), fact.Change);
    }

    [Fact]
    public void Keeps_the_initial_budget_beside_an_adjusted_one()
    {
        var execution = Assert.Single(Read("一般公共服务支出（类）人大事务（款）行政运行（项）。年初预算为1030.81万元，调整预算为1095.31万元，支出决算为1256.42万元，完成年初预算的121.89%。", 2023)).Execution;

        Assert.Equal((10953100m, 10308100m, 121.89m, true, (decimal?)null), (execution!.Budget, execution.InitialBudget, execution.CompletionPct, execution.CompletionOfInitial, execution.AdjustedCompletionPct));
    }

    [Theory]
    // Round AB's Heilongjiang: the levels in one quoted string parted by dashes, then 科目; elsewhere by hyphens, two levels alone.
    [InlineData("1.“社会保障和就业支出—行政事业单位养老支出—行政单位离退休”科目2024年预算131,733.79元，比上年预算减少14,424.42元，下降9.87%，用于离退休费。",
        "社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项） 131733.79")]
    [InlineData("“一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行”科目1,202.95万元。", "一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项） 12029500.00")]
    [InlineData("“住房保障支出——住房改革支出”科目121,101.28元。", "住房保障支出（类）住房改革支出（款） 121101.28")]
    public void Reads_levels_quoted_together_parted_by_dashes(string text, string expected) =>
        Assert.Equal(expected, Assert.Single(Read(text, 2024)) is var f ? $"{f.Name} {f.Value}" : "");

    [Fact]
    public void Reads_the_whole_code_bracketed_after_the_lowest_of_the_dashed_levels()
    {
        // Round AC's Fujian: the 款 and 项 named, the 项's code after it; not the class 205 the 款's name would suggest.
        var fact = Assert.Single(Read("“特殊教育—特殊学校（2050701）”科目安排1314.98万元，比2024年预算数增加90.24万元，增长8.02%。", 2025));

        Assert.Equal(("2050701", 13149800m), (fact.Code, fact.Value));
    }

    [Fact]
    public void Reads_the_adjusted_budgets_rate_worded_as_the_initial_ones()
    {
        // Round AC's Hebei: 决算数为年初预算数的99.11%，为调整预算数的89.27%.
        var execution = Assert.Single(Read("1.一般公共服务支出（类）市场监督管理事务（款）行政运行（项）。年初预算数462.10万元，调整预算数512.99万元，决算数457.97万元，决算数为年初预算数的99.11%，为调整预算数的89.27%。", 2023)).Execution;

        Assert.Equal((99.11m, 89.27m), (execution!.CompletionPct, execution.AdjustedCompletionPct));
    }

    [Fact]
    public void Reads_the_outcome_after_the_adjusted_budgets_other_name_and_the_reason_it_differs()
    {
        // Round LI's Tianjin.
        var item = Assert.Single(Read("1.一般公共服务支出（类）统计信息事务（款）行政运行（项）。年初预算为2,650.00万元，调整预算（全年预算）为2,760.00万元，全年预算大于年初预算的主要原因是年中追加经费；支出决算为2,666.77万元，完成全年预算的96.62%。决算数小于全年预算数的主要原因是落实过紧日子要求。", 2024));

        Assert.Equal(26667700m, item.Value);
        Assert.Equal((27600000m, 26500000m, 96.62m, false), (item.Execution!.Budget, item.Execution.InitialBudget, item.Execution.CompletionPct, item.Execution.CompletionOfInitial));
        var unexplained = Assert.Single(Read("2.一般公共服务支出（类）统计信息事务（款）一般行政管理事务（项）。年初预算为200.00万元，调整预算（全年预算）为195.00万元，支出决算为186.40万元，完成全年预算的95.59%。", 2024));
        Assert.Equal((1864000m, 1950000m), (unexplained.Value, unexplained.Execution!.Budget));
    }

    [Fact]
    public void Reads_completion_rates_named_as_rates()
    {
        // Round AB's Shanxi.
        var execution = Assert.Single(Read("农林水（类）水利（款）水利工程建设（项）：年初预算125.78万元，调整后预算129.03万元，支出决算143.34万元，年初预算完成率113.96%，调整预算完成率111.09%。", 2023)).Execution;

        Assert.Equal((1290300m, 1257800m, 113.96m, true, 111.09m), (execution!.Budget, execution.InitialBudget, execution.CompletionPct, execution.CompletionOfInitial, execution.AdjustedCompletionPct));
    }

    [Fact]
    public void Reads_a_second_change_against_another_base()
    {
        // Round AB's Chongqing.
        var fact = Assert.Single(Read("污染防治（款）水体（项）：2024年预算64.46万元，较2023年执行数减少6.18万元，下降8.75%；较2023年预算数减少0.60万元，下降0.92%。", 2024));

        Assert.Equal(new FactChange(2023, 61800m, 8.75m, "decrease"), fact.Change);
        Assert.Equal(new FactChange(2023, 6000m, 0.92m, "decrease"), fact.SecondChange);
        Assert.EndsWith("下降0.92%", fact.Quote);
    }

    [Fact]
    public void Tells_which_budget_the_rate_and_the_comparison_each_name()
    {
        // Round AA's Shanghai: the rate names the 调整 budget, the comparison after it the 年初 one.
        var execution = Assert.Single(Read("社会福利（款）1.老年福利（项）：年初预算为127.75万元，调整预算为134.40万元，支出决算为130.73万元，决算数为调整预算数的97.27%。决算数比年初预算增加2.98万元，主要原因是人数增加。", 2023)).Execution;

        Assert.Equal((97.27m, false, true, 29800m), (execution!.CompletionPct, execution.CompletionOfInitial, execution.ComparisonOfInitial, execution.Difference));
    }

    [Fact]
    public void Reads_a_second_completion_rate_of_the_adjusted_budget()
    {
        // Round Z's Beijing.
        var execution = Assert.Single(Read("教育支出（类）普通教育（款）小学教育（项）。年初预算为5987.74万元，调整预算为6342.23万元，支出决算为5930.55万元，完成年初预算的99.04%，完成调整预算的93.51%。", 2023)).Execution;

        Assert.Equal((63422300m, 59877400m, 99.04m, true, 93.51m), (execution!.Budget, execution.InitialBudget, execution.CompletionPct, execution.CompletionOfInitial, execution.AdjustedCompletionPct));
    }

    [Theory]
    // A budget's own year's 年初预算数, and 本年预算数; a final account's 年初预算 followed by its 决算 is the budget carried out.
    [InlineData("行政运行（项）：2025年年初预算数为856.30万元，比上年增加56.30万元。", 2025, "8563000")]
    [InlineData("行政运行（项）：本年预算数为856.30万元。", 2025, "8563000")]
    // Round CI's Xinjiang: 年初预算 with no year.
    [InlineData("行政运行（项）：年初预算为216823.09元，与2025年预算246048.85元相比减少29225.76元，下降11.88%。", 2026, "216823.09")]
    [InlineData("行政运行（项）：年初预算为820.00万元，支出决算为856.30万元，完成年初预算的104.43%。", 2025, "8563000")]
    [InlineData("行政运行（项）：2023年度年初预算为820.00万元，支出决算为856.30万元，完成年初预算的104.43%。", 2023, "8563000")]
    public void Reads_a_budgets_own_years_budget_as_its_amount(string text, int year, string amount) =>
        Assert.Equal(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), Assert.Single(Read("一般公共服务支出（类）人大事务（款）" + text, year)).Value);

    [Fact]
    public void Reads_names_in_quotation_marks_before_their_level_marks()
    {
        var fact = Assert.Single(Read("“一般公共服务支出”（类）“政府办公厅（室）及相关机构事务”（款）“一般行政管理事务”（项）2022年预算数为86.50万元，较2021年增加6.50万元，增幅8.12%。", 2022));

        Assert.Equal(("一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）一般行政管理事务（项）", 865000m), (fact.Name, fact.Value));
        Assert.Equal(new FactChange(2021, 65000m, 8.12m, "increase"), fact.Change);
    }

    [Fact]
    public void Reads_last_years_figure_stated_right_after_the_years_own()
    {
        var fact = Assert.Single(Read("一般公共服务支出（类）人大事务（款）行政运行（项）2024年预算数为560.00万元，2023年预算数为520.00万元，比上年增加40.00万元，增长7.69%。", 2024));

        Assert.Equal(new PriorFigure(2023, "budget", 5200000m), fact.Prior);
    }

    [Fact]
    public void Reads_the_classes_listed_in_the_sentence_after_the_general_budgets_own()
    {
        var facts = Read("2024年一般公共预算拨款支出3,000.00万元，比上年增加100.00万元。主要用于：一般公共服务支出1,000.00万元，占33.33%；教育支出2,000.00万元，占66.67%。", 2024);

        Assert.Equal(["一般公共服务（类）", "教育（类）"], facts.Select(f => f.Name));
        // The department's alike (round HW's Zhejiang), and none after a total of no expenditure.
        Assert.Equal(["一般公共服务（类）", "教育（类）"],
            Read("2024年部门支出预算3,000.00万元，比上年增加100.00万元。主要用于：一般公共服务支出1,000.00万元，占33.33%；教育支出2,000.00万元，占66.67%。", 2024).Select(f => f.Name));
        Assert.Empty(Read("2024年部门收入预算3,000.00万元，比上年增加100.00万元。主要用于：一般公共服务支出1,000.00万元，占33.33%；教育支出2,000.00万元，占66.67%。", 2024));
    }

    [Fact]
    public void Reads_the_classes_of_all_appropriated_spending_a_final_account_lists()
    {
        // Round FZ's Hebei: the list follows the year's 财政拨款支出, each class with its share and its change.
        var facts = Read("按支出功能分类科目（类）划分，2025年度财政拨款支出主要用于：社会保障和就业支出279.76万元，占4.27%，比2024年度增加8.40万元，增长3.10%；" +
            "卫生健康支出94.45万元，占2.34%，比2024年度增加4.73万元，增长5.27%。", 2025);

        Assert.Equal(["社会保障和就业（类）", "卫生健康（类）"], facts.Select(f => f.Name));
        Assert.Equal([(4.27m, 8.40m), (2.34m, 4.73m)], facts.Select(f => (f.SharePct!.Value, f.Change!.Amount!.Value / 10000m)));
    }

    [Fact]
    public void Reads_the_classes_listed_under_a_heading_of_their_own_after_the_reason_for_the_change()
    {
        var facts = Read("（一）总体情况：2025年一般公共预算支出1,310.11万元，比2024年预算减少18.16万元，下降1.37%。主要原因是人员经费和项目安排变化。" +
            "（二）结构情况：主要用于以下方面：一般公共服务支出1,072.93万元，占81.90%；社会保障和就业支出150.27万元，占11.47%。", 2025);

        Assert.Equal(["一般公共服务（类）", "社会保障和就业（类）"], facts.Select(f => f.Name));
        Assert.Equal([81.90m, 11.47m], facts.Select(f => f.SharePct));
    }

    [Theory]
    // An earlier year's figure stated first: the paragraph's own is the one naming the document's year.
    [InlineData("行政运行（项）：2023年预算数为100.00万元，执行数为95.00万元；2024年预算数为120.00万元，比上年执行数增加25.00万元。", 2024, 1200000)]
    [InlineData("行政运行（项）：2024年预算数为480.00万元（含年中追加30.00万元），2025年预算数为500.00万元。", 2025, 5000000)]
    [InlineData("行政运行（项）：2022年决算数为45.60万元，2023年年初预算为50.00万元，支出决算为48.00万元，完成年初预算的96%。", 2023, 480000)]
    public void Reads_the_documents_own_years_figure_after_an_earlier_years(string text, int year, int amount) =>
        Assert.Equal(amount, Assert.Single(Read("一般公共服务支出（类）人大事务（款）" + text, year)).Value);

    [Theory]
    // 其他支出 is a function class too: alone, or with its 款 and 项.
    [InlineData("其他支出（类）741.75万元，占42.59%。")]
    [InlineData("其他支出（类）其他支出（款）其他支出（项）：2024年预算数为50.00万元。")]
    public void Reads_the_other_expenditure_class_as_a_function_line(string text) =>
        Assert.Equal(FactKeys.FunctionItem, Assert.Single(Read(text, 2024)).Key);

    [Fact]
    public void Reads_a_change_whose_amount_follows_its_rate()
    {
        var fact = Assert.Single(Read("卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）：预算数为25.00万元，同比增长4.17%，增加1.00万元。", 2025));

        Assert.Equal(new FactChange(2024, 10000m, 4.17m, "increase"), fact.Change);
    }

    [Fact]
    public void Reads_the_classes_a_general_budget_sentence_lists_without_marks_or_numbers()
    {
        var facts = Read("2024年一般公共预算拨款支出预算7980.00万元，主要用于：一般公共服务支出5620.00万元，占70.43%；教育支出2360.00万元，占29.57%。", 2024);

        Assert.Equal([("一般公共服务（类）", 56200000m, 70.43m), ("教育（类）", 23600000m, 29.57m)], facts.Select(f => (f.Name, f.Value, f.SharePct!.Value)));
    }

    [Fact]
    public void Takes_no_unmarked_class_from_a_list_of_the_departments_or_all_funds_spending()
    {
        // The classes of 收支总预算 are all funds' (the summary's lines), not the general budget's function lines.
        Assert.Empty(Read("2024年收支总预算9686.20万元。收入包括：一般公共预算拨款收入9000万元；支出包括：一般公共服务支出6521.40万元、社会保障和就业支出1205.30万元。", 2024));
    }

    [Fact]
    public void Reads_a_class_numbered_in_brackets()
    {
        var fact = Assert.Single(Read("（1）一般公共服务支出5,620.00万元，比上年增加220.00万元，增长4.07%。", 2024));

        Assert.Equal(("一般公共服务（类）", new FactChange(2023, 2200000m, 4.07m, "increase")), (fact.Name, fact.Change));
    }

    [Theory]
    [InlineData("（1）行政运行（2010101）856.32万元，占一般公共预算财政拨款支出的3.29%。", FactKeys.GeneralBudgetTotal, "3.29")]
    [InlineData("1.一般公共服务支出（类）人大事务（款）行政运行（项）支出决算为856.32万元，占一般公共预算财政拨款支出决算的71.80%。", FactKeys.GeneralBudgetTotal, "71.80")]
    // A share of the item's parent is of no whole a rule holds: not read, rather than held against the total.
    [InlineData("1.一般公共服务支出（类）人大事务（款）行政运行（项）856.32万元，占一般公共服务支出的13.29%。", null, null)]
    // Round CO's Guangdong: the share after the change; round CR's Jiangxi: the appropriation named bare.
    [InlineData("1.一般公共服务支出（类）2023年预算数为2266.76万元，比上年预算增加30.77万元，增长1.38%，占支出预算总额的88.17%，主要用于行政运行。", FactKeys.ExpenditureTotal, "88.17")]
    [InlineData("1.农林水支出（类）2023年预算数为6736.98万元，占一般公共预算拨款的78.76%。", FactKeys.GeneralBudgetTotal, "78.76")]
    public void Reads_an_items_share_of_the_whole_it_names(string text, string? whole, string? pct)
    {
        var fact = Assert.Single(Read(text, 2023));

        Assert.Equal((whole, pct is null ? (decimal?)null : decimal.Parse(pct, System.Globalization.CultureInfo.InvariantCulture)), (fact.ShareOf, fact.SharePct));
    }

    [Fact]
    public void Takes_no_bracketed_number_outside_a_coded_class_for_a_header()
    {
        Assert.Empty(Read("根据《预算法》（2014）第十四条，公开如下。附件（01）：部门预算表20.00万元。"));
    }

    [Fact]
    public void Reads_a_class_share_that_names_its_base()
    {
        var fact = Assert.Single(Read("主要用于以下方面：一般公共服务（类）支出412.30万元，占一般公共预算财政拨款支出的12.50%。", 2024));

        Assert.Equal((4123000m, 12.50m), (fact.Value, fact.SharePct));
    }

    private static int NarrativeScale(decimal value) => (decimal.GetBits(value)[3] >> 16) & 0xFF;
    [Theory]
    // Beijing: the year's own figure stated as 2024年预算数, then the change against last year's.
    [InlineData("1.一般公共服务支出（类）人大事务（款）行政运行（项）：2024年预算数为120.50万元，比2023年预算数增加10.20万元，增长9.25%，主要原因是人员增加。", "120.50")]
    // Guangdong: without 为, against 上年.
    [InlineData("（一）一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）2024年预算数1,234.56万元，比上年预算数增加23.45万元，增长1.94%。", "1234.56")]
    public void Reads_the_documents_own_year_stated_with_its_figure_as_this_years_amount_not_last_years(string text, string amount)
    {
        var fact = Assert.Single(Read(text, 2024));

        Assert.Equal(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture) * 10000m, fact.Value);
        // Were it last year's, the rate would be checked against a change of nothing.
        Assert.Null(fact.Prior);
        Assert.Equal((2023, "increase"), (fact.Change?.ComparedYear, fact.Change?.Direction));
    }

    [Theory]
    [InlineData("（五）卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）2023年决算数为45.6万元，比2023年年初预算数增加2.1万元，增长4.83%，主要原因是人员增加。")]
    [InlineData("（五）卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）决算数为45.6万元，比年初预算数增加2.1万元，增长4.83%。")]
    public void Reads_a_final_accounts_item_against_its_own_years_budget(string text)
    {
        var fact = Assert.Single(Read(text, 2023));

        Assert.Equal(456000m, fact.Value);
        Assert.Equal(new FactChange(2023, 21000m, 4.83m, "increase"), fact.Change);
    }

    [Fact]
    public void Reads_an_amount_opening_the_sentence_after_the_headers_full_stop()
    {
        var fact = Assert.Single(Read("（一）一般公共服务支出（类）人大事务（款）行政运行（项）。支出决算为240.32万元，完成预算100%。", 2023));

        Assert.Equal(2403200m, fact.Value);
    }

    [Fact]
    public void Reads_a_header_printing_each_levels_number_in_brackets_before_its_mark()
    {
        // Round GK's Anhui: "…（208）类 …（05）款 …（05）项 168.42万元", not "（208类）"; an enumerator before 项目 is no level, nor a
        // count in brackets with no class before it.
        var fact = Assert.Single(Read("（一）社会保障和就业支出（208）类行政事业单位养老支出（05）款机关事业单位基本养老保险缴费支出（05）项168.42万元，"
            + "主要用于在职人员养老保险缴费，比上年预算增加7.55万元，增长4.69%。（10）项目支出说明见附表。全年共完成（12）项工作。"));

        Assert.Equal(("2080505", 1684200m, 4.69m), (fact.Code, fact.Value, fact.Change?.Pct));
    }

    [Fact]
    public void Reads_an_economic_class_named_with_its_code_in_brackets()
    {
        // Round GN's Shenzhen: the government classification's classes; 对个人和家庭的补助 is 509 there, not the department's 303.
        var facts = Read("3.对事业单位经常性补助（505）19386.7万元，占基本支出的84.7%，为对所属事业单位的经常性补助。"
            + "4.对个人和家庭的补助（509）990.8万元，占基本支出的6.0%，主要用于社会福利和救助。");

        Assert.Equal([(FactKeys.EconomicItem, "505", 193867000m), (FactKeys.EconomicItem, "509", 9908000m)], facts.Select(f => (f.Key, f.Code, f.Value)));
    }

    [Fact]
    public void Leaves_an_economic_class_named_with_its_code_that_is_no_part_of_the_basic_expenditure()
    {
        // A project part by class, or a count in brackets: nothing to hold to the basic tables.
        Assert.Empty(Read("项目支出中，商品和服务支出（302）120.00万元，占项目支出的40.0%。年末实有人数（305）人。"));
    }
}
