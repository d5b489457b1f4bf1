using System.Text.Json;
using System.Text.RegularExpressions;

namespace QaBot.Cli;

/// <summary>One-line wording for settings that cannot be read: a broken JSON file, a value of the wrong type.</summary>
internal static partial class ConfigurationErrors
{
    /// <summary>
    /// "appsettings.json line 3, column 29: … — fix the JSON (or remove the file)" for a settings file the JSON reader
    /// rejects; null when <paramref name="ex"/> is not about a settings file.
    /// </summary>
    public static string? UnreadableFile(InvalidDataException ex)
    {
        var file = FilePattern().Match(ex.Message) is { Success: true } m ? m.Groups["file"].Value : null;
        if (file is null)
        {
            return null;
        }

        for (var inner = ex.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is JsonException { LineNumber: { } line } json)
            {
                var what = LocationSuffix().Replace(json.Message, "").TrimEnd('.', ' ');
                return $"{file} line {line + 1}, column {(json.BytePositionInLine ?? 0) + 1}: {what} — fix the JSON (or remove the file to use the defaults)";
            }
        }

        return $"{file} cannot be read: {ex.InnerException?.Message ?? ex.Message} — fix the JSON (or remove the file to use the defaults)";
    }

    /// <summary>The binder's message, plus the valid values when the setting is an enum ("Embeddings:Provider = Foo").</summary>
    public static string Conversion(InvalidOperationException ex)
    {
        var match = ConversionPattern().Match(ex.Message);
        if (!match.Success || FindEnum(match.Groups["type"].Value) is not { } type)
        {
            return ex.Message;
        }

        var (key, value) = (match.Groups["key"].Value, match.Groups["value"].Value);
        var retired = key == "Embeddings:Provider" && value.Equals("Glove", StringComparison.OrdinalIgnoreCase)
            ? " (GloVe word vectors were retired: remove the setting to use the ArcticXs sentence encoder, the default, which needs no download)"
            : "";
        return $"{key} = \"{value}\" is not valid; use one of: {string.Join(", ", Enum.GetNames(type))}{retired}";
    }

    private static Type? FindEnum(string fullName)
        => AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetType(fullName, throwOnError: false)).FirstOrDefault(t => t is { IsEnum: true });

    [GeneratedRegex("configuration from file '(?<file>[^']+)'")]
    private static partial Regex FilePattern();

    [GeneratedRegex(@"\s*(Path: \S*\s*\|\s*)?LineNumber: \d+ \| BytePositionInLine: \d+\.?")]
    private static partial Regex LocationSuffix();

    [GeneratedRegex("value '(?<value>[^']*)' at '(?<key>[^']+)' to type '(?<type>[^']+)'")]
    private static partial Regex ConversionPattern();
}
