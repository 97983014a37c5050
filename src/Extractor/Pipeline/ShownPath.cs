using System.Globalization;
using System.Text;

namespace Extractor.Pipeline;

/// <summary>
/// A path as a status line or a log message shows it: a newline, tab or other control character in a file
/// name is written as an escape (<c>\n</c>, <c>\x1B</c>), so one document is always one line.
/// </summary>
public static class ShownPath
{
    public static string Of(string path)
    {
        if (!path.Any(char.IsControl)) return path;
        var shown = new StringBuilder(path.Length + 8);
        foreach (char c in path)
            shown.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\x{((int)c).ToString("X2", CultureInfo.InvariantCulture)}",
                _ => c.ToString(),
            });
        return shown.ToString();
    }
}
