namespace Extractor.Tests.Scratch;
public sealed class Probe
{
    [Theory]
    [InlineData("1、“农业农村（款）行政运行（项）”科目（2130101）532.02万元，主要用于人员调资。")]
    [InlineData("1、农业农村（款）行政运行（项）（2130101）532.02万元，主要用于人员调资。")]
    [InlineData("1、农林水支出（类）农业农村（款）行政运行（项）（2130101）532.02万元，主要用于人员调资。")]
    [InlineData("1、农林水支出（类）农业农村（款）行政运行（项）（2130101）：532.02万元，主要用于人员调资。")]
    [InlineData("1、农业农村（款）行政运行（项）（2130101）：532.02万元，主要用于人员调资。")]
    [InlineData("1、农业农村（款）行政运行（项）532.02万元，主要用于人员调资。")]
    public void P(string text)
    {
        var facts = Extractor.Mapping.FunctionItemReader.Read(text, Enumerable.Repeat(7, text.Length).ToArray(), 2023, new bool[text.Length]);
        Assert.Fail("FACTS " + string.Join("\n", facts.Select(f => $"{f.Code} {f.Name} {f.Value}")));
    }
}
