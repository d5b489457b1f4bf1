using System.Collections.Concurrent;
using System.Numerics.Tensors;
using QaBot.Core.Embeddings;

namespace QaBot.Core.Answering.Reading;

/// <summary>
/// How much of a question a sentence says, word piece by word piece in context (late interaction, as BERTScore's
/// recall): each content piece of the question finds the closest content piece of the sentence by the cosine of their
/// contextual vectors from all-MiniLM-L6-v2 (<see cref="EncoderNetwork.MiniLM"/>), and the closeness is averaged,
/// each piece weighed as its text is in the question (its IDF weight, as BERTScore's idf option: "thankful" counts for
/// more than "xi" or "moscow", which every sentence of the articles says; a piece of a word the tokenizer splits, such
/// as "st", "olt", "enberg", is not a question term and weighs the terms' mean). A
/// whole-sentence vector blurs a paraphrase into everything else the sentence says; piece by piece "pouring money into"
/// meets "increasing its investment in" and "tell off" meets "chastised". Run on the reader's few best sentences only
/// (<see cref="Candidates"/>); a sentence's pieces are cached, so a store's sentences are encoded once while they are asked about.
/// </summary>
public sealed class TokenMatch
{
    /// <summary>How many of the reader's best sentences are compared piece by piece.</summary>
    public const int Candidates = 5;

    /// <summary>The most sentences whose pieces are kept (about 25 KB each); the cache starts afresh beyond it.</summary>
    private const int MaxCached = 4096;

    private readonly Lazy<SentenceEncoder> _encoder;
    private readonly int _threads;
    private readonly ConcurrentDictionary<string, (string Piece, float[] Vector)[]> _cache = new(StringComparer.Ordinal);

    /// <summary>A matcher that loads MiniLM on first use, to run on up to <paramref name="threads"/> threads (0 = all cores).</summary>
    public TokenMatch(int threads)
    {
        _threads = threads > 0 ? threads : Environment.ProcessorCount;
        _encoder = new Lazy<SentenceEncoder>(() => SentenceEncoder.Shared(EncoderNetwork.MiniLM, threads));
    }

    /// <summary>
    /// Starts loading the network in the background (about half a second, which the first fact question would otherwise
    /// wait for; a question asked meanwhile waits only for the rest).
    /// </summary>
    public void Preload() => _ = Task.Run(() => _encoder.Value);

    /// <summary>
    /// For each of <paramref name="sentences"/>, the share of <paramref name="question"/> it says (0–1), each of the
    /// question's pieces weighed by <paramref name="weightOf"/> its text (evenly without it).
    /// </summary>
    public IReadOnlyList<double> Recall(string question, IReadOnlyList<string> sentences, Func<string, double>? weightOf = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(sentences);
        var pieces = PiecesOf([question, .. sentences]);
        var asked = pieces[question];
        var weights = asked.Select(p => weightOf?.Invoke(p.Piece) ?? 1).ToArray();
        return [.. sentences.Select(s => Recall(asked, weights, pieces[s]))];
    }

    /// <summary>
    /// <paramref name="head"/>, the reader's best sentences best first, in the order of each one's logit plus
    /// <paramref name="weight"/> × how much of <paramref name="question"/> it says (<see cref="Recall"/>, its pieces
    /// weighed by <paramref name="weightOf"/>): a fact question's lead is the first, a comparison's article is read in
    /// this order.
    /// </summary>
    public IReadOnlyList<ScoredSentence> Reorder(string question, IReadOnlyList<ScoredSentence> head, double weight, Func<string, double>? weightOf)
    {
        ArgumentNullException.ThrowIfNull(head);
        var recall = Recall(question, [.. head.Select(s => s.Candidate.Text)], weightOf);
        return [.. Order([.. head.Select(s => s.Probability)], recall, weight).Select(i => head[i])];
    }

    /// <summary>
    /// Which of the reader's best sentences (their <paramref name="probabilities"/>, best first) leads when each counts its
    /// logit plus <paramref name="weight"/> × its <paramref name="recall"/> (in the same order): the index of the winner.
    /// </summary>
    public static int Leader(IReadOnlyList<double> probabilities, IReadOnlyList<double> recall, double weight)
    {
        var order = Order(probabilities, recall, weight);
        return order.Count == 0 ? 0 : order[0];
    }

    /// <summary>The indexes of the sentences of <see cref="Leader"/>'s arguments, by that score, highest first (ties keep their order).</summary>
    public static IReadOnlyList<int> Order(IReadOnlyList<double> probabilities, IReadOnlyList<double> recall, double weight)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        ArgumentNullException.ThrowIfNull(recall);
        return [.. Enumerable.Range(0, Math.Min(probabilities.Count, recall.Count)).OrderByDescending(i =>
        {
            var p = Math.Clamp(probabilities[i], 1e-6, 1 - 1e-6);
            return Math.Log(p / (1 - p)) + (weight * recall[i]);
        })];
    }

    private static double Recall((string Piece, float[] Vector)[] asked, double[] weights, (string Piece, float[] Vector)[] said)
    {
        var total = weights.Sum();
        if (asked.Length == 0 || said.Length == 0 || total <= 0)
        {
            return 0;
        }

        double sum = 0;
        for (var i = 0; i < asked.Length; i++)
        {
            var closest = float.NegativeInfinity;
            foreach (var s in said)
            {
                closest = Math.Max(closest, TensorPrimitives.Dot(asked[i].Vector, s.Vector));
            }

            sum += weights[i] * closest;
        }

        return sum / total;
    }

    /// <summary>The content pieces' vectors of each text, from the cache or encoded (one text per network run, the runs spread over the threads).</summary>
    private Dictionary<string, (string Piece, float[] Vector)[]> PiecesOf(IReadOnlyList<string> texts)
    {
        var found = new Dictionary<string, (string Piece, float[] Vector)[]>(StringComparer.Ordinal);
        foreach (var text in texts.Distinct(StringComparer.Ordinal))
        {
            if (_cache.TryGetValue(text, out var cached))
            {
                found[text] = cached;
            }
        }

        var missing = texts.Where(t => !found.ContainsKey(t)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count == 0)
        {
            return found;
        }

        // Padding a batch to its longest text cost more than one run per text saved.
        var encoded = new (string Piece, float[] Vector)[missing.Count][];
        Parallel.For(0, missing.Count, new ParallelOptions { MaxDegreeOfParallelism = _threads }, i => encoded[i] = _encoder.Value.EncodePieces([missing[i]])[0]);
        if (_cache.Count + missing.Count > MaxCached)
        {
            _cache.Clear();
        }

        for (var i = 0; i < missing.Count; i++)
        {
            var content = encoded[i].Where(p => IsContent(p.Piece)).ToArray();
            found[missing[i]] = content;
            _cache[missing[i]] = content;
        }

        return found;
    }

    /// <summary>A piece that carries content: letters or digits, more than one character, not a stop word.</summary>
    private static bool IsContent(string piece)
    {
        var word = piece.TrimStart('#');
        return word.Length > 1 && word.Any(char.IsLetterOrDigit) && !Text.StopWords.Contains(word);
    }
}
