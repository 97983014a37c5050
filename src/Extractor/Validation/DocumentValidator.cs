using Extractor.Model;
using Extractor.Validation.Text;

namespace Extractor.Validation;

/// <summary>The validation stage: runs every rule of the catalogue over a mapped document, under the configured policy.</summary>
public static partial class DocumentValidator
{
    public static IReadOnlyList<IConsistencyRule> Rules { get; } =
    [
        HierarchyRule.Function(), HierarchyRule.Economic(), new RowComponentsRule(), new ColumnTotalRule(), new ChangeColumnsRule(), new CompletionColumnsRule(), new ShareColumnsRule(), new SummaryLinesRule(), new ThreePublicRule(),
        new BalanceRule(), new CarryoverRule(), new CrossTableRule(), new UnitPublicationRule(), new ThreePublicWithinBasicRule(),
        new NarrativeShareRule(), new NarrativeChangeRule(), new ChangeCompositionRule(), new NarrativeComparisonRule(), new NarrativeTableRule(), new UnitStatementsRule(), new FunctionItemRule(), new EconomicItemRule(), new PerformanceFundsRule(), NarrativeSumRule.Procurement(), new SmeProcurementRule(), NarrativeSumRule.ThreePublic(), NarrativeSumRule.ThreePublicByVehicleParts(), NarrativeSumRule.ThreePublicWithVehicleRunningOnly(), NarrativeSumRule.Vehicle(), NarrativeSumRule.Reception(), NarrativeSumRule.IncomeByKind(), NarrativeSumRule.GeneralBudget(), NarrativeSumRule.Expenditure(), new PersonnelPublicRule(), new BasicCompositionRule(), new CountPartsRule(), new NameVsTableRule(), new SubjectCodeRule(),
        new YearReferenceRule(), new TemplateResidueRule(), new IncompleteSentenceRule(), new PunctuationRule(), new DocumentKindRule(),
        new EmptyTableNoteRule(), new UnrenderedTextRule(), new BlankPageRule(),
    ];

    /// <summary>Every rule id of the catalogue: what pipeline.yaml may name.</summary>
    public static IReadOnlyList<string> CatalogueIds { get; } = [.. RuleCatalogue.All.Select(r => r.Id)];

    public static IReadOnlyList<Finding> Validate(ExtractedDocument document, ValidationOptions? options = null) =>
        Validate(document, options ?? new ValidationOptions(), Rules);

    internal static IReadOnlyList<Finding> Validate(ExtractedDocument document, ValidationOptions options, IReadOnlyList<IConsistencyRule> rules)
    {
        var findings = new List<Finding>();
        // A rule switched off does not run (nor does one whose every id is); findings carry one id each.
        var running = rules.Where(rule => !rule.Emits.All(options.DisabledRules.Contains)).ToList();
        foreach (var finding in MisprintBlame.Reassigned([.. Checked(document, running)], PrintedAlike(document)))
        {
            if (options.DisabledRules.Contains(finding.Rule)) continue;
            var graded = Grade(finding, options);
            if (graded is not null)
                findings.Add(graded with { Message = Placed(graded, document), MessageZh = ChineseMessage.WithPrintedTitles(graded.MessageZh, graded.Refs, document.Tables) });
        }
        return findings;
    }

    /// <summary>
    /// Whether a table's figure is printed the same in another table on the line of the same function code (a summary's class line
    /// by the class it names, <see cref="ClassLines"/>).
    /// </summary>
    private static Func<FindingRef, bool> PrintedAlike(ExtractedDocument document)
    {
        // Each figure of a line is a line item of its own: one code per row.
        var classOfLine = ClassLines.Of(document).DistinctBy(c => (c.Line.TableId, c.Line.Row)).ToDictionary(c => (c.Line.TableId, c.Line.Row), c => c.Code);
        string? CodeOf(LineItem line) => line.Dimension == Dimensions.Function ? line.Code : classOfLine.GetValueOrDefault((line.TableId, line.Row));
        var printed = document.LineItems.Where(i => i.IsPrinted).Select(i => (Line: i, Code: CodeOf(i))).Where(i => i.Code is not null)
            .ToLookup(i => (i.Code!, i.Line.Amount), i => i.Line.TableId);
        var lines = document.LineItems.ToLookup(i => (i.TableId, i.Name));
        return figure =>
        {
            if (figure is not { TableId: { } table, Amount: { } amount }) return false;
            string? code = figure.Code is { Length: > 0 } printedCode ? printedCode
                : lines[(table, figure.RowLabel ?? "")].Select(CodeOf).FirstOrDefault(c => c is not null);
            return code is not null && printed[(code, amount)].Any(other => other != table);
        };
    }

