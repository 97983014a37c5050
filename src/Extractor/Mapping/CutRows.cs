using Extractor.Model;

namespace Extractor.Mapping;

/// <summary>
/// A summary's row OCR read as two lines, each a row of its own: the label with no figure, and right under it the
/// figure with no label, or with only the code the label lacks ("四、纳入财政专户管理资金 |" over "| 0.00"; "城乡社区事务 |"
/// over "212 | 1671.89").
/// </summary>
internal static class CutRows
{
    /// <summary>In each label group, the label of a row without figures is the label of the row under it that has figures and no label of its own.</summary>
    public static void Join(Table table, List<Dictionary<LabelGroup, RowLabel>> labels, IReadOnlyList<LabelGroup> groups)
    {
        foreach (var group in groups)
        {
            var figures = Enumerable.Range(0, table.Columns.Count)
                .Where(c => table.Columns[c] is not null && ReferenceEquals(groups.LastOrDefault(g => g.Columns[0] < c), group)).ToList();
            bool HasFigure(int r) => figures.Any(c => c < table.Rows[r].Count && table.Rows[r][c].Value is not null);
            // Only a column of labels: most rows with figures under it name them (not a heading's pieces OCR set apart
            // among the amounts, whose rows the row's own label names).
            var withFigures = Enumerable.Range(0, labels.Count).Where(HasFigure).ToList();
            if (withFigures.Count(r => labels[r][group].Name.Length > 0) * 2 < withFigures.Count) continue;
            for (int r = 0; r + 1 < labels.Count; r++)
            {
                var (above, below) = (labels[r][group], labels[r + 1][group]);
                if (above.Name.Length == 0 || HasFigure(r) || !HasFigure(r + 1)) continue;
                if (below is { Code: null, Name: "" }) labels[r + 1][group] = above;
                // A code alone under a name alone: 212 under 城乡社区事务.
                else if (above.Code is null && below.Code is null && below.Name is { Length: 3 or 5 or 7 } code && code.All(char.IsAsciiDigit) && code[0] == '2')
                    labels[r + 1][group] = below with { Code = code, Name = code + above.Name, CodeInName = true };
            }
        }
    }
}
