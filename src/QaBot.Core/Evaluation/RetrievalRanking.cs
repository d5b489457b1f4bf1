using QaBot.Core.Retrieval;

namespace QaBot.Core.Evaluation;

/// <summary>
/// Article-level view of a retrieval result. Ties share the better rank: an article whose best chunk scores the same
/// as the article listed just before it gets that article's rank, and chunks tied with the k-th chunk count as top-k.
/// </summary>
public sealed class RetrievalRanking
{
    private readonly List<(string ArticleId, int Rank)> articles = [];

    /// <summary>Ranks <paramref name="retrieved"/> (in the retriever's order, best first) and cuts at <paramref name="k"/> chunks.</summary>
    public RetrievalRanking(IReadOnlyList<RetrievedChunk> retrieved, int k)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        var cut = Math.Min(k, retrieved.Count);
        while (cut > 0 && cut < retrieved.Count && retrieved[cut].Score.Equals(retrieved[cut - 1].Score))
        {
            cut++;
        }

        TopK = retrieved.Take(cut).ToList();
        double? previousScore = null;
        var previousRank = 0;
        foreach (var chunk in TopK)
        {
            if (articles.Any(a => a.ArticleId == chunk.Chunk.ArticleId))
            {
                continue;
            }

            var rank = previousScore.Equals(chunk.Score) ? previousRank : articles.Count + 1;
            articles.Add((chunk.Chunk.ArticleId, rank));
            (previousScore, previousRank) = (chunk.Score, rank);
        }
    }

    /// <summary>The top-k chunks (more than k only when the k-th is tied with the next).</summary>
    public IReadOnlyList<RetrievedChunk> TopK { get; }

    /// <summary>Distinct article ids in the top-k, best first.</summary>
    public IReadOnlyList<string> Articles => articles.Select(a => a.ArticleId).ToList();

    /// <summary>The 1-based rank of <paramref name="articleId"/> within the top-k, or null when it is not there.</summary>
    public int? RankOf(string articleId) =>
        articles.Where(a => string.Equals(a.ArticleId, articleId, StringComparison.OrdinalIgnoreCase))
            .Select(a => (int?)a.Rank).FirstOrDefault();
}
