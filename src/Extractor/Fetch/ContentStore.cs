namespace Extractor.Fetch;

/// <summary>
/// The fetched files on disk, named by content: <c>&lt;folder&gt;/&lt;source&gt;/&lt;sha256&gt;.pdf</c>. A file is read into
/// <c>.partial/</c> first and renamed into place once whole, so the folder never holds half a file, and one content
/// is stored once per source however many URLs serve it. The pages read for their links are kept in <c>.pages/</c>,
/// so that a page the server says is unchanged (304) is read from there. What a killed run left in <c>.partial/</c>
/// is removed when the next run opens the store.
/// </summary>
public sealed class ContentStore
{
    private const string PartialFolder = ".partial";

    /// <summary>Where the pages read for their links are kept, by content: a page answered 304 is read again from here.</summary>
    private const string PagesFolder = ".pages";

    private readonly string folder;

    /// <summary>Two URLs of one content may be read at once: their commits take turns.</summary>
    private readonly Lock commits = new();

    public ContentStore(string folder)
    {
        this.folder = folder;
        var partial = Path.Combine(folder, PartialFolder);
        if (Directory.Exists(partial)) Directory.Delete(partial, recursive: true);
        Directory.CreateDirectory(partial);
    }

    /// <summary>A fresh temporary path to read a file into.</summary>
    public string NewTemporary() => Path.Combine(folder, PartialFolder, Guid.NewGuid().ToString("N") + ".tmp");

    /// <summary>The stored file's path relative to the folder (with <c>/</c>): the path a run on the folder names its document by.</summary>
    public static string RelativePath(string source, string sha256) => $"{source}/{sha256}.pdf";

    public bool Contains(string source, string sha256) => File.Exists(Path.Combine(folder, RelativePath(source, sha256)));

    /// <summary>Stores a page's text (UTF-8) by the hash of the bytes served (written whole, then renamed) and gives its relative path.</summary>
    public string StorePage(string html, string sha256)
    {
        var relative = $"{PagesFolder}/{sha256}.html";
        var target = Path.Combine(folder, relative);
        if (File.Exists(target)) return relative;
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temporary = NewTemporary();
        File.WriteAllText(temporary, html, System.Text.Encoding.UTF8);
        lock (commits)
        {
            if (File.Exists(target)) File.Delete(temporary);
            else File.Move(temporary, target);
        }
        return relative;
    }

    /// <summary>A stored page's text, or null when the page is not (or no longer) stored.</summary>
    public string? ReadPage(string relativePath)
    {
        var path = Path.Combine(folder, relativePath);
        return relativePath.StartsWith(PagesFolder + "/", StringComparison.Ordinal) && File.Exists(path) ? File.ReadAllText(path, System.Text.Encoding.UTF8) : null;
    }

    /// <summary>Moves a whole temporary file into place; when the content is stored already, the temporary file is dropped.</summary>
    /// <returns>The stored file's relative path, and whether that content was stored already.</returns>
    public (string Path, bool Existed) Commit(string temporaryPath, string source, string sha256)
    {
        var relative = RelativePath(source, sha256);
        var target = Path.Combine(folder, relative);
        lock (commits)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            bool existed = File.Exists(target);
            if (existed) File.Delete(temporaryPath);
            else File.Move(temporaryPath, target);
            return (relative, existed);
        }
    }
}
