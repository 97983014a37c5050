using Extractor.Model;
using Extractor.Wording;

namespace Extractor.Validation;

/// <summary>
/// <c>sum.column_total</c> (in 政府采购表, <c>sum.procurement</c>): a 合计 row, or a budget unit's row, equals
/// the sum of the rows one level below it in its column — units under 合计, a department's units, a unit's
/// classes, 项 or projects — that is, the rows up to the next row of its own level or above, at the highest
/// level present among them. A 合计 printed as the last row (Shanghai) totals the rows above it, back to the
/// previous 合计. Function classes and their 款 and 项 are <see cref="HierarchyRule"/>'s.
/// </summary>
public sealed class ColumnTotalRule : IConsistencyRule
{
    public string Id => RuleIds.ColumnTotal;

    public IReadOnlyList<string> Emits => [RuleIds.ColumnTotal, RuleIds.Procurement];


    /// <summary>How deep a row sits: 0 for 合计, 1–2 for units, 3 and below for what units hold; null for labelled lines.</summary>
    private static int? Level(LineItem item) => item.Dimension switch
    {
        Dimensions.Summary when LineLabels.Total().Names(item) => 0,
        Dimensions.Unit => item.Code?.Length == 6 ? 2 : 1,
        Dimensions.Function or Dimensions.Economic when item.Code is { } code => 3 + (code.Length - 3) / 2,
        // Enumerated rows (一、货物) group the lines after them (projects, then 品目) that carry no level of their own.
        Dimensions.Project or Dimensions.ProcurementItem or Dimensions.PurchasedService => LineLabels.Enumerated().IsMatch(item.Name.Trim()) ? 3 : 4,
        _ => null,
    };

    public IEnumerable<Finding> Check(ExtractedDocument document)
    {
        foreach (var column in BlankCells.AsZeros(document).GroupBy(i => (i.TableId, i.Measure)))
        {
            var items = column.Select(i => (Item: i, Level: Level(i))).Where(x => x.Level is not null).OrderBy(x => x.Item.Row).ToList();
            for (int p = 0; p < items.Count; p++)
            {
                var (parent, level) = items[p];
                if (level >= 3) continue;
                var below = items.Skip(p + 1).TakeWhile(x => x.Level > level).ToList();
                if (below.Count == 0 && level == 0)
                    below = items.Take(p).Reverse().TakeWhile(x => x.Level > 0).Reverse().ToList();
                if (below.Count == 0) continue;
                int next = below.Min(x => x.Level!.Value);
                var children = below.Where(x => x.Level == next).Select(x => x.Item).ToList();
                string rule = parent.TableType == TableTypes.GovernmentProcurement ? RuleIds.Procurement : Id;
                if (SumCheck.Compare(rule, $"{parent.Name} [{parent.Measure}] != sum of {children.Count} rows below it", parent, children, blanksAreZeros: true) is { } finding)
                    yield return finding;
            }
        }
    }
}
