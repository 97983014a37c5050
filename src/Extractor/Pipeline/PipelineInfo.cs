using System.Reflection;

namespace Extractor.Pipeline;

/// <summary>The version of the pipeline that wrote an output, recorded with every document.</summary>
public static class PipelineInfo
{
    public static string Version { get; } =
        typeof(PipelineInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(PipelineInfo).Assembly.GetName().Version?.ToString() ?? "0";
}
