using Extractor.Ingest;
using Extractor.Layout;
using Extractor.Mapping;
using Extractor.Model;
using Extractor.Tables;
using Extractor.Tables.Detectors;
using Extractor.Validation;

namespace Extractor.Pipeline;

/// <summary>
/// Runs the stages over one file and always returns a document: a file that cannot be processed comes
/// back with a fatal diagnostic naming the reason, never as an exception.
/// </summary>
/// <param name="options">The stages to run and their settings.</param>
/// <param name="classifier">Types the tables no title rule names: the shipped model (<see cref="TableTypeClassifier.Shipped"/>), or in a worker the batch's process asked for it.</param>
/// <param name="detector">The table detector; the pipeline's own (<see cref="TableDetectors.Default"/>) unless a variant is scored.</param>
public sealed class DocumentProcessor(PipelineOptions options, ITableClassifier classifier, ITableDetector? detector = null)
{
    private readonly ITableDetector tableDetector = detector ?? TableDetectors.Default;
    private readonly PdfIngestor ingestor = new(options.Ingest);
    private readonly LayoutReader layoutReader = new(options.Ocr);

    /// <summary>Reads and processes the file; see <see cref="ProcessAsync(SourceFile, CancellationToken)"/>.</summary>
    public async Task<ExtractedDocument> ProcessAsync(string path, CancellationToken cancellation = default)
    {
        var file = ReadFile(path, out var readFailure);
        return file is null ? readFailure! : await ProcessAsync(file, cancellation);
    }

    /// <summary>Reads a file's bytes and hash, or says why it cannot be read.</summary>
    public SourceFile? ReadFile(string path, out ExtractedDocument? failure)
    {
        failure = null;
        try
        {
            return ingestor.Read(path);
        }
        catch (IngestException e)
        {
            failure = new ExtractedDocument
            {
                Source = new SourceInfo(Path.GetFileName(path), "", 0, null),
                Diagnostics = [Fatal(e.Code, PipelineStages.Ingest, e.Message)],
            };
            return null;
        }
    }

    /// <summary>Processes a read file on a thread of its own, giving up after the configured timeout.</summary>
    public async Task<ExtractedDocument> ProcessAsync(SourceFile file, CancellationToken cancellation = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        // A dedicated (background) thread: a parser stuck in a hostile file can be abandoned without
        // starving the pool, and it cannot keep the process alive at exit.
        var work = Task.Factory.StartNew(() => Process(file, timeout.Token), timeout.Token,
            TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            return await work.WaitAsync(options.DocumentTimeout, cancellation);
        }
        catch (TimeoutException)
        {
            await timeout.CancelAsync();
            return Failed(file, DiagnosticCodes.Timeout, PipelineStages.Ingest,
                $"timeout: processing took longer than {options.DocumentTimeout.TotalSeconds:0} s and was abandoned");
        }
    }

    /// <summary>Processes an already read file on the calling thread.</summary>
    public ExtractedDocument Process(SourceFile file, CancellationToken cancellation = default)
    {
        try
        {
            using var ingested = ingestor.Open(file);
            var layout = Runs(PipelineStages.Layout) ? layoutReader.Read(ingested, cancellation) : null;
            var tables = layout is not null && Runs(PipelineStages.Tables) ? ReadTables(layout) : [];
            var fields = layout is not null && Runs(PipelineStages.Mapping) ? DocumentFieldReader.Read(layout, file.Name) : null;
            var ocrPages = layout is null ? [] : Diagnostic.OcrPages(layout.Diagnostics);
            var mapping = Runs(PipelineStages.Mapping) ? TableMapping.Apply(tables, classifier, ocrPages) : new TableMapping(tables, []);
            var builtItems = Runs(PipelineStages.Mapping) ? ReadableOcrFigures(LineItemBuilder.Build(mapping.Tables, fields?.Unit, ocrPages), ocrPages) : [];
            var lineItems = layout is null ? builtItems : OcrReadings.OfLineItems(builtItems, mapping.Tables, layout);
            var (facts, itemDiagnostics) = layout is not null && Runs(PipelineStages.Mapping)
                ? FunctionItemCodes.Resolve(FactReader.Read(layout, fields?.FiscalYear, fields?.Phase), ExtractedDocument.LinesOf(null, mapping.Tables, lineItems))
                : ([], []);
            var text = layout is not null && Runs(PipelineStages.Mapping) ? PageTextReader.Read(layout, mapping.Tables, ocrPages) : [];
            (text, facts) = NarrativeScopes.Assign(mapping.Tables, text, facts, fields?.Department?.Name);
            var document = new ExtractedDocument
            {
                Source = ingested.Source,
                Department = fields?.Department,
                Region = fields?.Region,
                FiscalYear = fields?.FiscalYear,
                Phase = fields?.Phase,
                Unit = fields?.Unit,
                Tables = mapping.Tables,
                LineItems = lineItems,
                Facts = facts,
                Text = text,
                Diagnostics = [.. ingested.Diagnostics, .. layout?.Diagnostics ?? [], .. fields?.Diagnostics ?? [], .. mapping.Diagnostics, .. MisprintedCodes(lineItems), .. itemDiagnostics],
            };
            if (!Runs(PipelineStages.Validation)) return document;
            var findings = UncertainReading.Qualify(DocumentValidator.Validate(document, options.Validation), document.Diagnostics, document.Tables);
            return document with
            {
                Findings = findings,
                Diagnostics = [.. document.Diagnostics, .. StandardTables.Missing(document)],
                // A narrative published apart from its tables keeps every page that states a figure: the run may find its
                // tables' file and quote any of them, with the page text left in this (worker) process.
                NarrativePages = NarrativePage.QuotedBy(findings, document.Text,
                    SplitPublications.IsNarrativeHalf(document) ? document.Facts.Select(f => f.Page) : null),
            };
        }
        catch (IngestException e)
        {
            return Failed(file, e.Code, PipelineStages.Ingest, e.Message);
        }
        catch (UglyToad.PdfPig.Core.PdfDocumentStackDepthException e)
        {
            // Objects nested hundreds deep: PdfPig refuses them rather than overflow its stack; the file is damaged
            // (or made to hurt parsers), not our bug.
            return Failed(file, DiagnosticCodes.DamagedPdf, PipelineStages.Layout, $"damaged PDF: {e.Message.Split('\n')[0]}");
        }
        catch (OutOfMemoryException)
        {
            return Failed(file, DiagnosticCodes.ResourceLimit, PipelineStages.Layout,
                "resource limit: the document needs more memory than the process can give it");
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            return Failed(file, DiagnosticCodes.Timeout, PipelineStages.Layout, "timeout: processing was cancelled");
        }
        catch (Exception e)
        {
            // A parser bug on one odd file must not end the batch; the message names what broke.
            return Failed(file, DiagnosticCodes.InternalError, PipelineStages.Layout,
                $"internal error: {e.GetType().Name}: {e.Message.Split('\n')[0]}");
        }
    }

