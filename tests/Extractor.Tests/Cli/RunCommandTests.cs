using System.Diagnostics;
using System.Text.RegularExpressions;
using Extractor.Cli.Evaluation;
using Extractor.Mapping;
using Extractor.Tests.Support;

namespace Extractor.Tests.Cli;

/// <summary>The <c>extractor</c> program itself, run as a child process the way a scheduler runs it.</summary>
public sealed partial class RunCommandTests : IDisposable
{
    private readonly TemporaryDirectory folder = new();

    [GeneratedRegex(@"^summary: (?<docs>\d+) documents: (?<ok>\d+) ok, (?<diag>\d+) with diagnostics, (?<failed>\d+) failed, (?<unchanged>\d+) unchanged, (?<copies>\d+) copies; (?<pages>\d+) pages in [\d.]+ s; peak memory (?<mb>\d+) MB$", RegexOptions.Multiline)]
    private static partial Regex SummaryLine();

    /// <summary>The program's exit code and its standard output followed by its standard error.</summary>
    private (int ExitCode, string Output) Extractor(params string[] arguments)
    {
        var (exitCode, stdout, stderr) = Separately(arguments);
        return (exitCode, stdout + stderr);
    }

    [Fact]
    public void Trains_the_table_type_model_and_reports_it_beside_the_title_rules()
    {
        var (exitCode, output) = Extractor("train", "--truth", Fixtures.Path("disclosures"), "--labels", Fixtures.Path("real-cn/table-types.tsv"),
            "--model", folder.File("model.zip"), "--folds", "3");

        Assert.Equal(0, exitCode);
        Assert.Contains("3-fold cross-validation grouped by document: 641 tables in 57 documents", output);
        Assert.Matches(@"\| title rules only \(baseline\) \| [\d.]+ % \| \d+ / 641 \|", output);
        Assert.Matches(@"\| classifier, titles withheld \(held out\) \| [\d.]+ % \|", output);
        // The model written types tables as the shipped one does.
        using var stream = File.OpenRead(folder.File("model.zip"));
        var trained = TableTypeClassifier.Load(stream);
        foreach (var example in TableTypeExamples.FromLabels(Fixtures.Path("real-cn/table-types.tsv")))
            Assert.Equal(TableTypeClassifier.Shipped.Classify(example.Text).Type, trained.Classify(example.Text).Type);
    }

    [Fact]
    public void Runs_a_batch_of_bad_and_good_files_in_bounded_memory_and_exits_1()
    {
        var (exitCode, output) = Extractor("run", Fixtures.Path("bad"), Fixtures.Path("disclosures/dxh-xzspj-2023.pdf"),
            Fixtures.Path("real-cn"), "--out", folder.File("out"));

        var summary = SummaryLine().Match(output);
        Assert.True(summary.Success, output);
        Assert.Equal(1, exitCode);
        Assert.Equal("47", summary.Groups["docs"].Value);
        Assert.Equal("8", summary.Groups["failed"].Value);
        // The Flate bomb inflates to 1 GiB; the whole batch must stay under 500 MB resident.
        Assert.InRange(int.Parse(summary.Groups["mb"].Value), 1, 499);
        Assert.Contains("FAILED", output);
        Assert.Contains("flate-bomb.pdf: resource limit", output);
        Assert.True(File.Exists(folder.File("out/extractor.db")));
        Assert.True(File.Exists(folder.File("out/extractor.clef")));
        Assert.Equal(47, Directory.EnumerateFiles(folder.File("out"), "*.json", SearchOption.AllDirectories).Count());
    }

    private (int ExitCode, string Stdout, string Stderr) Separately(params string[] arguments) => ExtractorProcess.Run(folder.Path, arguments);

    [Theory]
    [InlineData("--truth DIR", "train")]
    [InlineData("--corpus DIR", "bench")]
    [InlineData("seed PDFs as arguments", "fuzz", "--mutants", "2")]
    public void Tells_a_development_command_run_outside_a_checkout_to_run_from_one(string option, params string[] arguments)
    {
        // The test's working folder is no checkout: the fixtures the defaults name are not there.
        var (exitCode, stdout, stderr) = Separately(arguments);

        Assert.Equal(2, exitCode);
        Assert.Empty(stdout);
        Assert.Contains($"run them from a checkout of the repository, or give {option}", stderr);
    }

