using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.VectorData;
using Microsoft.Extensions.VectorData.ProviderServices;

namespace QaBot.Core.Store;

/// <summary>
/// The SQLite layout of one collection and the mapping of its records to rows. Table <c>coll_{name}</c> has an
/// explicit integer primary key (stable rowids for the full-text index, even across VACUUM), the record key as a
/// unique text column, one column per data property and the vector as a BLOB of little-endian float32.
/// Table <c>coll_{name}_fts</c> is an FTS5 index over the full-text properties with external content (the text is
/// stored once, in the main table); triggers keep it in step inside the same transaction as every insert, update
/// and delete, so no code path can forget it.
/// </summary>
internal sealed class CollectionSchema
{
    public const string RowId = "qb_rowid";
    public const string Tokenizer = "porter unicode61 remove_diacritics 2";

    public CollectionSchema(string name, CollectionModel model)
    {
        Name = name;
        Model = model;
        Table = Quote("coll_" + name);
        Key = model.KeyProperty;
        Data = model.DataProperties;
        Vector = model.VectorProperties.Count == 1 ? model.VectorProperties[0] : null;
        FullText = [.. Data.Where(p => p.IsFullTextIndexed)];
        FtsTable = FullText.Count > 0 ? Quote("coll_" + name + "_fts") : null;

        foreach (var p in FullText.Where(p => (Nullable.GetUnderlyingType(p.Type) ?? p.Type) != typeof(string)))
        {
            throw new NotSupportedException($"Property '{p.ModelName}' is full-text indexed but is {p.Type.Name}; only string properties can be.");
        }

        if (Vector is not null && Vector.DistanceFunction is not (null or DistanceFunction.CosineSimilarity or DistanceFunction.CosineDistance))
        {
            throw new NotSupportedException(
                $"Vector property '{Vector.ModelName}' asks for {Vector.DistanceFunction}; the SQLite store searches by cosine " +
                "(CosineSimilarity or CosineDistance).");
        }
    }

    public string Name { get; }

    public CollectionModel Model { get; }

    public string Table { get; }

    public string? FtsTable { get; }

    public KeyPropertyModel Key { get; }

    public IReadOnlyList<DataPropertyModel> Data { get; }

    public VectorPropertyModel? Vector { get; }

    public IReadOnlyList<DataPropertyModel> FullText { get; }

    public int Dimensions => Vector?.Dimensions ?? 0;

    public bool ReportsDistance => Vector?.DistanceFunction == DistanceFunction.CosineDistance;

    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public string KeyColumn => Quote(Key.StorageName);

    public string VectorColumn => Quote(Vector!.StorageName);

    public string CreateSql()
    {
        var sql = new StringBuilder();
        sql.Append($"CREATE TABLE IF NOT EXISTS {Table} ({RowId} INTEGER PRIMARY KEY, {KeyColumn} TEXT NOT NULL UNIQUE");
        foreach (var p in Data)
        {
            sql.Append($", {Quote(p.StorageName)} {SqliteValues.SqlType(p.Type)}");
        }

        if (Vector is not null)
        {
            sql.Append($", {VectorColumn} BLOB");
        }

        sql.AppendLine(");");
        foreach (var p in Data.Where(p => p.IsIndexed))
        {
            sql.AppendLine($"CREATE INDEX IF NOT EXISTS {Quote($"coll_{Name}_ix_{p.StorageName}")} ON {Table}({Quote(p.StorageName)});");
        }

        if (FtsTable is null)
        {
            return sql.ToString();
        }

        var columns = string.Join(", ", FullText.Select(p => Quote(p.StorageName)));
        var newValues = string.Join(", ", FullText.Select(p => "new." + Quote(p.StorageName)));
        var oldValues = string.Join(", ", FullText.Select(p => "old." + Quote(p.StorageName)));
        var changed = string.Join(" OR ", FullText.Select(p => $"old.{Quote(p.StorageName)} IS NOT new.{Quote(p.StorageName)}"));
        var delete = $"INSERT INTO {FtsTable}({FtsTable}, rowid, {columns}) VALUES ('delete', old.{RowId}, {oldValues});";
        var insert = $"INSERT INTO {FtsTable}(rowid, {columns}) VALUES (new.{RowId}, {newValues});";
        sql.AppendLine($"""
            CREATE VIRTUAL TABLE IF NOT EXISTS {FtsTable} USING fts5({columns}, content='coll_{Name}', content_rowid='{RowId}', tokenize='{Tokenizer}');
            CREATE TRIGGER IF NOT EXISTS {Quote($"coll_{Name}_ai")} AFTER INSERT ON {Table} BEGIN {insert} END;
            CREATE TRIGGER IF NOT EXISTS {Quote($"coll_{Name}_ad")} AFTER DELETE ON {Table} BEGIN {delete} END;
            CREATE TRIGGER IF NOT EXISTS {Quote($"coll_{Name}_au")} AFTER UPDATE ON {Table} WHEN {changed} BEGIN {delete} {insert} END;
            """);
        return sql.ToString();
    }

