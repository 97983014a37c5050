using System.Reflection;

namespace Extractor.Pipeline;

/// <summary>
/// The version of the pipeline that wrote an output, recorded with every document. It names the build
/// (the core assembly's module id, stable for the same source under deterministic builds), so a document
/// is processed again whenever the code that extracts it changes.
/// </summary>
public static class PipelineInfo
{
    public static string Version { get; } = $"{Release}+{typeof(PipelineInfo).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..12]}";

    private static string Release =>
        typeof(PipelineInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(PipelineInfo).Assembly.GetName().Version?.ToString() ?? "0";
}
