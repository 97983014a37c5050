namespace Extractor.Export;

/// <summary>
/// Where a document's own output file goes: its path mirrored under a folder (<c>a/预算.pdf</c> →
/// <c>a/预算.json</c>, <c>a/预算.xlsx</c>), so same-named files of different folders never meet. A path outside
/// the working folder keeps its folders below the root.
/// </summary>
public static class DocumentPlace
{
    /// <summary>The folder and the file name without extension that a document's file gets below <paramref name="directory"/>.</summary>
    public static (string Folder, string Stem) Of(string directory, string documentPath)
    {
        var relative = documentPath.TrimStart('/');
        return (Path.Combine(directory, Path.GetDirectoryName(relative) ?? ""), Path.GetFileNameWithoutExtension(relative));
    }

    /// <summary>The document's file of this extension (<c>.json</c>) below <paramref name="directory"/>.</summary>
    public static string File(string directory, string documentPath, string extension)
    {
        var (folder, stem) = Of(directory, documentPath);
        return Path.Combine(folder, stem + extension);
    }
}
