using System.Text.Json;

namespace Extractor.Tests.Support;

/// <summary>Paths into the repository's <c>fixtures/</c> folder, found from the test binaries.</summary>
public static class Fixtures
{
    public static string Root { get; } = FindRoot();

    public static string Repository => System.IO.Path.GetDirectoryName(Root)!;

    public static string Path(string relative) => System.IO.Path.Combine(Root, relative);

    public static IEnumerable<string> Pdfs(string folder) =>
        Directory.EnumerateFiles(Path(folder), "*.pdf").Order(StringComparer.Ordinal);

    /// <summary>The truth file of a disclosure fixture, parsed.</summary>
    public static JsonElement Truth(string pdfName)
    {
        var path = Path($"disclosures/{System.IO.Path.GetFileNameWithoutExtension(pdfName)}.truth.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.Clone();
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Extractor.sln")))
                return System.IO.Path.Combine(dir.FullName, "fixtures");
        throw new DirectoryNotFoundException("Extractor.sln not found above " + AppContext.BaseDirectory);
    }
}
