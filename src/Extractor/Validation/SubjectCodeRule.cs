using Extractor.Mapping;
using Extractor.Model;

namespace Extractor.Validation;

/// <summary>
/// <c>cross.code</c>: a 类, 款 or 项 carries one code in every table (<see cref="SubjectCodes"/>). The code fewer
/// tables print is named as the misprint; with as many on each side, the finding names both. No figure changes,
/// so the finding is a warning.
/// </summary>
public sealed class SubjectCodeRule : IConsistencyRule
{
    public string Id => RuleIds.SubjectCode;

    public IEnumerable<Finding> Check(ExtractedDocument document)
    {
        foreach (var conflict in SubjectCodes.Conflicts(document.LineItems))
        {
            var usual = conflict.Usual;
            foreach (var other in conflict.Codes.Skip(1))
            {
                bool misprint = conflict.IsMisprint(other);
                yield return new Finding
                {
                    Rule = Id,
                    Severity = FindingSeverity.Warning,
                    Message = $"{conflict.Name} coded {Printed(other[0])} in {Tables(other)}, {usual[0].Code} in {Tables(usual)}: "
                        + (misprint ? $"the code of {Tables(other)} misprinted" : "one of the two misprinted"),
                    MessageZh = $"{RuleCatalogue.Of(Id).NameZh}：「{conflict.Name}」在{TablesZh(other)}编码为{Printed(other[0])}，在{TablesZh(usual)}为{usual[0].Code}"
                        + (misprint ? $"，{TablesZh(other)}的编码有误" : ""),
                    Refs = [.. other.Select(SumCheck.Ref), .. usual.Select(SumCheck.Ref)],
                };
            }
        }
    }

    /// <summary>The code as the page prints it: one the table's place rebuilt (213024 read 2130224) is quoted as printed.</summary>
    private static string Printed(LineItem line) => line.CodePrinted ?? line.Code!;

    private static string Tables(IReadOnlyList<LineItem> lines) => string.Join(", ", lines.Select(l => $"{l.TableId} (p{l.Page})"));

    private static string TablesZh(IReadOnlyList<LineItem> lines) => string.Join("、", lines.Select(l => $"表{l.TableId}（第{l.Page}页）"));
}