    [Theory]
    [InlineData("--out", "run", "x.pdf", "--ouput", "e2")]
    [InlineData("--force", "run", "x.pdf", "--froce")]
    [InlineData("--format", "export", "out", "--fromat", "parquet")]
    [InlineData("--all", "findings", "out", "--al")]
    [InlineData("--pages", "tables", "x.pdf", "--page", "29")]
    [InlineData("--truth", "eval", "tables", "--truht", "fixtures")]
    [InlineData(null, "run", "x.pdf", "--zzzzzz")]
    public void Takes_a_misspelled_option_as_a_usage_error_on_standard_error_naming_the_option_meant(string? meant, params string[] arguments)
    {
        var (exitCode, stdout, stderr) = Separately(arguments);

        string typed = arguments.First(a => a.StartsWith("--", StringComparison.Ordinal));
        Assert.Equal(2, exitCode);
        Assert.Equal($"usage error: Unknown option '{typed.TrimStart('-')}'." + (meant is null ? "" : $" Did you mean {meant}?"), stderr.Trim());
        Assert.Equal("", stdout);
    }

    [Fact]
    public void Reads_a_list_file_past_its_comments_and_blank_lines()
    {
        File.WriteAllText(folder.File("nightly.txt"), $"# districts published today\n\n{Fixtures.Path("disclosures/dev01-2024-yuan.pdf")}\n  # {Fixtures.Path("bad/empty.pdf")}\n");

        var (exitCode, output) = Extractor("run", "--list", folder.File("nightly.txt"), "--out", folder.File("out"));

        Assert.Equal(0, exitCode);
        Assert.Equal("1", SummaryLine().Match(output).Groups["docs"].Value);
    }

    [Fact]
    public void Prints_the_version_stored_with_each_document()
    {
        var (exitCode, stdout, _) = Separately("--version");

        Assert.Equal(0, exitCode);
        Assert.Equal(global::Extractor.Pipeline.PipelineInfo.Version, stdout.Trim());
    }

    [Fact]
    public void Refuses_an_output_folder_that_is_a_file_or_held_by_another_run()
    {
        File.WriteAllText(folder.File("taken"), "");
        Directory.CreateDirectory(folder.File("busy"));
        using var held = new FileStream(folder.File("busy/.extractor.lock"), FileMode.Create, FileAccess.ReadWrite, FileShare.None);

        var file = Separately("run", Fixtures.Path("disclosures/dev01-2024-yuan.pdf"), "--out", folder.File("taken"));
        var busy = Separately("run", Fixtures.Path("disclosures/dev01-2024-yuan.pdf"), "--out", folder.File("busy"));

        Assert.Equal((2, $"usage error: --out {folder.File("taken")} is a file, not a folder"), (file.ExitCode, file.Stderr.Trim()));
        Assert.Equal(2, busy.ExitCode);
        Assert.StartsWith($"usage error: another run is writing to {folder.File("busy")}", busy.Stderr);
        Assert.False(File.Exists(folder.File("busy/extractor.db")));
    }

    [Fact]
    public void Writes_a_summary_for_a_scheduler_with_each_failed_file_and_its_reason()
    {
        var (exitCode, _) = Extractor("run", Fixtures.Path("bad/empty.pdf"), Fixtures.Path("disclosures/dev03-2024-wan.pdf"),
            "--out", folder.File("out"), "--summary-json", folder.File("summary.json"));

        using var summary = System.Text.Json.JsonDocument.Parse(File.ReadAllText(folder.File("summary.json")));
        var root = summary.RootElement;
        Assert.Equal(1, exitCode);
        Assert.Equal((1, 2, 1, 3), (root.GetProperty("exit_code").GetInt32(), root.GetProperty("documents").GetInt32(),
            root.GetProperty("failed").GetInt32(), root.GetProperty("error_findings").GetInt32()));
        var failed = Assert.Single(root.GetProperty("failed_documents").EnumerateArray());
        Assert.Equal((Fixtures.Path("bad/empty.pdf"), "empty_file"), (failed.GetProperty("path").GetString(), failed.GetProperty("code").GetString()));
        Assert.True(root.GetProperty("seconds").GetDouble() > 0);
    }

    [Fact]
    public void Exits_0_when_every_document_is_read()
    {
        var (exitCode, output) = Extractor("run", Fixtures.Path("disclosures/dev03-2024-wan.pdf"), "--out", folder.File("out"));

        Assert.Equal(0, exitCode);
        // dev03's planted error shows in three findings (truth: expected_findings); findings are not a failure of the run.
        Assert.Contains("佛山市南海区交通运输局, 2024, budget, wan_yuan, 3 error findings", output);
        Assert.Contains($"findings: 3 errors in 1 documents, 0 warnings (list them: extractor findings {folder.File("out")})", output);
    }

