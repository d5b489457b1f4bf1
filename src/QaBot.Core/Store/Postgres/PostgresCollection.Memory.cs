using Npgsql;

namespace QaBot.Core.Store;

/// <summary>
/// Vector search on a server without pgvector: vectors are kept as <c>real[]</c> and searched in process memory with
/// the same index the SQLite store uses, reloaded whenever the collection's version moved (a write by any process).
/// </summary>
public sealed partial class PostgresCollection<TRecord>
{
    private async Task<IReadOnlyList<(string Key, double Score)>> MemoryHitsAsync(
        ReadOnlyMemory<float> query, int top, string? where, IReadOnlyList<object> values, CancellationToken ct)
    {
        await RefreshMemoryIndexAsync(ct);
        List<string>? keys = null;
        if (where is not null)
        {
            keys = await _db.RunAsync(
                async c =>
                {
                    await using var command = new NpgsqlCommand(
                        $"SELECT t.{_schema.KeyColumn} FROM {_schema.Table} AS t WHERE t.{_schema.VectorColumn} IS NOT NULL AND {where}", c);
                    SqlFilterTranslator.Bind(command, values);
                    await using var reader = await command.ExecuteReaderAsync(ct);
                    var list = new List<string>();
                    while (await reader.ReadAsync(ct))
                    {
                        list.Add(reader.GetString(0));
                    }

                    return list;
                },
                ct);
        }

        return [.. _memoryIndex.Search(query.Span, top, keys).Select(h => (h.Key, (double)h.Score))];
    }

    private async Task RefreshMemoryIndexAsync(CancellationToken ct)
    {
        if (_memoryIndex.IsCurrent(await _db.RunAsync(c => PostgresCollectionState.VersionAsync(c, Name, ct), ct)))
        {
            return;
        }

        await _memoryIndex.LoadLock.WaitAsync(ct);
        try
        {
            var (index, version) = await _db.WriteAsync(LoadAsync, ct);
            if (index is not null)
            {
                _memoryIndex.Install(index, version);
            }
        }
        finally
        {
            _memoryIndex.LoadLock.Release();
        }

        async Task<(VectorSearchIndex? Index, long Version)> LoadAsync(NpgsqlConnection c)
        {
            // One transaction at REPEATABLE READ would be the strict snapshot; the version read first can only be
            // older than the rows, so a concurrent write makes the next search reload again.
            var version = await PostgresCollectionState.VersionAsync(c, Name, ct);
            if (_memoryIndex.IsCurrent(version))
            {
                return (null, version);
            }

            var count = Convert.ToInt32(await PostgresSchema.ScalarAsync(c, $"SELECT count(*) FROM {_schema.Table}", ct), System.Globalization.CultureInfo.InvariantCulture);
            var index = new VectorIndex(_schema.Dimensions, count);
            await using var command = new NpgsqlCommand(
                $"SELECT {_schema.KeyColumn}, {_schema.VectorColumn} FROM {_schema.Table} WHERE {_schema.VectorColumn} IS NOT NULL", c);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var vector = reader.GetFieldValue<float[]>(1);
                if (vector.Length != _schema.Dimensions)
                {
                    throw new StoreException(
                        $"record '{reader.GetString(0)}' in collection '{Name}' of {_store.Location} has a {vector.Length}-d vector; " +
                        $"the collection holds {_schema.Dimensions}-d. Re-ingest with `qabot ingest --rebuild`.");
                }

                index.Upsert(reader.GetString(0), vector);
            }

            return (new VectorSearchIndex(index, _memoryIndex.Options), version);
        }
    }
}
