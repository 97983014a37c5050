using System.Text.Json.Nodes;
using Extractor.Model;
using Extractor.Tests.Support;
using Json.Schema;

namespace Extractor.Tests.Model;

/// <summary>The per-document JSON Schema: generated from the model, kept in docs/, and every real output valid against it.</summary>
[Collection(ProcessedFixturesCollection.Name)]
public sealed class DocumentSchemaTests(ProcessedFixtures processed)
{
    private static readonly string SchemaPath = Path.Combine(Fixtures.Repository, "docs", "document.schema.json");

    [Fact]
    public void The_schema_in_docs_is_the_one_the_model_generates()
    {
        // Regenerate with: extractor schema > docs/document.schema.json
        Assert.Equal(DocumentSchema.Generate(), File.ReadAllText(SchemaPath).ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("disclosures/dxh-xzspj-2023.pdf")]
    [InlineData("disclosures/scan01-2025-wan.pdf")]
    [InlineData("real-cn/sh-putuo-sifaju-2026-unit-budget.pdf")]
    [InlineData("real-cn/js-jcy-2018-dept-budget.pdf")]
    [InlineData("real-cn/sh-putuo-czj-2024-dept-final.pdf")]
    [InlineData("bad/empty.pdf")]
    public void Every_output_is_valid_against_the_schema(string fixture)
    {
        var schema = JsonSchema.FromText(File.ReadAllText(SchemaPath));

        using var json = System.Text.Json.JsonDocument.Parse(CanonicalJson.Serialize(processed[fixture]));
        var result = schema.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => !d.IsValid && d.Errors is not null)
            .Take(5).Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}")));
    }

    [Fact]
    public void Rejects_an_amount_written_as_a_binary_number()
    {
        var schema = JsonSchema.FromText(File.ReadAllText(SchemaPath));
        var document = JsonNode.Parse(CanonicalJson.Serialize(processed["disclosures/dxh-xzspj-2023.pdf"]))!;
        document["line_items"]![0]!["amount"] = 1.5;

        using var json = System.Text.Json.JsonDocument.Parse(document.ToJsonString());
        Assert.False(schema.Evaluate(json.RootElement).IsValid);
    }
}
