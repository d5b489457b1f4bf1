using System.Globalization;
using System.Text.RegularExpressions;
using QaBot.Core.Answering.Reading;
using QaBot.Core.Articles;
using QaBot.Core.Answering.Verification;

namespace QaBot.Core.Answering;

/// <summary>
/// Writes the extractive answer from the chosen sentences: grouped by article (one source <c>[n]</c> per article, however
/// many of its passages are quoted), the article of the first chosen sentence first. A fact's sentences come in the
/// order chosen, so the best answer leads ("whos sullivan's indian counterpart": "Sullivan saw his Indian counterpart,
/// Ajit Doval…" before an earlier sentence of the same article that only names Sullivan). Answers drawn from several
/// articles, summaries and "latest" answers are read as stories: each article's sentences in reading order, after the
/// article's date on a line of its own, oldest article first. A last line
/// says what the quoted sentences' relative dates ("last year", "on Tuesday") mean, from their articles' dates.
/// </summary>
public static partial class AnswerComposer
{
    /// <summary>
    /// The answer text and citations for <paramref name="chosen"/> (best first); <paramref name="dated"/> adds the date
    /// lines, orders articles by date and sentences by reading order — but for <paramref name="lead"/>, the sentence that
    /// answers a "latest" question for a date or a figure, which opens its article's part (after the sentence it leans
    /// on, when that is quoted).
    /// </summary>
    public static AnswerDraft Compose(IReadOnlyList<CandidateSentence> chosen, bool dated, CandidateSentence? lead = null)
    {
        ArgumentNullException.ThrowIfNull(chosen);
        var articles = chosen.GroupBy(c => c.Chunk.ArticleId).ToList();
        if (dated)
        {
            articles = [.. articles.OrderBy(a => a.First().Chunk.Date ?? DateOnly.MaxValue)];
        }

        var paragraphs = new List<string>();
        var citations = new List<Citation>();
        foreach (var article in articles)
        {
            var n = citations.Count + 1;
            var distinct = article.DistinctBy(c => c.Offset);
            var sentences = dated ? LeadFirst([.. distinct.OrderBy(c => c.Offset)], lead) : distinct.ToList();
            var first = sentences[0].Chunk;
            var body = string.Join(" ", sentences.Select(s => CitationMarkers.Append(s.IsCaption ? PhotoCaption.Quote(Collapse(s.Text)) : Collapse(s.Text), n)));
            paragraphs.Add(dated && first.Date is { } date ? $"{Label(date)}:\n{body}" : body);
            citations.Add(new Citation(n, first.ArticleId, first.Id, first.Title, first.Date, first.Url, string.Join(" … ", sentences.Select(s => Collapse(s.Text)))));
        }

        var text = string.Join(dated ? "\n\n" : " ", paragraphs);
        return new AnswerDraft(DatesNote(chosen) is { } note ? $"{text}\n{note}" : text, citations);
    }

    /// <summary><paramref name="sentences"/> (in reading order) with <paramref name="lead"/> first, after the sentence it leans on if quoted; unchanged when it is not among them.</summary>
    private static List<CandidateSentence> LeadFirst(List<CandidateSentence> sentences, CandidateSentence? lead)
    {
        var at = lead is null ? -1 : sentences.FindIndex(s => s.Offset == lead.Offset && s.Chunk.ArticleId == lead.Chunk.ArticleId);
        if (at <= 0)
        {
            return sentences;
        }

        var from = lead!.QuotedBefore is { } previous && sentences[at - 1].Text == previous ? at - 1 : at;
        return [.. sentences.Skip(from).Take(at - from + 1), .. sentences.Take(from), .. sentences.Skip(at + 1)];
    }

    /// <summary>
    /// What the relative dates of the quoted sentences mean, resolved against their articles' dates:
    /// "(“In September of last year” = September 2022.)"; null when they have none.
    /// </summary>
    public static string? DatesNote(IReadOnlyList<CandidateSentence> chosen)
    {
        ArgumentNullException.ThrowIfNull(chosen);
        var resolved = chosen
            .Where(c => c.Chunk.Date is not null)
            .SelectMany(c => RelativeDates.Find(c.Text, c.Chunk.Date!.Value))
            .Select(r => $"“{Collapse(r.Text)}” = {r.Label}")
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        return resolved.Count == 0 ? null : $"({string.Join("; ", resolved)}.)";
    }

    /// <summary>A date as the answer writes it, as the articles and the notes on resolved dates do: "December 15, 2021".</summary>
    public static string Label(DateOnly date) => date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    private static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
