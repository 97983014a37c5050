using System.Text;

namespace Extractor.Cli.Evaluation;

/// <summary>
/// How two tables' cells are compared: text after Unicode compatibility folding (full-width forms) with
/// whitespace removed, rows aligned by dynamic programming so that one missed row costs one row, not every
/// row after it.
/// </summary>
public static class CellComparison
{
    public static string Normalise(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
            if (!char.IsWhiteSpace(c)) builder.Append(c);
        return builder.ToString();
    }

    /// <summary>Pairs of (truth row, extracted row) that maximise the number of equal cells; unpaired rows are null.</summary>
    public static IReadOnlyList<(int? Truth, int? Extracted)> AlignRows(
        IReadOnlyList<IReadOnlyList<string>> truth, IReadOnlyList<IReadOnlyList<string>> extracted)
    {
        int n = truth.Count, m = extracted.Count;
        var t = truth.Select(r => r.Select(Normalise).ToArray()).ToArray();
        var e = extracted.Select(r => r.Select(Normalise).ToArray()).ToArray();
        var score = new int[n + 1, m + 1];
        for (int i = 1; i <= n; i++)
            for (int j = 1; j <= m; j++)
                score[i, j] = Math.Max(Math.Max(score[i - 1, j], score[i, j - 1]), score[i - 1, j - 1] + Matches(t[i - 1], e[j - 1]));
        var pairs = new List<(int?, int?)>();
        int a = n, b = m;
        while (a > 0 || b > 0)
        {
            if (a > 0 && b > 0 && score[a, b] == score[a - 1, b - 1] + Matches(t[a - 1], e[b - 1]))
            {
                pairs.Add((a - 1, b - 1));
                a--; b--;
            }
            else if (a > 0 && (b == 0 || score[a, b] == score[a - 1, b])) pairs.Add((--a, null));
            else pairs.Add((null, --b));
        }
        pairs.Reverse();
        return pairs;
    }

    public static int Matches(string[] truthRow, string[] extractedRow)
    {
        int count = 0;
        for (int c = 0; c < truthRow.Length && c < extractedRow.Length; c++)
            if (truthRow[c] == extractedRow[c]) count++;
        return count;
    }
}
