using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.VectorData;
using QaBot.Core.Embeddings;
using QaBot.Core.Store;
using QaBot.Core.Text;

namespace QaBot.Core.Retrieval;

/// <summary>What retrieval found for one query, with the weighted query terms the answerer reuses.</summary>
public sealed record RetrievalResult(IReadOnlyList<RetrievedChunk> Chunks, IReadOnlyList<WeightedTerm> Terms, bool UsedVectors);

/// <summary>
/// Hybrid retrieval: BM25 full-text and vector candidates, fused (RRF by default), re-ranked by query-term coverage,
/// cut at the relevance floor. Works with keyword search alone when no word vectors are available.
/// </summary>
public sealed class HybridRetriever(
    VectorStoreCollection<string, ChunkRecord> collection,
    EmbeddingModel embeddings,
    TermWeighter weighter,
    IOptions<RetrievalOptions> options,
    ILogger<HybridRetriever> logger)
{
    private static readonly HashSet<string> RecencyWords = new(StringComparer.Ordinal) { "latest", "recent", "recently", "newest", "current", "currently", "now", "today" };
    private readonly RetrievalOptions _options = options.Value;

    /// <summary>Retrieves up to TopK passages above the relevance floor, best first.</summary>
    public async Task<RetrievalResult> RetrieveAsync(string query, CancellationToken ct)
    {
        var terms = await weighter.WeighAsync(query, ct);
        var keyword = await KeywordCandidatesAsync(query, ct);
        var (vector, usedVectors) = await VectorCandidatesAsync(query, ct);
        var fused = RankFusion.Fuse(
            keyword.Select(r => (r.Record.Key, r.Score ?? 0)).ToList(),
            vector.Select(r => (r.Record.Key, r.Score ?? 0)).ToList(),
            usedVectors ? _options.Fusion : FusionMethod.KeywordOnly,
            _options.RrfK,
            _options.VectorWeight);

        var records = new Dictionary<string, (ChunkRecord Record, double? Keyword, double? Vector)>(StringComparer.Ordinal);
        foreach (var r in keyword)
        {
            records[r.Record.Key] = (r.Record, r.Score, null);
        }

        foreach (var r in vector)
        {
            records[r.Record.Key] = records.TryGetValue(r.Record.Key, out var seen) ? seen with { Vector = r.Score } : (r.Record, null, r.Score);
        }

        var coverage = new TermCoverage(embeddings.WordVectors, _options.SoftMatchThreshold);
        var maxFused = fused.Count == 0 ? 1 : fused.Values.Max();
        var wantsRecent = WordTokens.Of(query).Any(RecencyWords.Contains);
        var newest = records.Values.Select(r => r.Record.Date).Where(d => d.Length > 0).DefaultIfEmpty("").Max() ?? "";

        var ranked = new List<(RetrievedChunk Chunk, double Relevance)>();
        foreach (var (key, fusedScore) in fused)
        {
            var (record, keywordScore, vectorScore) = records[key];
            var relevance = terms.Count == 0 ? 0 : coverage.Score(terms, record.Text);
            var score = (1 - _options.CoverageWeight) * (fusedScore / maxFused) + _options.CoverageWeight * relevance;
            if (wantsRecent && record.Date.Length > 0 && string.Equals(record.Date, newest, StringComparison.Ordinal))
            {
                score += 0.1;
            }

            ranked.Add((new RetrievedChunk(record.ToChunk(), score, keywordScore, vectorScore), relevance));
        }

        var kept = ranked
            .Where(r => r.Relevance >= _options.MinRelevance)
            .OrderByDescending(r => r.Chunk.Score)
            .Take(_options.TopK)
            .Select(r => r.Chunk)
            .ToList();
        return new RetrievalResult(kept, terms, usedVectors);
    }

    private async Task<List<VectorSearchResult<ChunkRecord>>> KeywordCandidatesAsync(string query, CancellationToken ct)
    {
        var results = new List<VectorSearchResult<ChunkRecord>>();
        if (collection.GetService(typeof(IKeywordSearchable<ChunkRecord>)) is IKeywordSearchable<ChunkRecord> keywords)
        {
            await foreach (var r in keywords.KeywordSearchAsync(query, _options.CandidatePool, null, ct))
            {
                results.Add(r);
            }
        }

        return results;
    }

    private async Task<(List<VectorSearchResult<ChunkRecord>> Results, bool Used)> VectorCandidatesAsync(string query, CancellationToken ct)
    {
        var results = new List<VectorSearchResult<ChunkRecord>>();
        if (await embeddings.EmbedQueryAsync(query, ct) is not { } vector)
        {
            return (results, false);
        }

        if (vector.Span.IndexOfAnyExcept(0f) < 0)
        {
            logger.LogDebug("Query has no known words for the vector model; using full-text search only");
            return (results, false);
        }

        await foreach (var r in collection.SearchAsync(vector, _options.CandidatePool, cancellationToken: ct))
        {
            results.Add(r);
        }

        return (results, true);
    }
}
