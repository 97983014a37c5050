using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Extractor.Model;

/// <summary>
/// Source-generated JSON for the canonical schema: snake_case names, enums by their schema ids, and
/// decimals written as strings so no consumer ever rounds an amount through binary floating point.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    WriteIndented = true,
    UseStringEnumConverter = true,
    Converters = [typeof(DecimalAsStringConverter)])]
[JsonSerializable(typeof(ExtractedDocument))]
[JsonSerializable(typeof(IReadOnlyList<IReadOnlyList<string>>))]
[JsonSerializable(typeof(IReadOnlyList<string?>))]
[JsonSerializable(typeof(IReadOnlyList<int>))]
public sealed partial class CanonicalJsonContext : JsonSerializerContext;

/// <summary>Writes a decimal as a JSON string ("4461.66") and reads it from a string or a number.</summary>
public sealed class DecimalAsStringConverter : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? decimal.Parse(reader.GetString()!, NumberStyles.Number, CultureInfo.InvariantCulture)
            : reader.GetDecimal();

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString(CultureInfo.InvariantCulture));
}

public static class CanonicalJson
{
    /// <summary>
    /// The generated context with Chinese written as itself rather than as \u escapes: the files are
    /// read by people too. (Attributes cannot set an encoder, so the options are built once here.)
    /// </summary>
    public static CanonicalJsonContext Context { get; } = new(new JsonSerializerOptions(CanonicalJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>The same, on one line: for JSON held in a database's text columns.</summary>
    public static CanonicalJsonContext Compact { get; } = new(new JsonSerializerOptions(Context.Options) { WriteIndented = false });

    public static string Serialize(ExtractedDocument document) =>
        JsonSerializer.Serialize(document, Context.ExtractedDocument);

    /// <summary>The same text as <see cref="Serialize"/>, as the UTF-8 bytes a file or a pipe takes, never made a string.</summary>
    public static byte[] SerializeToUtf8(ExtractedDocument document, CanonicalJsonContext context) =>
        JsonSerializer.SerializeToUtf8Bytes(document, context.ExtractedDocument);

    public static ExtractedDocument Deserialize(string json) =>
        JsonSerializer.Deserialize(json, Context.ExtractedDocument)
        ?? throw new JsonException("The JSON text holds no document.");

    /// <summary>A document from UTF-8 JSON, read as it is (not decoded into a string first).</summary>
    public static ExtractedDocument Deserialize(ReadOnlySpan<byte> utf8Json) =>
        JsonSerializer.Deserialize(utf8Json, Context.ExtractedDocument)
        ?? throw new JsonException("The JSON text holds no document.");
}
