using System.Text;
using CodeHollow.FeedReader;

namespace QaBot.Core.Web;

/// <summary>One entry of a feed, as the feed gives it (links resolved against the feed's address).</summary>
/// <param name="Guid">The entry's id (RSS guid, Atom id, JSON Feed id).</param>
/// <param name="Link">The address of the article page.</param>
/// <param name="Title">The headline.</param>
/// <param name="Date">The publication date.</param>
/// <param name="Summary">The description or summary (HTML allowed).</param>
/// <param name="Content">The full content when the feed carries it (content:encoded, Atom content, content_html).</param>
public sealed record FeedEntry(string? Guid, Uri? Link, string? Title, DateOnly? Date, string? Summary, string? Content);

/// <summary>Reads RSS 0.9x/1.0/2.0, Atom and JSON Feed with CodeHollow.FeedReader.</summary>
public static class FeedParser
{
    /// <summary>The entries of the feed in <paramref name="bytes"/>, or why it is not a feed.</summary>
    public static bool TryParse(byte[] bytes, Uri feedUrl, out IReadOnlyList<FeedEntry> entries, out string reason)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(feedUrl);
        entries = [];
        reason = "";
        Feed feed;
        try
        {
            feed = FeedReader.ReadFromByteArray(bytes);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            // The library throws its own types and XML/JSON parser errors for anything that is not a feed.
            reason = $"not an RSS, Atom or JSON feed ({Describe(bytes)})";
            return false;
        }

        if (feed.Type == FeedType.Unknown)
        {
            reason = $"not an RSS, Atom or JSON feed ({Describe(bytes)})";
            return false;
        }

        entries = [.. feed.Items.Select(item => new FeedEntry(
            NonEmpty(item.Id),
            Uri.TryCreate(feedUrl, item.Link?.Trim(), out var link) && link.Scheme is "http" or "https" ? link : null,
            NonEmpty(item.Title),
            item.PublishingDate is { } date ? DateOnly.FromDateTime(date) : null,
            NonEmpty(item.Description),
            NonEmpty(item.Content)))];
        return true;
    }

    private static string Describe(byte[] bytes)
    {
        var head = Encoding.UTF8.GetString(bytes.AsSpan(0, Math.Min(bytes.Length, 200))).Trim();
        var start = head.IndexOf('<', StringComparison.Ordinal);
        if (start >= 0 && head.StartsWith("<?xml", StringComparison.Ordinal))
        {
            start = head.IndexOf('<', head.IndexOf("?>", StringComparison.Ordinal) + 2);
        }

        var tag = start >= 0 ? new string(head[(start + 1)..].TakeWhile(char.IsLetterOrDigit).ToArray()) : "";
        return tag.Length > 0 ? $"its root element is <{tag}>" : "it does not parse as one";
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
