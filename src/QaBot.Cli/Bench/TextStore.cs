using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using QaBot.Core.Store;

namespace QaBot.Cli.Bench;

/// <summary>
/// A real QaBot store of article text (sentence-encoder vectors, FTS5) in the bench folder, with the settings file that points
/// both this process and spawned <c>qabot ask</c> processes at it. Services are the CLI's own (the same DI as every command).
/// </summary>
internal sealed class TextStore : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
    private static readonly string[] StoreFiles = ["", "-wal"];
    private readonly Dictionary<string, ServiceProvider> _services = new(StringComparer.Ordinal);

    private TextStore(string dbPath, string configPath)
    {
        DbPath = dbPath;
        ConfigPath = configPath;
    }

    public string DbPath { get; }

    /// <summary>The JSON settings file for <c>qabot --config</c>.</summary>
    public string ConfigPath { get; }

    /// <summary>
    /// Creates an empty store <paramref name="name"/> under <paramref name="folder"/> (deleting an old one); with
    /// <paramref name="autoIngest"/> a question against it ingests the sample articles first, as on a fresh clone.
    /// </summary>
    public static TextStore Create(string folder, string name, bool autoIngest = false)
    {
        Directory.CreateDirectory(folder);
        var db = Path.GetFullPath(Path.Combine(folder, name + ".db"));
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(db + suffix);
        }

        var config = Path.Combine(folder, name + ".json");
        var settings = new
        {
            Store = new { Path = db },
            Ingestion = new { AutoIngest = autoIngest, ArticlesPath = Path.GetFullPath("data/articles") },
            Logging = new { LogLevel = new { Default = "Warning" } },
        };
        File.WriteAllText(config, JsonSerializer.Serialize(settings, Indented));
        return new TextStore(db, config);
    }

    /// <summary>A store in the PostgreSQL database at <paramref name="connectionString"/>, configured like <see cref="Create"/>.</summary>
    public static TextStore CreatePostgres(string folder, string name, string connectionString)
    {
        var config = Path.Combine(folder, name + ".json");
        var settings = new
        {
            Store = new { Provider = "Postgres", ConnectionString = connectionString },
            Ingestion = new { AutoIngest = false, ArticlesPath = Path.GetFullPath("data/articles") },
            Logging = new { LogLevel = new { Default = "Warning" } },
        };
        File.WriteAllText(config, JsonSerializer.Serialize(settings, Indented));
        return new TextStore("", config);
    }

    /// <summary>The CLI's services over this store, with <paramref name="overrides"/> (e.g. Retrieval:TopK) on top; one provider per distinct override set.</summary>
    public async Task<IServiceProvider> ServicesAsync(CancellationToken ct, params (string Key, string Value)[] overrides)
    {
        var id = string.Join(";", overrides.Select(o => o.Key + "=" + o.Value));
        if (_services.TryGetValue(id, out var existing))
        {
            return existing;
        }

        var configuration = new ConfigurationBuilder()
            .AddConfiguration(CliServices.LoadConfiguration(ConfigPath))
            .AddInMemoryCollection(overrides.Select(o => new KeyValuePair<string, string?>(o.Key, o.Value)))
            .Build();
        var provider = await CliServices.CreateAsync(configuration, null, ct);
        _services[id] = provider;
        return provider;
    }

    /// <summary>Chunks stored now.</summary>
    public async Task<long> ChunkCountAsync(CancellationToken ct) =>
        await (await ServicesAsync(ct)).GetRequiredService<IKeywordSearchable<ChunkRecord>>().CountAsync(ct);

    /// <summary>Bytes on disk: the database file plus its write-ahead log.</summary>
    public long BytesOnDisk() => StoreFiles.Select(s => new FileInfo(DbPath + s)).Where(f => f.Exists).Sum(f => f.Length);

    public async ValueTask DisposeAsync()
    {
        foreach (var provider in _services.Values)
        {
            await provider.DisposeAsync();
        }

        _services.Clear();
        SqliteConnection.ClearAllPools();
    }
}