    [Fact]
    public void Lists_the_findings_of_a_run_as_csv()
    {
        Extractor("run", Fixtures.Path("disclosures/dev02-2025-wan.pdf"), Fixtures.Path("disclosures/dev19-2022-wan.pdf"), "--out", folder.File("out"));

        var (exitCode, output) = Extractor("findings", folder.File("out"), "--format", "csv");

        Assert.Equal(0, exitCode);
        var rows = CsvText.Parse(output);
        Assert.Equal(["file", "rule", "severity", "message", "message_zh", "expected", "actual", "difference", "tolerance", "where"], rows[0]);
        Assert.True(rows.Count > 5, output);
        Assert.All(rows.Skip(1), row => Assert.Equal((Fixtures.Path("disclosures/dev02-2025-wan.pdf"), "error"), (row[0], row[2])));
        var cross = Assert.Single(rows, row => row[1] == "cross.table" && row[9] == "t3 p8 小学教育 2050202 basic.goods_services; t5 p14 小学教育 2050202 basic.goods_services");
        // 黄石市下陆区教育局2025年部门支出总表, named by its title without the department and year.
        Assert.StartsWith("同一数字在两张表中不一致：部门支出总表第8页“小学教育”（2050202）的商品和服务支出印为35.17万元", cross[4]);
    }

    [Fact]
    public void Lists_the_failures_and_warnings_of_a_run_and_points_to_them_at_its_end()
    {
        var (_, run) = Extractor("run", Fixtures.Path("bad/empty.pdf"), Fixtures.Path("bad/truncated-tail.pdf"), Fixtures.Path("disclosures/dev01-2024-yuan.pdf"),
            "--out", folder.File("out"));
        Assert.Contains($"diagnostics: 1 failed, 1 with diagnostics (list them: extractor diagnostics {folder.File("out")})", run);

        var (exitCode, listed) = Extractor("diagnostics", folder.File("out"));
        var (_, csv) = Extractor("diagnostics", folder.File("out"), "--format", "csv", "--code", "damaged_pdf");

        Assert.Equal(0, exitCode);
        Assert.Contains("  fatal empty_file (ingest): empty file", listed);
        Assert.Contains("  warning damaged_pdf (ingest): ", listed);
        Assert.DoesNotContain("dev01-2024-yuan.pdf", listed);
        Assert.EndsWith("2 diagnostics in 2 documents", listed.TrimEnd());
        var rows = CsvText.Parse(csv);
        Assert.Equal(["file", "severity", "code", "stage", "page", "table_id", "message"], rows[0]);
        var row = Assert.Single(rows.Skip(1));
        Assert.Equal((Fixtures.Path("bad/truncated-tail.pdf"), "warning", "damaged_pdf"), (row[0], row[1], row[2]));
    }

