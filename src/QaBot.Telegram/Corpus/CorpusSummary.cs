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

    /// <summary>Articles newest first (undated last; same date: the latest ingested first), as /sources and /latest list them.</summary>
    public IReadOnlyList<StoredArticle> NewestFirst
        => [.. Articles.OrderByDescending(a => a.Date ?? DateOnly.MinValue).ThenByDescending(a => a.IngestedAt).ThenBy(a => a.Id, StringComparer.Ordinal)];

    /// <summary>Up to <paramref name="count"/> questions built from article titles (<see cref="ExampleQuestion"/>), spread over the date range.</summary>
    public IReadOnlyList<string> ExampleQuestions(int count = 3)
    {
        var questions = NewestFirst.Select(a => ExampleQuestion.From(a.Title)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (questions.Count <= count)
        {
            return questions;
        }

        return [.. Enumerable.Range(0, count).Select(i => questions[i * questions.Count / count])];
    }
}
