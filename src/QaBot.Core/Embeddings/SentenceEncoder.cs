using System.Numerics.Tensors;
using Microsoft.Extensions.AI;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.Tokenizers;

namespace QaBot.Core.Embeddings;

/// <summary>
/// Embeds text offline with a neural sentence encoder (an <see cref="EncoderNetwork"/> run by ONNX Runtime, WordPiece
/// tokens from Microsoft.ML.Tokenizers' <see cref="BertTokenizer"/>). Texts are sorted by token length and batched under
/// a token budget, so a batch pads little; vectors are L2-normalised (cosine = dot product). Thread-safe.
/// </summary>
public sealed class SentenceEncoder : IEmbeddingGenerator<string, Embedding<float>>
{
    private const int MaxBatch = 64;
    private const int BatchTokenBudget = 8192;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string, int), Lazy<SentenceEncoder>> Loaded = new();

    private readonly InferenceSession _session;
    private readonly BertTokenizer _tokenizer;
    private readonly EmbeddingGeneratorMetadata _metadata;
    private readonly int _threads;
    private long _texts;
    private long _tokens;
    private long _paddedTokens;
    private long _paddedTokenPairs;

    /// <summary>Loads <paramref name="network"/>, to run up to <paramref name="threads"/> batches at once (0 = all cores).</summary>
    public SentenceEncoder(EncoderNetwork network, int threads = 0)
    {
        ArgumentNullException.ThrowIfNull(network);
        Network = network;
        _threads = threads > 0 ? threads : Environment.ProcessorCount;
        using (var vocab = network.OpenResource("vocab.txt"))
        {
            _tokenizer = BertTokenizer.Create(vocab, new BertOptions { LowerCaseBeforeTokenization = true });
        }

        byte[] model;
        using (var stream = network.OpenResource("model.onnx"))
        {
            // Read into one array of the exact size: copying through a growing MemoryStream held ~2.4× the network's 90 MB at once.
            model = new byte[stream.Length];
            stream.ReadExactly(model);
        }

        // Each inference runs on the calling thread alone; threads work on different batches instead (see Encode). Splitting
        // one small matrix product across threads makes every operator wait for the slowest thread: on shared cores that
        // made 2 threads slower than 1, and a question's single short text gains nothing from a second thread.
        using var options = new SessionOptions
        {
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            IntraOpNumThreads = 1,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
        };
        _session = new InferenceSession(model, options);
        _metadata = new EmbeddingGeneratorMetadata("onnx", null, network.ModelId, EncoderNetwork.Dimensions);
    }

    /// <summary>
    /// One encoder per network and thread count for the whole process, loaded on first use (a network is ~90 MB and a
    /// second of loading; every store, test host and command in the process shares it). Never disposed.
    /// </summary>
    public static SentenceEncoder Shared(EncoderNetwork network, int threads)
    {
        ArgumentNullException.ThrowIfNull(network);
        return Loaded.GetOrAdd((network.Name, threads), _ => new Lazy<SentenceEncoder>(() => new SentenceEncoder(network, threads))).Value;
    }

    /// <summary>The network this encoder runs.</summary>
    public EncoderNetwork Network { get; }

    /// <summary>The work this encoder has done so far, for every caller together (the bench's throughput and FLOP accounting).</summary>
    public EncoderWork Work => new(
        Interlocked.Read(ref _texts), Interlocked.Read(ref _tokens), Interlocked.Read(ref _paddedTokens), Interlocked.Read(ref _paddedTokenPairs));

    /// <summary>Number of WordPiece tokens of <paramref name="text"/> (with [CLS]/[SEP]), capped at the network's limit.</summary>
    public int CountTokens(string text) => Tokenize(text).Length;

    /// <summary>True when <paramref name="word"/> is a whole word of the network's vocabulary (a dictionary word, not one it must spell out in pieces).</summary>
    public bool IsVocabularyWord(string word) => VocabularyRank(word) is not null;

    /// <summary>
    /// Where <paramref name="word"/> stands in the network's vocabulary when it is a whole word of it (its token id: the
    /// vocabulary lists whole words about in order of how common they are), or null.
    /// </summary>
    public int? VocabularyRank(string word)
    {
        if (string.IsNullOrWhiteSpace(word))
        {
            return null;
        }

        var ids = Tokenize(word);
        return ids.Length == 3 ? (int)ids[1] : null;
    }

    /// <inheritdoc />
    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var vectors = Encode([.. values], cancellationToken);
        var now = DateTimeOffset.UtcNow;
        var result = new GeneratedEmbeddings<Embedding<float>>(vectors.Length);
        foreach (var vector in vectors)
        {
            result.Add(new Embedding<float>(vector) { ModelId = Network.ModelId, CreatedAt = now });
        }

        return Task.FromResult(result);
    }

    /// <summary>Encodes <paramref name="texts"/> into unit vectors, in order.</summary>
    public float[][] Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var tokens = texts.Select(Tokenize).ToArray();
        var vectors = new float[texts.Count][];
        var batches = Batches(tokens);
        void RunBatch(int b)
        {
            var batch = batches[b];
            var output = Run([.. batch.Select(i => tokens[i])]);
            for (var r = 0; r < batch.Length; r++)
            {
                vectors[batch[r]] = output[r];
            }
        }

        if (_threads == 1 || batches.Count == 1)
        {
            for (var b = 0; b < batches.Count; b++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                RunBatch(b);
            }

            return vectors;
        }

        try
        {
            // Longest batches first, so no thread is left with a long one at the end.
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = _threads, CancellationToken = cancellationToken };
            Parallel.ForEach(Enumerable.Range(0, batches.Count).Reverse(), parallel, RunBatch);
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count == 1)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex.InnerExceptions[0]);
        }

        return vectors;
    }

    /// <summary>
    /// Text indexes grouped into batches by token length: sorted, a batch grows while it fits the token budget and its
    /// longest text stays within an eighth of its shortest, so padding costs at most ~12 % (a title beside an 80-token
    /// sentence padded half of every batch), and no batch takes more than its share of the threads' work. On a CPU a
    /// batch of a few texts runs nearly as fast per token as a big one.
    /// </summary>
    private List<int[]> Batches(long[][] tokens)
    {
        var order = Enumerable.Range(0, tokens.Length).OrderBy(i => tokens[i].Length).ToArray();
        var maxRows = Math.Clamp((order.Length + _threads - 1) / _threads, 1, MaxBatch);
        var batches = new List<int[]>();
        var start = 0;
        while (start < order.Length)
        {
            var end = start + 1;
            var longest = MaxPaddedLength(tokens[order[start]].Length);
            while (end < order.Length && end - start < maxRows && tokens[order[end]].Length <= longest
                && (end - start + 1) * tokens[order[end]].Length <= BatchTokenBudget)
            {
                end++;
            }

            batches.Add(order[start..end]);
            start = end;
        }

        return batches;
    }

    /// <summary>
    /// Each text's word pieces with their contextual unit vectors (without [CLS]/[SEP]), in order, from one padded batch —
    /// for late-interaction scoring (<see cref="Answering.Reading.TokenMatch"/>). A piece is its decoded text ("invest",
    /// "ment").
    /// </summary>
    public IReadOnlyList<(string Piece, float[] Vector)[]> EncodePieces(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (texts.Count == 0)
        {
            return [];
        }

        var batch = texts.Select(Tokenize).ToArray();
        var width = batch.Max(t => t.Length);
        return Hidden(batch, width, hidden => Pieces(batch, width, hidden));
    }

    private (string Piece, float[] Vector)[][] Pieces(long[][] batch, int width, ReadOnlySpan<float> hidden)
    {
        const int dims = EncoderNetwork.Dimensions;
        var result = new (string, float[])[batch.Length][];
        for (var r = 0; r < batch.Length; r++)
        {
            var pieces = new (string, float[])[Math.Max(0, batch[r].Length - 2)];
            for (var t = 1; t < batch[r].Length - 1; t++)
            {
                var v = hidden.Slice(((r * width) + t) * dims, dims).ToArray();
                TensorPrimitives.Divide(v, TensorPrimitives.Norm(v), v);
                pieces[t - 1] = (_tokenizer.Decode([(int)batch[r][t]]) ?? "", v);
            }

            result[r] = pieces;
        }

        return result;
    }

    private static int MaxPaddedLength(int shortest) => shortest + Math.Max(2, shortest / 8);

    private long[] Tokenize(string text)
    {
        var ids = _tokenizer.EncodeToIds(text ?? "", Network.MaxTokens, addSpecialTokens: true, out _, out _);
        return [.. ids.Select(id => (long)id)];
    }

    /// <summary>Reads the network's last hidden states: rows × padded width × dimensions.</summary>
    private delegate T HiddenReader<T>(ReadOnlySpan<float> hidden);

    /// <summary>Runs the network on <paramref name="batch"/>, padded to <paramref name="width"/> tokens, and hands its last hidden states to <paramref name="read"/>.</summary>
    private T Hidden<T>(long[][] batch, int width, HiddenReader<T> read)
    {
        var rows = batch.Length;
        var ids = new long[rows * width];
        var mask = new long[rows * width];
        var types = new long[rows * width];
        for (var r = 0; r < rows; r++)
        {
            batch[r].CopyTo(ids, r * width);
            mask.AsSpan(r * width, batch[r].Length).Fill(1);
        }

        Interlocked.Add(ref _texts, rows);
        Interlocked.Add(ref _tokens, batch.Sum(t => (long)t.Length));
        Interlocked.Add(ref _paddedTokens, (long)rows * width);
        Interlocked.Add(ref _paddedTokenPairs, (long)rows * width * width);
        long[] shape = [rows, width];
        using var idsValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var typesValue = OrtValue.CreateTensorValueFromMemory(types, shape);
        var inputs = new Dictionary<string, OrtValue>(StringComparer.Ordinal)
        {
            ["input_ids"] = idsValue,
            ["attention_mask"] = maskValue,
            ["token_type_ids"] = typesValue,
        };
        using var runOptions = new RunOptions();
        using var outputs = _session.Run(runOptions, inputs, ["last_hidden_state"]);
        return read(outputs[0].GetTensorDataAsSpan<float>());
    }

    private float[][] Run(long[][] batch)
    {
        var width = batch.Max(t => t.Length);
        return Hidden(batch, width, hidden => Pool(batch, width, hidden));
    }

    private float[][] Pool(long[][] batch, int width, ReadOnlySpan<float> hidden)
    {
        var rows = batch.Length;
        const int dims = EncoderNetwork.Dimensions;
        var vectors = new float[rows][];
        for (var r = 0; r < rows; r++)
        {
            var vector = new float[dims];
            var tokens = Network.Pooling == Pooling.Cls ? 1 : batch[r].Length;
            for (var t = 0; t < tokens; t++)
            {
                TensorPrimitives.Add(vector, hidden.Slice(((r * width) + t) * dims, dims), vector);
            }

            var norm = TensorPrimitives.Norm(vector);
            if (norm > 0)
            {
                TensorPrimitives.Divide(vector, norm, vector);
            }

            vectors[r] = vector;
        }

        return vectors;
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType?.IsInstanceOfType(this) == true ? this
        : serviceKey is null && serviceType == typeof(EmbeddingGeneratorMetadata) ? _metadata
        : null;

    /// <inheritdoc />
    public void Dispose() => _session.Dispose();
}
