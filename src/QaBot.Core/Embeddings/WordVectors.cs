using System.Buffers.Binary;
using System.IO.MemoryMappedFiles;
using System.Numerics.Tensors;

namespace QaBot.Core.Embeddings;

/// <summary>
/// Local word vectors, memory-mapped from the binary cache (opening costs milliseconds; pages are read on first use,
/// and the most frequent words sit together at the front). Words are kept in corpus-frequency order, so a word's
/// index is its frequency rank. Thread-safe for reading. Spans it returns are valid until the object is disposed.
/// </summary>
public sealed unsafe class WordVectors : IDisposable
{
    /// <summary>The SIF smoothing constant <c>a</c> of Arora et al. (2017); 1e-3 is their recommended value.</summary>
    public const float SifA = 1e-3f;

    private readonly MemoryMappedFile _file;
    private readonly MemoryMappedViewAccessor _view;
    private readonly byte* _base;
    private readonly float* _vectors;
    private readonly float* _common;
    private readonly int* _starts;
    private readonly int* _table;
    private readonly char* _chars;
    private readonly int _mask;
    private readonly float _zipfNormalizer;

    private WordVectors(string modelId, string path, MemoryMappedFile file, MemoryMappedViewAccessor view, byte* basePointer)
    {
        ModelId = modelId;
        Path = path;
        _file = file;
        _view = view;
        _base = basePointer;
        var header = new ReadOnlySpan<byte>(basePointer, WordVectorFile.HeaderSize);
        Dimensions = BinaryPrimitives.ReadInt32LittleEndian(header[8..]);
        Count = BinaryPrimitives.ReadInt32LittleEndian(header[12..]);
        var slots = BinaryPrimitives.ReadInt32LittleEndian(header[16..]);
        var chars = BinaryPrimitives.ReadInt64LittleEndian(header[24..]);
        var layout = WordVectorFile.Layout.For(Dimensions, Count, slots, chars);
        _vectors = (float*)(basePointer + layout.Vectors);
        _common = (float*)(basePointer + layout.Common);
        _starts = (int*)(basePointer + layout.WordStarts);
        _table = (int*)(basePointer + layout.Table);
        _chars = (char*)(basePointer + layout.Chars);
        _mask = slots - 1;
        // Zipf's law: p(rank r) ≈ 1 / ((r + 1) · H_N), H_N ≈ ln N + γ, the harmonic number of the vocabulary size.
        _zipfNormalizer = (float)(Math.Log(Math.Max(Count, 2)) + 0.5772156649);
    }

    /// <summary>Identifies the vectors (e.g. "glove-wink-sg-100d"); stored vectors are only comparable within one id.</summary>
    public string ModelId { get; }

    /// <summary>The cache file these vectors are mapped from.</summary>
    public string Path { get; }

    /// <summary>Length of every vector.</summary>
    public int Dimensions { get; }

    /// <summary>Number of words.</summary>
    public int Count { get; }

    /// <summary>The direction common to all texts, removed from SIF embeddings (unit length, or zero).</summary>
    public ReadOnlySpan<float> CommonComponent => new(_common, Dimensions);

