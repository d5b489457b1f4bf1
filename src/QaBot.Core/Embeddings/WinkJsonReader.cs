using System.Text.Json;

namespace QaBot.Core.Embeddings;

/// <summary>
/// Streams the wink-embeddings JSON (<c>{precision, l2NormIndex, wordIndex, size, dimensions, words[],
/// vectors{word: [d floats, l2norm, index]}, unkVector}</c>, 307 MB) with <see cref="Utf8JsonReader"/> over a 1 MB
/// window, so the file is never held as a string. Only <c>vectors</c> is needed: each entry carries its rank.
/// </summary>
internal sealed class WinkJsonReader
{
    private const int BufferSize = 1 << 20;

    private readonly Dictionary<string, int> _header = new(StringComparer.Ordinal);
    private readonly float[] _scratch = new float[4096];
    private string? _property;
    private string? _word;
    private int _values;
    private bool _inVectors;
    private string?[] _words = [];
    private float[] _vectors = [];
    private int _dims = -1;
    private int _next;
    private int _filled;

    /// <summary>Reads the whole stream; <paramref name="progress"/> receives the number of words read so far.</summary>
    public static WordVectorTable Read(Stream json, IProgress<int>? progress, CancellationToken ct)
    {
        var reader = new WinkJsonReader();
        var buffer = new byte[BufferSize];
        var length = 0;
        var state = new JsonReaderState(new JsonReaderOptions { MaxDepth = 8 });
        var final = false;
        while (!final)
        {
            ct.ThrowIfCancellationRequested();
            var read = json.ReadAtLeast(buffer.AsSpan(length), buffer.Length - length, throwOnEndOfStream: false);
            length += read;
            final = read == 0 || length < buffer.Length;
            var json8 = new Utf8JsonReader(buffer.AsSpan(0, length), final, state);
            try
            {
                while (json8.Read())
                {
                    reader.Handle(ref json8);
                }
            }
            catch (JsonException ex)
            {
                throw new InvalidDataException($"not a wink word-vector JSON: {ex.Message}", ex);
            }

            state = json8.CurrentState;
            var consumed = (int)json8.BytesConsumed;
            buffer.AsSpan(consumed, length - consumed).CopyTo(buffer);
            length -= consumed;
            if (!final && length == buffer.Length)
            {
                throw new InvalidDataException("a single JSON token is longer than 1 MB: not a wink word-vector file");
            }

            progress?.Report(reader._filled);
        }

        return reader.ToTable();
    }

    private void Handle(ref Utf8JsonReader json)
    {
        var depth = json.CurrentDepth;
        switch (json.TokenType)
        {
            case JsonTokenType.PropertyName when depth == 1:
                _property = json.GetString();
                _inVectors = false;
                break;
            case JsonTokenType.Number when depth == 1 && _property is not null:
                if (json.TryGetInt32(out var value))
                {
                    _header[_property] = value;
                }

                break;
            case JsonTokenType.StartObject when depth == 1:
                _inVectors = _property == "vectors";
                break;
            case JsonTokenType.PropertyName when depth == 2 && _inVectors:
                _word = json.GetString();
                _values = 0;
                break;
            case JsonTokenType.Number when depth == 3 && _inVectors:
                if (_values >= _scratch.Length)
                {
                    throw new InvalidDataException($"vector of '{_word}' has more than {_scratch.Length} values");
                }

                _scratch[_values++] = json.GetSingle();
                break;
            case JsonTokenType.EndArray when depth == 2 && _inVectors:
                Add(_word!, _scratch.AsSpan(0, _values));
                break;
        }
    }

    private void Add(string word, ReadOnlySpan<float> values)
    {
        if (_dims < 0)
        {
            // "dimensions" comes first in the wink file; without it, a wink vector ends with [l2norm, index].
            _dims = _header.GetValueOrDefault("dimensions", _header.GetValueOrDefault("l2NormIndex", values.Length));
            var capacity = Math.Max(_header.GetValueOrDefault("size", 1024), 1);
            _words = new string?[capacity];
            _vectors = new float[(long)capacity * _dims];
        }

        if (values.Length < _dims)
        {
            throw new InvalidDataException($"vector of '{word}' has {values.Length} values, expected {_dims}");
        }

        var rank = _header.TryGetValue("wordIndex", out var at) && at < values.Length ? (int)values[at] : _next;
        _next++;
        if (rank < 0 || rank > 100_000_000)
        {
            throw new InvalidDataException($"word '{word}' has an impossible index {rank}");
        }

        if (rank >= _words.Length)
        {
            var capacity = Math.Max(rank + 1, _words.Length * 2);
            Array.Resize(ref _words, capacity);
            Array.Resize(ref _vectors, capacity * _dims);
        }

        if (_words[rank] is null)
        {
            _filled++;
        }

        _words[rank] = word;
        values[.._dims].CopyTo(_vectors.AsSpan(rank * _dims, _dims));
    }

    private WordVectorTable ToTable()
    {
        if (_filled == 0)
        {
            throw new InvalidDataException("no \"vectors\" object found: not a wink word-vector JSON");
        }

        var top = Array.FindLastIndex(_words, w => w is not null) + 1;
        if (top != _filled)
        {
            throw new InvalidDataException($"word indices have gaps: {_filled} words but the highest index is {top - 1}");
        }

        return new WordVectorTable(_words[..top]!, top * _dims == _vectors.Length ? _vectors : _vectors[..(top * _dims)], _dims);
    }
}
