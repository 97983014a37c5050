using System.Buffers.Binary;
using System.Text;

namespace Extractor.Pipeline.Workers;

/// <summary>What a message from a worker carries, told by its first byte.</summary>
public enum WorkerMessage : byte
{
    /// <summary>The document processed, as canonical JSON: the answer to a request.</summary>
    Document = (byte)'D',

    /// <summary>A table's text to type (<see cref="Mapping.ITableClassifier"/>); the batch answers with the guess as JSON.</summary>
    Classify = (byte)'C',
}

/// <summary>
/// The worker protocol's framing on a pipe: each message is a 4-byte little-endian length and that many
/// bytes. Text messages are UTF-8 JSON; a worker's own messages start with their kind (<see cref="WorkerMessage"/>).
/// </summary>
public static class WorkerFrames
{
    public static async Task WriteAsync(Stream stream, ReadOnlyMemory<byte> payload, CancellationToken cancellation = default)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, payload.Length);
        await stream.WriteAsync(length, cancellation);
        await stream.WriteAsync(payload, cancellation);
    }

    /// <summary>A worker's message: its kind, then the payload, in one frame.</summary>
    public static async Task WriteAsync(Stream stream, WorkerMessage kind, ReadOnlyMemory<byte> payload, CancellationToken cancellation = default)
    {
        var head = new byte[5];
        BinaryPrimitives.WriteInt32LittleEndian(head, payload.Length + 1);
        head[4] = (byte)kind;
        await stream.WriteAsync(head, cancellation);
        await stream.WriteAsync(payload, cancellation);
    }

    public static Task WriteTextAsync(Stream stream, string text, CancellationToken cancellation = default) =>
        WriteAsync(stream, Encoding.UTF8.GetBytes(text), cancellation);

    /// <summary>The next message, or null at the end of the stream (the other side closed it).</summary>
    public static async Task<byte[]?> ReadAsync(Stream stream, CancellationToken cancellation = default)
    {
        var length = new byte[4];
        if (!await ReadExactly(stream, length, cancellation)) return null;
        int size = BinaryPrimitives.ReadInt32LittleEndian(length);
        if (size < 0) throw new InvalidDataException($"a worker message of negative length {size}");
        var payload = new byte[size];
        if (!await ReadExactly(stream, payload, cancellation)) throw new EndOfStreamException("the worker pipe closed inside a message");
        return payload;
    }

    public static async Task<string?> ReadTextAsync(Stream stream, CancellationToken cancellation = default) =>
        await ReadAsync(stream, cancellation) is { } payload ? Encoding.UTF8.GetString(payload) : null;

    /// <summary>Fills the buffer; false when the stream ends before the first byte.</summary>
    private static async Task<bool> ReadExactly(Stream stream, byte[] buffer, CancellationToken cancellation)
    {
        int read = 0;
        while (read < buffer.Length)
        {
            int n = await stream.ReadAsync(buffer.AsMemory(read), cancellation);
            if (n == 0)
            {
                if (read == 0) return false;
                throw new EndOfStreamException("the worker pipe closed inside a message");
            }
            read += n;
        }
        return true;
    }
}
