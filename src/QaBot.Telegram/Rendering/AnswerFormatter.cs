using System.Globalization;
using System.Text;
using QaBot.Core.Answering;

namespace QaBot.Telegram.Rendering;

/// <summary>
/// Renders an <see cref="Answer"/> as Telegram HTML: the answer text with its [n] markers, an optional note, then a
/// compact source list "n. title — date — link". Everything from the articles is escaped.
/// </summary>
public static class AnswerFormatter
{
    /// <summary>The whole message (may exceed 4096 characters; <see cref="MessageSplitter"/> cuts it).</summary>
    public static string Format(Answer answer)
    {
        var sb = new StringBuilder();
        sb.Append(Html.Escape(answer.Text.Trim()));
        if (!string.IsNullOrWhiteSpace(answer.Note))
        {
            sb.Append("\n\n<i>").Append(Html.Escape(answer.Note.Trim())).Append("</i>");
        }

        var sources = SourceLines(answer.Citations);
        if (sources.Count > 0)
        {
            sb.Append("\n\n<b>Sources</b>");
            foreach (var line in sources)
            {
                sb.Append('\n').Append(line);
            }
        }

        return sb.ToString();
    }

    /// <summary>One line per citation number: "n. title — date — link".</summary>
    public static IReadOnlyList<string> SourceLines(IReadOnlyList<Citation> citations)
        => [.. citations.OrderBy(c => c.N).Select(c => $"{c.N}. {SourceLine(c.Title, c.Date, c.Url)}")];

    /// <summary>"title — date — link" for one article (date and link left out when unknown).</summary>
    public static string SourceLine(string title, DateOnly? date, Uri? url)
    {
        var sb = new StringBuilder(Html.Escape(string.IsNullOrWhiteSpace(title) ? "(untitled)" : title.Trim()));
        if (date is { } d)
        {
            sb.Append(" — ").Append(FormatDate(d));
        }

        if (url is not null)
        {
            sb.Append(" — ").Append(Html.Link(url, url.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? url.Host[4..] : url.Host));
        }

        return sb.ToString();
    }

    /// <summary>"10 Feb 2023".</summary>
    public static string FormatDate(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>The passage behind one citation, shown when its button is pressed.</summary>
    public static string Passage(Citation citation)
        => $"<b>[{citation.N}]</b> {SourceLine(citation.Title, citation.Date, citation.Url)}\n<blockquote>{Html.Escape(citation.Quote.Trim())}</blockquote>";
}
