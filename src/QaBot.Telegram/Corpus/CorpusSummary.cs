using QaBot.Core.Store;

namespace QaBot.Telegram.Corpus;

/// <summary>What the bot knows, for /start, /sources and /stats: the articles, their date range and example questions.</summary>
public sealed record CorpusSummary(IReadOnlyList<StoredArticle> Articles)
{
    /// <summary>Number of chunks in the index.</summary>
    public int ChunkCount => Articles.Sum(a => a.ChunkCount);

    /// <summary>Oldest and newest known article dates, if any.</summary>
    public (DateOnly From, DateOnly To)? DateRange
        => Articles.Where(a => a.Date is not null).Select(a => a.Date!.Value).ToList() is { Count: > 0 } dates
            ? (dates.Min(), dates.Max())
            : null;

    /// <summary>Articles newest first (undated last), as /sources lists them.</summary>
    public IReadOnlyList<StoredArticle> NewestFirst
        => [.. Articles.OrderByDescending(a => a.Date ?? DateOnly.MinValue).ThenBy(a => a.Id, StringComparer.Ordinal)];

    /// <summary>Up to <paramref name="count"/> questions built from article titles, spread over the date range.</summary>
    public IReadOnlyList<string> ExampleQuestions(int count = 3)
    {
        var titled = NewestFirst.Where(a => a.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3).ToList();
        if (titled.Count == 0)
        {
            return [];
        }

        var picks = Enumerable.Range(0, Math.Min(count, titled.Count))
            .Select(i => titled[i * titled.Count / Math.Min(count, titled.Count)])
            .DistinctBy(a => a.Id);
        return [.. picks.Select(a => QuestionFrom(a.Title))];
    }

    /// <summary>"Xi to break travel drought for meeting with Putin" → "What do the articles say about Xi to break travel drought for meeting with Putin?"</summary>
    public static string QuestionFrom(string title)
    {
        var words = title.Trim().TrimEnd('.', '!', '?', ':', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var shortTitle = string.Join(' ', words.Take(14)) + (words.Length > 14 ? "…" : "");
        return title.TrimEnd().EndsWith('?') ? shortTitle + "?" : $"What do the articles say about “{shortTitle}”?";
    }
}
