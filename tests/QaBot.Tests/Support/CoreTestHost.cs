using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using QaBot.Core;

namespace QaBot.Tests.Support;

/// <summary>The real core services over a fresh SQLite file in a temp folder (deleted on dispose).</summary>
public sealed class CoreTestHost : IDisposable
{
    private CoreTestHost(string folder, ServiceProvider services)
    {
        Folder = folder;
        Services = services;
    }

    /// <summary>The temp folder holding the store (and any articles the test writes).</summary>
    public string Folder { get; }

    /// <summary>The services.</summary>
    public ServiceProvider Services { get; }

    /// <summary>Resolves a service.</summary>
    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Core services; embeddings are off (keyword retrieval) unless <paramref name="settings"/> say otherwise.</summary>
    public static CoreTestHost Create(params (string Key, string Value)[] settings)
    {
        var folder = Directory.CreateTempSubdirectory("qabot-core-").FullName;
        var values = new Dictionary<string, string?>
        {
            ["Store:Path"] = Path.Combine(folder, "qabot.db"),
            ["Ingestion:ArticlesPath"] = Path.Combine(RepoPaths.Root, "data", "articles"),
            ["Embeddings:Provider"] = "None",
        };
        foreach (var (key, value) in settings)
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection()
            .AddLogging(l => l.SetMinimumLevel(LogLevel.Warning))
            .AddQaBotCore(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        return new CoreTestHost(folder, services);
    }

    /// <summary>Copies the sample articles into a folder of this host's and returns its path.</summary>
    public string CopySampleArticles()
    {
        var target = Path.Combine(Folder, "articles");
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Root, "data", "articles")))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        return target;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        Services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
