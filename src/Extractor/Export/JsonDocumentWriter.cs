using System.Text;
using Extractor.Model;

namespace Extractor.Export;

/// <summary>
/// Writes <c>&lt;stem&gt;.json</c> through a temporary file renamed into place, so a reader (or a crash)
/// never sees half a document.
/// </summary>
public static class JsonDocumentWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <returns>The path written.</returns>
    public static string Write(ExtractedDocument document, string outputDirectory, string stem)
    {
        Directory.CreateDirectory(outputDirectory);
        var target = Path.Combine(outputDirectory, stem + ".json");
        var temporary = target + $".{Environment.ProcessId}.tmp";
        File.WriteAllText(temporary, CanonicalJson.Serialize(document), Utf8NoBom);
        File.Move(temporary, target, overwrite: true);
        return target;
    }
}
