using Extractor.Model;

namespace Extractor.Ingest;

/// <summary>Tells an empty file and a file that is not a PDF at all apart from a damaged PDF.</summary>
public static class PdfHeaderSniffer
{
    // Readers accept the %PDF- marker anywhere in the first kilobyte (some producers prepend junk).
    private const int HeaderWindow = 1024;
    private static readonly byte[] Marker = "%PDF-"u8.ToArray();

    /// <summary>Throws an <see cref="IngestException"/> when the bytes cannot be a PDF.</summary>
    public static void EnsureLooksLikePdf(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
            throw new IngestException(DiagnosticCodes.EmptyFile, "empty file: it has zero bytes");
        var window = bytes[..Math.Min(bytes.Length, HeaderWindow)];
        if (window.IndexOf(Marker) < 0)
            throw new IngestException(DiagnosticCodes.NotAPdf,
                "not a PDF: no %PDF- header in the first kilobyte");
    }
}
