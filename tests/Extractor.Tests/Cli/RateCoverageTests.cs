using Extractor.Cli.Evaluation;
using Extractor.Model;
using Extractor.Tests.Support;

namespace Extractor.Tests.Cli;

public sealed class RateCoverageTests
{
    [Fact]
    public void Lists_the_printed_rates_no_fact_quotes_with_their_page_and_words()
    {
        var document = new DocumentBuilder()
            .Page(24, "2．社会保障和就业支出1,836.22万元，与上年相比减少", "184.96万元，降幅9.1%。主要原因是养老金", "— 3 —")
            .Page(25, "3．住房保障支出3,660.38万元，与上年相比增加1,341.22万元，增长57.83%。")
            .Fact(new Fact { Key = FactKeys.FunctionItem, Value = 36603800m, Page = 25, Quote = "住房保障支出3,660.38万元，与上年相比增加1,341.22万元，增长57.83%" })
            .Build();

        var rates = RateCoverage.Of("js.pdf", document);

        Assert.Equal(2, rates.Printed);
        var unread = Assert.Single(rates.Unread);
        Assert.Equal(24, unread.Page);
        // The sentence runs on over its line break; the page number printed between lines is no part of it.
        Assert.Contains("184.96万元，降幅9.1%。主要", unread.Context);
        Assert.DoesNotContain("—", unread.Context);
    }

    [Fact]
    public void Reads_no_rate_on_a_page_read_by_ocr()
    {
        var document = new DocumentBuilder().Page(new PageText(3, ["增长12.36%"]) { Ocr = true }).Build();

        Assert.Equal(0, RateCoverage.Of("scan.pdf", document).Printed);
    }
}
