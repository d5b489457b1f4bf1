using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace QaBot.Core.Evaluation;

/// <summary>
/// Judge replies on disk, one small JSON file per prompt, keyed by the SHA-256 of the fully rendered prompt (which holds
/// the template, question, answer, context and reference). A rerun on unchanged answers reads the same scores back.
/// </summary>
public sealed class JudgeCache(string directory)
{
    /// <summary>The folder holding the cache files.</summary>
    public string Directory { get; } = directory;

    /// <summary>The cache key of a rendered prompt.</summary>
    public static string Key(string criterion, string renderedPrompt) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(criterion + "\n" + renderedPrompt)));

    /// <summary>The cached reply for <paramref name="key"/>, or null.</summary>
    public async Task<string?> GetAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        if (!File.Exists(path))
        {
            return null;
        }

        await using var stream = File.OpenRead(path);
        var entry = await JsonSerializer.DeserializeAsync<Entry>(stream, cancellationToken: cancellationToken);
        return entry?.Reply;
    }

    /// <summary>Stores <paramref name="reply"/> under <paramref name="key"/>.</summary>
    public async Task SetAsync(string key, string reply, CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var temp = PathOf(key) + ".tmp";
        await File.WriteAllTextAsync(temp, JsonSerializer.Serialize(new Entry(reply, DateTimeOffset.UtcNow)), cancellationToken);
        File.Move(temp, PathOf(key), overwrite: true);
    }

    private string PathOf(string key) => Path.Combine(Directory, key + ".json");

    private sealed record Entry(string Reply, DateTimeOffset At);
}
