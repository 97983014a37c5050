using Extractor.Cli.Console;
using System.ComponentModel;
using System.Globalization;
using System.Text;
using Extractor.Cli.Evaluation;
using Extractor.Mapping;
using Extractor.Pipeline;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Extractor.Cli.Commands;

public sealed class TrainSettings : CommandSettings
{
    [CommandOption("--truth <DIR>")]
    [Description("A folder of *.truth.json files; every table in them is a labelled example. Default: fixtures/disclosures.")]
    public string Truth { get; init; } = "fixtures/disclosures";

    [CommandOption("--labels <TSV>")]
    [Description("Hand-labelled tables of real publications. Default: fixtures/real-cn/table-types.tsv.")]
    public string Labels { get; init; } = "fixtures/real-cn/table-types.tsv";

    [CommandOption("--model <FILE>")]
    [Description("Where to write the model. Default: src/Extractor/Mapping/TableTypeModel.zip (embedded at the next build).")]
    public string Model { get; init; } = "src/Extractor/Mapping/TableTypeModel.zip";

    [CommandOption("--folds <N>")]
    [Description("Folds of the cross-validation, grouped by document. Default: 5.")]
    public int Folds { get; init; } = 5;

    public override ValidationResult Validate() =>
        !Directory.Exists(Truth) ? ValidationResult.Error(Usage.Missing(Truth, "folder", "--truth DIR"))
        : !File.Exists(Labels) ? ValidationResult.Error(Usage.Missing(Labels, "file", "--labels TSV"))
        : Folds < 2 ? ValidationResult.Error("--folds must be 2 or more")
        : ValidationResult.Success();
}

/// <summary>
/// <c>extractor train</c>: rebuilds the table-type model from the labelled tables in the fixtures, after
/// reporting its k-fold accuracy beside the title-rules baseline. Same examples, same model.
/// </summary>
public sealed class TrainCommand : Command<TrainSettings>
{
    public override int Execute(CommandContext context, TrainSettings settings, CancellationToken cancellation)
    {
        var examples = TableTypeExamples.FromTruth(settings.Truth).Concat(TableTypeExamples.FromLabels(settings.Labels)).ToList();
        var validation = TableTypeValidation.Run(examples, settings.Folds);
        System.Console.Out.Write(Report(validation));

        var ml = TableTypeModel.Context();
        var model = TableTypeModel.Train(ml, examples);
        var bytes = TableTypeModel.Save(ml, model, examples);
        var temporary = settings.Model + ".tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, settings.Model, overwrite: true);
        AnsiConsole.MarkupLineInterpolated($"model trained on {examples.Count} tables written to {settings.Model} ({bytes.Length / 1024} KiB)");
        return ExitCodes.Success;
    }

    public static string Report(TableTypeValidation v)
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.AppendLine(inv, $"table typing, {v.Folds}-fold cross-validation grouped by document: {v.Examples} tables in {v.Documents} documents");
        text.AppendLine();
        text.AppendLine("| typed by | accuracy | correct / tables | answered unknown |");
        text.AppendLine("|---|---:|---:|---:|");
        Row("title rules only (baseline)", v.TitleRules);
        Row("classifier only (held out)", v.Classifier);
        Row("title rules, else classifier (the pipeline)", v.Combined);
        Row("title rules, titles withheld", v.TitleRulesWithoutTitle);
        Row("classifier, titles withheld (held out)", v.ClassifierWithoutTitle);
        if (v.CombinedMistakes.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("pipeline mistakes (held out):");
            foreach (var (example, answer) in v.CombinedMistakes)
                text.AppendLine(inv, $"  {example.Document}: \"{example.Title}\" is {example.Type}, typed {answer}");
        }
        return text.ToString();

        void Row(string name, TypingScore score) =>
            text.AppendLine(inv, $"| {name} | {score.Accuracy:P2} | {score.Correct} / {score.Total} | {score.Unknown} |");
    }
}
