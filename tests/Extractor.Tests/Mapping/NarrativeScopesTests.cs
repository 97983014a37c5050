using Extractor.Mapping;
using Extractor.Model;

namespace Extractor.Tests.Mapping;

public sealed class NarrativeScopesTests
{
    private const string Department = "北京市通州区应急管理局", Unit = "北京市通州区应急管理事务中心";

    private static Table Held(string id, int page, string? scope) => new() { Id = id, Type = TableTypes.IncomeSummary, Pages = [page], Scope = scope };

    private static Fact On(int page) => new() { Key = FactKeys.IncomeTotal, Value = 1m, Page = page, Quote = "收入预算" };

    /// <summary>The department's tables on page 5 and its narrative on 6, the unit's tables on 10.</summary>
    private static (IReadOnlyList<PageText> Pages, IReadOnlyList<Fact> Facts) Assigned(string? department, params PageText[] pages) =>
        NarrativeScopes.Assign([Held("t1", 5, null), Held("t9", 10, Unit)], pages, [.. pages.Select(p => On(p.Number))], department);

    [Fact]
    public void A_note_on_a_page_holding_only_a_units_tables_is_the_units()
    {
        var (pages, facts) = Assigned(Department, new PageText(6, ["2026年收入预算2107.89万元。"]), new PageText(10, ["注：本单位2026年“三公”经费预算0.10万元。"]));

        Assert.Equal([null, Unit], facts.Select(f => f.Scope));
        Assert.Equal([null, Unit], pages.Select(p => p.Scope));
    }

    [Fact]
    public void A_units_own_narrative_and_the_pages_after_it_are_the_units_until_the_department_is_named()
    {
        // Round BL's Beijing: the unit's 单位预算情况说明 on pages of its own; the department's narrative names the unit
        // without a year (机构设置), and names itself with one.
        var (_, facts) = Assigned(Department,
            new PageText(6, ["二、机构设置", $"下设{Unit}1个事业单位。2026年收入预算2107.89万元。"]),
            new PageText(11, [$"一、收支预算情况。{Unit}", "2026年收入预算629.64万元。"]),
            new PageText(12, ["二、“三公”经费预算情况。“三公”经费预算0.10万元。"]),
            new PageText(13, [$"{Department}2026年部门预算绩效情况说明"]));

        Assert.Equal([null, Unit, Unit, null], facts.Select(f => f.Scope));
    }

    [Fact]
    public void A_line_opening_with_the_units_name_and_a_year_opens_its_narrative()
    {
        // Round BO's Guangxi: the heading's line, then the unit's first sentence on a line of its own.
        var (_, facts) = Assigned(Department, new PageText(11, ["（一）单位决算情况说明", $"{Unit}2025年度收入合计804.91万元，其中："]));

        Assert.Equal([Unit], facts.Select(f => f.Scope));
    }

    [Fact]
    public void Leaves_a_document_without_units_sets_as_it_is()
    {
        var pages = new[] { new PageText(6, [$"{Unit}2026年收入预算629.64万元。"]) };
        var facts = new[] { On(6) };

        var assigned = NarrativeScopes.Assign([Held("t1", 5, null)], pages, facts, Department);

        Assert.Same(facts, assigned.Facts);
    }
}