    /// <summary>
    /// Adds <paramref name="missingColumns"/> to an existing table; when one is full-text indexed, recreates the FTS
    /// index and its triggers over all full-text columns and rebuilds it from the rows.
    /// </summary>
    public string UpgradeSql(IReadOnlyCollection<string> missingColumns)
    {
        var sql = new StringBuilder();
        foreach (var p in Data.Where(p => missingColumns.Contains(p.StorageName)))
        {
            sql.AppendLine($"ALTER TABLE {Table} ADD COLUMN {Quote(p.StorageName)} {SqliteValues.SqlType(p.Type)};");
        }

        if (FtsTable is not null && FullText.Any(p => missingColumns.Contains(p.StorageName)))
        {
            foreach (var trigger in (ReadOnlySpan<string>)["ai", "ad", "au"])
            {
                sql.AppendLine($"DROP TRIGGER IF EXISTS {Quote($"coll_{Name}_{trigger}")};");
            }

            sql.AppendLine($"DROP TABLE IF EXISTS {FtsTable};");
            sql.Append(CreateSql());
            sql.AppendLine($"INSERT INTO {FtsTable}({FtsTable}) VALUES ('rebuild');");
        }

        return sql.ToString();
    }

    public string DropSql() =>
        (FtsTable is null ? "" : $"DROP TABLE IF EXISTS {FtsTable};") + $"DROP TABLE IF EXISTS {Table};";

    /// <summary>Key, data properties and (when asked) the vector, in the order <see cref="Read{TRecord}"/> expects.</summary>
    public string SelectColumns(string alias, bool includeVectors)
    {
        var columns = new List<string> { $"{alias}.{KeyColumn}" };
        columns.AddRange(Data.Select(p => $"{alias}.{Quote(p.StorageName)}"));
        if (Vector is not null)
        {
            columns.Add(includeVectors ? $"{alias}.{VectorColumn}" : "NULL");
        }

        return string.Join(", ", columns);
    }

    /// <summary>Reads a record from the columns of <see cref="SelectColumns"/> starting at ordinal 0.</summary>
    public TRecord Read<TRecord>(SqliteDataReader reader)
        where TRecord : class
    {
        var record = Model.CreateRecord<TRecord>()!;
        Key.SetValueAsObject(record, reader.GetString(0));
        for (var i = 0; i < Data.Count; i++)
        {
            Data[i].SetValueAsObject(record, SqliteValues.FromDb(reader.GetValue(i + 1), Data[i].Type));
        }

        if (Vector is not null && !reader.IsDBNull(Data.Count + 1))
        {
            var blob = (byte[])reader.GetValue(Data.Count + 1);
            Vector.SetValueAsObject(record, SqliteValues.VectorAs(SqliteValues.FromBlob(blob), Vector.Type));
        }

        return record;
    }

    public string UpsertSql()
    {
        var columns = new List<string> { KeyColumn };
        columns.AddRange(Data.Select(p => Quote(p.StorageName)));
        if (Vector is not null)
        {
            columns.Add(VectorColumn);
        }

        var values = string.Join(", ", columns.Select((_, i) => "$p" + i));
        var updates = string.Join(", ", columns.Skip(1).Select(c => $"{c} = excluded.{c}"));
        return $"INSERT INTO {Table} ({string.Join(", ", columns)}) VALUES ({values}) " +
            (updates.Length == 0 ? $"ON CONFLICT({KeyColumn}) DO NOTHING;" : $"ON CONFLICT({KeyColumn}) DO UPDATE SET {updates};");
    }

    /// <summary>Binds a record to <see cref="UpsertSql"/>'s parameters; returns its key and vector (null when none).</summary>
    public (string Key, float[]? Vector) Bind(SqliteCommand command, object record)
    {
        var key = Key.GetValueAsObject(record) as string;
        if (string.IsNullOrEmpty(key))
        {
            throw new ArgumentException($"A record for collection '{Name}' has no key ('{Key.ModelName}' is null or empty).", nameof(record));
        }

        var parameters = command.Parameters;
        parameters[0].Value = key;
        for (var i = 0; i < Data.Count; i++)
        {
            parameters[i + 1].Value = SqliteValues.ToDb(Data[i].GetValueAsObject(record));
        }

        float[]? vector = null;
        if (Vector is not null)
        {
            var value = SqliteValues.VectorOf(Vector.GetValueAsObject(record));
            if (value is { Length: > 0 } v)
            {
                if (v.Length != Dimensions)
                {
                    throw new ArgumentException(
                        $"Record '{key}' has a {v.Length}-d vector in '{Vector.ModelName}', but collection '{Name}' expects " +
                        $"{Dimensions}-d vectors. Was it embedded with a different model?", nameof(record));
                }

                vector = v.ToArray();
            }

            parameters[Data.Count + 1].Value = vector is null ? DBNull.Value : SqliteValues.ToBlob(vector);
        }

        return (key, vector);
    }

    public int ParameterCount => 1 + Data.Count + (Vector is null ? 0 : 1);
}
