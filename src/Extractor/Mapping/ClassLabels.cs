using System.Text.RegularExpressions;
using Extractor.Wording;

namespace Extractor.Mapping;

/// <summary>
/// Labels of the function classification's classes (201一般公共服务) as OCR reads them in a summary's list of classes:
/// the code read inside the name.
/// </summary>
internal static partial class ClassLabels
{
    // A class code read inside its name: OCR sets the digits of "201一般公共服务" among the words (一201般公共服务).
    [GeneratedRegex(@"^(?<before>\D{1,3}?)(?<code>2\d{2})(?<after>\D+)$")]
    private static partial Regex CodeInside();

    /// <summary>
    /// The group's labels, mended: a class code read inside the name it belongs to (一201般公共服务 is 201 一般公共服务, the
    /// words left naming that class).
    /// </summary>
    public static void MendCodesInside(List<Dictionary<LabelGroup, RowLabel>> labels, LabelGroup group)
    {
        foreach (var row in labels)
            if (row[group] is { Code: null } label && CodeInside().Match(label.Name.Replace(" ", "")) is { Success: true } m
                && FunctionClasses.IsNameOf(m.Groups["code"].Value, m.Groups["before"].Value + m.Groups["after"].Value))
                row[group] = label with { Code = m.Groups["code"].Value, Name = m.Groups["before"].Value + m.Groups["after"].Value, CodeInName = true };
    }
}
