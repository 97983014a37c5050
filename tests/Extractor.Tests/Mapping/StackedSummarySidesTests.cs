using Extractor.Mapping;
using Extractor.Model;

namespace Extractor.Tests.Mapping;

/// <summary>A two-sided summary printed as two tables one above the other, joined side by side.</summary>
public sealed class StackedSummarySidesTests
{
    private static Table Side(string id, string title, string side, int page, params (string Label, string Amount)[] rows) => new()
    {
        Id = id, Title = title, Pages = [page],
        Header = [[side, side], ["项目", "预算数"]],
        Rows = [.. rows.Select(r => (IReadOnlyList<Cell>)[new Cell(r.Label), new Cell(r.Amount, r.Amount.Length == 0 ? null : decimal.Parse(r.Amount))])],
        Columns = [null, null],
    };

    private static readonly Table Income = Side("t1", "部门收支总表", "收入", 6, ("一、一般公共预算拨款收入", "4658.10"), ("五、事业收入", "27.73"), ("本年收入合计", "4685.83"), ("收入总计", "4685.83"));
    private static readonly Table Expenditure = Side("t2", "", "支出", 6, ("一、文化旅游体育与传媒支出", "4685.83"), ("支出总计", "4685.83"));
    private static readonly Table Next = Side("t3", "部门收入总表", "收入", 7, ("合计", "4685.83"));

    [Fact]
    public void Joins_an_untitled_expenditure_side_under_the_income_side_and_numbers_the_tables_after_it_again()
    {
        var tables = StackedSummarySides.Joined([Income, Expenditure, Next]);

        Assert.Equal(["t1", "t2"], tables.Select(t => t.Id));
        var summary = tables[0];
        Assert.Equal(["收入", "收入", "支出", "支出"], summary.Header[0]);
        Assert.Equal(4, summary.Columns.Count);
        Assert.Equal(["五、事业收入", "27.73", "支出总计", "4685.83"], summary.Rows[1].Select(c => c.Text));
        // The shorter side runs out in blank cells.
        Assert.Equal(["收入总计", "4685.83", "", ""], summary.Rows[3].Select(c => c.Text));
        Assert.Equal("部门收入总表", tables[1].Title);
    }

    [Fact]
    public void Leaves_a_titled_table_and_a_table_headed_otherwise_apart()
    {
        Assert.Equal(3, StackedSummarySides.Joined([Income, Expenditure with { Title = "部门支出总表" }, Next]).Count);
        Assert.Equal(2, StackedSummarySides.Joined([Income with { Header = [["项目", "预算数"], ["项目", "预算数"]] }, Expenditure]).Count);
        // The expenditure side two pages on is not the income side's other half, nor one printed in another unit.
        Assert.Equal(2, StackedSummarySides.Joined([Income, Expenditure with { Pages = [8] }]).Count);
        Assert.Equal(2, StackedSummarySides.Joined([Income with { Unit = MoneyUnit.WanYuan }, Expenditure with { Unit = MoneyUnit.Yuan }]).Count);
    }

    [Fact]
    public void Maps_the_joined_summary_as_one_two_sided_table()
    {
        var table = TableMapping.Apply([Income, Expenditure], TableTypeClassifier.Shipped).Tables.Single();

        Assert.Equal(TableTypes.IncomeExpenditureSummary, table.Type);
        Assert.Equal([null, Measures.Amount, null, Measures.Amount], table.Columns);
    }
}
