using Extractor.Mapping;
using Extractor.Model;
using Extractor.Validation;
using Extractor.Wording;

namespace Extractor.Pipeline;

/// <summary>
/// A publication printed as two files, a narrative (公开说明) without tables and its tables (公开表格) without a
/// narrative, as Jiangsu's departments publish them. Each file alone prints no figure twice, so nothing the narrative
/// states is checked; read together, its figures meet the tables that print them. The halves are told by what they
/// hold and matched by folder, department (its long and short names alike: 中共江苏省委办公厅 is 江苏省委办公厅),
/// fiscal year and phase. The narrative's document takes the findings that compare it with the tables, their places
/// in the tables naming the tables' file; the tables' document keeps its own. A narrative half keeps every page that
/// states a figure (<see cref="ExtractedDocument.NarrativePages"/>), so it can be paired again, from its stored JSON,
/// when its tables come in a later run.
/// </summary>
public static class SplitPublications
{
    /// <summary>A document with a narrative's statements and no table figure.</summary>
    public static bool IsNarrativeHalf(ExtractedDocument document) =>
        !document.Failed && document.LineItems.Count == 0 && document.Facts.Count > 0;

    /// <summary>A document with table figures and no narrative statement.</summary>
    public static bool IsTablesHalf(ExtractedDocument document) =>
        !document.Failed && document.LineItems.Count > 0 && document.Facts.Count == 0;

    /// <summary>What the two halves of one publication share; null when a field is not read, as nothing is paired on a guess.</summary>
    public static string? Key(ExtractedDocument document) =>
        document.Department is null || document.FiscalYear is null || document.Phase is null ? null
            : string.Join('|', Path.GetDirectoryName(document.Source.Named) ?? "", DocumentFieldWording.SameBodyKey(document.Department.Name),
                document.FiscalYear, SchemaId.Of(document.Phase));

    /// <summary>
    /// The narrative half with the tables' figures beside its own, as the rules read one whole publication: its
    /// items' codes resolved from the tables' function lines, each figure of the tables marked with their file.
    /// </summary>
    public static ExtractedDocument Together(ExtractedDocument narrative, ExtractedDocument tables) => Joined(narrative, tables).Together;

    /// <summary><see cref="Together"/>, with the notes on the narrative's items the tables' lines do not name.</summary>
    private static (ExtractedDocument Together, IReadOnlyList<Diagnostic> Unresolved) Joined(ExtractedDocument narrative, ExtractedDocument tables)
    {
        string file = tables.Source.Named;
        var lineItems = tables.LineItems.Select(i => i with { PrintedIn = file }).ToList();
        var (facts, unresolved) = FunctionItemCodes.Resolve(narrative.Facts, lineItems);
        return (narrative with
        {
            Tables = [.. tables.Tables.Select(t => t with { PrintedIn = file })],
            LineItems = lineItems,
            Facts = facts,
            Unit = narrative.Unit ?? tables.Unit,
        }, unresolved);
    }

    /// <summary>
    /// The narrative half checked against its tables: its own findings (the narrative's arithmetic, its wording, read
    /// where the file was processed) and those comparing a figure of it with the tables; the tables' own arithmetic
    /// stays with their document. Its items' codes are those the tables' lines give, and a note names the tables' file.
    /// A narrative paired before (read back from its JSON) loses what its earlier tables gave it first.
    /// </summary>
    public static ExtractedDocument Paired(ExtractedDocument narrative, ExtractedDocument tables, ValidationOptions options)
    {
        narrative = Alone(narrative);
        var (together, unresolved) = Joined(narrative, tables);
        var own = narrative.Findings.Select(Flagged).ToHashSet();
        var compared = UncertainReading.Qualify(DocumentValidator.Validate(together, options), narrative.Diagnostics)
            .Where(f => f.Refs.Any(r => r.File is null) && f.Refs.Any(r => r.File is not null) && !own.Contains(Flagged(f)));
        return narrative with
        {
            Facts = together.Facts,
            Findings = [.. narrative.Findings, .. compared],
            Diagnostics =
            [
                .. narrative.Diagnostics.Where(d => d.Code != DiagnosticCodes.MissingTable), .. unresolved,
                new Diagnostic
                {
                    Stage = PipelineStages.Validation, Severity = DiagnosticSeverity.Info, Code = DiagnosticCodes.PairedTables,
                    Message = $"a narrative published apart from its tables: checked against the tables of {tables.Source.Named}",
                },
            ],
        };
    }

