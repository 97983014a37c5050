using System.Text.Json;

namespace Extractor.Cli.Evaluation;

/// <summary>A table of a <c>*.truth.json</c> file: what the engine should extract.</summary>
public sealed record TruthTable(string Id, string Type, string Title, IReadOnlyList<int> Pages,
    IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<IReadOnlyList<string?>> Values, int HeaderRows,
    IReadOnlyList<string?> Columns)
{
    public static IReadOnlyList<TruthTable> Read(JsonElement truth) =>
        truth.GetProperty("tables").EnumerateArray().Select(t =>
        {
            var header = t.GetProperty("header").EnumerateArray()
                .Select(r => (IReadOnlyList<string>)r.EnumerateArray().Select(c => c.GetString() ?? "").ToList()).ToList();
            var body = t.GetProperty("rows").EnumerateArray().Select(r => r.EnumerateArray().ToList()).ToList();
            var rows = header.Concat(body.Select(r => (IReadOnlyList<string>)r.Select(c => c.GetProperty("text").GetString() ?? "").ToList())).ToList();
            var values = header.Select(r => (IReadOnlyList<string?>)r.Select(_ => (string?)null).ToList())
                .Concat(body.Select(r => (IReadOnlyList<string?>)r.Select(c => c.TryGetProperty("value", out var v) ? v.GetString() : null).ToList()))
                .ToList();
            return new TruthTable(t.GetProperty("id").GetString()!, t.GetProperty("type").GetString()!,
                t.GetProperty("title").GetString() ?? "", t.GetProperty("pages").EnumerateArray().Select(p => p.GetInt32()).ToList(),
                rows, values, header.Count,
                t.GetProperty("columns").EnumerateArray().Select(c => c.ValueKind == JsonValueKind.Null ? null : c.GetString()).ToList());
        }).ToList();
}
