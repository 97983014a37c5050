using System.Collections.Concurrent;
using Extractor.Mapping;
using Extractor.Model;
using Extractor.Pipeline;

namespace Extractor.Tests.Support;

/// <summary>
/// Every fixture PDF run through the pipeline once, shared by the tests that check what came out
/// (processing the whole corpus per test would make the suite slow for nothing).
/// </summary>
public sealed class ProcessedFixtures
{
    private readonly ConcurrentDictionary<string, ExtractedDocument> documents = new();

    public ProcessedFixtures()
    {
        var processor = new DocumentProcessor(new PipelineOptions(), TableTypeClassifier.Shipped);
        var files = new[] { "disclosures", "real-cn", "bad" }.SelectMany(Fixtures.Pdfs).ToList();
        Parallel.ForEach(files, path =>
        {
            var relative = System.IO.Path.GetRelativePath(Fixtures.Root, path);
            documents[relative] = processor.ProcessAsync(path).GetAwaiter().GetResult();
        });
    }

    /// <summary>The document of a fixture, by its path under <c>fixtures/</c> ("disclosures/dev01-2024-yuan.pdf").</summary>
    public ExtractedDocument this[string relativePath] => documents[relativePath];
}

[CollectionDefinition(Name)]
public sealed class ProcessedFixturesCollection : ICollectionFixture<ProcessedFixtures>
{
    public const string Name = "processed fixtures";
}
