using System.Reflection;
using Extractor.Model;
using Extractor.Tests.Support;
using Extractor.Validation;

namespace Extractor.Tests;

/// <summary>The repository's docs name every id the code uses, so the contract and the code stay in step.</summary>
public sealed class DocsTests
{
    private static string Doc(string name) => File.ReadAllText(Path.Combine(Fixtures.Repository, "docs", name));

    /// <summary>The string constants a class declares (its ids).</summary>
    private static IEnumerable<string> Constants(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetValue(null)!);

    [Fact]
    public void The_schema_doc_names_every_table_type_measure_dimension_fact_key_and_diagnostic_code()
    {
        var doc = Doc("canonical-schema.md");
        var ids = new[] { typeof(TableTypes), typeof(Measures), typeof(Dimensions), typeof(FactKeys), typeof(DiagnosticCodes) }.SelectMany(Constants);

        Assert.All(ids, id => Assert.True(doc.Contains($"`{id}"), $"docs/canonical-schema.md does not name `{id}`"));
    }

    [Fact]
    public void The_rules_doc_names_every_rule_of_the_catalogue_with_its_chinese_name()
    {
        var doc = Doc("consistency-rules.md");

        Assert.All(RuleCatalogue.All, rule =>
        {
            Assert.True(doc.Contains($"`{rule.Id}`"), $"docs/consistency-rules.md does not name `{rule.Id}`");
            Assert.True(doc.Contains(rule.NameZh), $"docs/consistency-rules.md does not give {rule.Id}'s name {rule.NameZh}");
        });
    }
}
