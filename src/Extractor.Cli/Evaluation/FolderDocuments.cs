using Extractor.Mapping;
using Extractor.Model;
using Extractor.Pipeline;

namespace Extractor.Cli.Evaluation;

/// <summary>The PDFs of some folders, each processed with the default pipeline and measured, in name order.</summary>
public static class FolderDocuments
{
    public static async Task<IReadOnlyList<T>> MeasureAsync<T>(IEnumerable<string> folders, Func<string, ExtractedDocument, T> measure)
    {
        var processor = new DocumentProcessor(new PipelineOptions(), TableTypeClassifier.Shipped);
        var results = new List<T>();
        foreach (var pdf in folders.SelectMany(f => Directory.EnumerateFiles(f, "*.pdf")).Order(StringComparer.Ordinal))
            results.Add(measure(Path.GetFileName(pdf), await processor.ProcessAsync(pdf)));
        return results;
    }
}
