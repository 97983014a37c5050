namespace Extractor.Tests.Scratch;
public sealed class Probe
{
    [Theory]
    [InlineData("一般公共预算财政拨款支出决算2350.89万元，其中：一般公共服务支出1500.00万元，占63.81%；住房保障支出102.98万元，占4.38%。3.一般公共预算财政拨款支出决算具体情况。2024年度一般公共预算财政拨款支出年初预算为2379.71万元，支出决算为2350.89万元，完成年初预算的98.79%。")]
    public void P(string text)
    {
        var facts = Extractor.Mapping.FunctionItemReader.Read(text, Enumerable.Repeat(7, text.Length).ToArray(), 2024, new bool[text.Length]);
        Assert.Fail("FACTS " + string.Join("\n", facts.Select(f => $"{f.Code} {f.Name} {f.Value} {f.Execution}")));
    }
}
