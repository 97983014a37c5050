using Extractor.Model;

namespace Extractor.Mapping;

/// <summary>Right answers out of all, and how many of the answers were "unknown" (abstentions included).</summary>
public readonly record struct TypingScore(int Correct, int Total, int Unknown)
{
    public double Accuracy => Total == 0 ? 0 : (double)Correct / Total;

    public static TypingScore Of(IReadOnlyList<(string Truth, string Answer)> answers) =>
        new(answers.Count(a => a.Truth == a.Answer), answers.Count, answers.Count(a => a.Answer == TableTypes.Unknown));
}

/// <summary>Held-out accuracy of the ways of typing a table, over the same folds.</summary>
/// <param name="Classifier">The classifier alone (an answer below its confidence bar counts as unknown).</param>
/// <param name="TitleRules">The title rules alone: the baseline.</param>
/// <param name="Combined">What the pipeline does: a title rule where one names the title, else the classifier.</param>
/// <param name="ClassifierWithoutTitle">The classifier on the same tables with their titles withheld.</param>
/// <param name="TitleRulesWithoutTitle">The rules on the same: they have nothing to read.</param>
public sealed record TableTypeValidation(int Examples, int Documents, int Folds, TypingScore Classifier, TypingScore TitleRules,
    TypingScore Combined, TypingScore ClassifierWithoutTitle, TypingScore TitleRulesWithoutTitle,
    IReadOnlyList<(TableTypeExample Example, string Answer)> CombinedMistakes)
{
    /// <summary>
    /// K-fold cross-validation grouped by document: documents in name order are dealt to folds in turn, so a
    /// document's tables are never split between training and test, and the folds are the same on every run.
    /// </summary>
    public static TableTypeValidation Run(IReadOnlyList<TableTypeExample> examples, int folds)
    {
        var documents = examples.Select(e => e.Document).Distinct().Order(StringComparer.Ordinal).ToList();
        var foldOf = documents.Select((d, i) => (d, i % folds)).ToDictionary(p => p.d, p => p.Item2);
        var classifier = new List<(string, string)>();
        var rules = new List<(string, string)>();
        var combined = new List<(string, string)>();
        var classifierBlind = new List<(string, string)>();
        var rulesBlind = new List<(string, string)>();
        var mistakes = new List<(TableTypeExample, string)>();
        for (int fold = 0; fold < folds; fold++)
        {
            var test = examples.Where(e => foldOf[e.Document] == fold).ToList();
            if (test.Count == 0) continue;
            var ml = TableTypeModel.Context();
            var model = TableTypeClassifier.From(ml, TableTypeModel.Train(ml, examples.Where(e => foldOf[e.Document] != fold)));
            foreach (var example in test)
            {
                var guess = Answer(model.Classify(example.Text));
                var byTitle = TableTyper.ByTitle(example.Title);
                var both = byTitle != TableTypes.Unknown ? byTitle : guess;
                classifier.Add((example.Type, guess));
                rules.Add((example.Type, byTitle));
                combined.Add((example.Type, both));
                classifierBlind.Add((example.Type, Answer(model.Classify(example.WithoutTitle().Text))));
                rulesBlind.Add((example.Type, TableTyper.ByTitle("")));
                if (both != example.Type) mistakes.Add((example, both));
            }
        }
        return new TableTypeValidation(examples.Count, documents.Count, folds, TypingScore.Of(classifier), TypingScore.Of(rules),
            TypingScore.Of(combined), TypingScore.Of(classifierBlind), TypingScore.Of(rulesBlind), mistakes);
    }

    private static string Answer(TableTypeGuess guess) =>
        guess.Confidence >= TableTypeClassifier.MinConfidence ? guess.Type : TableTypes.Unknown;
}
