using System.Text.RegularExpressions;
using Extractor.Model;

namespace Extractor.Validation;

/// <summary>
/// <c>sum.three_public</c>: the 三公 total equals 因公出国(境) + 公务用车购置及运行维护 + 公务接待, and the vehicle
/// line equals 购置 + 运行维护, as the 三公 table prints them.
/// </summary>
public sealed partial class ThreePublicRule : IConsistencyRule
{
    public string Id => "sum.three_public";

    [GeneratedRegex("公务用车购置费|^其中[:：]?[(（]1[)）]公务用车购置|^[(（]1[)）]公务用车购置")] private static partial Regex Purchase();
    [GeneratedRegex("公务用车运行维护费|^[(（]2[)）]")] private static partial Regex Operation();

    public IEnumerable<Finding> Check(ExtractedDocument document)
    {
        foreach (var table in document.LineItems.Where(i => i.TableType == TableTypes.ThreePublicExpenses).GroupBy(i => (i.TableId, i.Measure, i.Col)))
        {
            var items = table.ToList();
            LineItem? Find(Regex name) => items.FirstOrDefault(name.Names);
            if (Find(LineNames.Total()) is { } total && Find(LineNames.Overseas()) is { } overseas && Find(LineNames.Vehicle()) is { } vehicle
                && Find(LineNames.Reception()) is { } reception
                && SumCheck.Compare(Id, "三公 total != overseas + vehicle + reception", total, [overseas, vehicle, reception]) is { } finding)
                yield return finding;
            if (Find(LineNames.Vehicle()) is { } car && Find(Purchase()) is { } purchase && Find(Operation()) is { } operation && purchase != car
                && SumCheck.Compare(Id, "vehicle != purchase + operation", car, [purchase, operation]) is { } vehicleFinding)
                yield return vehicleFinding;
        }
    }
}
