using System.IO.Compression;
using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace Extractor.Mapping;

/// <summary>One labelled table: the document it came from (folds keep a document's tables together), what
/// the classifier reads of it, and its type id, <c>unknown</c> included.</summary>
public sealed record TableTypeExample(string Document, string Title, IReadOnlyList<string> HeaderCells,
    IReadOnlyList<string> RowLabels, string Type)
{
    public string Text => TableTypeText.Of(Title, HeaderCells, RowLabels);

    /// <summary>The same table with its title lost, as when extraction misses it.</summary>
    public TableTypeExample WithoutTitle() => this with { Title = "" };
}

/// <summary>A row as ML.NET reads it (public mutable properties are what its schema reflection takes).</summary>
public sealed class TableTypeRow
{
    public string Text { get; set; } = "";
    public string Type { get; set; } = "";
}

/// <summary>The model's answer: the predicted type id and the probability of each class.</summary>
public sealed class TableTypeScore
{
    public string PredictedType { get; set; } = "";
    public float[] Score { get; set; } = [];
}

/// <summary>
/// The table-type model: character 1–3-grams of title and header (Chinese needs no word breaking for them)
/// into a maximum-entropy multiclass classifier. L-BFGS on one thread with a fixed seed, so the same examples
/// always give the same model.
/// </summary>
public static class TableTypeModel
{
    public const int Seed = 20240101;

    public static MLContext Context() => new(seed: Seed);

    public static ITransformer Train(MLContext ml, IEnumerable<TableTypeExample> examples)
    {
        var data = ml.Data.LoadFromEnumerable(examples.Select(e => new TableTypeRow { Text = e.Text, Type = e.Type }));
        var features = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.None,
            KeepPunctuations = true,
            KeepNumbers = true,
            WordFeatureExtractor = null,
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 3, UseAllLengths = true },
        };
        var pipeline = ml.Transforms.Conversion.MapValueToKey("Label", nameof(TableTypeRow.Type))
            .Append(ml.Transforms.Text.FeaturizeText("Features", features, nameof(TableTypeRow.Text)))
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                NumberOfThreads = 1,
                // The features are L2-normalised n-gram counts of a few hundred tables: the default
                // regularisation (1.0) flattens every class probability towards uniform.
                L1Regularization = 0f,
                L2Regularization = 0.01f,
                LabelColumnName = "Label",
                FeatureColumnName = "Features",
            }))
            .Append(ml.Transforms.Conversion.MapKeyToValue(nameof(TableTypeScore.PredictedType), "PredictedLabel"));
        return pipeline.Fit(data);
    }

    /// <summary>
    /// The trained model as the bytes of ML.NET's zip format, with the schema of its input. The archive is
    /// re-packed with fixed entry times, so retraining on the same examples gives the same bytes.
    /// </summary>
    public static byte[] Save(MLContext ml, ITransformer model, IEnumerable<TableTypeExample> examples)
    {
        var schema = ml.Data.LoadFromEnumerable(examples.Take(1).Select(e => new TableTypeRow { Text = e.Text, Type = e.Type })).Schema;
        using var saved = new MemoryStream();
        ml.Model.Save(model, schema, saved);
        saved.Position = 0;
        using var source = new ZipArchive(saved, ZipArchiveMode.Read);
        using var repacked = new MemoryStream();
        using (var target = new ZipArchive(repacked, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var entry in source.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = FixedEntryTime;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        return repacked.ToArray();
    }

    private static readonly DateTimeOffset FixedEntryTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
}
