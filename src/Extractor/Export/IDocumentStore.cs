using Extractor.Model;

namespace Extractor.Export;

/// <summary>
/// The database a run writes its documents into (SQLite in the output folder, or a shared PostgreSQL database),
/// each document by its identity, path and content: a document written again replaces what its path held, in one
/// transaction; a second path of the same content is a copy.
/// </summary>
public interface IDocumentStore : IDisposable
{
    /// <summary>Every path stored, with the content hash and pipeline version it was stored with; failed documents left out.</summary>
    IReadOnlyList<StoredPath> StoredPaths();

    /// <summary>The error and warning findings of the document stored at the path, or of the document it is a copy of.</summary>
    FindingCounts Findings(string path);

    /// <summary>Stores the document under its path, atomically, replacing what that path held.</summary>
    void Write(ExtractedDocument document);

    /// <summary>Records the path as holding the same bytes as the stored document with this hash; false when there is none.</summary>
    bool WriteCopy(string path, string sha256);

    /// <summary>
    /// Removes what the path holds (a version its publisher has since replaced), atomically: a copy record, or
    /// the document with its rows, unless another path still holds its content, which then takes it over.
    /// </summary>
    void Remove(string path);
}

/// <summary>How many findings of severity error and warning a document has.</summary>
public sealed record FindingCounts(int Errors, int Warnings);