    [Fact]
    public void Lists_the_findings_of_a_run_as_json_and_as_csv_for_excel()
    {
        Extractor("run", Fixtures.Path("disclosures/dev02-2025-wan.pdf"), "--out", folder.File("out"));

        var (exitCode, json, _) = Separately("findings", folder.File("out"), "--format", "json");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder.Path, RedirectStandardOutput = true };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "extractor.dll"), "findings", folder.File("out"), "--format", "csv", "--bom" })
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        using var bytes = new MemoryStream();
        process.StandardOutput.BaseStream.CopyTo(bytes);
        process.WaitForExit();

        Assert.Equal(0, exitCode);
        using var parsed = System.Text.Json.JsonDocument.Parse(json);
        var findings = parsed.RootElement.EnumerateArray().ToList();
        Assert.True(findings.Count > 5);
        Assert.Contains(findings, f => f.GetProperty("rule").GetString() == "cross.table" && f.GetProperty("actual").GetString() == "351700.00"
            && f.GetProperty("message_zh").GetString()!.StartsWith("同一数字在两张表中不一致"));
        // Raw bytes: a reader of text would take the byte-order mark away.
        Assert.Equal([0xEF, 0xBB, 0xBF, (byte)'f', (byte)'i', (byte)'l', (byte)'e'], bytes.ToArray()[..7]);
    }

    [Fact]
    public void Lists_the_findings_of_a_run_as_readable_blocks_and_rounding_only_when_asked()
    {
        Extractor("run", Fixtures.Path("disclosures/dev22-2023-wan.pdf"), "--out", folder.File("out"));

        var (exitCode, errors) = Extractor("findings", folder.File("out"));
        var (_, all) = Extractor("findings", folder.File("out"), "--all");

        Assert.Equal(0, exitCode);
        Assert.StartsWith(Fixtures.Path("disclosures/dev22-2023-wan.pdf") + "\n  error ", errors);
        Assert.Matches(@"\n    \p{IsCJKUnifiedIdeographs}+.*：.*印为.*应为.*相差", errors);
        Assert.Matches(@"\n    expected -?[\d.]+, printed -?[\d.]+, difference -?[\d.]+ \(tolerance [\d.]+\)\n    at t\d+ p\d+ ", errors);
        Assert.DoesNotContain("  info ", errors);
        Assert.Contains("  info balance.income_expenditure: 收入总计 != 本年收入合计 + 五、上年结转", all);
        Assert.Matches(@"\n(\d+) findings and 1 wording warnings in 1 of 1 documents\n$", all);
        Assert.Contains("\n  wording and presentation:\n  warning text.empty_table_note: ", errors);
        Assert.DoesNotContain("  warning ", Extractor("findings", folder.File("out"), "--errors").Output);
    }

    [Fact]
    public void Findings_of_a_folder_without_a_run_is_a_usage_error()
    {
        var (exitCode, output) = Extractor("findings", folder.File("nothing-here"));

        Assert.Equal(2, exitCode);
        Assert.Contains("no database at", output);
    }

    [Fact]
    public void Exits_2_on_a_configuration_error_naming_the_key()
    {
        File.WriteAllText(folder.File("pipeline.yaml"), "paralelism: 2\n");

        var (exitCode, output) = Extractor("run", Fixtures.Path("disclosures/dev03-2024-wan.pdf"), "--out", folder.File("out"));

        Assert.Equal(2, exitCode);
        Assert.Contains("unknown key 'paralelism'", output);
    }

    [Fact]
    public void Tells_a_log_and_a_summary_it_cannot_write_without_a_stack_trace_and_exits_1()
    {
        // /dev/full fails every write with "no space left on device", as a full disk does.
        Directory.CreateDirectory(folder.File("out"));
        File.CreateSymbolicLink(folder.File("out/extractor.clef"), "/dev/full");
        Directory.CreateDirectory(folder.File("summary.json"));

        var (exitCode, output) = Extractor("run", Fixtures.Path("disclosures/dev03-2024-wan.pdf"), "--out", folder.File("out"), "--summary-json", folder.File("summary.json"));

        Assert.Equal(1, exitCode);
        Assert.Contains("error: the log file could not be completed", output);
        Assert.Contains("error: the summary cannot be written", output);
        Assert.Single(Directory.EnumerateFiles(folder.File("out"), "dev03-2024-wan.json", SearchOption.AllDirectories));
        Assert.DoesNotContain("   at ", output);
    }

    [Theory]
    [InlineData("extractor.clef", "the run's own log file")]
    [InlineData(".extractor.lock", "the run's own lock file")]
    [InlineData("..", "'export.database' must be a file name")]
    public void Exits_2_on_a_database_name_the_output_folder_cannot_hold(string name, string message)
    {
        File.WriteAllText(folder.File("pipeline.yaml"), $"export:\n  database: '{name}'\n");

        var (exitCode, output) = Extractor("run", Fixtures.Path("disclosures/dev03-2024-wan.pdf"), "--out", folder.File("out"));

        Assert.Equal(2, exitCode);
        Assert.Contains(message, output);
        Assert.DoesNotContain("   at ", output);
    }

    [Theory]
    [InlineData("run")]
    [InlineData("run", "--no-such-option")]
    [InlineData("frobnicate")]
    public void Exits_2_on_a_usage_error(params string[] arguments)
    {
        Assert.Equal(2, Extractor(arguments).ExitCode);
    }

    [Fact]
    public void Exits_2_when_the_inputs_hold_no_pdf()
    {
        var (exitCode, output) = Extractor("run", folder.Path, "--out", folder.File("out"));

        Assert.Equal(2, exitCode);
        Assert.Contains("no PDF found", output);
    }

    public void Dispose() => folder.Dispose();
}
