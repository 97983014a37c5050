using Extractor.Mapping;
using Extractor.Model;
using Extractor.Pipeline;
using Extractor.Tests.Support;
using Extractor.Validation;
using Microsoft.Data.Sqlite;
using Serilog;

namespace Extractor.Tests.Pipeline;

public sealed class BatchRunnerTests : IDisposable
{
    private readonly TemporaryDirectory output = new();

    private static readonly Dictionary<string, string> ExpectedFailures = new()
    {
        ["empty.pdf"] = DiagnosticCodes.EmptyFile,
        ["not-a-pdf.pdf"] = DiagnosticCodes.NotAPdf,
        ["random-bytes.pdf"] = DiagnosticCodes.NotAPdf,
        ["pdf-header-then-garbage.pdf"] = DiagnosticCodes.DamagedPdf,
        ["truncated-half.pdf"] = DiagnosticCodes.DamagedPdf,
        ["encrypted-user-password.pdf"] = DiagnosticCodes.PasswordRequired,
        ["flate-bomb.pdf"] = DiagnosticCodes.ResourceLimit,
        ["page-tree-cycle.pdf"] = DiagnosticCodes.NoPages,
    };

    private static Task<BatchSummary> Run(string outputDirectory, params string[] inputs) => Run(outputDirectory, false, inputs);

    private static Task<BatchSummary> Run(string outputDirectory, bool force, params string[] inputs) =>
        new BatchRunner(new PipelineOptions { Parallelism = 2 }, new LoggerConfiguration().CreateLogger())
            .RunAsync(InputResolver.Resolve(inputs), outputDirectory, force: force);

    [Fact]
    public async Task Gives_each_bad_file_its_diagnostic_while_good_files_come_out_complete()
    {
        var summary = await Run(output.Path, Fixtures.Path("bad"), Fixtures.Path("disclosures/dxh-xzspj-2023.pdf"),
            Fixtures.Path("real-cn/sh-putuo-zfb-2025-dept-budget.pdf"));

        Assert.Equal(ExpectedFailures.Count, summary.Failed);
        Assert.Equal(13 - ExpectedFailures.Count, summary.Ok + summary.WithDiagnostics);
        Assert.Equal(ExitCodes.SomeFailed, summary.ExitCode);
        foreach (var (file, code) in ExpectedFailures)
        {
            var document = CanonicalJson.Deserialize(File.ReadAllText(output.Below(Path.ChangeExtension(file, ".json"))));
            var fatal = Assert.Single(document.Diagnostics, d => d.Severity == DiagnosticSeverity.Fatal);
            Assert.Equal(code, fatal.Code);
            Assert.Equal(file, document.Source.File);
        }
        var good = CanonicalJson.Deserialize(File.ReadAllText(output.Below("dxh-xzspj-2023.json")));
        Assert.Equal("武汉市东西湖区行政审批局", good.Department?.Name);
        Assert.Equal(47, good.Source.Pages);
        foreach (var recovered in new[] { "encrypted-owner-only.json", "truncated-tail.json" })
        {
            var document = CanonicalJson.Deserialize(File.ReadAllText(output.Below(recovered)));
            Assert.Equal("上海市普陀区人民政府办公室", document.Department?.Name);
            Assert.Equal(MoneyUnit.Yuan, document.Unit);
        }
        Assert.Equal(13, CountRows("documents"));
        Assert.Equal(ExpectedFailures.Count, CountRows("documents WHERE failed = 1"));
        Assert.Empty(Directory.EnumerateFiles(output.Path, "*.tmp"));
    }

    [Fact]
    public async Task Running_the_same_batch_again_reads_only_the_failed_file_and_keeps_one_record_per_document()
    {
        string[] inputs = [Fixtures.Path("disclosures/dev01-2024-yuan.pdf"), Fixtures.Path("bad/empty.pdf")];
        await Run(output.Path, inputs);
        long diagnostics = CountRows("diagnostics"), tables = CountRows("tables");

        var again = await Run(output.Path, inputs);

        Assert.Equal(1, again.Unchanged);
        Assert.Equal(1, again.Failed);
        Assert.Equal(0, again.Pages);
        Assert.Equal(2, CountRows("documents"));
        Assert.Equal(diagnostics, CountRows("diagnostics"));
        Assert.Equal(tables, CountRows("tables"));
    }

