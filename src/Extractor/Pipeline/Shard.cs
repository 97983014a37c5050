using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Extractor.Fetch;

namespace Extractor.Pipeline;

/// <summary>
/// One of <see cref="Count"/> parts of a batch (<c>--shard 2/8</c>), numbered from 0, so that a scheduler can run
/// <see cref="Count"/> workers over the same input list, each reading only its part. A file belongs to the shard
/// its content hash falls in: the same bytes under two paths fall in one shard (so a copy is recognised as one
/// where the document is stored), and a restarted worker meets the same files again and passes over those it
/// stored already.
/// </summary>
public sealed record Shard(int Index, int Count)
{
    /// <summary>Reads <c>i/n</c> (0 ≤ i &lt; n); null with <paramref name="problem"/> saying what is wrong otherwise.</summary>
    public static Shard? Parse(string text, out string? problem)
    {
        problem = null;
        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int count)
            && count > 0 && index < count)
            return new Shard(index, count);
        problem = $"--shard {text}: expected i/n with 0 <= i < n (the first of four workers is 0/4)";
        return null;
    }

    /// <summary>
    /// Whether the file is this shard's: by its content hash (hex sha256), or, for a file that could not be read
    /// (no hash), by its path, so every input belongs to exactly one shard.
    /// </summary>
    public bool Owns(string sha256, string path)
    {
        var key = sha256.Length >= 16 ? Convert.FromHexString(sha256[..16]) : SHA256.HashData(Encoding.UTF8.GetBytes(path));
        return PartOf(key) == Index;
    }

    /// <summary>
    /// Whether the fetch source is this shard's, by the host of its first page: a watch divides the sources file,
    /// not the fetched files, so each publisher is fetched by one worker, at the one per-host rate the sources
    /// file sets, and each worker processes what it fetched.
    /// </summary>
    public bool Owns(SourceDefinition source)
    {
        var host = source.Start.Concat(source.Urls).FirstOrDefault()?.Host.ToLowerInvariant() ?? source.Name;
        return PartOf(SHA256.HashData(Encoding.UTF8.GetBytes(host))) == Index;
    }

    /// <summary>The shard a digest falls in: its first eight bytes, big-endian, modulo the count.</summary>
    private int PartOf(byte[] digest) =>
        (int)(System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(digest.AsSpan(0, 8)) % (ulong)Count);

    public override string ToString() => $"{Index}/{Count}";
}
