using System.Globalization;
using System.Text;

namespace QaBot.Tests.Telegram;

/// <summary>
/// Parses Telegram's HTML parse mode the way the Bot API documents it: only the supported tags, the four named
/// entities plus numeric ones, every tag closed in order. Returns the visible text, or the Bot API's error text.
/// </summary>
internal static class TelegramHtml
{
    private static readonly HashSet<string> Tags =
        ["b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a", "code", "pre", "blockquote", "tg-emoji"];

    public static (string? Text, string? Error) Parse(string html)
    {
        var text = new StringBuilder();
        var open = new Stack<string>();
        for (var i = 0; i < html.Length;)
        {
            var c = html[i];
            if (c == '<')
            {
                var close = html.IndexOf('>', i);
                if (close < 0)
                {
                    return (null, $"Bad Request: can't parse entities: Unclosed start tag at byte offset {i}");
                }

                var inner = html[(i + 1)..close];
                var isEnd = inner.StartsWith('/');
                var name = inner.TrimStart('/').Split(' ', 2)[0].ToLowerInvariant();
                if (!Tags.Contains(name))
                {
                    return (null, $"Bad Request: can't parse entities: Unsupported start tag \"{name}\" at byte offset {i}");
                }

                if (isEnd)
                {
                    if (open.Count == 0 || open.Pop() != name)
                    {
                        return (null, $"Bad Request: can't parse entities: Unmatched end tag at byte offset {i}, expected \"</{(open.Count == 0 ? "" : open.Peek())}>\", found \"</{name}>\"");
                    }
                }
                else
                {
                    if (name == "a" && !inner.Contains("href=\"", StringComparison.Ordinal))
                    {
                        return (null, $"Bad Request: can't parse entities: Tag \"a\" must have attribute \"href\" at byte offset {i}");
                    }

                    open.Push(name);
                }

                i = close + 1;
            }
            else if (c == '&')
            {
                var semi = html.IndexOf(';', i);
                var entity = semi > i && semi - i <= 10 ? html[(i + 1)..semi] : null;
                var decoded = entity switch
                {
                    "lt" => "<",
                    "gt" => ">",
                    "amp" => "&",
                    "quot" => "\"",
                    ['#', 'x', .. var hex] when int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var h) => char.ConvertFromUtf32(h),
                    ['#', .. var dec] when int.TryParse(dec, NumberStyles.None, CultureInfo.InvariantCulture, out var d) => char.ConvertFromUtf32(d),
                    _ => null,
                };
                if (decoded is null && entity is { Length: > 0 } && entity.All(char.IsAsciiLetter))
                {
                    return (null, $"Bad Request: can't parse entities: Unsupported HTML entity \"&{entity};\" at byte offset {i}");
                }

                text.Append(decoded ?? "&");
                i = decoded is null ? i + 1 : semi + 1;
            }
            else
            {
                text.Append(c);
                i++;
            }
        }

        return open.Count > 0
            ? (null, $"Bad Request: can't parse entities: Can't find end tag corresponding to start tag \"{open.Peek()}\"")
            : (text.ToString(), null);
    }
}
