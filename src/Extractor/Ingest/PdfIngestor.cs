using System.Security.Cryptography;
using Extractor.Model;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

namespace Extractor.Ingest;

/// <summary>
/// The ingest stage: reads a file, identifies it (sha256), refuses what is not a PDF or is hostile, and
/// opens it with PdfPig. Every refusal is an <see cref="IngestException"/> naming its diagnostic class.
/// </summary>
public sealed class PdfIngestor(IngestOptions options)
{
    /// <summary>Reads the file's bytes; the file's identity is known even when it cannot be opened.</summary>
    public SourceFile Read(string path)
    {
        var info = new FileInfo(path);
        string name = info.Name;
        try
        {
            // A symbolic link measures as the link itself (a few dozen bytes): the file it leads to is read.
            if (info.LinkTarget is not null) info = (FileInfo)info.ResolveLinkTarget(returnFinalTarget: true)!;
        }
        catch (IOException e)
        {
            throw new IngestException(DiagnosticCodes.FileUnreadable, $"cannot follow the symbolic link: {e.Message}", e);
        }
        if (!info.Exists)
            throw new IngestException(DiagnosticCodes.FileUnreadable, info.FullName == Path.GetFullPath(path)
                ? $"file not found: {path}" : $"file not found: {path} is a symbolic link to {info.FullName}, which does not exist");
        if (info.Length > options.MaxFileBytes)
            throw new IngestException(DiagnosticCodes.ResourceLimit,
                $"resource limit: the file has {info.Length:N0} bytes, over the limit of {options.MaxFileBytes:N0}");
        // A pipe or a device (a FIFO named *.pdf, a link to /dev/zero) reports no length: reading it would wait
        // forever or never end, so nothing of zero length is opened.
        if (info.Length == 0)
            throw new IngestException(DiagnosticCodes.EmptyFile, "empty file: it has zero bytes (or it is no regular file: a pipe or a device)");
        byte[] bytes;
        try
        {
            bytes = ReadAtMost(path, info.Length);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IngestException(DiagnosticCodes.FileUnreadable, $"cannot read the file: {e.Message}", e);
        }
        return new SourceFile(name, bytes, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    /// <summary>The file's bytes, at most as many as it had when it was measured (a file that grows is cut there).</summary>
    private static byte[] ReadAtMost(string path, long length)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var bytes = new byte[length];
        int read = 0;
        while (read < bytes.Length && stream.Read(bytes, read, bytes.Length - read) is var n and > 0) read += n;
        return read == bytes.Length ? bytes : bytes[..read];
    }

    /// <summary>Opens a read file; throws <see cref="IngestException"/> when it cannot be opened.</summary>
    public IngestedDocument Open(SourceFile file)
    {
        PdfHeaderSniffer.EnsureLooksLikePdf(file.Bytes);
        DecompressionBudget.Enforce(file.Bytes, options.MaxStreamBytes);

        var diagnostics = new List<Diagnostic>();
        PdfDocument pdf;
        try
        {
            pdf = Parse(file.Bytes);
            if (CrossReferenceCheck.Problems(file.Bytes) is { Count: > 0 } problems)
                diagnostics.Add(new Diagnostic
                {
                    Stage = PipelineStages.Ingest, Severity = DiagnosticSeverity.Warning, Code = DiagnosticCodes.RepairedPdf,
                    Message = $"repaired PDF: {string.Join("; ", problems)}; the parser searched the file for its objects instead, so figures may be missing or come from an earlier revision",
                });
        }
        catch (PdfDocumentFormatException e) when (TryRebuilt(file.Bytes) is { } rebuilt)
        {
            pdf = rebuilt;
            diagnostics.Add(new Diagnostic
            {
                Stage = PipelineStages.Ingest, Severity = DiagnosticSeverity.Warning, Code = DiagnosticCodes.DamagedPdf,
                Message = $"damaged PDF, recovered: {FirstLine(e.Message)}; the trailer was rebuilt from the objects left in the file",
            });
        }
        catch (Exception e) when (IsParserFailure(e))
        {
            throw new IngestException(DiagnosticCodes.DamagedPdf, $"damaged PDF: {FirstLine(e.Message)}", e);
        }

        int pages;
        try
        {
            pages = pdf.NumberOfPages;
        }
        catch (Exception e) when (e is PdfDocumentFormatException or InvalidOperationException)
        {
            pdf.Dispose();
            throw new IngestException(DiagnosticCodes.DamagedPdf, $"damaged PDF: page tree: {FirstLine(e.Message)}", e);
        }
        if (pages == 0)
        {
            pdf.Dispose();
            throw new IngestException(DiagnosticCodes.NoPages,
                "damaged PDF: the page tree yields no pages (it is empty or refers to itself)");
        }

        // A file the parser had to search or rebuild is not updated: the update's trailer would point into what it could not read.
        if (diagnostics.Count == 0) pdf = WithStringsSplit(pdf, file.Bytes);
        var source = new SourceInfo(file.Name, file.Sha256, pages, Producer(pdf));
        return new IngestedDocument(pdf, source, diagnostics, file.Bytes);
    }

    private PdfDocument Parse(byte[] bytes)
    {
        var parsing = new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true };
        if (options.Passwords.Count > 0) parsing.Passwords = [.. options.Passwords];
        try
        {
            return PdfDocument.Open(bytes, parsing);
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw new IngestException(DiagnosticCodes.PasswordRequired,
                "encrypted; password required: none of the configured passwords opens it", e);
        }
    }

