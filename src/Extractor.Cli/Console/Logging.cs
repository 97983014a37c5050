using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace Extractor.Cli.Console;

/// <summary>
/// The run's log: warnings and errors for a person on standard error, and every event as compact JSON
/// (one object a line) in <c>extractor.clef</c> inside the output folder, for machines.
/// </summary>
public static class Logging
{
    public const string FileName = "extractor.clef";

    public static Logger Create(string outputDirectory) => new LoggerConfiguration()
        .MinimumLevel.Information()
        .WriteTo.Console(
            restrictedToMinimumLevel: LogEventLevel.Warning,
            standardErrorFromLevel: LogEventLevel.Verbose,
            outputTemplate: "{Level:u3} {Message:lj}{NewLine}{Exception}")
        .WriteTo.File(new CompactJsonFormatter(), Path.Combine(outputDirectory, FileName))
        .CreateLogger();
}
