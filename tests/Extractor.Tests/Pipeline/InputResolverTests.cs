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
        Assert.Contains(resolved.Files, f => f.FullPath.EndsWith("dev06-2022-yuan.pdf"));
        Assert.DoesNotContain(resolved.Files, f => f.FullPath.EndsWith("README.md"));
        Assert.Empty(resolved.Unmatched);
    }

    [Fact]
    public void Reports_an_input_that_names_nothing()
    {
        var resolved = InputResolver.Resolve([Fixtures.Path("no-such-file.pdf"), Fixtures.Path("bad") + "/*.txt"]);

        Assert.Empty(resolved.Files);
        Assert.Equal(2, resolved.Unmatched.Count);
    }

    [Fact]
    public void Names_each_file_by_its_path_below_the_folder_given_and_keeps_same_named_files_apart()
    {
        using var root = new TemporaryDirectory();
        foreach (var folder in new[] { "x/a", "x/b", "y/a" }) Directory.CreateDirectory(root.File(folder));
        foreach (var file in new[] { "x/a/预算.pdf", "x/b/预算.pdf", "y/a/预算.pdf" }) File.WriteAllText(root.File(file), "%PDF-1.4");

        var one = InputResolver.Resolve([root.File("x")]);
        var two = InputResolver.Resolve([root.File("x/a"), root.File("y/a")]);

        Assert.Equal(["a/预算.pdf", "b/预算.pdf"], one.Files.Select(f => f.RelativePath));
        // Two folders each giving 预算.pdf: named by their whole paths, never the same name.
        Assert.Equal(2, two.Files.Select(f => f.RelativePath).Distinct().Count());
        Assert.All(two.Files, f => Assert.EndsWith("a/预算.pdf", f.RelativePath));
    }
}
