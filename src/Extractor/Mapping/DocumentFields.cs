using Extractor.Model;

namespace Extractor.Mapping;

/// <summary>What a disclosure says about itself: who publishes it, for which year, which phase, in which unit.</summary>
public sealed record DocumentFields(
    DepartmentInfo? Department,
    RegionInfo? Region,
    int? FiscalYear,
    BudgetPhase? Phase,
    MoneyUnit? Unit,
    IReadOnlyList<Diagnostic> Diagnostics);
