using Extractor.Model;
using Extractor.Pipeline;
using Extractor.Pipeline.Workers;
using Extractor.Tests.Support;
using Serilog;

namespace Extractor.Tests.Pipeline;

/// <summary>
/// Documents processed in worker processes with a memory limit: bombs that the decompression pre-check
/// cannot see (filter chains, encryption, many streams each under the per-stream cap, a corrupted font program)
/// fail their file alone.
/// </summary>
public sealed class WorkerIsolationTests : IDisposable
{
    private const long Megabyte = 1024 * 1024;

    private readonly TemporaryDirectory input = new();
    private readonly TemporaryDirectory output = new();

    /// <summary>400 MiB of zeros, deflated once (about 400 KB).</summary>
    private static readonly Lazy<byte[]> Bomb = new(() => HostilePdf.ZerosDeflated(400 * Megabyte));

    public static TheoryData<string, Func<byte[]>> Bombs => new()
    {
        // Two Flate filters in a row: the stream as stored inflates to a few hundred KB, its data to 400 MiB.
        { "flate-flate", () => HostilePdf.WithContents(("/Filter [/FlateDecode /FlateDecode]", HostilePdf.Deflated(Bomb.Value))) },
        // Flate behind ASCIIHex: the stored bytes are not deflate data at all.
        { "hex-flate", () => HostilePdf.WithContents(("/Filter [/ASCIIHexDecode /FlateDecode]", HostilePdf.AsciiHex(Bomb.Value))) },
        // RunLength: every two bytes repeat a byte 128 times, and the pre-check inflates Flate only.
        { "run-length", () => HostilePdf.WithContents(("/Filter /RunLengthDecode", [.. Enumerable.Repeat(new byte[] { 129, 0 }, 3_300_000).SelectMany(b => b), 128])) },
        // Four streams of 90 MiB each: every one under the per-stream budget of 100 MiB, together far over.
        // A stored deflate block holding the bytes "endstream": a scan of the file's bytes ends the stream there.
        { "endstream-in-stored-block", () => HostilePdf.WithContents(("/Filter /FlateDecode", HostilePdf.StoredThenZeros("endstream\nendobj\n"u8.ToArray(), 400 * Megabyte))) },
        // Encrypted: the stored bytes are ciphertext until the parser decrypts them.
        { "encrypted", () => HostilePdf.Encrypted(("/Filter /FlateDecode", Bomb.Value)) },
        // Three bytes of an embedded TrueType program changed: no stream is large, the parser's glyph outlines are.
        { "corrupted-font", () => HostilePdf.CorruptedTrueType(File.ReadAllBytes(Fixtures.Path("real-cn/js-rdbgt-2019-dept-budget-tables.pdf"))) },
        { "many-streams", () => HostilePdf.WithContents([.. Enumerable.Range(0, 4).Select(_ => ("/Filter /FlateDecode", HostilePdf.ZerosDeflated(90 * Megabyte)))]) },
    };

    [Theory]
    [MemberData(nameof(Bombs))]
    public async Task Fails_a_bomb_the_pre_check_cannot_see_alone_within_the_memory_limit(string name, Func<byte[]> build)
    {
        File.WriteAllBytes(input.File($"{name}.pdf"), build());
        input.Put("good.pdf", "real-cn/sh-putuo-zfb-2025-dept-budget.pdf");
        var options = new PipelineOptions { Parallelism = 1, Isolation = new IsolationOptions { MaxMemoryBytes = 256 * Megabyte } };

        var summary = await new BatchRunner(options, new LoggerConfiguration().CreateLogger()).RunAsync(InputResolver.Resolve([input.Path]), output.Path);

        Assert.Equal((1, 1), (summary.Failed, summary.Ok + summary.WithDiagnostics));
        var bomb = CanonicalJson.Deserialize(File.ReadAllText(output.Below($"{name}.json")));
        var fatal = Assert.Single(bomb.Diagnostics, d => d.Severity == DiagnosticSeverity.Fatal);
        Assert.Equal(DiagnosticCodes.ResourceLimit, fatal.Code);
        var good = CanonicalJson.Deserialize(File.ReadAllText(output.Below("good.json")));
        Assert.Equal("上海市普陀区人民政府办公室", good.Department?.Name);
    }

    [Fact]
    public async Task Stops_a_worker_past_the_time_limit_and_gives_the_next_document_a_new_one()
    {
        input.Put("a.pdf", "disclosures/dxh-xzspj-2023.pdf");
        input.Put("b.pdf", "real-cn/sh-putuo-zfb-2025-dept-budget.pdf");
        var options = new PipelineOptions { Parallelism = 1, DocumentTimeout = TimeSpan.FromMilliseconds(1) };

        var summary = await new BatchRunner(options, new LoggerConfiguration().CreateLogger()).RunAsync(InputResolver.Resolve([input.Path]), output.Path);

        Assert.Equal(2, summary.Failed);
        foreach (var name in new[] { "a.json", "b.json" })
        {
            var fatal = Assert.Single(CanonicalJson.Deserialize(File.ReadAllText(output.Below(name))).Diagnostics);
            Assert.Equal(DiagnosticCodes.Timeout, fatal.Code);
            Assert.Contains("its worker was stopped", fatal.Message);
        }
    }

    [Fact]
    public async Task Gives_the_same_document_from_a_worker_as_in_process()
    {
        input.Put("dxh.pdf", "disclosures/dxh-xzspj-2023.pdf");
        var inProcess = new TemporaryDirectory();
        var log = new LoggerConfiguration().CreateLogger();

        await new BatchRunner(new PipelineOptions(), log).RunAsync(InputResolver.Resolve([input.Path]), output.Path);
        await new BatchRunner(new PipelineOptions { Isolation = new IsolationOptions { Workers = false } }, log)
            .RunAsync(InputResolver.Resolve([input.Path]), inProcess.Path);

        Assert.Equal(File.ReadAllText(inProcess.Below("dxh.json")), File.ReadAllText(output.Below("dxh.json")));
        inProcess.Dispose();
    }

    public void Dispose()
    {
        input.Dispose();
        output.Dispose();
    }
}
