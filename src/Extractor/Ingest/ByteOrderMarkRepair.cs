using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.CrossReference;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace Extractor.Ingest;

/// <summary>
/// The file with its content streams' strings that open with FE FF split (<see cref="ContentStrings"/>), the rewritten streams
/// appended as an incremental update (PDF 32000-1, 7.5.6) that replaces them by object number: the original bytes are kept.
/// Only a one-byte font reaching code 0xFE (<c>/LastChar 254</c> or <c>255</c>, declared in the file's own bytes: a subset font
/// such as a report generator embeds) can show such a string, so no other file's content is read again; only a file showing
/// one is opened twice. Not an encrypted file, whose strings are ciphertext; not a font declared inside an object stream,
/// which this check does not see. Only page contents are rewritten (a stream holding nothing but its data: no form or
/// pattern, whose dictionaries the update would have to carry).
/// </summary>
public static class ByteOrderMarkRepair
{
    /// <summary>The repaired file, or null when no content stream shows such a string.</summary>
    public static byte[]? Repaired(PdfDocument pdf, byte[] bytes)
    {
        if (pdf.IsEncrypted || !ReachesCodeFE(bytes) || CrossReferenceCheck.LastStartXref(bytes) is not { } previous) return null;
        var structure = pdf.Structure;
        var rewritten = new List<RewrittenStream>();
        foreach (var reference in structure.CrossReferenceTable.ObjectOffsets.Keys.OrderBy(r => r.ObjectNumber))
        {
            if (Content(structure, reference) is { } content && ContentStrings.Split(content) is { } split) rewritten.Add(new(reference, split));
        }
        return rewritten.Count == 0 ? null : Appended(bytes, rewritten, structure.Trailer, previous);
    }

    /// <summary>Whether a font dictionary declares a last code of 254 or 255.</summary>
    private static bool ReachesCodeFE(byte[] bytes)
    {
        var rest = bytes.AsSpan();
        for (int at; (at = rest.IndexOf("/LastChar"u8)) >= 0;)
        {
            rest = rest[(at + "/LastChar".Length)..];
            var value = rest.TrimStart(" \t\r\n"u8);
            if (value.StartsWith("254"u8) || value.StartsWith("255"u8)) return true;
        }
        return false;
    }

    /// <summary>The keys a page's content stream carries: nothing a rewritten stream's dictionary would lose.</summary>
    private static readonly HashSet<string> ContentKeys = ["Length", "Filter", "DecodeParms"];

    /// <summary>The decoded bytes of a page's content stream (<see cref="ContentKeys"/>), or null for any other object.</summary>
    private static byte[]? Content(Structure structure, IndirectReference reference)
    {
        try
        {
            if (structure.GetObject(reference).Data is not StreamToken stream || !stream.StreamDictionary.Data.Keys.All(ContentKeys.Contains)) return null;
            var dictionary = stream.StreamDictionary;
            var filters = structure.FilterProvider.GetFilters(dictionary);
            var data = stream.Data;
            for (int i = 0; i < filters.Count; i++) data = filters[i].Decode(data, dictionary, structure.FilterProvider, i);
            return data.ToArray();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // An object the parser cannot read or decode (PdfPig throws many kinds on a damaged one) is left as it is.
            return null;
        }
    }

    private static byte[] Appended(byte[] bytes, List<RewrittenStream> rewritten, TrailerDictionary trailer, long previous)
    {
        using var update = new MemoryStream();
        update.Write(bytes);
        if (bytes.Length > 0 && bytes[^1] is not ((byte)'\n' or (byte)'\r')) update.WriteByte((byte)'\n');
        var offsets = new List<(IndirectReference Reference, long Offset)>();
        foreach (var (reference, content) in rewritten)
        {
            offsets.Add((reference, update.Position));
            Write(update, $"{reference.ObjectNumber} {reference.Generation} obj\n<< /Length {content.Length} >>\nstream\n");
            update.Write(content);
            Write(update, "\nendstream\nendobj\n");
        }
        long xref = update.Position;
        var table = new StringBuilder("xref\n");
        // Each entry is 20 bytes: offset, generation, in use, and a two-character line end.
        foreach (var (reference, offset) in offsets) table.Append($"{reference.ObjectNumber} 1\n{offset:D10} {reference.Generation:D5} n\r\n");
        long size = Math.Max(trailer.Size, rewritten.Max(r => r.Reference.ObjectNumber) + 1);
        table.Append($"trailer\n<< /Size {size} /Root {trailer.Root.ObjectNumber} {trailer.Root.Generation} R");
        if (trailer.Info is IndirectReferenceToken { Data: var info }) table.Append($" /Info {info.ObjectNumber} {info.Generation} R");
        table.Append($" /Prev {previous} >>\nstartxref\n{xref}\n%%EOF\n");
        Write(update, table.ToString());
        return update.ToArray();
    }

    private static void Write(Stream stream, string text) => stream.Write(Encoding.ASCII.GetBytes(text));

    /// <summary>A content stream's object and its rewritten, decoded bytes.</summary>
    private sealed record RewrittenStream(IndirectReference Reference, byte[] Content);
}
