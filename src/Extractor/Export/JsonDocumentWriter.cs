using Extractor.Model;

namespace Extractor.Export;

/// <summary>
/// Writes <c>&lt;stem&gt;.json</c> through a temporary file renamed into place, so a reader (or a crash)
/// never sees half a document.
/// </summary>
public static class JsonDocumentWriter
{
    /// <returns>The path written.</returns>
    public static string Write(ExtractedDocument document, string outputDirectory, string stem)
    {
        Directory.CreateDirectory(outputDirectory);
        var target = Path.Combine(outputDirectory, stem + ".json");
        var temporary = target + $".{Environment.ProcessId}.tmp";
        // UTF-8 without a byte order mark, as the serializer writes it.
        File.WriteAllBytes(temporary, CanonicalJson.SerializeToUtf8(document, CanonicalJson.Context));
        File.Move(temporary, target, overwrite: true);
        return target;
    }
}
