using Extractor.Model;
using Extractor.Wording;

namespace Extractor.Validation.Text;

/// <summary>
/// <c>text.incomplete_sentence</c>: a clause that stops where it cannot (主要用于：。, a comma before the full stop),
/// and a paragraph that breaks off without closing punctuation right before the next heading.
/// </summary>
public sealed class IncompleteSentenceRule : IConsistencyRule
{
    public string Id => RuleIds.IncompleteSentence;

    /// <summary>A line this short, or without a comma, is a title or a label rather than the end of a paragraph.</summary>
    private const int MinParagraphLine = 12;

    public IEnumerable<Finding> Check(ExtractedDocument document)
    {
        var text = DocumentText.Of(document);
        foreach (var finding in text.PerPage(Id, ReviewWording.DanglingClause().Matches(text.Joined),
                     m => $"a clause stops where it cannot: 「{m.Value}」",
                     m => $"第{text.PageAt(m.Index)}页语句在“{m.Value}”处中断"))
            yield return finding;

        var lines = text.Lines;
        for (int i = 0; i + 1 < lines.Count; i++)
        {
            var (page, line) = lines[i];
            // A line opening with its number (3上海市…国库收付中心) is a row of a list or table, not a paragraph's end.
            if (!ReviewWording.Heading().IsMatch(lines[i + 1].Line) || ReviewWording.Heading().IsMatch(line) || char.IsAsciiDigit(line[0])
                || line.Length < MinParagraphLine || !line.Contains('，') || ReviewWording.ParagraphClose().IsMatch(line))
                continue;
            string end = line.Length > 24 ? line[^24..] : line;
            yield return DocumentText.Warning(Id, page, end,
                $"a paragraph breaks off before the next heading: 「…{end}」",
                $"第{page}页段落未完即接下一标题：“…{end}”");
        }
    }
}
