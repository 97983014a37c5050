using Extractor.Mapping;
using Extractor.Model;
using Extractor.Wording;

namespace Extractor.Validation;

/// <summary>
/// <c>cross.code</c>: a 类, 款 or 项 carries one code in every table (<see cref="SubjectCodes"/>). The code fewer
/// tables print is named as the misprint; with as many on each side, the finding names both. So is a code that does
/// not fit its place in its table, read by that place (<see cref="LineItem.CodePrinted"/>: 类|款|项 printed 7 | 11 | 02
/// under 21011, 208055 under 20805): a misprint no sum sees. No figure changes, so the finding is a warning.
/// </summary>
public sealed class SubjectCodeRule : IConsistencyRule
{
    public string Id => RuleIds.SubjectCode;

    public IEnumerable<Finding> Check(ExtractedDocument document)
    {
        var told = new HashSet<(string TableId, string? Code)>();
        foreach (var conflict in SubjectCodes.Conflicts(document.LineItems))
        {
            // The usual code's lines are quoted by that code, not as printed: a place-corrected one among them is told below.
            told.UnionWith(conflict.Codes.Skip(1).SelectMany(c => c).Select(l => (l.TableId, l.Code)));
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
        foreach (var finding in MisfittingCodes(document, told)) yield return finding;
        foreach (var finding in OtherThanTheClassifications(document, told)) yield return finding;
        foreach (var finding in OtherThanTheEconomicClassification(document)) yield return finding;
        foreach (var finding in ProjectCodesNoFunctionTablePrints(document, told)) yield return finding;
    }

    /// <summary>
    /// A project list's function code that no function table prints, where exactly one code the function tables print is its digits with
    /// two swapped or one changed (执法办案经费 2040520 where the tables print 2040220, round HX's Shandong; 2131008 for 2130108, round IF's
    /// Anhui): the project is spent under a subject the tables show, so the list misprints its code. A digit changed counts only where no
    /// table prints the project's 款 (a sibling item the tables leave out, 2040230 beside a printed 2040220, may be the project's own).
    /// Once per code, naming the first project printing it in each table. Not the code the classification gives an item the tables print
    /// by its name, nor where the tables print no item codes, nor one read by OCR,
    /// nor one another finding quotes (<paramref name="told"/>).
    /// </summary>
    private IEnumerable<Finding> ProjectCodesNoFunctionTablePrints(ExtractedDocument document, HashSet<(string TableId, string? Code)> told)
    {
        var items = document.LineItems.Where(i => i.Dimension == Dimensions.Function && i.Code is { Length: 7 }).ToList();
        if (items.Count == 0) yield break;
        // With the codes the classification gives the tables' items by name: a table misprinting one (特殊学校教育 2050710) makes no
        // misprint of the project list's right code (2050701, round IA's Sichuan).
        var printed = items.Select(i => i.Code!).Concat(items.Select(i => SubjectCodes.ClassificationCode(i, withOther: false)).OfType<string>()).ToHashSet();
        var kuans = printed.Select(c => c[..5]).ToHashSet();
        var ocrPages = Diagnostic.OcrPages(document.Diagnostics);
        foreach (var projects in document.LineItems.Where(i => i.Dimension == Dimensions.Project && i.Code is [ '2', _, _, _, _, _, _ ] code
                     && !printed.Contains(code) && !ocrPages.Contains(i.Page) && !told.Contains((i.TableId, i.Code))).DistinctBy(i => (i.TableId, i.Row)).GroupBy(i => i.Code!))
        {
            if (printed.Where(c => OneSlipApart(projects.Key, c, changed: !kuans.Contains(projects.Key[..5]))).ToList() is not [var meant]) continue;
            yield return Misprinted([.. projects.DistinctBy(p => p.TableId)], projects.Key, $"which no function table prints; the tables print {meant}", $"各功能分类表均无此科目，按其数字应为{meant}");
        }
    }

    /// <summary>Whether two codes differ by two digits swapped, or, where <paramref name="changed"/>, one digit changed.</summary>
    private static bool OneSlipApart(string a, string b, bool changed)
    {
        var apart = Enumerable.Range(0, a.Length).Where(i => a[i] != b[i]).ToList();
        return changed && apart.Count == 1 || apart is [var i, var j] && a[i] == b[j] && a[j] == b[i];
    }

    /// <summary>
    /// The economic classifications' codes by class and name, the departments' (<see cref="EconomicClasses.Items"/>) and the government's
    /// (<see cref="EconomicClasses.GovernmentItems"/>, classes 501 to 599), names compared as lines' are.
    /// </summary>
    private static readonly Dictionary<(string Class, string Name), string> EconomicCodes =
        EconomicClasses.Items.Concat(EconomicClasses.GovernmentItems).ToDictionary(item => (item.Key[..3], FunctionItemCodes.Normalised(item.Value)), item => item.Key);

    /// <summary>
    /// An economic item printed under another code of its class than the classification gives its name (公务接待费 printed 30271,
    /// round HT's Yunnan; the government's classification's 维修（护）费 printed 50290, round JE's Anhui), once per code, naming each table printing it so: no sum sees it where the amounts are right. Only from
    /// fiscal 2018, the classification's edition (before it, 30104 was 其他社会保障缴费); only in a table numbering at least
    /// <see cref="LeastNumberedAsTheClassification"/> items as the classification does and no more than <see cref="MostMisprintsOfATable"/>
    /// otherwise (a Shanghai welfare home's 302 01 办公费, 302 02 咨询费, 302 03 水费 … is its own numbering); not one read by OCR. A table of
    /// no standard type has economic lines only where it lists expenditure by the government's classification (see the line items).
    /// </summary>
    private IEnumerable<Finding> OtherThanTheEconomicClassification(ExtractedDocument document)
    {
        if (document.FiscalYear is not >= EconomicClassificationSince) yield break;
        var ocrPages = Diagnostic.OcrPages(document.Diagnostics);
        var reads = RuleCatalogue.Of(Id).Reads;
        var numbered = document.LineItems.Where(i => i.Dimension is Dimensions.Economic or Dimensions.GovEconomic && i.Code is { Length: 5 } && (reads.Contains(i.TableType) || i.TableType == TableTypes.Unknown) && !ocrPages.Contains(i.Page))
            .DistinctBy(i => (i.TableId, i.Code))
            .Select(i => (Line: i, Own: EconomicCodes.GetValueOrDefault((i.Code![..3], SubjectCodes.NameOf(i))) ?? InAnotherClass(i.Code, SubjectCodes.NameOf(i))))
            .Where(p => p.Own is not null).ToList();
        // A table numbering its items the classification's way (several so) and one or two otherwise misprints those.
        var misnumbered = numbered.GroupBy(p => p.Line.TableId)
            .Where(t => t.Count(p => p.Own != p.Line.Code) is > 0 and <= MostMisprintsOfATable && t.Count(p => p.Own == p.Line.Code) >= LeastNumberedAsTheClassification)
            .SelectMany(t => t.Where(p => p.Own != p.Line.Code));
        foreach (var printings in misnumbered.GroupBy(p => (p.Line.Code, p.Own)))
            yield return Misprinted([.. printings.Select(p => p.Line)], printings.Key.Code!, $"where the economic classification codes it {printings.Key.Own}",
                $"支出经济分类科目中该科目编码为{printings.Key.Own}");
    }

    /// <summary>
    /// The code the classification gives a name in another class than the printed code's, where the two are one digit apart (福利费 printed
    /// 30329 under 303, 30229 in 302, round JY's Jiangxi: the row then drops out of 302's sum), in the printed code's classification (the
    /// departments' 3xx or the government's 5xx: 50201 办公费 is no misprint of 30201); null for none.
    /// </summary>
    private static string? InAnotherClass(string printed, string name) =>
        EconomicCodes.Where(e => e.Key.Name == name && e.Key.Class != printed[..3] && e.Key.Class[0] == printed[0]).Select(e => e.Value).Where(code => OneSlipApart(printed, code, changed: true)).ToList() is [var code]
            ? code : null;

    /// <summary>How many items a table must number as the classification does for its one or two others to be its misprints.</summary>
    private const int LeastNumberedAsTheClassification = 3;

    /// <summary>The fiscal year from which the economic classification's codes are those of <see cref="EconomicClasses.Items"/>.</summary>
    private const int EconomicClassificationSince = 2018;

    /// <summary>
    /// A line printed in its class under another code than the classification gives its name (<see cref="SubjectCodes.ClassificationCode"/>: 事业单位医疗 printed
    /// 210 | 11 | 20, the one table printing 项 codes, round GL's Shaanxi; 行政运行 printed 2100102, round GP's Hunan), once per code, naming each table printing
    /// it so (round GW's Jiangsu: 体育 printed 20710 in three tables): a misprint no sum sees and no other table shows.
    /// Not one another finding already quotes (<paramref name="told"/>), a place-corrected one (<see cref="MisfittingCodes"/>), nor one read by OCR.
    /// </summary>
    private IEnumerable<Finding> OtherThanTheClassifications(ExtractedDocument document, HashSet<(string TableId, string? Code)> told)
    {
        var ocrPages = Diagnostic.OcrPages(document.Diagnostics);
        foreach (var printings in document.LineItems.Where(i => i.Dimension == Dimensions.Function && i.Code is { Length: 5 or 7 } && i.CodePrinted is null
                     && !ocrPages.Contains(i.Page) && !told.Contains((i.TableId, i.Code)))
                     .DistinctBy(i => (i.TableId, i.Code)).GroupBy(i => (i.Code, SubjectCodes.NameOf(i))))
        {
            var line = printings.First();
            // Under its own parent: an item under another 款 is that 款's misprint where the 款 is printed under the classification's
            // name for the other (住房改革支出 printed 22101 over 住房公积金 2210101 and 提租补贴 2210102, round EI's Tianjin), told at the 款.
            if (SubjectCodes.ClassificationCode(line, withOther: false) is not { } own || own == line.Code || own.Length != line.Code!.Length || own[..^2] != line.Code[..^2]) continue;
            yield return Misprinted([.. printings], line.Code, $"where the classification codes it {own}", $"政府收支分类科目中该科目编码为{own}");
        }
    }

    /// <summary>A warning that a line's code, as printed (in each of <paramref name="lines"/>), is misprinted, and what says so (in English and in Chinese).</summary>
    private Finding Misprinted(IReadOnlyList<LineItem> lines, string printed, string why, string whyZh) => new()
    {
        Rule = Id,
        Severity = FindingSeverity.Warning,
        Message = $"{lines[0].Name} coded {printed} in {Tables(lines)}, {why}: the code misprinted",
        MessageZh = $"{RuleCatalogue.Of(Id).NameZh}：「{lines[0].Name}」在{TablesZh(lines)}编码印为{printed}，{whyZh}，编码有误",
        Refs = [.. lines.Select(SumCheck.Ref)],
    };

    /// <summary>
    /// Each misprinted part of a table's codes its place corrects, once (<see cref="MisprintedLevel"/>): not one read by OCR, whose lost digit is the reading's, nor one
    /// with a letter in it, which the text layer set for the digit it looks like (2110l01), nor one whose code, so read,
    /// another table prints otherwise (<paramref name="told"/>: that finding quotes it).
    /// </summary>
    private IEnumerable<Finding> MisfittingCodes(ExtractedDocument document, HashSet<(string TableId, string? Code)> told)
    {
        var ocrPages = Diagnostic.OcrPages(document.Diagnostics);
        foreach (var line in document.LineItems.Where(i => i.CodePrinted is { } printed && i.Code is not null && printed.All(c => char.IsAsciiDigit(c) || c is ' ' or '·')
                     && !ocrPages.Contains(i.Page) && !told.Contains((i.TableId, i.Code)))
                     .GroupBy(i => (i.TableId, MisprintedLevel(i))).Select(g => g.MinBy(i => (i.Code!.Length, i.Row))!)
                     // Many in one table are its way of printing codes (a class printed short on every row), not misprints.
                     .GroupBy(i => i.TableId).Where(t => t.Count() <= MostMisprintsOfATable).SelectMany(t => t))
            yield return Misprinted([line], line.CodePrinted!, $"where its place under the rows above reads {line.Code}", $"按其上各行所处位置应为{line.Code}");
    }

    /// <summary>
    /// The code of the level whose printed part is wrong, where the code is printed in parts (类 | 款 | 项): a 款 cell merged over
    /// its 项 rows and misprinted (201 | 5 | 01, 201 | 5 | 02 …) is one misprint, of 20105. A code printed whole is its own.
    /// </summary>
    private static string MisprintedLevel(LineItem line)
    {
        var parts = line.CodePrinted!.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string code = line.Code!;
        if (parts.Length < 2) return code;
        int at = 0;
        foreach (var (part, length) in parts.Zip(LevelLengths))
        {
            // A level left blank (· for a class printed only on its first row) is no misprint of it.
            // A part printed without its leading zero is that part (CodePlace reads it padded).
            if (part != "·" && (code.Length < at + length || code.Substring(at, length) != CodePlace.Pad(part))) return code[..Math.Min(code.Length, at + length)];
            at += length;
        }
        return code;
    }

    /// <summary>How many misprinted parts one table may show and still be taken as misprinted, not as printed so throughout.</summary>
    private const int MostMisprintsOfATable = 2;

    /// <summary>How many digits each level of a function code adds: 类 3, 款 2, 项 2.</summary>
    private static readonly int[] LevelLengths = [3, 2, 2];

    /// <summary>The code as the page prints it: one the table's place rebuilt (213024 read 2130224) is quoted as printed.</summary>
    private static string Printed(LineItem line) => line.CodePrinted ?? line.Code!;

    private static string Tables(IReadOnlyList<LineItem> lines) => string.Join(", ", lines.Select(l => $"{l.TableId} (p{l.Page})"));

    /// <summary>
    /// The tables as a reader finds them: by the name readers know the type by and the page (支出总表第7页), not by the run's ids; the
    /// validator names each by the title it prints (<see cref="ChineseMessage.WithPrintedTitles"/>).
    /// </summary>
    private static string TablesZh(IReadOnlyList<LineItem> lines) =>
        string.Join("、", lines.Select(l => $"{TableTitles.ReaderName(l.TableType)}第{l.Page}页"));
}