    /// <summary>
    /// The rules' findings on the department's tables and the narrative, and on each unit's set of tables the document
    /// prints after them (<see cref="Table.Scope"/>, with the notes on its pages) those of the rules on figures, each
    /// set on its own: a unit's figures are not the department's, and the narrative speaks of the department.
    /// </summary>
    private static IEnumerable<Finding> Checked(ExtractedDocument document, IReadOnlyList<IConsistencyRule> rules)
    {
        var own = document.Scoped(null);
        // The rules on a set's figures and codes: not those on the wording, which is the department's narrative.
        var tableRules = rules.Where(rule => !rule.Emits.All(RuleCatalogue.IsWording)).ToList();
        return rules.SelectMany(rule => rule.Check(rule is UnitStatementsRule ? document.WithStatementsOfUnits() : own)).Concat(document.UnitScopes.SelectMany(scope =>
        {
            var unit = document.Scoped(scope) with { Text = [] };
            return tableRules.SelectMany(rule => rule.Check(unit));
        }));
    }

    /// <summary>
    /// The English line names where the flagged figure is printed and in which unit, as the Chinese one does:
    /// "…; table 「一般公共预算支出功能分类预算表」 p14, printed in 万元 (10,000 yuan)". A narrative figure names its page.
    /// </summary>
    private static string Placed(Finding finding, ExtractedDocument document)
    {
        if (finding.Refs.Count == 0) return finding.Message;
        var flagged = finding.Refs[0];
        if (flagged.TableId is null) return flagged.Page is { } page ? $"{finding.Message}; narrative p{page}" : finding.Message;
        var table = document.Tables.FirstOrDefault(t => t.Id == flagged.TableId);
        var unit = (table?.Unit ?? document.Unit) switch { MoneyUnit.WanYuan => ", printed in 万元 (10,000 yuan)", MoneyUnit.Yuan => ", printed in 元 (yuan)", _ => "" };
        var title = table is { Title.Length: > 0 } ? $" 「{table.Title}」" : "";
        return $"{finding.Message}; table {flagged.TableId}{title} p{flagged.Page}{unit}";
    }

    /// <summary>
    /// A message as <see cref="Placed"/> wrote it, without the place's table id and page ("; table 「…」, printed in
    /// 万元…", "; narrative"): the same error of a document published again with a page added before it, or its tables
    /// numbered otherwise, reads the same.
    /// </summary>
    public static string Unplaced(string message) =>
        PlaceSuffix().Replace(message, m => m.Groups["narrative"].Success ? "narrative" : $"table{m.Groups["title"].Value}");

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=; )(?:(?<narrative>narrative p\d+)|table t\d+(?<title> 「[^」]*」)? p\d+)(?=(?:, printed in [^;]*)?$)")]
    private static partial System.Text.RegularExpressions.Regex PlaceSuffix();

    /// <summary>A rule grades by the catalogue's bound; the policy decides what rounding is and what an error is called.</summary>
    private static Finding? Grade(Finding finding, ValidationOptions options)
    {
        bool rounding = finding.Severity == FindingSeverity.Info;
        if (rounding)
            return options.Rounding switch
            {
                RoundingPolicy.Ignore => null,
                RoundingPolicy.Exact => finding with { Severity = Beyond(finding.Rule, options) },
                _ => finding,
            };
        return finding with { Severity = Beyond(finding.Rule, options) };
    }

    private static FindingSeverity Beyond(string rule, ValidationOptions options) =>
        options.Severities.TryGetValue(rule, out var severity) ? severity : RuleCatalogue.Of(rule).Severity;
}
