using Extractor.Export;
using Extractor.Ingest;
using Extractor.Model;
using Extractor.Validation;

using Extractor.Pipeline.Workers;

namespace Extractor.Pipeline;

/// <summary>
/// Binds pipeline.yaml to <see cref="PipelineOptions"/>. Strict on purpose: a misspelt key would otherwise
/// silently fall back to a default in a nightly job, so every unknown key and every bad value is an error
/// naming the key path and its line.
/// </summary>
public static class PipelineConfigLoader
{
    private const long Megabyte = 1024 * 1024;

    /// <summary>Stages that process a document; outputs are governed by the <c>export</c> section.</summary>
    private static readonly IReadOnlyList<string> ProcessingStages =
        [PipelineStages.Ingest, PipelineStages.Layout, PipelineStages.Tables, PipelineStages.Mapping, PipelineStages.Validation];

    public static PipelineOptions Load(string path) => Parse(YamlSection.ReadFile(path, "configuration"), path);

    public static PipelineOptions Parse(string yaml, string sourceName = "pipeline.yaml")
    {
        if (YamlSection.Root(yaml, sourceName) is not { } reader) return new PipelineOptions();

        var options = new PipelineOptions();
        foreach (var (key, node) in reader.Entries(["stages", "parallelism", "timeout_seconds", "isolation", "ocr", "ingest", "validation", "export"]))
        {
            options = key switch
            {
                "stages" => options with { Stages = reader.Stages(key, node, ProcessingStages) },
                "parallelism" => options with
                {
                    Parallelism = (int)reader.Integer(key, node, 0, 256) is var n and > 0 ? n : Environment.ProcessorCount,
                },
                "timeout_seconds" => options with { DocumentTimeout = TimeSpan.FromSeconds(reader.Integer(key, node, 1, 86_400)) },
                "isolation" => options with { Isolation = BindIsolation(reader.Child(key, node)) },
                "ocr" => options with { Ocr = reader.Choice(key, node, OcrChoices) },
                "ingest" => options with { Ingest = BindIngest(reader.Child(key, node)) },
                "validation" => options with { Validation = BindValidation(reader.Child(key, node)) },
                _ => options with { Export = BindExport(reader.Child(key, node)) },
            };
        }
        return options;
    }

    private static IsolationOptions BindIsolation(YamlSection section)
    {
        var options = new IsolationOptions();
        foreach (var (key, node) in section.Entries(["workers", "max_memory_mb"]))
        {
            options = key switch
            {
                "workers" => options with { Workers = section.Boolean(key, node) },
                _ => options with { MaxMemoryBytes = section.Integer(key, node, 128, 1_000_000) * Megabyte },
            };
        }
        return options;
    }

    private static IngestOptions BindIngest(YamlSection section)
    {
        var options = new IngestOptions();
        foreach (var (key, node) in section.Entries(["max_file_mb", "max_stream_mb", "passwords"]))
        {
            options = key switch
            {
                "max_file_mb" => options with { MaxFileBytes = section.Integer(key, node, 1, 100_000) * Megabyte },
                "max_stream_mb" => options with { MaxStreamBytes = section.Integer(key, node, 1, 100_000) * Megabyte },
                _ => options with { Passwords = section.Strings(key, node) },
            };
        }
        return options;
    }

    private static ValidationOptions BindValidation(YamlSection section)
    {
        var options = new ValidationOptions();
        foreach (var (key, node) in section.Entries(["rounding", "rules"]))
        {
            if (key == "rounding")
            {
                options = options with { Rounding = section.Choice(key, node, RoundingChoices) };
                continue;
            }
            var rules = section.Child(key, node);
            var disabled = new HashSet<string>();
            var severities = new Dictionary<string, FindingSeverity>();
            foreach (var (rule, setting) in rules.Entries(DocumentValidator.CatalogueIds))
            {
                switch (rules.Choice(rule, setting, RuleChoices))
                {
                    case null: disabled.Add(rule); break;
                    case { } severity: severities[rule] = severity; break;
                }
            }
            options = options with { DisabledRules = disabled, Severities = severities };
        }
        return options;
    }

    private static readonly Dictionary<string, Layout.Ocr.OcrMode> OcrChoices = new()
    {
        ["auto"] = Layout.Ocr.OcrMode.Auto, ["off"] = Layout.Ocr.OcrMode.Off, ["always"] = Layout.Ocr.OcrMode.Always,
    };

    private static readonly Dictionary<string, RoundingPolicy> RoundingChoices = new()
    {
        ["info"] = RoundingPolicy.Info, ["exact"] = RoundingPolicy.Exact, ["ignore"] = RoundingPolicy.Ignore,
    };

    /// <summary>A rule's setting: off, or the severity of its findings beyond the rounding bound.</summary>
    private static readonly Dictionary<string, FindingSeverity?> RuleChoices = new()
    {
        ["off"] = null, ["error"] = FindingSeverity.Error, ["warning"] = FindingSeverity.Warning, ["info"] = FindingSeverity.Info,
    };

    private static ExportOptions BindExport(YamlSection section)
    {
        var options = new ExportOptions();
        foreach (var (key, node) in section.Entries(["json", "sqlite", "database"]))
        {
            options = key switch
            {
                "json" => options with { Json = section.Boolean(key, node) },
                "sqlite" => options with { Sqlite = section.Boolean(key, node) },
                // A postgresql:// URL names the shared database; anything else is the SQLite file's name.
                _ when section.Text(key, node) is { } url && Export.DocumentDatabase.IsPostgres(url) => options with { Postgres = url },
                _ => options with { Database = section.FileName(key, node) },
            };
        }
        return options;
    }
}
