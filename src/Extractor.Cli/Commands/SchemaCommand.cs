using Extractor.Model;
using Extractor.Pipeline;
using Spectre.Console.Cli;

namespace Extractor.Cli.Commands;

/// <summary><c>extractor schema</c>: the JSON Schema of the per-document JSON (docs/document.schema.json is its output).</summary>
public sealed class SchemaCommand : Command
{
    public override int Execute(CommandContext context, CancellationToken cancellation)
    {
        System.Console.Out.Write(DocumentSchema.Generate());
        return ExitCodes.Success;
    }
}
