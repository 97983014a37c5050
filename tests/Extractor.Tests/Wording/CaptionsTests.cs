using Extractor.Model;
using Extractor.Wording;

namespace Extractor.Tests.Wording;

/// <summary>The lines printed around the tables, as real publications print them, against what each reads as.</summary>
public sealed class CaptionsTests
{
    [Theory]
    [InlineData("编制单位：上海市普陀区司法局                     单位：元", true)]
    [InlineData("部门：中共江苏省委办公厅                          单位：万元", true)]
    [InlineData("填报单位：宜昌市西陵区市场监督管理局", true)]
    [InlineData("单位：万元", true)]
    [InlineData("单位：人", true)]
    [InlineData("SIRI LS A AS PEK AY BA                    单位万元", true)]
    [InlineData("金额单位：万元", true)]
    [InlineData("收入支出决算总表", false)]
    [InlineData("本单位万元以上设备3台", false)]
    [InlineData("主要用于所属单位人", false)]
    [InlineData("按规定拨付所属单位万元", false)]
    [InlineData("二、支出预算情况说明", false)]
    public void Tells_the_lines_that_introduce_a_table(string line, bool caption) => Assert.Equal(caption, Captions.CaptionLine().IsMatch(line));

    [Theory]
    [InlineData("部门：中共江苏省委办公厅                          单位：万元", "中共江苏省委办公厅")]
    [InlineData("编制单位：上海市普陀区司法局                     单位：元", "上海市普陀区司法局")]
    [InlineData("填报单位：宜昌市西陵区市场监督管理局", "宜昌市西陵区市场监督管理局")]
    [InlineData("预算主管部门：武汉市东西湖区财政局", "武汉市东西湖区财政局")]
    // Round AU's Fujian: 单位： naming the unit, beside the money unit's caption.
    [InlineData("单位：福州市长乐区应急管理局（本级）                 金额单位：万元", "福州市长乐区应急管理局（本级）")]
    [InlineData("金额单位：万元", "")]
    [InlineData("单位：万元", "")]
    // Round HT's Yunnan: the money unit's field right after the name, the gap between them no space in the text.
    [InlineData("部门：玉溪市农业农村局单位：万元", "玉溪市农业农村局")]
    // Round JW's Jilin: the table's number between the name and the unit.
    [InlineData("编制单位：通化市司法局表一单位：万元", "通化市司法局")]
    [InlineData("编制单位：通化市司法局 表二 单位：万元", "通化市司法局")]
    [InlineData("编制部门：某县教育局金额单位：元", "某县教育局")]
    public void Reads_the_department_a_caption_names(string line, string department) =>
        Assert.Equal(department, Captions.Department().Match(line).Groups["name"].Value);

    [Theory]
    [InlineData("单位：万元", MoneyUnit.WanYuan)]
    [InlineData("编制单位：上海市普陀区司法局                     单位：元", MoneyUnit.Yuan)]
    [InlineData("金额单位：万元", MoneyUnit.WanYuan)]
    [InlineData("单位: 元", MoneyUnit.Yuan)]
    [InlineData("SIRI LS A AS PEK AY BA                    单位万元", MoneyUnit.WanYuan)]
    public void Reads_the_unit_a_caption_prints(string line, MoneyUnit unit) =>
        Assert.Equal(unit, Captions.UnitOf(Captions.Unit().Match(line).Groups["unit"].Value));

    [Theory]
    [InlineData("续表", true)]
    [InlineData("（续）", true)]
    [InlineData("续下页", true)]
    [InlineData("接下页", true)]
    [InlineData("Table 3 (continued)", true)]
    // A table's number marked continued (round BE's Hunan and Fujian); the number alone marks nothing.
    [InlineData("表2（续）", true)]
    [InlineData("公开02表（续）", true)]
    [InlineData("表3-1（续表）", true)]
    // Round BM's Anhui: the mark at the left, the number at the right.
    [InlineData("续表                    公开06表", true)]
    // Round CS's Hebei: the number, then 续表 without brackets.
    [InlineData("公开03表续表", true)]
    [InlineData("附表三 续表", true)]
    // Round DK's Guizhou: the mark, then the number in brackets.
    [InlineData("续表（公开05表）", true)]
    [InlineData("表2", false)]
    [InlineData("2024年部门支出总表", false)]
    [InlineData("续表：一般公共预算财政拨款基本支出决算表", false)]
    public void Tells_a_continuation_mark(string line, bool mark) => Assert.Equal(mark, Captions.ContinuedMark().IsMatch(line));

    [Theory]
    [InlineData("- 12 -", true)]
    [InlineData("─ 11 ─", true)]
    [InlineData("—13—", true)]
    [InlineData("－ 4 －", true)]
    [InlineData("·3·", true)]
    [InlineData("─ 11 ─ 续", false)]
    [InlineData("第3页 共14页", true)]
    [InlineData("Página 12 de 14", true)]
    [InlineData("Page 2 of 5", true)]
    [InlineData("2024年部门支出总表", false)]
    public void Tells_a_page_number(string line, bool number) => Assert.Equal(number, Captions.PageNumber().IsMatch(line));

    [Theory]
    [InlineData("第3页 共14页")]
    [InlineData("Página 12 de 14")]
    [InlineData("Page 2 of 5")]
    public void Knows_a_worded_page_number_by_one_of_its_words(string line) =>
        Assert.Contains(Captions.PageNumberWords, word => line.Contains(word, StringComparison.OrdinalIgnoreCase));
}
