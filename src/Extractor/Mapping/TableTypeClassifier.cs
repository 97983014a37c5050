using Extractor.Model;
using Microsoft.ML;

namespace Extractor.Mapping;

/// <summary>The classifier's best type for a table and how sure it is (the class probability).</summary>
public readonly record struct TableTypeGuess(string Type, float Confidence);

/// <summary>
/// Predicts a table's type from its title and header with the trained model (<see cref="TableTypeModel"/>).
/// The shipped model is embedded in this assembly and rebuilt by <c>extractor train</c>; it is loaded on the
/// first table no title rule names, so a batch of standard disclosures never pays for it.
/// </summary>
public sealed class TableTypeClassifier
{
    /// <summary>Below this probability a guess is reported, not used: the table stays <c>unknown</c>.</summary>
    public const float MinConfidence = 0.6f;

    private const string ShippedResource = "Extractor.Mapping.TableTypeModel.zip";

    private static readonly Lazy<TableTypeClassifier> Lazy = new(LoadShipped);

    // A prediction engine is not thread-safe and batch workers type tables in parallel; a prediction takes
    // microseconds, so one engine behind a lock costs nothing measurable.
    private readonly PredictionEngine<TableTypeRow, TableTypeScore> engine;
    private readonly Lock gate = new();

    private TableTypeClassifier(PredictionEngine<TableTypeRow, TableTypeScore> engine) => this.engine = engine;

    public static TableTypeClassifier Shipped => Lazy.Value;

    public static TableTypeClassifier Load(Stream model)
    {
        var ml = TableTypeModel.Context();
        var transformer = ml.Model.Load(model, out _);
        return new TableTypeClassifier(ml.Model.CreatePredictionEngine<TableTypeRow, TableTypeScore>(transformer));
    }

    public static TableTypeClassifier From(MLContext ml, ITransformer model) =>
        new(ml.Model.CreatePredictionEngine<TableTypeRow, TableTypeScore>(model));

    /// <param name="text">The table as <see cref="TableTypeText"/> writes it.</param>
    public TableTypeGuess Classify(string text)
    {
        TableTypeScore score;
        lock (gate) score = engine.Predict(new TableTypeRow { Text = text });
        var type = score.PredictedType.Length == 0 ? TableTypes.Unknown : score.PredictedType;
        return new TableTypeGuess(type, score.Score.Length == 0 ? 0f : score.Score.Max());
    }

    private static TableTypeClassifier LoadShipped()
    {
        using var stream = typeof(TableTypeClassifier).Assembly.GetManifestResourceStream(ShippedResource)
            ?? throw new InvalidOperationException($"the table-type model {ShippedResource} is not embedded in this build");
        return Load(stream);
    }
}
