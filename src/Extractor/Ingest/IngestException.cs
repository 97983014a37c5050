using Extractor.Model;

namespace Extractor.Ingest;

/// <summary>A document that cannot be opened, with the diagnostic class that says why.</summary>
public sealed class IngestException(string code, string message, Exception? inner = null)
    : Exception(message, inner)
{
    /// <summary>A <see cref="DiagnosticCodes"/> id.</summary>
    public string Code { get; } = code;
}
