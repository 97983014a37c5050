using Extractor.Layout.Ocr;

namespace Extractor.Tests.Layout.Ocr;

public sealed class OrientationReportTests
{
    private static string Report(int rotate, double confidence) =>
        $"Page number: 0\nOrientation in degrees: {(360 - rotate) % 360}\nRotate: {rotate}\nOrientation confidence: {confidence:0.00}\nScript: Han\nScript confidence: 7.08\n";

    [Theory]
    [InlineData(0, 6.68, 0)]
    [InlineData(90, 9.31, 1)]
    [InlineData(180, 3.40, 2)]
    [InlineData(270, 2.5, 3)]
    [InlineData(180, 0.4, 0)]
    public void Reads_the_quarter_turns_Tesseract_asks_for_when_it_is_sure_enough(int rotate, double confidence, int quarters) =>
        Assert.Equal(quarters, OrientationReport.QuarterTurns(Report(rotate, confidence)));

    [Fact]
    public void Reads_no_turn_from_a_report_without_one() =>
        Assert.Equal(0, OrientationReport.QuarterTurns("Too few characters. Skipping this page\n"));
}
