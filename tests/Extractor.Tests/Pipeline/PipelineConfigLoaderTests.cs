using Extractor.Model;
using Extractor.Pipeline;
using Extractor.Tests.Support;
using Extractor.Validation;

namespace Extractor.Tests.Pipeline;

public sealed class PipelineConfigLoaderTests
{
    [Fact]
    public void Loads_the_repository_pipeline_yaml()
    {
        var options = PipelineConfigLoader.Load(Path.Combine(Fixtures.Repository, "pipeline.yaml"));

        Assert.Equal(["ingest", "layout", "tables", "mapping", "validation"], options.Stages);
        Assert.Equal(100L * 1024 * 1024, options.Ingest.MaxStreamBytes);
        Assert.Equal("extractor.db", options.Export.Database);
        Assert.True(options.Parallelism >= 1);
    }

    [Fact]
    public void Rejects_an_unknown_key_naming_its_path_and_line()
    {
        var error = Assert.Throws<ConfigurationException>(() =>
            PipelineConfigLoader.Parse("ingest:\n  max_stream_mb: 10\n  max_strem_mb: 20\n"));

        Assert.Contains("line 3", error.Message);
        Assert.Contains("unknown key 'ingest.max_strem_mb'", error.Message);
    }

    [Theory]
    [InlineData("parallelism: many\n", "'parallelism' must be a whole number")]
    [InlineData("timeout_seconds: 0\n", "'timeout_seconds' must be a whole number from 1")]
    [InlineData("export:\n  json: sometimes\n", "'export.json' must be true or false")]
    [InlineData("export:\n  database: ../elsewhere/x.db\n", "'export.database' must be a file name")]
    [InlineData("export:\n  database: ..\n", "'export.database' must be a file name")]
    [InlineData("stages: [layout, ingest]\n", "'stages' must list the stages in order")]
    [InlineData("ingest: 5\n", "'ingest' must be a mapping")]
    [InlineData("isolation:\n  max_memory_mb: 64\n", "'isolation.max_memory_mb' must be a whole number from 128")]
    [InlineData("isolation:\n  worker: false\n", "unknown key 'isolation.worker'")]
    [InlineData("ingest: [\n", "not valid YAML")]
    [InlineData("validation:\n  rounding: loose\n", "'validation.rounding' must be one of info, exact, ignore, not 'loose'")]
    [InlineData("validation:\n  rules:\n    sum.procurment: off\n", "unknown key 'validation.rules.sum.procurment'")]
    [InlineData("validation:\n  rules:\n    cross.table: fatal\n", "'validation.rules.cross.table' must be one of off, error, warning, info")]
    public void Rejects_a_bad_value_naming_the_key(string yaml, string message)
    {
        var error = Assert.Throws<ConfigurationException>(() => PipelineConfigLoader.Parse(yaml));

        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Binds_every_option()
    {
        var options = PipelineConfigLoader.Parse("""
            stages: [ingest, layout]
            parallelism: 3
            timeout_seconds: 30
            isolation:
              workers: false
              max_memory_mb: 300
            ingest:
              max_file_mb: 10
              max_stream_mb: 20
              passwords: [secret]
            validation:
              rounding: exact
              rules:
                narrative.change: off
                sum.procurement: warning
            export:
              json: false
              sqlite: true
              database: budgets.db
            """);

        Assert.Equal(["ingest", "layout"], options.Stages);
        Assert.Equal(3, options.Parallelism);
        Assert.Equal(TimeSpan.FromSeconds(30), options.DocumentTimeout);
        Assert.Equal((false, 300L * 1024 * 1024), (options.Isolation.Workers, options.Isolation.MaxMemoryBytes));
        Assert.Equal(10L * 1024 * 1024, options.Ingest.MaxFileBytes);
        Assert.Equal(20L * 1024 * 1024, options.Ingest.MaxStreamBytes);
        Assert.Equal(["secret"], options.Ingest.Passwords);
        Assert.Equal(RoundingPolicy.Exact, options.Validation.Rounding);
        Assert.Equal(["narrative.change"], options.Validation.DisabledRules);
        Assert.Equal(FindingSeverity.Warning, options.Validation.Severities["sum.procurement"]);
        Assert.False(options.Export.Json);
        Assert.Equal("budgets.db", options.Export.Database);
    }

    [Fact]
    public void An_empty_file_means_the_defaults()
    {
        Assert.Equal(new PipelineOptions().Stages, PipelineConfigLoader.Parse("").Stages);
    }
}
