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
        if (!info.Exists)
            throw new IngestException(DiagnosticCodes.FileUnreadable, $"file not found: {path}");
        if (info.Length > options.MaxFileBytes)
            throw new IngestException(DiagnosticCodes.ResourceLimit,
                $"resource limit: the file has {info.Length:N0} bytes, over the limit of {options.MaxFileBytes:N0}");
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IngestException(DiagnosticCodes.FileUnreadable, $"cannot read the file: {e.Message}", e);
        }
        return new SourceFile(info.Name, bytes, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    /// <summary>Opens a read file; throws <see cref="IngestException"/> when it cannot be opened.</summary>
    public IngestedDocument Open(SourceFile file)
    {
        PdfHeaderSniffer.EnsureLooksLikePdf(file.Bytes);
        DecompressionBudget.Enforce(file.Bytes, options.MaxStreamBytes);

        PdfDocument pdf;
        try
        {
            var parsing = new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true };
            if (options.Passwords.Count > 0) parsing.Passwords = [.. options.Passwords];
            pdf = PdfDocument.Open(file.Bytes, parsing);
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw new IngestException(DiagnosticCodes.PasswordRequired,
                "encrypted; password required: none of the configured passwords opens it", e);
        }
        catch (Exception e) when (e is PdfDocumentFormatException or InvalidOperationException
                                      or ArgumentException or IndexOutOfRangeException or NullReferenceException
                                      or InvalidCastException or KeyNotFoundException or FormatException)
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

        var source = new SourceInfo(file.Name, file.Sha256, pages, Producer(pdf));
        return new IngestedDocument(pdf, source, []);
    }

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
