using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace QaBot.Core.Articles;

/// <summary>
/// Reads the main text of a saved news page with AngleSharp: scripts, navigation, headers, footers, asides, forms,
/// figures, hidden elements and anything whose class or id marks it as an ad, share bar, newsletter box, comments or
/// related links are removed; the text is taken from the &lt;article&gt; (the longest one), else &lt;main&gt;, else
/// the element holding the most paragraph text. Every block element becomes its own paragraph.
/// (A small readability pass of our own rather than SmartReader: predictable on short pages and easy to test.)
/// </summary>
public sealed class HtmlReader
{
    private const string RemovedElements =
        "script, style, noscript, template, svg, iframe, nav, aside, form, button, select, input, textarea, figure, "
        + "picture, video, audio, canvas, object, embed, dialog, menu, footer, [hidden], [aria-hidden='true'], "
        + "[role='navigation'], [role='banner'], [role='contentinfo'], [role='complementary'], [role='search'], [role='dialog']";

    /// <summary>Class or id words (split on '-', '_', ' ') marking page furniture rather than the story.</summary>
    private static readonly HashSet<string> ChromeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "ad", "ads", "advert", "adverts", "advertisement", "sponsor", "sponsored", "promo", "promoted", "related",
        "recommended", "share", "sharing", "social", "comments", "comment", "cookie", "cookies", "consent", "newsletter",
        "subscribe", "subscription", "signup", "breadcrumb", "breadcrumbs", "menu", "sidebar", "popup", "modal",
        "outbrain", "taboola", "paywall", "nav", "navbar", "navigation", "masthead", "footer", "widget", "byline",
    };

    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "blockquote", "pre", "dt", "dd", "dl", "table", "tr", "td", "th", "figcaption", "address", "hr",
    };

    /// <summary>Main text and declared metadata of <paramref name="html"/>.</summary>
    public RawDocument Read(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        string? title = HtmlMetadata.Title(document);
        DateOnly? date = HtmlMetadata.Date(document);
        Uri? url = HtmlMetadata.Url(document);

        RemoveChrome(document);
        var content = MainContent(document);
        var sb = new StringBuilder();
        if (content is not null)
        {
            AppendText(content, sb);
        }
        var lines = sb.ToString().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
        return new RawDocument(string.Join("\n\n", lines), title, date, url);
    }

    private static void RemoveChrome(IDocument document)
    {
        var doomed = document.QuerySelectorAll(RemovedElements)
            .Concat(document.QuerySelectorAll("header").Where(h => h.Closest("article, main") is null))
            .Concat(document.QuerySelectorAll("[class], [id], [style]").Where(IsChrome))
            .ToList();
        foreach (var element in doomed)
        {
            element.Remove();
        }
    }

    private static bool IsChrome(IElement element)
    {
        if (element.LocalName is "html" or "body" or "article" or "main")
        {
            return false;
        }
        string style = (element.GetAttribute("style") ?? "").Replace(" ", "", StringComparison.Ordinal);
        if (style.Contains("display:none", StringComparison.OrdinalIgnoreCase) || style.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        string names = $"{element.GetAttribute("class")} {element.Id}";
        return names.Split([' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries).Any(ChromeWords.Contains);
    }

    private static IElement? MainContent(IDocument document)
    {
        var article = document.QuerySelectorAll("article").MaxBy(a => a.TextContent.Length);
        if (article is not null)
        {
            return article;
        }
        var main = document.QuerySelector("main, [role='main']");
        if (main is not null)
        {
            return main;
        }
        var scores = new Dictionary<IElement, int>();
        foreach (var paragraph in document.QuerySelectorAll("p"))
        {
            int length = paragraph.TextContent.Trim().Length;
            if (length >= 25 && paragraph.ParentElement is { } parent)
            {
                scores[parent] = scores.GetValueOrDefault(parent) + length;
            }
        }
        return scores.Count > 0 ? scores.MaxBy(s => s.Value).Key : document.Body;
    }

    private static void AppendText(INode node, StringBuilder sb)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                AppendCollapsed(text.Data, sb);
            }
            else if (child is IElement element)
            {
                if (element.LocalName == "br")
                {
                    sb.Append('\n');
                    continue;
                }
                bool block = BlockElements.Contains(element.LocalName);
                if (block)
                {
                    sb.Append('\n');
                }
                AppendText(element, sb);
                if (block)
                {
                    sb.Append('\n');
                }
            }
        }
    }

    private static void AppendCollapsed(string text, StringBuilder sb)
    {
        foreach (char c in text)
        {
            bool space = char.IsWhiteSpace(c);
            if (!space)
            {
                sb.Append(c);
            }
            else if (sb.Length > 0 && sb[^1] is not (' ' or '\n'))
            {
                sb.Append(' ');
            }
        }
    }
}
