using System.Collections.Concurrent;
using Extractor.Mapping;
using Extractor.Model;
using Extractor.Pipeline;

namespace Extractor.Tests.Support;

/// <summary>
/// Every fixture PDF run through the pipeline once, shared by the tests that check what came out
/// (processing the whole corpus per test would make the suite slow for nothing); as a run reads them, a narrative
/// published apart from its tables is paired with them (<see cref="WaitingHalves{T}"/>).
/// </summary>
public sealed class ProcessedFixtures
{
    private readonly ConcurrentDictionary<string, ExtractedDocument> documents = new();

    public ProcessedFixtures()
    {
        var options = new PipelineOptions();
        var processor = new DocumentProcessor(options, TableTypeClassifier.Shipped);
        var files = new[] { "disclosures", "real-cn", "bad" }.SelectMany(Fixtures.Pdfs).Select(path => System.IO.Path.GetRelativePath(Fixtures.Root, path))
            .Order(StringComparer.Ordinal).ToList();
        var processed = new ExtractedDocument[files.Count];
        Parallel.For(0, files.Count, i => processed[i] = processor.ProcessAsync(Fixtures.Path(files[i])).GetAwaiter().GetResult());
        foreach (var ready in WaitingHalves<int>.InOrder(processed, options.Validation))
            documents[files[ready.Tag]] = ready.Document;
    }

    /// <summary>The document of a fixture, by its path under <c>fixtures/</c> ("disclosures/dev01-2024-yuan.pdf").</summary>
    public ExtractedDocument this[string relativePath] => documents[relativePath];
}

[CollectionDefinition(Name)]
public sealed class ProcessedFixturesCollection : ICollectionFixture<ProcessedFixtures>
{
    public const string Name = "processed fixtures";
}
