using System.Text.RegularExpressions;
using System.Xml.Linq;
using Extractor.Tests.Support;

namespace Extractor.Tests;

/// <summary>
/// The container recipe and the publish profile, checked where Docker cannot run: the image is built from the
/// ReadyToRun profile that exists, on a Debian base, with the fonts, and runs the published program.
/// </summary>
public sealed class DeployTests
{
    private static string Repository(string relative) => Path.Combine(Fixtures.Repository, relative);

    private static readonly string[] Dockerfile = File.ReadAllLines(Repository("deploy/Dockerfile"))
        .Where(l => !l.TrimStart().StartsWith('#') && l.Trim().Length > 0).ToArray();

    [Fact]
    public void Builds_the_image_in_two_debian_stages_from_the_publish_profile()
    {
        var stages = Dockerfile.Where(l => l.StartsWith("FROM ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, stages.Count);
        Assert.All(stages, s => Assert.Matches(@"^FROM mcr\.microsoft\.com/dotnet/(sdk|runtime):10\.0 AS \w+$", s));

        var publish = Assert.Single(Dockerfile, l => l.Contains("dotnet publish", StringComparison.Ordinal));
        string profile = Regex.Match(publish, @"PublishProfile=(?<name>[\w-]+)").Groups["name"].Value;
        Assert.True(File.Exists(Repository($"src/Extractor.Cli/Properties/PublishProfiles/{profile}.pubxml")), $"no publish profile {profile}");
    }

    [Fact]
    public void Installs_the_fonts_and_the_ocr_programs_and_runs_the_published_program()
    {
        // Without Tesseract and pdftoppm a pod reads no scanned page (ocr_unavailable).
        var install = Assert.Single(Dockerfile, l => l.Contains("apt-get install", StringComparison.Ordinal) && l.Contains("fonts-liberation", StringComparison.Ordinal));
        var words = install.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(["fonts-liberation", "tesseract-ocr", "tesseract-ocr-chi-sim", "poppler-utils"], package => Assert.Contains(package, words));
        Assert.Equal("ENTRYPOINT [\"/app/extractor\"]", Assert.Single(Dockerfile, l => l.StartsWith("ENTRYPOINT", StringComparison.Ordinal)));
        Assert.Contains(Dockerfile, l => l.StartsWith("COPY --from=build /app/ /app/", StringComparison.Ordinal));
    }

    /// <summary>A systemd unit's settings: key to value, comments and section headers left out.</summary>
    private static Dictionary<string, string> Unit(string name) =>
        File.ReadAllLines(Repository($"deploy/{name}"))
            .Where(l => l.Contains('=') && !l.TrimStart().StartsWith('#'))
            .ToDictionary(l => l[..l.IndexOf('=')].Trim(), l => l[(l.IndexOf('=') + 1)..].Trim());

    [Fact]
    public void The_nightly_timer_runs_watch_and_retries_only_an_incomplete_fetch()
    {
        var service = Unit("extractor-watch.service");
        var timer = Unit("extractor-watch.timer");

        Assert.Matches(@"^/opt/extractor/extractor watch \S+\.yaml --out \S+ --summary-json \S+\.json$", service["ExecStart"]);
        Assert.Equal(("oneshot", "on-failure"), (service["Type"], service["Restart"]));
        // Every failure but an incomplete fetch needs a person: only exit code 3 is retried.
        Assert.Equal($"{Extractor.Pipeline.ExitCodes.SomeFailed} {Extractor.Pipeline.ExitCodes.UsageError}", service["RestartPreventExitStatus"]);
        Assert.Equal(3, Extractor.Pipeline.ExitCodes.FetchIncomplete);
        Assert.Equal(("*-*-* 02:15:00", "true", "timers.target"), (timer["OnCalendar"], timer["Persistent"], timer["WantedBy"]));
    }

    [Fact]
    public void The_cron_line_runs_the_same_watch_and_the_example_sources_file_loads()
    {
        var line = Assert.Single(File.ReadAllLines(Repository("deploy/crontab")), l => l.Length > 0 && !l.StartsWith('#'));

        Assert.Matches(@"^15\s+2\s+\*\s+\*\s+\*\s+cd /srv/extractor && /opt/extractor/extractor watch sources\.yaml --out out --summary-json out/watch-summary\.json >>out/watch\.log 2>&1$", line);
        var sources = Extractor.Pipeline.SourcesFileLoader.Load(Repository("deploy/sources.example.yaml"));
        Assert.Equal(new Extractor.Fetch.FetchOptions(), sources.Options);
        Assert.Equal("example-district", Assert.Single(sources.Sources).Name);
    }

    [Fact]
    public void Publishes_ahead_of_time_compiled_for_linux()
    {
        var profile = XDocument.Load(Repository("src/Extractor.Cli/Properties/PublishProfiles/linux-x64.pubxml"));
        string? Property(string name) => profile.Descendants(name).SingleOrDefault()?.Value;

        Assert.Equal(("true", "linux-x64", "Release"), (Property("PublishReadyToRun"), Property("RuntimeIdentifier"), Property("Configuration")));
        Assert.Equal("true", Property("NativeWorker"));
    }

    [Fact]
    public void Builds_the_native_worker_in_the_image_with_a_linker()
    {
        var worker = XDocument.Load(Repository("src/Extractor.Worker/Extractor.Worker.csproj"));
        Assert.Equal("true", worker.Descendants("PublishAot").Single().Value);
        // The build stage installs a C toolchain before it publishes: without one the image would hold no native worker.
        int linker = Array.FindIndex(Dockerfile, l => l.Contains("apt-get install", StringComparison.Ordinal) && l.Contains("clang", StringComparison.Ordinal));
        int publish = Array.FindIndex(Dockerfile, l => l.Contains("dotnet publish", StringComparison.Ordinal));
        Assert.InRange(linker, 0, publish - 1);
    }
}