    [Fact]
    public async Task Starts_no_worker_process_when_every_document_is_unchanged()
    {
        string[] inputs = [Fixtures.Path("disclosures/dev01-2024-yuan.pdf"), Fixtures.Path("disclosures/dev03-2024-wan.pdf")];
        var first = await Run(output.Path, inputs);

        var again = await Run(output.Path, inputs);

        // The first run's documents were read in worker processes; the nightly re-run with nothing new starts none.
        Assert.True(first.PeakWorkerMemoryBytes > 0);
        Assert.Equal((2, 0L), (again.Unchanged, again.PeakWorkerMemoryBytes));
    }

    [Fact]
    public async Task Processes_again_after_a_configuration_change_that_alters_the_records_only()
    {
        string[] inputs = [Fixtures.Path("disclosures/dev22-2023-wan.pdf")];
        var log = new LoggerConfiguration().CreateLogger();
        Task<BatchSummary> RunWith(PipelineOptions options) => new BatchRunner(options, log).RunAsync(InputResolver.Resolve(inputs), output.Path);
        await RunWith(new PipelineOptions { Parallelism = 2 });

        var moreWorkers = await RunWith(new PipelineOptions { Parallelism = 1 });
        var exact = await RunWith(new PipelineOptions { Parallelism = 1, Validation = new ValidationOptions { Rounding = RoundingPolicy.Exact } });

        Assert.Equal(1, moreWorkers.Unchanged);
        Assert.Equal(0, exact.Unchanged);
        Assert.Equal(0, CountRows("findings WHERE severity = 'info'"));
        Assert.Equal(1, CountRows("documents"));
    }

    [Fact]
    public async Task Processes_again_when_forced_and_replaces_a_changed_file_under_the_same_name()
    {
        using var inputs = new TemporaryDirectory();
        var path = inputs.File("report.pdf");
        File.Copy(Fixtures.Path("disclosures/dev01-2024-yuan.pdf"), path);
        await Run(output.Path, path);

        var forced = await Run(output.Path, true, path);
        File.Copy(Fixtures.Path("disclosures/dev03-2024-wan.pdf"), path, overwrite: true);
        var changed = await Run(output.Path, path);

        Assert.Equal(1, forced.Ok + forced.WithDiagnostics);
        Assert.Equal(1, changed.Ok + changed.WithDiagnostics);
        Assert.Equal(1, CountRows("documents"));
        Assert.Equal(1, CountRows("documents WHERE department_name = '佛山市南海区交通运输局'"));
        var json = CanonicalJson.Deserialize(File.ReadAllText(output.Below("report.json")));
        Assert.Equal("佛山市南海区交通运输局", json.Department?.Name);
        Assert.Equal(CountRows("tables"), json.Tables.Count);
    }

    [Fact]
    public async Task Keeps_same_named_files_of_different_folders_as_two_documents_across_re_runs()
    {
        using var inputs = new TemporaryDirectory();
        inputs.Put("a/部门预算.pdf", "disclosures/dev01-2024-yuan.pdf");
        inputs.Put("b/部门预算.pdf", "disclosures/dev03-2024-wan.pdf");

        var first = await Run(output.Path, inputs.Path);
        var second = await Run(output.Path, inputs.Path);
        var forced = await Run(output.Path, true, inputs.Path);

        Assert.Equal(2, first.Ok + first.WithDiagnostics);
        Assert.Equal(2, second.Unchanged);
        Assert.Equal(2, forced.Ok + forced.WithDiagnostics);
        Assert.Equal(2, CountRows("documents"));
        Assert.Equal(1, CountRows("documents WHERE path = 'a/部门预算.pdf' AND file = '部门预算.pdf' AND fiscal_year = 2024 AND unit = 'yuan'"));
        Assert.Equal(1, CountRows("documents WHERE path = 'b/部门预算.pdf' AND department_name = '佛山市南海区交通运输局'"));
        Assert.Equal("a/部门预算.pdf", CanonicalJson.Deserialize(File.ReadAllText(output.File("a/部门预算.json"))).Source.Path);
        Assert.Equal("佛山市南海区交通运输局", CanonicalJson.Deserialize(File.ReadAllText(output.File("b/部门预算.json"))).Department?.Name);
    }

