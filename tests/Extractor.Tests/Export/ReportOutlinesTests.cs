using Extractor.Export.Report;
using Extractor.Model;
using Extractor.Tests.Support;

namespace Extractor.Tests.Export;

/// <summary>The review report's promise over the whole fixture corpus: every error finding is outlined where it is printed.</summary>
[Collection(ProcessedFixturesCollection.Name)]
public sealed class ReportOutlinesTests(ProcessedFixtures fixtures)
{
    [Fact]
    public void Outlines_every_error_finding_of_the_fixtures_on_the_cell_or_sentence_it_cites()
    {
        var documents = new[] { "disclosures", "real-cn" }.SelectMany(Fixtures.Pdfs)
            .Select(path => Path.GetRelativePath(Fixtures.Root, path)).ToList();
        var unplaced = new List<string>();
        int errors = 0;
        foreach (var relative in documents)
        {
            var document = fixtures[relative];
            var report = new ReportDocument(relative, "d0001.html", document);
            foreach (var finding in document.Findings.Where(f => f.Severity == FindingSeverity.Error))
            {
                errors++;
                var cited = finding.Refs[0];
                var boxes = report.Boxes(cited).ToList();
                // On the page the finding cites, and drawn there (the report pictures every page holding a box).
                if (boxes.Count == 0 || boxes.Any(b => b.Page != cited.Page) || !report.Pages.Contains(boxes[0].Page))
                    unplaced.Add($"{relative}: {finding.Message}");
            }
        }

        Assert.True(errors > 200, $"only {errors} error findings on the fixtures");
        Assert.True(unplaced.Count == 0, $"{unplaced.Count} of {errors} not outlined:\n{string.Join("\n", unplaced)}");
    }
}
