namespace Extractor.Tests.Support;

/// <summary>A fresh folder for a test's outputs, removed afterwards.</summary>
public sealed class TemporaryDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("extractor-test-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Copies a fixture to a path below the folder, creating its folders, replacing what was there.</summary>
    public string Put(string name, string fixture)
    {
        var target = File(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
        System.IO.File.Copy(Fixtures.Path(fixture), target, overwrite: true);
        return target;
    }

    /// <summary>
    /// The one output file of this name anywhere below the folder: a run mirrors each input's path (a file
    /// given by its absolute path lands under the folders of that path).
    /// </summary>
    public string Below(string fileName) =>
        Directory.EnumerateFiles(Path, fileName, SearchOption.AllDirectories).Single();

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a child process: the OS cleans the temp folder.
        }
    }
}
