namespace Extractor.Cli.Console;

/// <summary>
/// The output folder of a run, held for the run's length: created if missing, refused with a reason when it
/// is a file or cannot be written, and locked so that a second run on the same folder (a scheduler firing
/// twice) stops with a message instead of interleaving its writes and its log with the first.
/// </summary>
public sealed class OutputFolder : IDisposable
{
    public const string LockName = ".extractor.lock";

    private readonly FileStream lockFile;

    private OutputFolder(FileStream lockFile) => this.lockFile = lockFile;

    /// <param name="option">The option that named the folder, as the problem names it.</param>
    /// <returns>The held folder, or null with <paramref name="problem"/> saying why it cannot be used.</returns>
    public static OutputFolder? Open(string path, out string? problem, string option = "--out")
    {
        problem = null;
        if (File.Exists(path))
        {
            problem = $"{option} {path} is a file, not a folder";
            return null;
        }
        try
        {
            Directory.CreateDirectory(path);
            // FileShare.None: the operating system releases it when the process ends, however it ends.
            var held = new FileStream(Path.Combine(path, LockName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            return new OutputFolder(held);
        }
        catch (UnauthorizedAccessException)
        {
            problem = $"{option} {path} cannot be written (permission denied)";
        }
        catch (IOException e) when (File.Exists(Path.Combine(path, LockName)))
        {
            problem = $"another run is writing to {path}; wait for it to finish or choose another {option} ({e.Message})";
        }
        catch (IOException e)
        {
            problem = $"{option} {path} cannot be written: {e.Message}";
        }
        return null;
    }

    public void Dispose() => lockFile.Dispose();
}
