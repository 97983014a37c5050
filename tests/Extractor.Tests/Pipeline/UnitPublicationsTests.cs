using Extractor.Model;
using Extractor.Pipeline;
using Extractor.Tests.Support;

namespace Extractor.Tests.Pipeline;

/// <summary>A batch's units' own publications paired with the department publication that lists them.</summary>
public sealed class UnitPublicationsTests
{
    private static IReadOnlyList<(string Unit, string Department)> Paired(params ExtractedDocument[] documents)
    {
        var units = new UnitPublications();
        foreach (var document in documents) units.Add(document);
        return [.. units.Pairs().Select(p => (p.UnitFile, p.Department.File))];
    }

    [Fact]
    public void A_units_publication_is_paired_with_its_departments_of_the_same_year_and_phase()
    {
        var department = UnitPublicationDocuments.Department();
        var unit = UnitPublicationDocuments.Unit();

        Assert.Equal([(unit.Source.Named, department.Source.Named)], Paired(department, unit));
        Assert.Empty(Paired(department, unit with { Phase = BudgetPhase.FinalAccounts }));
        Assert.Empty(Paired(department, UnitPublicationDocuments.Unit(name: "弥渡县第三中学")));
    }

    [Fact]
    public void Of_two_departments_naming_the_unit_the_one_in_its_folder_is_taken()
    {
        var department = UnitPublicationDocuments.Department();
        var elsewhere = department with { Source = department.Source with { Path = "copy/弥渡县教育体育局2025年部门预算.pdf" } };
        var unit = UnitPublicationDocuments.Unit();

        Assert.Equal([(unit.Source.Named, department.Source.Named)], Paired(elsewhere, department, unit));
        Assert.Empty(Paired(elsewhere, department, unit with { Source = unit.Source with { Path = "other/unit.pdf" } }));
    }
}
