using Extractor.Pipeline;
using Extractor.Tests.Support;

namespace Extractor.Tests.Pipeline;

public sealed class InputResolverTests
{
    [Fact]
    public void Expands_folders_files_and_globs_without_duplicates()
    {
        var resolved = InputResolver.Resolve([
            Fixtures.Path("bad"),
            Fixtures.Path("bad/empty.pdf"),
            Fixtures.Path("disclosures") + "/dev0*-yuan.pdf",
            Fixtures.Root + "/**/dxh-*.pdf",
        ]);

        Assert.Equal(11 + 3 + 1, resolved.Files.Count);
        Assert.Contains(resolved.Files, f => f.EndsWith("dev06-2022-yuan.pdf"));
        Assert.DoesNotContain(resolved.Files, f => f.EndsWith("README.md"));
        Assert.Empty(resolved.Unmatched);
    }

    [Fact]
    public void Reports_an_input_that_names_nothing()
    {
        var resolved = InputResolver.Resolve([Fixtures.Path("no-such-file.pdf"), Fixtures.Path("bad") + "/*.txt"]);

        Assert.Empty(resolved.Files);
        Assert.Equal(2, resolved.Unmatched.Count);
    }
}
