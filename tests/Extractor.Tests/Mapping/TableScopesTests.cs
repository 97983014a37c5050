using Extractor.Mapping;
using Extractor.Model;
using Xunit;

namespace Extractor.Tests.Mapping;

public class TableScopesTests
{
    private static Table Printed(int n, string type, string title, string? caption = null) =>
        new() { Id = $"t{n}", Type = type, Title = title, CaptionEntity = caption };

    [Fact]
    public void A_units_set_begins_where_a_table_comes_again_under_another_name()
    {
        var tables = TableScopes.Assign(
        [
            Printed(1, TableTypes.IncomeExpenditureSummary, "部门收支总表"),
            Printed(2, TableTypes.GeneralBudgetExpenditureByFunction, "一般公共预算支出表"),
            Printed(3, TableTypes.IncomeExpenditureSummary, "部门收支总表", "湖北省水利厅机关"),
            Printed(4, TableTypes.GeneralBudgetExpenditureByFunction, "一般公共预算支出表", "湖北省水利厅机关"),
            Printed(5, TableTypes.Unknown, "续表"),
            Printed(6, TableTypes.IncomeExpenditureSummary, "部门收支总表", "湖北省水文水资源中心"),
        ]);

        Assert.Equal([null, null, "湖北省水利厅机关", "湖北省水利厅机关", "湖北省水利厅机关", "湖北省水文水资源中心"], tables.Select(t => t.Scope));
    }

    [Fact]
    public void Names_in_the_titles_tell_the_sets_apart()
    {
        var tables = TableScopes.Assign(
        [
            Printed(1, TableTypes.IncomeExpenditureSummary, "收入支出决算总表"),
            Printed(2, TableTypes.IncomeSummary, "收入决算表"),
            Printed(3, TableTypes.IncomeExpenditureSummary, "江西省统计局本级收入支出决算总表"),
            Printed(4, TableTypes.IncomeSummary, "江西省统计局本级收入决算表"),
        ]);

        Assert.Equal([null, null, "江西省统计局本级", "江西省统计局本级"], tables.Select(t => t.Scope));
    }

    [Fact]
    public void The_departments_own_names_keep_its_tables_its_own()
    {
        // The department named in its captions, once with the city left out, once read by OCR with a character wrong;
        // a type printed twice (a twin table) under the department's name is no unit's set.
        var tables = TableScopes.Assign(
        [
            Printed(1, TableTypes.IncomeExpenditureSummary, "2021年部门收支总表", "株洲市芦淞区城市管理执法局"),
            Printed(2, TableTypes.ThreePublicExpenses, "一般公共预算三公经费支出表", "芦淞区城市管理执法局"),
            Printed(3, TableTypes.ThreePublicExpenses, "2021 年一般公共预算三公经费支出表", "株洲市芦公区城市管理执法局"),
            Printed(4, TableTypes.IncomeExpenditureSummary, "株洲市芦淞区城市管理执法局2021年部门收支总表"),
        ]);

        Assert.All(tables, t => Assert.Null(t.Scope));
    }

    [Fact]
    public void Another_name_on_a_table_not_printed_before_starts_no_set()
    {
        var tables = TableScopes.Assign(
        [
            Printed(1, TableTypes.IncomeExpenditureSummary, "上海市黄浦区财政局2024年部门收支总表"),
            Printed(2, TableTypes.GeneralBudgetExpenditureByFunction, "黄浦区财政局（本级）2024年一般公共预算支出功能分类预算表"),
        ]);

        Assert.All(tables, t => Assert.Null(t.Scope));
    }
}

public class EntityInTitleTests
{
    [Theory]
    [InlineData("湖北省水利厅2026年部门收支总表", "湖北省水利厅")]
    [InlineData("江西省统计局本级收入决算表", "江西省统计局本级")]
    [InlineData("2026年度XX县财政局部门收支总表", "XX县财政局")]
    [InlineData("一、上海市黄浦区财政局2024年部门收支总表", "上海市黄浦区财政局")]
    [InlineData("部门收支总表（2025年）", null)]
    [InlineData("2025年度一般公共预算财政拨款支出决算表", null)]
    [InlineData("政府性基金预算财政拨款收入支出决算表", null)]
    [InlineData("本部门2026年部门收支总表", null)]
    [InlineData("公开01表 收入支出决算总表", null)]
    // Round GF's scans: the number 表三 read by OCR as "R=".
    [InlineData("R= 2026 年部门支出预算总表 ( 续 )", null)]
    // Round KZ's Shaanxi: the number 附表7 before the year names no one.
    [InlineData("附表7 2025年部门一般公共预算基本支出表（政府预算经济分类科目）", null)]
    [InlineData("表3-1 2025年部门收入总表", null)]
    public void Reads_the_entity_a_title_names_before_the_tables_name(string title, string? entity)
    {
        Assert.Equal(entity, TableTyper.EntityInTitle(title));
    }
}
