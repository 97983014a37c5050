using Extractor.Model;
using Extractor.Wording;

namespace Extractor.Validation.Text;

/// <summary>
/// <c>text.template_residue</c>: template text left in the publication — alternatives printed both (增加（减少）),
/// placeholders (XX, ××, （此处填写…）), a reason announced and not given (主要原因是。).
/// </summary>
public sealed class TemplateResidueRule : IConsistencyRule
{
    public string Id => RuleIds.TemplateResidue;

    public IEnumerable<Finding> Check(ExtractedDocument document)
    {
        var text = DocumentText.Of(document);
        var kinds = new (System.Text.RegularExpressions.Regex Pattern, string English, string Chinese)[]
        {
            (ReviewWording.Alternatives(), "the template's alternatives printed both", "模板中的备选措辞未取舍"),
            (ReviewWording.Placeholder(), "a placeholder left in", "模板占位符未替换"),
            (ReviewWording.EmptyReason(), "a reason announced and not given", "说明原因处未填写"),
        };
        foreach (var (pattern, english, chinese) in kinds)
            foreach (var finding in text.PerPage(Id, pattern.Matches(text.Joined),
                         m => $"{english}: 「{m.Value}」",
                         m => $"第{text.PageAt(m.Index)}页{chinese}：“{m.Value}”"))
                yield return finding;
    }
}