    /// <summary>
    /// A narrative as it was before any pairing: without the findings comparing it with another file, the note naming
    /// that file and the notes on items those tables did not name. (A narrative half alone names no item unresolved: it
    /// has no table to look names up in.)
    /// </summary>
    private static ExtractedDocument Alone(ExtractedDocument narrative) => narrative with
    {
        Findings = [.. narrative.Findings.Where(f => f.Refs.All(r => r.File is null))],
        Diagnostics = [.. narrative.Diagnostics.Where(d => d.Code is not (DiagnosticCodes.PairedTables or DiagnosticCodes.UnresolvedItem))],
    };

    /// <summary>A finding by its rule, flagged place and figure: what a narrative's own check and a comparison both report once.</summary>
    private static (string, int?, string?, decimal?) Flagged(Finding finding) =>
        (finding.Rule, finding.Refs.FirstOrDefault()?.Page, finding.Refs.FirstOrDefault()?.Quote, finding.Actual);
}

/// <summary>A narrative half ready to be output, with what it was taken with, and the tables half it was paired with (null when none came).</summary>
public sealed record ReadyHalf<T>(ExtractedDocument Document, T Tag, ExtractedDocument? Tables);

/// <summary>
/// The halves of split publications a run has met and not yet paired. Documents are taken as they finish: a
/// narrative half waits for its tables and a tables half for its narrative, so a publication's two files are paired
/// whichever finishes first; a narrative half is given back to be output once paired, or at the end. The first half
/// of each kind for a key is the one paired (a second is output alone), and a tables half is held only until its
/// narrative comes: in a folder the two files lie side by side, so few wait long.
/// </summary>
public sealed class WaitingHalves<T>(ValidationOptions options)
{
    private readonly Dictionary<string, (ExtractedDocument Document, T Tag)> narratives = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ExtractedDocument> tables = new(StringComparer.Ordinal);
    private readonly HashSet<string> paired = new(StringComparer.Ordinal);

    /// <summary>Takes a finished document; returns the narrative halves now ready (this one, or the one its tables complete).</summary>
    public IReadOnlyList<ReadyHalf<T>> Take(ExtractedDocument document, T tag)
    {
        var key = SplitPublications.Key(document);
        if (SplitPublications.IsNarrativeHalf(document))
        {
            if (key is null || paired.Contains(key) || narratives.ContainsKey(key)) return [new(document, tag, null)];
            if (tables.Remove(key, out var ownTables)) return [Pair(key, document, tag, ownTables)];
            narratives[key] = (document, tag);
            return [];
        }
        if (!SplitPublications.IsTablesHalf(document) || key is null || paired.Contains(key)) return [];
        if (narratives.Remove(key, out var waiting)) return [Pair(key, waiting.Document, waiting.Tag, document)];
        tables.TryAdd(key, document);
        return [];
    }

    /// <summary>
    /// The narrative halves whose tables did not come, in the order they were taken: each paired with the tables an
    /// earlier run stored (<paramref name="storedTables"/>, null where there are none), else output alone.
    /// </summary>
    public IReadOnlyList<ReadyHalf<T>> Remaining(Func<ExtractedDocument, ExtractedDocument?>? storedTables = null)
    {
        var remaining = narratives.Select(n => storedTables?.Invoke(n.Value.Document) is { } stored
                ? Pair(n.Key, n.Value.Document, n.Value.Tag, stored)
                : new ReadyHalf<T>(n.Value.Document, n.Value.Tag, null))
            .ToList();
        narratives.Clear();
        return remaining;
    }

    /// <summary>The tables halves whose narrative did not come in this run (one an earlier run stored may be paired with them again).</summary>
    public IReadOnlyList<ExtractedDocument> UnmatchedTables()
    {
        var unmatched = tables.Values.ToList();
        tables.Clear();
        return unmatched;
    }

    private ReadyHalf<T> Pair(string key, ExtractedDocument narrative, T tag, ExtractedDocument ownTables)
    {
        paired.Add(key);
        return new(SplitPublications.Paired(narrative, ownTables, options), tag, ownTables);
    }

    /// <summary>
    /// Every document in its order, each narrative half paired with its tables where the documents hold them: for the
    /// commands that read a whole folder at once. A document that is no narrative half is given back as it is.
    /// </summary>
    public static IReadOnlyList<ReadyHalf<int>> InOrder(IReadOnlyList<ExtractedDocument> documents, ValidationOptions options)
    {
        var waiting = new WaitingHalves<int>(options);
        var ready = documents.Select((d, i) => new ReadyHalf<int>(d, i, null)).ToArray();
        for (int i = 0; i < documents.Count; i++)
            foreach (var half in waiting.Take(documents[i], i)) ready[half.Tag] = half;
        foreach (var half in waiting.Remaining()) ready[half.Tag] = half;
        return ready;
    }
}
