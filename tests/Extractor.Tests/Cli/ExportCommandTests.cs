using Extractor.Tests.Support;

namespace Extractor.Tests.Cli;

/// <summary><c>extractor export</c>'s usage errors, as a user meets them.</summary>
public sealed class ExportCommandTests : IDisposable
{
    private readonly TemporaryDirectory folder = new();

    [Theory]
    [InlineData("csv")]
    [InlineData("parquet")]
    public void Per_document_is_a_usage_error_but_with_xlsx(string format)
    {
        var (exitCode, stdout, stderr) = ExtractorProcess.Run(folder.Path, "export", folder.Path, "--format", format, "--per-document");

        Assert.Equal((2, "", $"usage error: --per-document writes workbooks: give it with --format xlsx, not {format}"), (exitCode, stdout, stderr.Trim()));
    }

    [Fact]
    public void An_output_folder_without_a_database_is_a_usage_error_for_workbooks_as_for_csv()
    {
        var (exitCode, _, stderr) = ExtractorProcess.Run(folder.Path, "export", folder.Path, "--format", "xlsx", "--per-document");

        Assert.Equal((2, $"usage error: no database at {folder.File("extractor.db")}: run extractor run --out {folder.Path} first"), (exitCode, stderr.Trim()));
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path));
    }

    public void Dispose() => folder.Dispose();
}