    /// <summary>
    /// The document read again from its bytes with the strings PdfPig would decode as UTF-16 split (<see cref="ByteOrderMarkRepair"/>),
    /// when it shows any and the repaired file holds as written and opens to as many pages; otherwise the document as opened.
    /// </summary>
    private PdfDocument WithStringsSplit(PdfDocument pdf, byte[] bytes)
    {
        PdfDocument? again = null;
        try
        {
            if (ByteOrderMarkRepair.Repaired(pdf, bytes) is not { } repaired || CrossReferenceCheck.Problems(repaired).Count > 0) return pdf;
            again = Parse(repaired);
            if (again.NumberOfPages == pdf.NumberOfPages)
            {
                pdf.Dispose();
                return again;
            }
        }
        catch (Exception e) when (IsParserFailure(e))
        {
            // The update is not read: the document is used as first opened.
        }
        again?.Dispose();
        return pdf;
    }

    /// <summary>
    /// The document read again with a rebuilt trailer, when that brings back pages with text; a rebuild
    /// that yields only empty pages would pass a broken file off as an image-only scan.
    /// </summary>
    private PdfDocument? TryRebuilt(byte[] bytes)
    {
        var rebuilt = TrailerRebuilder.TryRebuild(bytes);
        if (rebuilt is null) return null;
        PdfDocument? pdf = null;
        try
        {
            pdf = Parse(rebuilt);
            var pagesWithText = Enumerable.Range(1, Math.Min(pdf.NumberOfPages, 3)).Any(n => pdf.GetPage(n).Letters.Count > 0);
            if (pagesWithText) return pdf;
        }
        catch (Exception e) when (IsParserFailure(e))
        {
            // Not recoverable this way: the caller reports the original failure.
        }
        pdf?.Dispose();
        return null;
    }

    /// <summary>What PdfPig throws on malformed input (its lenient parser surfaces low-level errors too).</summary>
    private static bool IsParserFailure(Exception e) =>
        e is PdfDocumentFormatException or PdfDocumentStackDepthException or InvalidOperationException or ArgumentException or IndexOutOfRangeException
            or NullReferenceException or InvalidCastException or KeyNotFoundException or FormatException;

    private static string? Producer(PdfDocument pdf)
    {
        var info = pdf.Information;
        var producer = string.IsNullOrWhiteSpace(info.Producer) ? info.Creator : info.Producer;
        return string.IsNullOrWhiteSpace(producer) ? null : producer.Trim();
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}

/// <summary>A file's name (no directory), bytes and sha256 hex digest.</summary>
public sealed record SourceFile(string Name, byte[] Bytes, string Sha256);