    [Fact]
    public async Task Stores_the_same_content_under_two_paths_once_and_keeps_it_when_one_of_them_changes()
    {
        using var inputs = new TemporaryDirectory();
        inputs.Put("a/report.pdf", "disclosures/dev01-2024-yuan.pdf");
        inputs.Put("b/report.pdf", "disclosures/dev01-2024-yuan.pdf");

        var first = await Run(output.Path, inputs.Path);
        long items = CountRows("line_items");
        var again = await Run(output.Path, inputs.Path);
        inputs.Put("a/report.pdf", "disclosures/dev03-2024-wan.pdf");
        var changed = await Run(output.Path, inputs.Path);

        Assert.Equal(1, first.Copies);
        Assert.Equal(1, first.Ok + first.WithDiagnostics);
        Assert.Equal(2, again.Unchanged);
        Assert.Equal(1, changed.Ok + changed.WithDiagnostics);
        Assert.Equal(1, changed.Unchanged);
        // dev01's content now lives at b only: the copy became its document; a holds dev03.
        Assert.Equal(1, CountRows("documents WHERE path = 'b/report.pdf' AND unit = 'yuan'"));
        Assert.Equal(1, CountRows("documents WHERE path = 'a/report.pdf' AND department_name = '佛山市南海区交通运输局'"));
        Assert.Equal(0, CountRows("document_copies"));
        Assert.Equal(items, CountRows("line_items l JOIN documents d ON d.id = l.document_id WHERE d.path = 'b/report.pdf'"));
    }

    [Fact]
    public async Task Tries_a_failed_document_again_on_the_next_run()
    {
        string[] inputs = [Fixtures.Path("bad/truncated-half.pdf")];
        var first = await Run(output.Path, inputs);
        var second = await Run(output.Path, inputs);

        Assert.Equal(1, first.Failed);
        Assert.Equal(1, second.Failed);
        Assert.Equal(0, second.Unchanged);
        Assert.Equal(1, CountRows("documents"));
    }

    private sealed class Collected : Serilog.Core.ILogEventSink
    {
        public List<Serilog.Events.LogEvent> Events { get; } = [];
        public void Emit(Serilog.Events.LogEvent logEvent) => Events.Add(logEvent);
    }

    [Fact]
    public async Task Logs_the_run_with_its_id_a_failed_document_as_an_error_and_every_warning()
    {
        var collected = new Collected();
        var log = new LoggerConfiguration().WriteTo.Sink(collected).CreateLogger();

        await new BatchRunner(new PipelineOptions { Parallelism = 2 }, log).RunAsync(
            InputResolver.Resolve([Fixtures.Path("bad/empty.pdf"), Fixtures.Path("real-cn/sh-putuo-czj-2024-dept-final-MODIFIED.pdf")]), output.Path);

        var events = collected.Events;
        Assert.StartsWith("Run started", events[0].MessageTemplate.Text);
        Assert.StartsWith("Run ended", events[^1].MessageTemplate.Text);
        Assert.Equal("1", events[^1].Properties["ExitCode"].ToString());
        Assert.Single(events.Select(e => e.Properties["RunId"].ToString()).Distinct());
        string? Code(Serilog.Events.LogEvent e) => e.Properties.TryGetValue("Code", out var code) ? code.ToString().Trim('"') : null;
        Assert.Contains(events, e => e.Level == Serilog.Events.LogEventLevel.Error && Code(e) == "empty_file");
        Assert.Contains(events, e => e.Level == Serilog.Events.LogEventLevel.Warning && Code(e) == "missing_table");
        Assert.All(events.Where(e => e.MessageTemplate.Text.Contains("{Seconds:0.00}")), e => Assert.True(e.Properties.ContainsKey("Seconds")));
    }

