using System.Globalization;

namespace QaBot.Core.Embeddings;

/// <summary>
/// Reads the plain GloVe / word2vec text format: one <c>word f1 … fN</c> per line, most frequent words first,
/// with an optional <c>count dimensions</c> first line. The last N fields are the vector, so words that contain
/// spaces (they exist in the 840B list) are kept whole.
/// </summary>
internal static class GloveTextReader
{
    public static WordVectorTable Read(Stream stream, IProgress<int>? progress, CancellationToken ct)
    {
        using var reader = new StreamReader(stream, bufferSize: 1 << 20, leaveOpen: true);
        var words = new List<string>();
        var vectors = new List<float[]>();
        var dims = -1;
        var lineNumber = 0;
        Span<Range> fields = stackalloc Range[4097];
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var span = line.AsSpan().TrimEnd();
            if (span.IsEmpty)
            {
                continue;
            }

            var n = span.Split(fields, ' ', StringSplitOptions.RemoveEmptyEntries);
            if (lineNumber == 1 && n == 2 && int.TryParse(span[fields[0]], CultureInfo.InvariantCulture, out _)
                && int.TryParse(span[fields[1]], CultureInfo.InvariantCulture, out _))
            {
                continue; // word2vec header "count dimensions"
            }

            if (dims < 0)
            {
                dims = n - 1;
                if (dims < 1 || n == fields.Length)
                {
                    throw new InvalidDataException($"line {lineNumber}: expected 'word f1 ... fN' with at most {fields.Length - 2} numbers");
                }
            }

            if (n < dims + 1)
            {
                throw new InvalidDataException($"line {lineNumber}: {n - 1} numbers, expected {dims}");
            }

            var vector = new float[dims];
            for (var i = 0; i < dims; i++)
            {
                var field = span[fields[n - dims + i]];
                if (!float.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out vector[i]))
                {
                    throw new InvalidDataException($"line {lineNumber}: '{field}' is not a number");
                }
            }

            words.Add(line[fields[0].Start.GetOffset(line.Length)..fields[n - dims - 1].End.GetOffset(line.Length)]);
            vectors.Add(vector);
            if (words.Count % 50_000 == 0)
            {
                ct.ThrowIfCancellationRequested();
                progress?.Report(words.Count);
            }
        }

        if (words.Count == 0)
        {
            throw new InvalidDataException("no word vectors found: expected lines of 'word f1 ... fN'");
        }

        var flat = new float[(long)words.Count * dims];
        for (var i = 0; i < vectors.Count; i++)
        {
            vectors[i].CopyTo(flat, (long)i * dims);
        }

        return new WordVectorTable(words, flat, dims);
    }
}
