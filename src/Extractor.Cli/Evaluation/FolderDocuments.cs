using Extractor.Mapping;
using Extractor.Model;
using Extractor.Pipeline;

namespace Extractor.Cli.Evaluation;

/// <summary>
/// The PDFs of some folders, each processed with the default pipeline, in name order; a publication printed in two
/// files (<see cref="SplitPublications"/>) is read as the run reads it, its narrative checked against its tables.
/// </summary>
public static class FolderDocuments
{
    /// <summary>Each PDF's file name with its document as the run outputs it.</summary>
    public static async Task<IReadOnlyList<(string File, ExtractedDocument Document)>> ProcessAsync(IEnumerable<string> pdfs)
    {
        var (files, ready) = await ProcessEachAsync(pdfs);
        return [.. files.Zip(ready.Select(r => r.Document))];
    }

    /// <summary>
    /// Measures each PDF's document as the rules read it: a narrative half together with its tables' figures, which
    /// keep their own file's mark (<see cref="LineItem.PrintedIn"/>) and are measured with their own document too.
    /// </summary>
    public static async Task<IReadOnlyList<T>> MeasureAsync<T>(IEnumerable<string> folders, Func<string, ExtractedDocument, T> measure)
    {
        var (files, ready) = await ProcessEachAsync(folders.SelectMany(f => Directory.EnumerateFiles(f, "*.pdf")));
        return [.. files.Zip(ready, (file, r) => measure(file,
            r.Tables is null ? r.Document : SplitPublications.Together(r.Document, r.Tables) with { Findings = r.Document.Findings }))];
    }

    private static async Task<(List<string> Files, IReadOnlyList<ReadyHalf<int>> Ready)> ProcessEachAsync(IEnumerable<string> pdfs)
    {
        var options = new PipelineOptions();
        var processor = new DocumentProcessor(options, TableTypeClassifier.Shipped);
        var files = new List<string>();
        var documents = new List<ExtractedDocument>();
        foreach (var pdf in pdfs.Order(StringComparer.Ordinal))
        {
            files.Add(Path.GetFileName(pdf));
            documents.Add(await processor.ProcessAsync(pdf));
        }
        return (files, WaitingHalves<int>.InOrder(documents, options.Validation));
    }
}
