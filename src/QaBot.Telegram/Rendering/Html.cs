using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace QaBot.Telegram.Rendering;

/// <summary>Escaping for Telegram's HTML parse mode, and the plain-text twin used when Telegram rejects the markup.</summary>
public static partial class Html
{
    /// <summary>Escapes the three characters Telegram requires (&amp;, &lt;, &gt;) plus quotes, for text and attribute values.</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }

    /// <summary>A link, or just the escaped label when there is no URL.</summary>
    public static string Link(Uri? url, string label)
        => url is null ? Escape(label) : $"<a href=\"{Escape(url.AbsoluteUri)}\">{Escape(label)}</a>";

    /// <summary>The same message without markup: links become "label (url)", entities are decoded.</summary>
    public static string ToPlainText(string html)
    {
        var withLinks = LinkPattern().Replace(html, m =>
        {
            var url = WebUtility.HtmlDecode(m.Groups["url"].Value);
            var label = WebUtility.HtmlDecode(TagPattern().Replace(m.Groups["label"].Value, ""));
            return label == url ? url : $"{label} ({url})";
        });
        return WebUtility.HtmlDecode(TagPattern().Replace(withLinks, ""));
    }

    [GeneratedRegex("<a href=\"(?<url>[^\"]*)\">(?<label>.*?)</a>", RegexOptions.Singleline)]
    private static partial Regex LinkPattern();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex TagPattern();
}