    private bool Runs(string stage) => options.Stages.Contains(stage);

    /// <summary>
    /// The document's tables as the detector finds them, with their cells' amounts. Which columns hold amounts
    /// and whether a blank is a zero is budget meaning, read by the mapping code (<see cref="AmountCells"/>); it is
    /// read with the tables even when the mapping stage does not run, as the tables' cells have always carried it.
    /// </summary>
    private IReadOnlyList<Table> ReadTables(DocumentLayout layout) =>
        [.. tableDetector.Detect(layout).Select((found, i) => AmountCells.Read(CanonicalTables.From(found, Table.IdAt(i)), found))];

    /// <summary>
    /// The line items, of a page read by OCR only those whose table is typed and whose column has a canonical
    /// measure or is a standard template's: OCR misreads Chinese headings (repaired where it can be,
    /// <see cref="MisreadHeaders"/>) while the figures under them read well, so a column whose heading stays
    /// unread, or a table no title names, gives no figure to the dataset or the rules.
    /// </summary>
    private static IReadOnlyList<LineItem> ReadableOcrFigures(IReadOnlyList<LineItem> lineItems, IReadOnlySet<int> ocrPages) =>
        ocrPages.Count == 0 ? lineItems
            : [.. lineItems.Where(i => !ocrPages.Contains(i.Page)
                || i.TableType != TableTypes.Unknown && (!Measures.IsOther(i.Measure) || MisreadHeaders.IsTemplateColumn(i.TableType, i.Measure)))];

    /// <summary>
    /// One note for each row whose code was not read as printed: a letter read as the digit it looks like (2110l01), or a
    /// code read by its place under the rows above it.
    /// </summary>
    private static IEnumerable<Diagnostic> MisprintedCodes(IReadOnlyList<LineItem> lineItems) =>
        lineItems.Where(i => i.CodePrinted is not null).DistinctBy(i => (i.TableId, i.Row)).Select(i => new Diagnostic
        {
            Stage = PipelineStages.Mapping, Severity = DiagnosticSeverity.Info, Code = DiagnosticCodes.MisprintedCode, Page = i.Page, TableId = i.TableId,
            Message = !i.CodePrinted!.All(c => char.IsAsciiDigit(c) || c is ' ' or '·')
                ? $"table {i.TableId} row {i.Row} 「{i.Name}」: code printed {i.CodePrinted} with a letter for a digit; read as {i.Code}"
                : $"table {i.TableId} row {i.Row} 「{i.Name}」: code printed {i.CodePrinted} does not fit its place; read as {i.Code} from the rows above it",
        });

    /// <summary>A document that could not be processed: the file's identity and the fatal diagnostic saying why.</summary>
    public static ExtractedDocument Failed(SourceFile file, string code, string stage, string message) => new()
    {
        Source = new SourceInfo(file.Name, file.Sha256, 0, null),
        Diagnostics = [Fatal(code, stage, message)],
    };

    private static Diagnostic Fatal(string code, string stage, string message) => new()
    {
        Stage = stage, Severity = DiagnosticSeverity.Fatal, Code = code, Message = message,
    };
}
