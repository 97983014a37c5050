using Extractor.Model;

namespace Extractor.Tests.Support;

/// <summary>A figure's OCR reading as one text, "ocr 87" or "null" for the text layer: from the model, or from a database's two columns.</summary>
public static class StoredReading
{
    /// <summary>The SQL (SQLite and PostgreSQL alike) of a row's <c>reading_source</c> and <c>reading_confidence</c> as that text.</summary>
    public const string Sql = "coalesce(reading_source || ' ' || reading_confidence, 'null')";

    public static string Of(OcrReading? reading) => reading is null ? "null" : $"{reading.Source} {reading.Confidence}";
}
