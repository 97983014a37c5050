using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Compact;
using Serilog.Formatting.Display;

namespace Extractor.Cli.Console;

/// <summary>
/// The run's log: warnings and errors for a person on standard error, and every event as compact JSON
/// (one object a line) in <c>extractor.clef</c> inside the output folder, for machines.
/// </summary>
public static class Logging
{
    public const string FileName = "extractor.clef";

    /// <param name="standardError">Where warnings and errors go for a person (held while a progress bar draws).</param>
    public static Logger Create(string outputDirectory, StandardErrorSink standardError) => new LoggerConfiguration()
        .MinimumLevel.Information()
        .WriteTo.Sink(standardError, restrictedToMinimumLevel: LogEventLevel.Warning)
        .WriteTo.File(new CompactJsonFormatter(), Path.Combine(outputDirectory, FileName))
        .CreateLogger();
}

/// <summary>
/// Warnings and errors as lines on standard error. While a progress bar draws on the terminal they are held,
/// so no line lands in the middle of the bar, and written when it is done; every one still reaches standard
/// error.
/// </summary>
public sealed class StandardErrorSink : ILogEventSink
{
    // No stack trace on the console: the message says what failed and why; the log file keeps the exception.
    private readonly MessageTemplateTextFormatter format = new("{Level:u3} {Message:lj}{NewLine}");
    private readonly List<LogEvent> held = [];
    private readonly TextWriter output;
    private bool holding;

    public StandardErrorSink(TextWriter? output = null, bool hold = false)
    {
        this.output = output ?? System.Console.Error;
        holding = hold;
    }

    public void Emit(LogEvent logEvent)
    {
        lock (held)
        {
            if (holding) held.Add(logEvent);
            else Write(logEvent);
        }
    }

    /// <summary>
    /// Writes what was held and lets later lines through. <paramref name="shownAlready"/> passes over the events
    /// the screen has shown another way (a document's diagnostics, listed after the bar when standard error is
    /// that same terminal).
    /// </summary>
    public void Release(Func<LogEvent, bool>? shownAlready = null)
    {
        lock (held)
        {
            holding = false;
            foreach (var logEvent in held.Where(e => shownAlready?.Invoke(e) != true)) Write(logEvent);
            held.Clear();
        }
    }

    private void Write(LogEvent logEvent)
    {
        var line = new StringWriter();
        format.Format(logEvent, line);
        output.Write(line.ToString());
    }
}
