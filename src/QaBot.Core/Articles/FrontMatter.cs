namespace QaBot.Core.Articles;

/// <summary>
/// The flat <c>key: value</c> subset of YAML front matter that articles use. Nested structures and lists are
/// ignored; quotes around values are removed.
/// </summary>
internal static class FrontMatter
{
    private static readonly string[] DateKeys = ["date", "published", "published_at", "publish_date", "pubdate", "datePublished"];
    private static readonly string[] UrlKeys = ["url", "source", "source_url", "link", "canonical", "canonical_url"];

    public static Dictionary<string, string> Parse(string yaml)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string rawLine in yaml.Split('\n'))
        {
            string line = rawLine.TrimEnd('\r');
            if (line.Length == 0 || char.IsWhiteSpace(line[0]) || line.StartsWith('#') || line.StartsWith("---", StringComparison.Ordinal))
            {
                continue;
            }
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }
            string value = line[(colon + 1)..].Trim();
            if (value.Length >= 2 && value[0] == value[^1] && value[0] is '"' or '\'')
            {
                value = value[1..^1];
            }
            if (value.Length > 0)
            {
                values.TryAdd(line[..colon].Trim(), value);
            }
        }
        return values;
    }

    public static DateOnly? Date(Dictionary<string, string> values) =>
        DateKeys.Select(values.GetValueOrDefault).FirstOrDefault(v => DateText.TryParse(v, out _)) is { } text
        && DateText.TryParse(text, out var date) ? date : null;

    public static Uri? Url(Dictionary<string, string> values) =>
        UrlKeys.Select(values.GetValueOrDefault)
            .Select(v => Uri.TryCreate(v, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null)
            .FirstOrDefault(u => u is not null);
}
