using System.Diagnostics;
using Npgsql;

namespace Extractor.Tests.Support;

/// <summary>
/// The PostgreSQL server the store's tests write to: the one <c>.ci/run</c> started (its URL in
/// <c>EXTRACTOR_TEST_POSTGRES</c>); on CI without it the tests fail with that said, never skip; on a developer's
/// machine without it, a throwaway server started here through the same <c>.ci/postgres</c> script and stopped at
/// the end. Each test gets a fresh database of its own.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    public const string Variable = "EXTRACTOR_TEST_POSTGRES";

    private readonly string? ownCluster;

    public PostgresServer()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } url)
        {
            Url = url;
            return;
        }
        if (Environment.GetEnvironmentVariable("CI") == "true")
            throw new InvalidOperationException($"{Variable} is not set: on CI the PostgreSQL tests need the server .ci/run starts (apt-get install postgresql; .ci/postgres start DIR)");
        ownCluster = Directory.CreateTempSubdirectory("extractor-postgres-").FullName;
        Url = Script("start", ownCluster).Trim();
    }

    /// <summary>The server's URL, on its maintenance database.</summary>
    public string Url { get; }

    /// <summary>A URL to a new, empty database on the server.</summary>
    public string NewDatabase()
    {
        string name = $"test_{Guid.NewGuid():N}";
        using (var connection = new NpgsqlConnection(Extractor.Export.PostgresUrl.ConnectionString(Url)))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            command.ExecuteNonQuery();
        }
        return Url[..Url.LastIndexOf('/')] + "/" + name;
    }

    public static NpgsqlConnection Open(string url)
    {
        var connection = new NpgsqlConnection(Extractor.Export.PostgresUrl.ConnectionString(url));
        connection.Open();
        return connection;
    }

    private static string Script(string command, string folder)
    {
        var start = new ProcessStartInfo(Path.Combine(Fixtures.Repository, ".ci/postgres")) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(command);
        start.ArgumentList.Add(folder);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($".ci/postgres {command} failed: {stderr.Result}");
        return stdout;
    }

    public void Dispose()
    {
        if (ownCluster is null) return;
        Script("stop", ownCluster);
        // Files the server left behind are the temporary folder's: the system clears it.
        try { Directory.Delete(ownCluster, recursive: true); } catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }
}
