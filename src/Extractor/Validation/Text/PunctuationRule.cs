using System.Text.RegularExpressions;
using Extractor.Model;
using Extractor.Wording;

namespace Extractor.Validation.Text;

/// <summary>
/// <c>text.punctuation</c>: sentence punctuation printed twice (。。, ，。), a change's direction given by a word and a
/// sign both (下降-81.75%), and a sentence whose Chinese quotation marks or brackets do not pair.
/// </summary>
public sealed class PunctuationRule : IConsistencyRule
{
    public string Id => RuleIds.Punctuation;

    public IEnumerable<Finding> Check(ExtractedDocument document)
    {
        var text = DocumentText.Of(document);
        foreach (var (marks, english, chinese) in Marks)
            foreach (var finding in text.PerPage(Id, marks.Matches(text.Joined),
                         m => $"{english}: 「{text.Quote(m)}」",
                         m => $"第{text.PageAt(m.Index)}页{chinese}：“{text.Quote(m)}”"))
                yield return finding;

        var sentences = Sentences(text.Joined);
        for (int s = 0; s < sentences.Count; s++)
        {
            var (start, sentence) = sentences[s];
            // Headings and table labels run together without a full stop make no sentence to judge; a bracket
            // holding a full sentence pairs across the two.
            if (sentence.Length > MaxSentence || Unpaired(sentence) is not { } marks
                || (s > 0 && Unpaired(sentences[s - 1].Text + sentence) is null)
                || (s + 1 < sentences.Count && Unpaired(sentence + sentences[s + 1].Text) is null))
                continue;
            yield return DocumentText.Warning(Id, text.PageAt(start), sentence,
                $"{marks} do not pair in the sentence 「{sentence}」", $"第{text.PageAt(start)}页{(marks == "quotation marks" ? "引号" : "括号")}不成对：“{sentence}”");
        }
    }

    /// <summary>Marks printed wrong wherever they stand, with what the English and Chinese messages call them.</summary>
    private static readonly (Regex Marks, string English, string Chinese)[] Marks =
    [
        (ReviewWording.DoubledPunctuation(), "punctuation doubled", "标点重复"),
        (ReviewWording.SignedChange(), "a change's direction given twice, in words and by a sign", "增减方向与正负号重复"),
    ];

    /// <summary>A sentence longer than this is text run together from headings and labels, not one sentence.</summary>
    private const int MaxSentence = 160;

    /// <summary>The sentences of the text, each with where it starts: up to and including 。, ！ or ？.</summary>
    private static List<(int Start, string Text)> Sentences(string text)
    {
        var sentences = new List<(int, string)>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
            if (text[i] is '。' or '！' or '？' || i == text.Length - 1)
            {
                sentences.Add((start, text[start..(i + 1)]));
                start = i + 1;
            }
        return sentences;
    }

    /// <summary>Which marks of a sentence do not pair: Chinese quotation marks, or brackets (full- and half-width alike).</summary>
    private static string? Unpaired(string sentence)
    {
        int Count(params char[] marks) => sentence.Count(marks.Contains);
        if (Count('“') != Count('”')) return "quotation marks";
        if (Count('（', '(') != Count('）', ')')) return "brackets";
        return null;
    }
}
