using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json.Serialization;

namespace Extractor.Model;

/// <summary>The schema id of an enum value ("final_accounts"), read from the same attribute JSON uses.</summary>
public static class SchemaId
{
    private static readonly ConcurrentDictionary<Enum, string> Cache = new();

    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum =>
        Cache.GetOrAdd(value, v => typeof(TEnum).GetField(v.ToString())!
            .GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? v.ToString());

    public static string? Of<TEnum>(TEnum? value) where TEnum : struct, Enum => value is { } v ? Of(v) : null;
}