    [Fact]
    public async Task Reads_a_tree_with_a_pipe_a_device_link_and_a_folder_loop_without_hanging_or_running_away()
    {
        using var inputs = new TemporaryDirectory();
        inputs.Put("a/report.pdf", "disclosures/dev01-2024-yuan.pdf");
        Directory.CreateSymbolicLink(inputs.File("a/loop"), inputs.File("a"));
        File.CreateSymbolicLink(inputs.File("zero.pdf"), "/dev/zero");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", inputs.File("pipe.pdf"))) mkfifo.WaitForExit();

        var resolved = InputResolver.Resolve([inputs.Path]);
        var run = Run(output.Path, inputs.Path);
        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(60)));

        Assert.Equal(["a/report.pdf", "pipe.pdf", "zero.pdf"], resolved.Files.Select(f => f.RelativePath));
        var loop = Assert.Single(resolved.Skipped);
        Assert.Equal(inputs.File("a/loop"), loop.Path);
        Assert.Same(run, finished);
        var summary = await run;
        // The pipe and the device fail alone, each with its reason (nothing read, or no more than was measured).
        Assert.Equal((1, 2), (summary.Ok + summary.WithDiagnostics, summary.Failed));
        Assert.Equal(1, CountRows("documents d JOIN diagnostics g ON g.document_id = d.id WHERE d.path = 'pipe.pdf' AND g.code = 'empty_file'"));
        Assert.Equal(3, CountRows("documents"));
    }

    [Fact]
    public async Task Skips_a_file_whose_name_is_not_utf8_with_the_reason_and_fails_the_batch()
    {
        using var inputs = new TemporaryDirectory();
        inputs.Put("good.pdf", "disclosures/dev01-2024-yuan.pdf");
        // 部门.pdf in GBK bytes: .NET reads such a name with U+FFFD in place of each byte it cannot decode.
        using (var cp = System.Diagnostics.Process.Start("sh", ["-c", $"cp '{inputs.File("good.pdf")}' \"$(printf '{inputs.Path}/\\262\\277\\303\\305.pdf')\""]))
            cp.WaitForExit();

        var resolved = InputResolver.Resolve([inputs.Path]);
        var summary = await Run(output.Path, inputs.Path);

        Assert.Equal(["good.pdf"], resolved.Files.Select(f => f.RelativePath));
        var skipped = Assert.Single(resolved.Skipped);
        Assert.Contains("not UTF-8", skipped.Reason);
        Assert.Equal((1, 0, ExitCodes.SomeFailed), (summary.Ok + summary.WithDiagnostics, summary.Failed, summary.ExitCode));
    }

    [Fact]
    public void Shows_a_file_name_with_a_newline_on_one_line()
    {
        Assert.Equal("in/a\\nb\\x1B.pdf", ShownPath.Of("in/a\nb\u001b.pdf"));
        Assert.Equal("in/部门.pdf", ShownPath.Of("in/部门.pdf"));
    }

    [Fact]
    public async Task Writes_no_line_item_for_a_cell_printed_blank_while_the_rules_still_read_it()
    {
        // czj's 2024 final account prints its 三公 actual figures blank, and blanks in filled rows elsewhere.
        await Run(output.Path, Fixtures.Path("real-cn/sh-putuo-czj-2024-dept-final.pdf"));

        var written = CanonicalJson.Deserialize(File.ReadAllText(output.Below("sh-putuo-czj-2024-dept-final.json")));
        var processed = new DocumentProcessor(new PipelineOptions(), TableTypeClassifier.Shipped).Process(new Extractor.Ingest.PdfIngestor(new()).Read(Fixtures.Path("real-cn/sh-putuo-czj-2024-dept-final.pdf")));
        Assert.Contains(processed.LineItems, i => i.AmountPrinted.Trim().Length == 0);
        Assert.All(written.LineItems, i => Assert.NotEqual("", i.AmountPrinted.Trim()));
        Assert.Equal(processed.LineItems.Count(i => i.AmountPrinted.Trim().Length > 0), written.LineItems.Count);
        Assert.Equal(0, CountRows("line_items WHERE trim(amount_printed) = ''"));
        Assert.Equal(processed.Findings.Count, written.Findings.Count);
        // The table keeps every cell as printed, blanks included.
        Assert.True(CountRows("cells WHERE trim(text) = ''") > 0);
    }

    [Fact]
    public async Task States_the_stored_findings_of_documents_it_does_not_read_again()
    {
        var first = await Run(output.Path, Fixtures.Path("disclosures/dev03-2024-wan.pdf"));
        var again = await Run(output.Path, Fixtures.Path("disclosures/dev03-2024-wan.pdf"));

        Assert.Equal(1, again.Unchanged);
        Assert.Equal((3, 1), (first.ErrorFindings, first.DocumentsWithErrorFindings));
        Assert.Equal((3, 1), (again.ErrorFindings, again.DocumentsWithErrorFindings));
    }

    [Fact]
    public async Task Reports_an_input_that_matches_nothing_and_fails_the_batch()
    {
        var summary = await Run(output.Path, Fixtures.Path("disclosures/dev01-2024-yuan.pdf"), Fixtures.Path("nothing-here.pdf"));

        Assert.Equal(1, summary.Ok + summary.WithDiagnostics);
        Assert.Equal([Fixtures.Path("nothing-here.pdf")], summary.UnmatchedInputs);
        Assert.Equal(ExitCodes.SomeFailed, summary.ExitCode);
    }

    [Fact]
    public async Task Checks_a_narrative_published_apart_against_its_tables_file_of_the_same_folder()
    {
        using var input = new TemporaryDirectory();
        input.Put("rdbgt/2019-text.pdf", "real-cn/js-rdbgt-2019-dept-budget-text.pdf");
        input.Put("rdbgt/2019-tables.pdf", "real-cn/js-rdbgt-2019-dept-budget-tables.pdf");
        // A narrative in another folder has no tables beside it: it is checked alone.
        input.Put("elsewhere/2019-text.pdf", "real-cn/js-swbgt-2019-dept-budget-text.pdf");

        var summary = await Run(output.Path, input.Path);

        Assert.Equal(3, summary.Ok + summary.WithDiagnostics);
        var alone = CanonicalJson.Deserialize(File.ReadAllText(output.File("elsewhere/2019-text.json")));
        Assert.DoesNotContain(alone.Diagnostics, d => d.Code == DiagnosticCodes.PairedTables);
        var paired = CanonicalJson.Deserialize(File.ReadAllText(output.File("rdbgt/2019-text.json")));
        Assert.Contains(paired.Diagnostics, d => d.Code == DiagnosticCodes.PairedTables && d.Message.Contains("rdbgt/2019-tables.pdf", StringComparison.Ordinal));
        var misnamed = paired.Findings.Where(f => f.Rule == RuleIds.NameVsTable).ToList();
        Assert.Equal(5, misnamed.Count);
        Assert.All(misnamed, f => Assert.Equal("rdbgt/2019-tables.pdf", f.Refs[1].File));
        Assert.All(misnamed, f => Assert.Contains(f.Refs[0].Page!.Value, paired.NarrativePages.Select(p => p.Page)));
        Assert.Equal(5, CountRows("findings_with_refs WHERE rule = 'text.name_vs_table' AND refs LIKE '%rdbgt/2019-tables.pdf t5 p5%'"));
        Assert.Equal(5, CountRows("finding_refs WHERE file = 'rdbgt/2019-tables.pdf'"));
    }

    [Fact]
    public async Task Holds_a_units_own_publication_to_its_departments_row_of_the_unit()
    {
        using var input = new TemporaryDirectory();
        input.Put("midu/弥渡县教育体育局2025年部门预算.pdf", "generated/弥渡县教育体育局2025年部门预算.pdf");
        input.Put("midu/弥渡县第一中学2025年单位预算.pdf", "generated/弥渡县第一中学2025年单位预算.pdf");

        var summary = await Run(output.Path, input.Path);

        var unit = CanonicalJson.Deserialize(File.ReadAllText(output.File("midu/弥渡县第一中学2025年单位预算.json")));
        var held = unit.Findings.Where(f => f.Rule == RuleIds.UnitPublication).ToList();
        // 合计 and 一般公共预算 of its 收入总表, 合计 and 基本支出 of its 支出总表: each 1.80 万元 above the department's row.
        Assert.Equal(4, held.Count);
        Assert.All(held, f => Assert.Equal((FindingSeverity.Error, 18000.00m), (f.Severity, f.Difference)));
        Assert.All(held, f => Assert.Equal([null, "midu/弥渡县教育体育局2025年部门预算.pdf"], f.Refs.Select(r => r.File)));
        var department = CanonicalJson.Deserialize(File.ReadAllText(output.File("midu/弥渡县教育体育局2025年部门预算.json")));
        Assert.DoesNotContain(department.Findings, f => f.Rule == RuleIds.UnitPublication);
        Assert.Equal(4, summary.ErrorFindings);
        Assert.Equal(4, CountRows("findings WHERE rule = 'cross.unit_publication'"));
    }

    [Theory]
    [InlineData("text", "tables")]
    [InlineData("tables", "text")]
    public async Task Pairs_the_halves_of_a_publication_that_come_in_two_runs(string first, string second)
    {
        using var input = new TemporaryDirectory();
        input.Put($"rdbgt/2019-{first}.pdf", $"real-cn/js-rdbgt-2019-dept-budget-{first}.pdf");
        await Run(output.Path, input.Path);
        input.Put($"rdbgt/2019-{second}.pdf", $"real-cn/js-rdbgt-2019-dept-budget-{second}.pdf");

        var summary = await Run(output.Path, input.Path);

        Assert.Equal(1, summary.Unchanged);
        var narrative = CanonicalJson.Deserialize(File.ReadAllText(output.File("rdbgt/2019-text.json")));
        Assert.Single(narrative.Diagnostics, d => d.Code == DiagnosticCodes.PairedTables);
        Assert.DoesNotContain(narrative.Diagnostics, d => d.Code == DiagnosticCodes.MissingTable);
        Assert.Equal(5, narrative.Findings.Count(f => f.Rule == RuleIds.NameVsTable && f.Refs[1].File == "rdbgt/2019-tables.pdf"));
        Assert.Equal(5, CountRows("finding_refs WHERE file = 'rdbgt/2019-tables.pdf'"));
    }

    private long CountRows(string tableAndFilter)
    {
        using var connection = new SqliteConnection($"Data Source={output.File("extractor.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM {tableAndFilter}";
        return (long)command.ExecuteScalar()!;
    }

    public void Dispose() => output.Dispose();
}
