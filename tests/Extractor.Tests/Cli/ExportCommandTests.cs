using Extractor.Tests.Support;

namespace Extractor.Tests.Cli;

/// <summary><c>extractor export</c> as a user meets it: its usage errors, and workbooks of a run that stored into PostgreSQL.</summary>
public sealed class ExportCommandTests(PostgresServer server) : IDisposable, IClassFixture<PostgresServer>
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

    [Fact]
    public void Per_document_workbooks_of_a_run_that_stored_into_postgresql_have_its_tables_from_the_output_folder()
    {
        folder.Put("in/a/预算.pdf", "disclosures/dxh-xzspj-2023.pdf");
        var url = server.NewDatabase();
        var run = ExtractorProcess.Run(folder.Path, "run", "in", "--out", "out", "--database", url);
        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        Assert.False(File.Exists(folder.File("out/extractor.db")));

        var (exitCode, stdout, stderr) = ExtractorProcess.Run(folder.Path, "export", "out", "--database", url, "--format", "xlsx", "--per-document", "--to", "sheets");

        Assert.Equal((0, $"written {Path.Combine("sheets", "a", "预算.xlsx")}\n", ""), (exitCode, stdout, stderr));
        var json = Extractor.Model.CanonicalJson.Deserialize(File.ReadAllText(folder.File("out/a/预算.json")));
        using var workbook = new Export.WorkbookReader(folder.File("sheets/a/预算.xlsx"));
        Assert.NotEmpty(json.Tables);
        Assert.Equal([.. json.Tables.Select(t => t.Id), "line_items", "facts", "findings"], workbook.SheetNames.Select(name => name.Split(' ')[0]));
        Assert.Equal(json.LineItems.Count, workbook.Rows("line_items").Count - 1);
    }

    public void Dispose() => folder.Dispose();
}
