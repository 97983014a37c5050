using Extractor.Model;
using Microsoft.ML;

namespace Extractor.Mapping;

/// <summary>The classifier's best type for a table and how sure it is (the class probability).</summary>
public readonly record struct TableTypeGuess(string Type, float Confidence);

/// <summary>
/// What types a table no title rule names, from its text (<see cref="TableTypeText"/>). Mapping is given one
/// rather than reaching for the model itself: a worker process asks the batch's process, which holds the model,
/// so a worker compiled ahead of time to native code carries no ML.NET (which native code cannot run).
/// </summary>
public interface ITableClassifier
{
    TableTypeGuess Classify(string text);
}

/// <summary>
/// Predicts a table's type from its title and header with the trained model (<see cref="TableTypeModel"/>).
/// The shipped model is embedded in this assembly and rebuilt by <c>extractor train</c>; it is loaded on the
/// first table no title rule names, so a batch of standard disclosures never pays for it.
/// </summary>
public sealed class TableTypeClassifier : ITableClassifier
{
    /// <summary>Below this probability a guess is reported, not used: the table stays <c>unknown</c>.</summary>
    public const float MinConfidence = 0.6f;

    private const string ShippedResource = "Extractor.Mapping.TableTypeModel.zip";

    // A prediction engine is not thread-safe and batch workers type tables in parallel; a prediction takes
    // microseconds, so one engine behind a lock costs nothing measurable.
    private readonly PredictionEngine<TableTypeRow, TableTypeScore> engine;
    private readonly Lock gate = new();

    private TableTypeClassifier(PredictionEngine<TableTypeRow, TableTypeScore> engine) => this.engine = engine;

    /// <summary>The shipped model, loaded at its first question.</summary>
    public static ITableClassifier Shipped { get; } = new LoadedOnFirstUse();

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

    private sealed class LoadedOnFirstUse : ITableClassifier
    {
        private readonly Lazy<TableTypeClassifier> model = new(() =>
        {
            using var stream = typeof(TableTypeClassifier).Assembly.GetManifestResourceStream(ShippedResource)
                ?? throw new InvalidOperationException($"the table-type model {ShippedResource} is not embedded in this build");
            return Load(stream);
        });

        public TableTypeGuess Classify(string text) => model.Value.Classify(text);
    }
}
