using Extractor.Model;
using Extractor.Tests.Support;
using Extractor.Validation;

namespace Extractor.Tests.Validation;

/// <summary>The catalogue is the one list of rules: the validator runs what it declares, and a rule switched off does not run.</summary>
public sealed class RuleCatalogueTests
{
    [Fact]
    public void The_validators_rules_emit_exactly_the_catalogues_ids()
    {
        var emitted = DocumentValidator.Rules.SelectMany(r => r.Emits).ToHashSet();
        var declared = typeof(RuleIds).GetFields().Select(f => (string)f.GetValue(null)!).ToHashSet();

        Assert.Equal(declared.Order(), RuleCatalogue.All.Select(r => r.Id).Order());
        Assert.Equal(declared.Order(), emitted.Order());
        Assert.All(RuleCatalogue.All, r => Assert.True(r.NameZh.Length > 0 && r.Reads.Count > 0 && r.Checks.Length > 0, r.Id));
        Assert.All(RuleCatalogue.All.SelectMany(r => r.Reads), t => Assert.True(t is "narrative" or "pages" || TableTypes.All.Contains(t), t));
    }

    private sealed class CountingRule(params string[] ids) : IConsistencyRule
    {
        public int Runs { get; private set; }
        public string Id => ids[0];
        public IReadOnlyList<string> Emits => ids;

        public IEnumerable<Finding> Check(ExtractedDocument document)
        {
            Runs++;
            return ids.Select(id => new Finding { Rule = id, Severity = FindingSeverity.Error, Message = id, Expected = 1m, Actual = 2m });
        }
    }

    [Fact]
    public void A_rule_switched_off_does_not_run_and_one_switched_off_in_part_keeps_its_other_findings()
    {
        var off = new CountingRule(RuleIds.NarrativeChange);
        var partly = new CountingRule(RuleIds.ColumnTotal, RuleIds.Procurement);
        var options = new ValidationOptions { DisabledRules = new HashSet<string> { RuleIds.NarrativeChange, RuleIds.Procurement } };

        var findings = DocumentValidator.Validate(new DocumentBuilder().Build(), options, [off, partly]);

        Assert.Equal(0, off.Runs);
        Assert.Equal(1, partly.Runs);
        Assert.Equal([RuleIds.ColumnTotal], findings.Select(f => f.Rule));
    }
}
