using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;

namespace Extractor.Model;

/// <summary>
/// The JSON Schema of the per-document JSON, generated from the model as the serializer writes it (so it cannot
/// drift from it): snake_case names, enums by their schema ids, amounts as exact decimal strings.
/// </summary>
public static class DocumentSchema
{
    public static string Generate()
    {
        var schema = CanonicalJson.Context.Options.GetJsonSchemaAsNode(typeof(ExtractedDocument), new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) =>
                // Amounts go through the decimal-as-string converter: a string holding an exact decimal.
                context.TypeInfo.Type == typeof(decimal) || context.TypeInfo.Type == typeof(decimal?)
                    ? new JsonObject
                    {
                        ["type"] = context.TypeInfo.Type == typeof(decimal) ? "string" : new JsonArray("string", "null"),
                        ["pattern"] = @"^-?\d+(\.\d+)?$",
                    }
                    : node,
        });
        var root = schema.AsObject();
        // A column no measure names is null (Table.Columns holds string?): the exporter cannot see a list
        // element's nullability.
        root["properties"]!["tables"]!["items"]!["properties"]!["columns"]!["items"] = new JsonObject { ["type"] = new JsonArray("string", "null") };
        root.Insert(0, "$schema", "https://json-schema.org/draft/2020-12/schema");
        root.Insert(1, "title", "Extractor document (canonical schema version " + ExtractedDocument.CurrentSchemaVersion + ")");
        return schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }
}
