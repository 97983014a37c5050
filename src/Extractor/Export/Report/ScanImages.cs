using System.Security.Cryptography;
using Extractor.Ingest;
using Extractor.Model;

namespace Extractor.Export.Report;

/// <summary>A page as scanned, for the report's picture: a PNG as a data URI, and the page's size in points.</summary>
public sealed record ScanImage(string DataUri, double Width, double Height);

/// <summary>
/// The scans of the pages OCR read, so that the report shows such a page as printed rather than as read: each
/// rendered by <c>pdftoppm</c> (poppler-utils) from the document found under one of the folders the run read
/// (its <c>source.path</c> there, with the same SHA-256). None where no folder is given, the file is not there or
/// has changed since, or pdftoppm cannot run: the page is then drawn from what OCR read.
/// </summary>
public sealed class ScanImages(IReadOnlyList<string> sourceFolders)
{
    /// <summary>Enough to read the figures beside their outlines, at a few hundred kilobytes a page.</summary>
    public const int Dpi = 100;

    /// <summary>Each document's file (by its path and content), once looked for.</summary>
    private readonly Dictionary<(string Path, string Sha256), string?> files = [];

    /// <summary>The page as scanned; null where it cannot be had (see the class).</summary>
    public ScanImage? Of(ExtractedDocument document, int page)
    {
        string? folder = null;
        try
        {
            if (File(document) is not { } pdf) return null;
            folder = Directory.CreateTempSubdirectory("extractor-report-").FullName;
            string prefix = Path.Combine(folder, "page");
            string number = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
            ExternalProgram.Run("pdftoppm", ["-r", Dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-gray", "-png", "-singlefile",
                "-f", number, "-l", number, pdf, prefix], CancellationToken.None);
            byte[] png = System.IO.File.ReadAllBytes(prefix + ".png");
            var (width, height) = PngSize(png);
            return new ScanImage("data:image/png;base64," + Convert.ToBase64String(png), width * 72.0 / Dpi, height * 72.0 / Dpi);
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException or IOException or UnauthorizedAccessException
            or System.ComponentModel.Win32Exception)
        {
            return null;
        }
        finally
        {
            if (folder is not null) Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The document's file under the first source folder that holds it unchanged; null where none does.</summary>
    private string? File(ExtractedDocument document)
    {
        var key = (document.Source.Path ?? document.Source.File, document.Source.Sha256);
        if (files.TryGetValue(key, out var known)) return known;
        // A full path, so that a folder named like an option (-x) is never read as one by pdftoppm.
        string? found = sourceFolders.Select(folder => Path.GetFullPath(Path.Combine(folder, key.Item1)))
            .FirstOrDefault(path => System.IO.File.Exists(path) && Sha256(path) == document.Source.Sha256);
        return files[key] = found;
    }

    private static string Sha256(string path)
    {
        using var stream = System.IO.File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>A PNG's width and height in pixels, from its header chunk (big-endian, bytes 16–23).</summary>
    internal static (int Width, int Height) PngSize(byte[] png) =>
        (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
}
