using Extractor.Export.Xlsx;

namespace Extractor.Tests.Export;

/// <summary>Sheet names as Excel accepts them, whatever a table's title holds.</summary>
public sealed class WorkbookSheetNamesTests
{
    [Fact]
    public void A_name_loses_the_characters_excel_forbids_and_is_cut_to_31()
    {
        var names = new SheetNames();

        var name = names.Claim("t6 [2023]一般公共预算支出表:功能分类*项级?/款\\类 按经济分类的明细表格");

        Assert.Equal("t6 _2023_一般公共预算支出表_功能分类_项级__款_类", name);
        Assert.Equal(SheetNames.MaxLength, name.Length);
    }

    [Fact]
    public void A_name_taken_in_any_case_gets_a_number_within_31_characters()
    {
        var names = new SheetNames();
        string title = "t1 " + new string('表', 40);

        var first = names.Claim(title);
        var second = names.Claim(title);
        var third = names.Claim("FACTS");
        var fourth = names.Claim("facts");

        Assert.Equal(("t1 " + new string('表', 28), "t1 " + new string('表', 24) + " (2)"), (first, second));
        Assert.Equal(("FACTS", "facts (2)"), (third, fourth));
    }

    [Fact]
    public void Excel_s_own_name_apostrophes_at_the_ends_and_an_empty_name_are_avoided()
    {
        var names = new SheetNames();

        Assert.Equal(["history (2)", "t2 三公", "sheet"], new[] { "history", "'t2 三公'", " " }.Select(names.Claim));
    }
}
