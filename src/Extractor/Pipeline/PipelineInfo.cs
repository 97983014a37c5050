using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace Extractor.Pipeline;

/// <summary>
/// The version of the pipeline that wrote an output, recorded with every document. It names the build
/// (the core assembly's module id, stable for the same source under deterministic builds), so a document
/// is processed again whenever the code that extracts it changes.
/// </summary>
public static class PipelineInfo
{
    public static string Version { get; } = $"{Release}+{typeof(PipelineInfo).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..12]}";

    /// <summary>
    /// The version under the given configuration: the build, and a digest of the options that decide what a
    /// document's record holds (stages, ingest limits and passwords, the time and memory limits, the validation policy),
    /// so a nightly run after a configuration change processes its documents again. Parallelism and the
    /// outputs do not change a record, and do not count.
    /// </summary>
    public static string VersionOf(PipelineOptions options)
    {
        var validation = options.Validation;
        var settings = string.Join('\n',
            string.Join(',', options.Stages),
            options.Ocr.ToString(),
            $"{options.Ingest.MaxFileBytes},{options.Ingest.MaxStreamBytes},{string.Join('\u0001', options.Ingest.Passwords)}",
            options.DocumentTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture),
            options.Isolation.Workers ? options.Isolation.MaxMemoryBytes.ToString(CultureInfo.InvariantCulture) : "in process",
            validation.Rounding.ToString(),
            string.Join(',', validation.DisabledRules.Order(StringComparer.Ordinal)),
            string.Join(',', validation.Severities.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}")));
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(settings));
        return $"{Version}.{Convert.ToHexStringLower(digest)[..8]}";
    }

    private static string Release =>
        typeof(PipelineInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(PipelineInfo).Assembly.GetName().Version?.ToString() ?? "0";
}
