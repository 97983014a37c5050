using Extractor.Model;

namespace Extractor.Mapping;

/// <summary>
/// A 类, 款 or 项 the function tables print under one name and parent with more than one code: each code with its
/// printings, one line per table (the table's first), those of the code most tables print first.
/// </summary>
public sealed record CodeConflict(string Name, IReadOnlyList<IReadOnlyList<LineItem>> Codes)
{
    /// <summary>The code the most tables print, which the others are held to.</summary>
    public IReadOnlyList<LineItem> Usual => Codes[0];

    /// <summary>Whether a code other than the usual one is the misprint: fewer tables print it.</summary>
    public bool IsMisprint(IReadOnlyList<LineItem> printings) => printings.Count < Usual.Count;
}

/// <summary>
/// Codes that disagree across tables. A digit swapped inside the parent (高中教育 2050204 printed 2050240 in one
/// table) keeps every sum whole, so only the name tells: the same name under the same parent is one subject, and
/// one subject has one code.
/// </summary>
public static class SubjectCodes
{
    public static IReadOnlyList<CodeConflict> Conflicts(IEnumerable<LineItem> lineItems) =>
        [.. lineItems.Where(i => i.Dimension == Dimensions.Function && i.PrintedIn is null && i.Code is { Length: 3 or 5 or 7 })
            .Select(i => (Line: i, Name: FunctionItemCodes.Normalised(i.Name).Replace("其它", "其他")))
            .Where(p => p.Name.Length > 0)
            .GroupBy(p => (Parent: p.Line.Code![..^2], p.Name))
            .Select(subject => subject.GroupBy(p => p.Line.Code!)
                .Select(code => (IReadOnlyList<LineItem>)[.. code.GroupBy(p => p.Line.TableId).Select(t => t.MinBy(p => p.Line.Row).Line).OrderBy(l => l.Page)])
                .OrderByDescending(tables => tables.Count).ToList())
            .Where(codes => codes.Count > 1)
            .Select(codes => new CodeConflict(string.Concat(codes[0][0].Name.Where(c => !char.IsWhiteSpace(c))), codes))];

    /// <summary>The codes fewer tables print than print their subject's usual code.</summary>
    public static IReadOnlySet<string> Misprinted(IEnumerable<LineItem> lineItems) =>
        Conflicts(lineItems).SelectMany(c => c.Codes.Skip(1).Where(c.IsMisprint)).Select(p => p[0].Code!).ToHashSet(StringComparer.Ordinal);
}
