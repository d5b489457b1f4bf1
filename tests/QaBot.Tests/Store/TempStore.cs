using Microsoft.Data.Sqlite;
using QaBot.Core.Store;

namespace QaBot.Tests.Store;

/// <summary>A real SQLite store in a fresh temporary folder, deleted afterwards.</summary>
public sealed class TempStore : IDisposable
{
    private readonly List<SqliteVectorStore> _opened = [];

    public TempStore()
    {
        Folder = Path.Combine(Path.GetTempPath(), "qabot-store-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        DbPath = Path.Combine(Folder, "qabot.db");
        Store = Open();
    }

    public string Folder { get; }

    public string DbPath { get; }

    public SqliteVectorStore Store { get; }

    /// <summary>Another store object on the same file (as a second process would have).</summary>
    public SqliteVectorStore Open()
    {
        var store = new SqliteVectorStore(DbPath);
        _opened.Add(store);
        return store;
    }

    public void Dispose()
    {
        foreach (var store in _opened)
        {
            store.Dispose();
        }

        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
