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
    public void Installs_the_fonts_and_runs_the_published_program()
    {
        Assert.Contains(Dockerfile, l => l.Contains("apt-get install", StringComparison.Ordinal) && l.Contains("fonts-liberation", StringComparison.Ordinal));
        Assert.Equal("ENTRYPOINT [\"/app/extractor\"]", Assert.Single(Dockerfile, l => l.StartsWith("ENTRYPOINT", StringComparison.Ordinal)));
        Assert.Contains(Dockerfile, l => l.StartsWith("COPY --from=build /app/ /app/", StringComparison.Ordinal));
    }

    [Fact]
    public void Publishes_ahead_of_time_compiled_for_linux()
    {
        var profile = XDocument.Load(Repository("src/Extractor.Cli/Properties/PublishProfiles/linux-x64.pubxml"));
        string? Property(string name) => profile.Descendants(name).SingleOrDefault()?.Value;

        Assert.Equal(("true", "linux-x64", "Release"), (Property("PublishReadyToRun"), Property("RuntimeIdentifier"), Property("Configuration")));
    }
}
