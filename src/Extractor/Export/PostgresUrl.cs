using Npgsql;

namespace Extractor.Export;

/// <summary>
/// A PostgreSQL database named as a URL, <c>postgresql://user:password@host:port/database?sslmode=require</c> (the
/// form libpq and most hosting services give), turned into Npgsql's connection settings. A part the URL leaves out
/// comes from the usual environment (PGPASSWORD, PGUSER, …, which Npgsql reads) or its default.
/// </summary>
public static class PostgresUrl
{
    public static bool IsUrl(string location) =>
        location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase) || location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase);

    public static string ConnectionString(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !IsUrl(url))
            throw new FormatException($"not a PostgreSQL URL: {WithoutPassword(url)} (expected postgresql://user:password@host:port/database)");
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host.Length > 0 ? uri.Host : null,
            Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')) is { Length: > 0 } database ? database : null,
            // Each store holds one connection for its run: a pool would only keep idle ones open.
            Pooling = false,
        };
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2) builder.Password = Uri.UnescapeDataString(parts[1]);
        }
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = pair.Split('=', 2) is [var k, var v] ? (Uri.UnescapeDataString(k), Uri.UnescapeDataString(v)) : (Uri.UnescapeDataString(pair), "");
            builder[key == "sslmode" ? "SSL Mode" : key] = value;
        }
        return builder.ConnectionString;
    }

    /// <summary>The URL with its password replaced by <c>***</c>, for logs and messages.</summary>
    public static string WithoutPassword(string url)
    {
        int at = url.IndexOf('@'), scheme = url.IndexOf("://", StringComparison.Ordinal);
        if (at < 0 || scheme < 0) return url;
        int colon = url.IndexOf(':', scheme + 3);
        return colon > 0 && colon < at ? url[..(colon + 1)] + "***" + url[at..] : url;
    }
}
