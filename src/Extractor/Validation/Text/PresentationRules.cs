using System.Globalization;
using Extractor.Model;

namespace Extractor.Validation.Text;

/// <summary><c>format.unrendered_text</c>: glyphs that map to no character or to private-use code points — text that does not display or copy.</summary>
public sealed class UnrenderedTextRule : IConsistencyRule
{
    public string Id => RuleIds.UnrenderedText;

    public IEnumerable<Finding> Check(ExtractedDocument document)
    {
        foreach (var page in document.Text.Where(p => p.UnrenderedGlyphs > 0))
        {
            var box = page.UnrenderedExtent!;
            string extent = string.Create(CultureInfo.InvariantCulture, $"{box.Left:0},{box.Top:0}–{box.Right:0},{box.Bottom:0}");
            yield return DocumentText.Warning(Id, page.Number, null,
                $"page {page.Number}: {page.UnrenderedGlyphs} glyphs map to no character (at {extent} pt): the text does not display or copy",
                $"第{page.Number}页有{page.UnrenderedGlyphs}个字符无法正常显示或复制（位置{extent}）");
        }
    }
}

/// <summary><c>format.blank_page</c>: a page inside the document that prints nothing (the last page may be a blank back).</summary>
public sealed class BlankPageRule : IConsistencyRule
{
    public string Id => RuleIds.BlankPage;

    public IEnumerable<Finding> Check(ExtractedDocument document)
    {
        int last = document.Text.Count == 0 ? 0 : document.Text.Max(p => p.Number);
        foreach (var page in document.Text.Where(p => p.Blank && p.Number < last))
            yield return DocumentText.Warning(Id, page.Number, null, $"page {page.Number} is blank", $"第{page.Number}页为空白页");
    }
}
