using Extractor.Cli.Console;
using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Extractor.Cli.Commands;

/// <summary>The settings of commands that read the output folder of an earlier run.</summary>
public abstract class OutputFolderSettings : CommandSettings
{
    [CommandArgument(0, "<out>")]
    [Description("The output folder of an earlier run (holding its database).")]
    public string Output { get; init; } = "";

    [CommandOption("--database <FILE|URL>")]
    [Description("The database file name inside the output folder, or the PostgreSQL database the run wrote to (postgresql://user:password@host:port/database).")]
    public string Database { get; init; } = "extractor.db";

    /// <summary>The run's database (a file, or a PostgreSQL URL), or null (and a usage error printed) when the folder holds none.</summary>
    public string? ExistingDatabase()
    {
        if (Extractor.Export.DocumentDatabase.IsPostgres(Database)) return Database;
        var database = Path.Combine(Output, Database);
        if (File.Exists(database)) return database;
        Usage.Error($"no database at {database}: run extractor run --out {Output} first");
        return null;
    }
}

/// <summary>
/// The settings of commands that draw documents from their JSON (the report, per-document workbooks): the JSON is
/// in the output folder, and in more folders where several workers wrote into one database.
/// </summary>
public abstract class DocumentJsonSettings : OutputFolderSettings
{
    [CommandOption("--json <DIR>")]
    [Description("Another folder holding documents' JSON (repeat for several): the other shards' output folders of a run whose workers wrote into one PostgreSQL database.")]
    public string[] Json { get; init; } = [];

    /// <summary>Where the documents' JSON is looked for, in turn.</summary>
    public IReadOnlyList<string> JsonFolders => [Output, .. Json];

    /// <summary>The other folders a missing document's JSON was looked for in, for its message (", nor in …").</summary>
    public string AlsoLookedIn => Json.Length == 0 ? "" : $", nor in {string.Join(", ", Json)}";

    public override ValidationResult Validate() => Usage.FoldersExist("--json", Json);
}

/// <summary>The settings of commands that list what a run stored (findings, diagnostics) in one of three forms.</summary>
public abstract class ListingSettings : OutputFolderSettings
{
    [CommandOption("-f|--format <FORMAT>")]
    [Description("table (the default), csv or json.")]
    public ListingFormat Format { get; init; } = ListingFormat.Table;

    [CommandOption("--bom")]
    [Description("Begin CSV output with a UTF-8 byte-order mark (for Excel).")]
    public bool ByteOrderMark { get; init; }
}

public enum ListingFormat { Table, Csv, Json }
