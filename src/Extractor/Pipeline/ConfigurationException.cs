namespace Extractor.Pipeline;

/// <summary>pipeline.yaml is unreadable, has an unknown key, or a value out of range; the message names it.</summary>
public sealed class ConfigurationException(string message) : Exception(message);