    /// <summary>
    /// Opens a cache written by <see cref="GloveConverter"/>. A missing, truncated or damaged file throws
    /// <see cref="QaBotException"/> naming the file and the fix.
    /// </summary>
    public static WordVectors Open(string path, string modelId)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new QaBotException($"word-vector cache not found: {path}; run `qabot models pull`");
        }

        if (info.Length < WordVectorFile.HeaderSize + WordVectorFile.EndMarker.Length)
        {
            throw Damaged(path, $"only {info.Length} bytes");
        }

        var file = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
        MemoryMappedViewAccessor? view = null;
        var acquired = false;
        try
        {
            view = file.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
            byte* pointer = null;
            view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
            acquired = true;
            pointer += view.PointerOffset;
            Validate(path, info.Length, pointer);
            return new WordVectors(modelId, path, file, view, pointer);
        }
        catch
        {
            if (acquired)
            {
                view!.SafeMemoryMappedViewHandle.ReleasePointer();
            }

            view?.Dispose();
            file.Dispose();
            throw;
        }
    }

    private static void Validate(string path, long length, byte* pointer)
    {
        var header = new ReadOnlySpan<byte>(pointer, WordVectorFile.HeaderSize);
        if (BinaryPrimitives.ReadUInt32LittleEndian(header) != WordVectorFile.Magic)
        {
            throw Damaged(path, "not a QaBot word-vector file");
        }

        var version = BinaryPrimitives.ReadInt32LittleEndian(header[4..]);
        if (version != WordVectorFile.Version)
        {
            throw Damaged(path, $"format version {version}, this program reads version {WordVectorFile.Version}");
        }

        var dims = BinaryPrimitives.ReadInt32LittleEndian(header[8..]);
        var count = BinaryPrimitives.ReadInt32LittleEndian(header[12..]);
        var slots = BinaryPrimitives.ReadInt32LittleEndian(header[16..]);
        var chars = BinaryPrimitives.ReadInt64LittleEndian(header[24..]);
        var declared = BinaryPrimitives.ReadInt64LittleEndian(header[32..]);
        if (dims is < 1 or > 65536 || count < 1 || slots < count || (slots & (slots - 1)) != 0 || chars < 0 || chars > int.MaxValue)
        {
            throw Damaged(path, "impossible header values");
        }

        var layout = WordVectorFile.Layout.For(dims, count, slots, chars);
        if (declared != layout.FileLength || length != layout.FileLength)
        {
            throw Damaged(path, $"{length} bytes, expected {layout.FileLength} (truncated?)");
        }

        if (!new ReadOnlySpan<byte>(pointer + layout.End, WordVectorFile.EndMarker.Length).SequenceEqual(WordVectorFile.EndMarker))
        {
            throw Damaged(path, "end marker missing");
        }

        var checksum = WordVectorFile.Checksum(
            new ReadOnlySpan<float>(pointer + layout.Common, dims),
            new ReadOnlySpan<int>(pointer + layout.WordStarts, count + 1),
            new ReadOnlySpan<int>(pointer + layout.Table, slots),
            new ReadOnlySpan<char>(pointer + layout.Chars, (int)chars));
        if (checksum != BinaryPrimitives.ReadUInt64LittleEndian(header[40..]))
        {
            throw Damaged(path, "checksum mismatch");
        }
    }

    private static QaBotException Damaged(string path, string why) =>
        new($"word-vector cache {path} is damaged ({why}): delete it and run `qabot models pull`");

    /// <summary>Finds a word (already lower-case, as <see cref="Tokenize"/> produces it); the index is its frequency rank.</summary>
    public bool TryGetIndex(ReadOnlySpan<char> word, out int index)
    {
        var slot = (int)(WordVectorFile.Hash(word) & (uint)_mask);
        while (true)
        {
            var entry = _table[slot];
            if (entry == 0)
            {
                index = -1;
                return false;
            }

            if (WordAt(entry - 1).SequenceEqual(word))
            {
                index = entry - 1;
                return true;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>Gets a word's vector; the word is normalised first ("China" finds "china").</summary>
    public bool TryGet(string word, out ReadOnlySpan<float> vector)
    {
        if (TryGetIndex(WordTokenizer.NormalizeWord(word), out var index))
        {
            vector = GetVector(index);
            return true;
        }

        vector = default;
        return false;
    }

    /// <summary>The vector of the word at <paramref name="index"/>.</summary>
    public ReadOnlySpan<float> GetVector(int index)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
        return new ReadOnlySpan<float>(_vectors + ((long)index * Dimensions), Dimensions);
    }

    /// <summary>The word at <paramref name="index"/>.</summary>
    public string GetWord(int index)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
        return new string(WordAt(index));
    }

    /// <summary>
    /// The SIF weight a / (a + p(w)) of the word at <paramref name="index"/>, with p(w) estimated from its frequency rank
    /// by Zipf's law: about 0.01 for "the", 0.5 around rank 75, near 1 for rare words. Usable as an IDF-like weight.
    /// </summary>
    public float GetWeight(int index)
    {
        var p = 1f / ((index + 1) * _zipfNormalizer);
        return SifA / (SifA + p);
    }

    /// <summary>Cosine similarity of two words' vectors; 0 when either is unknown.</summary>
    public float Similarity(string a, string b) =>
        TryGet(a, out var va) && TryGet(b, out var vb) ? TensorPrimitives.CosineSimilarity(va, vb) : 0f;

    /// <summary>Cosine similarity of the words at two indices (see <see cref="GetWordIndices"/>).</summary>
    public float Similarity(int a, int b) => TensorPrimitives.CosineSimilarity(GetVector(a), GetVector(b));

    /// <summary>
    /// The vocabulary indices of the known words of <paramref name="text"/>, in order, repeats kept ("The U.S.-China
    /// trade" → indices of "the", "us", "china", "trade"); unknown tokens are left out. For soft term matching.
    /// </summary>
    public IReadOnlyList<int> GetWordIndices(string text)
    {
        var state = new IndexState(this, []);
        WordTokenizer.ForEachToken(text, ref state, static (scoped ReadOnlySpan<char> token, ref IndexState s) =>
        {
            Span<int> indices = stackalloc int[WordResolver.MaxParts];
            var n = WordResolver.Resolve(s.Vectors, token, indices);
            foreach (var index in indices[..n])
            {
                s.Indices.Add(index);
            }
        });
        return state.Indices;
    }

    private readonly record struct IndexState(WordVectors Vectors, List<int> Indices);

    /// <summary>
    /// The tokens of <paramref name="text"/> in the vocabulary's spelling: "The U.S.-China trade" →
    /// ["the", "us", "china", "trade"]. Tokens the vocabulary does not know (numbers, rare names) are kept as written,
    /// lower-cased, so callers can still match them literally.
    /// </summary>
    public IReadOnlyList<string> Tokenize(string text)
    {
        var state = new TokenizeState(this, []);
        WordTokenizer.ForEachToken(text, ref state, static (scoped ReadOnlySpan<char> token, ref TokenizeState s) =>
        {
            Span<int> indices = stackalloc int[WordResolver.MaxParts];
            var n = WordResolver.Resolve(s.Vectors, token, indices);
            if (n == 0)
            {
                s.Tokens.Add(new string(token));
            }

            foreach (var index in indices[..n])
            {
                s.Tokens.Add(s.Vectors.GetWord(index));
            }
        });
        return state.Tokens;
    }

    private readonly record struct TokenizeState(WordVectors Vectors, List<string> Tokens);

    private ReadOnlySpan<char> WordAt(int index) => new(_chars + _starts[index], _starts[index + 1] - _starts[index]);

    /// <summary>Unmaps the file.</summary>
    public void Dispose()
    {
        _view.SafeMemoryMappedViewHandle.ReleasePointer();
        _view.Dispose();
        _file.Dispose();
    }
}
