using System.Numerics.Tensors;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.VectorData;
using QaBot.Core.Articles;
using QaBot.Core.Embeddings;
using QaBot.Core.Store;
using QaBot.Core.Text;

namespace QaBot.Core.Retrieval;

/// <summary>
/// What retrieval found for one query: the passages best first, the weighted query terms, and — when a sentence
/// encoder is available — the query's vector and the vectors of every sentence of the passages, which the reader reuses.
/// </summary>
public sealed record RetrievalResult(IReadOnlyList<RetrievedChunk> Chunks, IReadOnlyList<WeightedTerm> Terms, bool UsedVectors)
{
    /// <summary>The query's vector; null without an embedding model.</summary>
    public float[]? QueryVector { get; init; }

    /// <summary>Sentence text → its vector, for every sentence of <see cref="Chunks"/>; empty without an embedding model.</summary>
    public IReadOnlyDictionary<string, float[]> SentenceVectors { get; init; } = new Dictionary<string, float[]>(StringComparer.Ordinal);

    /// <summary>How many chunks the store searched holds (0 when unknown): the reader is calibrated by store size.</summary>
    public long StoreChunks { get; init; }
}

/// <summary>
/// Hybrid retrieval: BM25 full-text candidates and vector candidates (each chunk's vector is the mean of its sentences'),
/// then each candidate's semantic score is its best sentence's similarity to the query, and the BM25 and semantic ranks
/// are fused by reciprocal rank (RRF). A casual question rarely repeats the article's words, and an article's answer is
/// usually one sentence: the best-sentence score finds it where BM25 and whole-passage vectors miss. Works with keyword
/// search alone when no embedding model is available.
/// </summary>
public sealed class HybridRetriever(
    VectorStoreCollection<string, ChunkRecord> collection,
    EmbeddingModel embeddings,
    SentenceVectors sentenceVectors,
    TermWeighter weighter,
    IOptions<RetrievalOptions> options)
{
    /// <summary>The most passages of one article <see cref="WithArticlesAsync"/> adds.</summary>
    private const int MaxArticleChunks = 200;

    /// <summary>How many passages of an article <see cref="RetrieveAcrossArticlesAsync"/> makes sure to read, when the pool has them.</summary>
    private const int PassagesPerArticle = 2;

    private readonly RetrievalOptions _options = options.Value;

    /// <summary>Retrieves the TopK passages for <paramref name="query"/>, best first.</summary>
    public Task<RetrievalResult> RetrieveAsync(string query, CancellationToken ct) => RetrieveAsync(query, _options.TopK, ct);

    /// <summary>The whole candidate pool for <paramref name="query"/> (<c>Retrieval:CandidatePool</c> passages), best first: the words a typo may be meant as.</summary>
    public Task<RetrievalResult> RetrievePoolAsync(string query, CancellationToken ct) => RetrieveAsync(query, _options.CandidatePool, ct);

    /// <summary>
    /// For a summary or a "latest" question: the TopK passages plus every passage of the two best-ranked articles, of
    /// any article in the candidate pool <paramref name="query"/> names (<see cref="ArticleReference"/>: "gist of the
    /// dec 2022 article", "per the 2021 piece", "the al jazeera one", whose passages then lead) and, when
    /// <paramref name="newest"/>, of the two newest articles in the pool (the reader then decides which of them is relevant).
    /// </summary>
    public async Task<RetrievalResult> RetrieveWholeArticlesAsync(string query, bool newest, CancellationToken ct)
    {
        var wide = await RetrieveAsync(query, _options.CandidatePool, ct);
        var top = wide.Chunks.Take(_options.TopK).ToList();
        var pool = wide.Chunks.Select(c => c.Chunk).DistinctBy(c => c.ArticleId).ToList();
        var dates = DateMentions.Find(query, pool.Where(c => c.Date is not null).Select(c => c.Date!.Value));
        var named = pool.Where(c => ArticleReference.Names(query, dates, c)).Select(c => c.ArticleId).ToHashSet(StringComparer.Ordinal);
        var articles = named.Concat(top.Select(c => c.Chunk.ArticleId).Distinct(StringComparer.Ordinal).Take(2));
        if (newest)
        {
            articles = articles.Concat(pool.OrderByDescending(c => c.Date ?? DateOnly.MinValue).Take(2).Select(c => c.ArticleId));
        }

        var whole = await WithArticlesAsync(wide with { Chunks = top }, articles, ct);
        // The article the question names by its date ("the sept 2022 article") or outlet is the one asked about: its passages lead.
        return named.Count == 0 ? whole : whole with { Chunks = [.. whole.Chunks.OrderBy(c => named.Contains(c.Chunk.ArticleId) ? 0 : 1)] };
    }

    /// <summary>
    /// For a "latest" question that names no topic ("latest news pls", "sum up the most recent piece u have"): the
    /// store's newest article, whole (by its date; the catalogue is asked for it, so a large store's newest is found
    /// whatever its words), searched for <paramref name="query"/> only for the question's terms and vector. The TopK
    /// passages for <paramref name="query"/> when no article has a date.
    /// </summary>
    public async Task<RetrievalResult> RetrieveNewestArticleAsync(string query, CancellationToken ct)
    {
        var found = await RetrieveAsync(query, _options.TopK, ct);
        var newest = await collection.GetAsync(r => r.ChunkIndex == 0, 1, new() { OrderBy = o => o.Descending(r => r.Date) }, ct).FirstOrDefaultAsync(ct);
        return newest is null || newest.Date.Length == 0 ? found : await WithArticlesAsync(found with { Chunks = [] }, [newest.ArticleId], ct);
    }

    /// <summary>
    /// For a comparison or a question across articles: the TopK passages, then — best first, at most TopK more — the next
    /// passages of the candidate pool of each article that has fewer than <see cref="PassagesPerArticle"/> among them, so
    /// an article whose passages rank just below the TopK can still tell its part (the reader then decides which articles
    /// are relevant).
    /// </summary>
    public async Task<RetrievalResult> RetrieveAcrossArticlesAsync(string query, CancellationToken ct)
    {
        var wide = await RetrieveAsync(query, _options.CandidatePool, ct);
        var top = wide.Chunks.Take(_options.TopK).ToList();
        var perArticle = top.CountBy(c => c.Chunk.ArticleId).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        foreach (var c in wide.Chunks.Skip(_options.TopK))
        {
            if (top.Count < 2 * _options.TopK && perArticle.GetValueOrDefault(c.Chunk.ArticleId) < PassagesPerArticle)
            {
                perArticle[c.Chunk.ArticleId] = perArticle.GetValueOrDefault(c.Chunk.ArticleId) + 1;
                top.Add(c);
            }
        }

        return wide with { Chunks = top };
    }

    private async Task<RetrievalResult> RetrieveAsync(string query, int topK, CancellationToken ct)
    {
        var terms = await weighter.WeighAsync(query, ct);
        var keyword = await KeywordCandidatesAsync(KeywordQuery(query, terms), ct);
        var queryVector = _options.Fusion == FusionMethod.KeywordOnly ? null : (await embeddings.EmbedQueryAsync(query, ct))?.ToArray();
        if (queryVector is null || queryVector.AsSpan().IndexOfAnyExcept(0f) < 0)
        {
            var ranked = keyword.Take(topK).Select(r => new RetrievedChunk(r.Record.ToChunk(), r.Score ?? 0, r.Score, null)).ToList();
            return new RetrievalResult(ranked, terms, false) { StoreChunks = weighter.StoreChunks };
        }

        var candidates = new Dictionary<string, ChunkRecord>(StringComparer.Ordinal);
        foreach (var r in keyword)
        {
            candidates.TryAdd(r.Record.Key, r.Record);
        }

        await foreach (var r in collection.SearchAsync(queryVector, _options.CandidatePool, cancellationToken: ct))
        {
            candidates.TryAdd(r.Record.Key, r.Record);
        }

        var sentences = candidates.Values.ToDictionary(c => c.Key, c => SentenceVectors.Sentences(c.Text), StringComparer.Ordinal);
        var vectorOf = new Dictionary<string, float[]>(StringComparer.Ordinal);
        await AddSentenceVectorsAsync(vectorOf, sentences.Values.SelectMany(s => s), ct);

        var semantic = candidates.Keys
            .Select(key => (Key: key, Score: (double)sentences[key].Select(s => TensorPrimitives.Dot(queryVector, vectorOf[s])).DefaultIfEmpty(0f).Max()))
            .OrderByDescending(x => x.Score)
            .ToList();
        var fused = RankFusion.Fuse(
            [.. keyword.Select(r => (r.Record.Key, r.Score ?? 0))], semantic, _options.Fusion, _options.RrfK, _options.VectorWeight);
        var keywordScores = keyword.ToDictionary(r => r.Record.Key, r => r.Score, StringComparer.Ordinal);
        var semanticScores = semantic.ToDictionary(x => x.Key, x => x.Score, StringComparer.Ordinal);
        var top = fused
            .OrderByDescending(f => f.Value)
            .Take(topK)
            .Select(f => new RetrievedChunk(candidates[f.Key].ToChunk(), f.Value, keywordScores.GetValueOrDefault(f.Key), semanticScores[f.Key]))
            .ToList();
        var used = top.SelectMany(c => sentences[c.Chunk.Id]).Distinct(StringComparer.Ordinal).ToDictionary(s => s, s => vectorOf[s], StringComparer.Ordinal);
        return new RetrievalResult(top, terms, true) { QueryVector = queryVector, SentenceVectors = used, StoreChunks = weighter.StoreChunks };
    }

    /// <summary>
    /// <paramref name="retrieval"/> with every passage of <paramref name="articleIds"/> added after its own (and their
    /// sentence vectors), for answers that summarise whole articles.
    /// </summary>
    private async Task<RetrievalResult> WithArticlesAsync(RetrievalResult retrieval, IEnumerable<string> articleIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(retrieval);
        ArgumentNullException.ThrowIfNull(articleIds);
        var chunks = retrieval.Chunks.ToList();
        var have = chunks.Select(c => c.Chunk.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var id in articleIds.Distinct(StringComparer.Ordinal))
        {
            var added = new List<ChunkRecord>();
            await foreach (var record in collection.GetAsync(r => r.ArticleId == id, MaxArticleChunks, cancellationToken: ct))
            {
                added.Add(record);
            }

            chunks.AddRange(added.Where(r => have.Add(r.Key)).OrderBy(r => r.ChunkIndex).Select(r => new RetrievedChunk(r.ToChunk(), 0)));
        }

        if (retrieval.QueryVector is null || chunks.Count == retrieval.Chunks.Count)
        {
            return retrieval with { Chunks = chunks };
        }

        var all = new Dictionary<string, float[]>(retrieval.SentenceVectors, StringComparer.Ordinal);
        await AddSentenceVectorsAsync(all, chunks.SelectMany(c => SentenceVectors.Sentences(c.Chunk.Text)), ct);

        return retrieval with { Chunks = chunks, SentenceVectors = all };
    }

    /// <summary>Adds to <paramref name="vectors"/> the stored vector of each of <paramref name="sentences"/> it does not hold yet.</summary>
    private async Task AddSentenceVectorsAsync(Dictionary<string, float[]> vectors, IEnumerable<string> sentences, CancellationToken ct)
    {
        var texts = sentences.Where(t => !vectors.ContainsKey(t)).Distinct(StringComparer.Ordinal).ToList();
        if (texts.Count == 0)
        {
            return;
        }

        var found = await sentenceVectors.GetAsync(texts, ct) ?? [];
        for (var i = 0; i < found.Length; i++)
        {
            vectors[texts[i]] = found[i];
        }
    }

    /// <summary>
    /// The full-text query for <paramref name="query"/>: the question, and for each of its words that no passage holds the
    /// news' other words for it (<see cref="Synonyms"/>: "where did the russian and chinese navies do drills" is also
    /// searched as "naval" and "exercises"). A word the passages hold keeps its own matches alone. A demonym brings its
    /// place, which the index does not know as one ("the uzbek trip" is searched as "uzbekistan" too).
    /// </summary>
    private static string KeywordQuery(string query, IReadOnlyList<WeightedTerm> terms) =>
        string.Join(' ', [query, .. terms.Where(t => t.DocumentFrequency == 0).SelectMany(t => Synonyms.WordsFor(t.Word)),
            .. terms.Select(t => Stemmer.PlaceOfDemonym(t.Word)).OfType<string>().Where(p => !query.Contains(p, StringComparison.OrdinalIgnoreCase))]);

    private async Task<List<VectorSearchResult<ChunkRecord>>> KeywordCandidatesAsync(string query, CancellationToken ct)
    {
        var results = new List<VectorSearchResult<ChunkRecord>>();
        if (_options.Fusion != FusionMethod.VectorOnly && collection.GetService(typeof(IKeywordSearchable<ChunkRecord>)) is IKeywordSearchable<ChunkRecord> keywords)
        {
            await foreach (var r in keywords.KeywordSearchAsync(query, _options.CandidatePool, null, ct))
            {
                results.Add(r);
            }
        }

        return results;
    }
}
