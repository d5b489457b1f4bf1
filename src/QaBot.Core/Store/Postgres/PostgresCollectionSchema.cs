using System.Text;
using Microsoft.Extensions.VectorData.ProviderServices;
using Npgsql;
using NpgsqlTypes;
using PgVector = Pgvector.Vector;

namespace QaBot.Core.Store;

/// <summary>
/// The PostgreSQL layout of one collection, derived from the same record model as the SQLite one (so a property added
/// to a record becomes a column in both): table <c>qabot.coll_{name}</c> with the record key as primary key, one
/// column per data property, the vector as <c>vector(d)</c> with an HNSW cosine index (or <c>real[]</c> on a server
/// without pgvector), and a generated <c>tsvector</c> over the full-text properties with a GIN index.
/// </summary>
internal sealed class PostgresCollectionSchema
{
    public const string TsvColumn = "qb_tsv";
    public const string TextSearchConfig = "english";

    public PostgresCollectionSchema(string name, CollectionModel model)
    {
        Name = name;
        Model = model;
        Table = $"{PostgresDatabase.Schema}.{Quote("coll_" + name)}";
        Key = model.KeyProperty;
        Data = model.DataProperties;
        Vector = model.VectorProperties.Count == 1 ? model.VectorProperties[0] : null;
        FullText = [.. Data.Where(p => p.IsFullTextIndexed)];
        if (Vector is not null && Vector.DistanceFunction is not (null or Microsoft.Extensions.VectorData.DistanceFunction.CosineSimilarity
            or Microsoft.Extensions.VectorData.DistanceFunction.CosineDistance))
        {
            throw new NotSupportedException(
                $"Vector property '{Vector.ModelName}' asks for {Vector.DistanceFunction}; the QaBot stores search by cosine.");
        }
    }

    public string Name { get; }

    public CollectionModel Model { get; }

    public string Table { get; }

    public KeyPropertyModel Key { get; }

    public IReadOnlyList<DataPropertyModel> Data { get; }

    public VectorPropertyModel? Vector { get; }

    public IReadOnlyList<DataPropertyModel> FullText { get; }

    public int Dimensions => Vector?.Dimensions ?? 0;

    public bool ReportsDistance => Vector?.DistanceFunction == Microsoft.Extensions.VectorData.DistanceFunction.CosineDistance;

    public string KeyColumn => Quote(Key.StorageName);

    public string VectorColumn => Quote(Vector!.StorageName);

    /// <summary>Every stored column but the generated one, in <see cref="Read{TRecord}"/> and <see cref="Values"/> order.</summary>
    public IReadOnlyList<string> Columns =>
        [KeyColumn, .. Data.Select(p => Quote(p.StorageName)), .. Vector is null ? Array.Empty<string>() : [VectorColumn]];

    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>The table, its indexes and every data column (added when the record gained a property since).</summary>
    public string CreateSql(bool pgvector)
    {
        var sql = new StringBuilder();
        var vectorType = pgvector ? $"vector({Dimensions})" : "real[]";
        sql.Append($"CREATE TABLE IF NOT EXISTS {Table} ({KeyColumn} text PRIMARY KEY");
        if (Vector is not null)
        {
            sql.Append($", {VectorColumn} {vectorType}");
        }

        if (FullText.Count > 0)
        {
            var text = string.Join(" || ' ' || ", FullText.Select(p => $"coalesce({Quote(p.StorageName)}, '')"));
            // The generated column needs every data column it reads at creation time.
            foreach (var p in FullText)
            {
                sql.Append($", {Quote(p.StorageName)} text");
            }

            sql.Append($", {TsvColumn} tsvector GENERATED ALWAYS AS (to_tsvector('{TextSearchConfig}'::regconfig, {text})) STORED");
        }

        sql.AppendLine(");");
        foreach (var p in Data)
        {
            sql.AppendLine($"ALTER TABLE {Table} ADD COLUMN IF NOT EXISTS {Quote(p.StorageName)} {SqlType(p.Type)};");
        }

        foreach (var p in Data.Where(p => p.IsIndexed))
        {
            sql.AppendLine($"CREATE INDEX IF NOT EXISTS {Quote($"coll_{Name}_ix_{p.StorageName}")} ON {Table} ({Quote(p.StorageName)});");
        }

        if (FullText.Count > 0)
        {
            sql.AppendLine($"CREATE INDEX IF NOT EXISTS {Quote($"coll_{Name}_fts")} ON {Table} USING gin ({TsvColumn});");
        }

        if (Vector is not null && pgvector)
        {
            sql.AppendLine($"CREATE INDEX IF NOT EXISTS {Quote($"coll_{Name}_hnsw")} ON {Table} USING hnsw ({VectorColumn} vector_cosine_ops);");
        }

        return sql.ToString();
    }

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

    public TRecord Read<TRecord>(NpgsqlDataReader reader)
        where TRecord : class
    {
        var record = Model.CreateRecord<TRecord>()!;
        Key.SetValueAsObject(record, reader.GetString(0));
        for (var i = 0; i < Data.Count; i++)
        {
            Data[i].SetValueAsObject(record, FromDb(reader.GetValue(i + 1), Data[i].Type));
        }

        if (Vector is not null && !reader.IsDBNull(Data.Count + 1))
        {
            var floats = reader.GetValue(Data.Count + 1) switch
            {
                PgVector v => v.ToArray(),
                float[] a => a,
                var other => throw new StoreException($"collection '{Name}' holds vectors of an unexpected type {other.GetType().Name}."),
            };
            Vector.SetValueAsObject(record, SqliteValues.VectorAs(floats, Vector.Type));
        }

        return record;
    }

    /// <summary>The record's column values (key first), checked; vectors as pgvector values or float arrays.</summary>
    public (string Key, object?[] Values) Values(object record, bool pgvector)
    {
        var key = Key.GetValueAsObject(record) as string;
        if (string.IsNullOrEmpty(key))
        {
            throw new ArgumentException($"A record for collection '{Name}' has no key ('{Key.ModelName}' is null or empty).", nameof(record));
        }

        var values = new object?[1 + Data.Count + (Vector is null ? 0 : 1)];
        values[0] = key;
        for (var i = 0; i < Data.Count; i++)
        {
            values[i + 1] = ToDb(Data[i].GetValueAsObject(record));
        }

        if (Vector is not null && SqliteValues.VectorOf(Vector.GetValueAsObject(record)) is { Length: > 0 } v)
        {
            if (v.Length != Dimensions)
            {
                throw new ArgumentException(
                    $"Record '{key}' has a {v.Length}-d vector in '{Vector.ModelName}', but collection '{Name}' expects " +
                    $"{Dimensions}-d vectors. Was it embedded with a different model?", nameof(record));
            }

            values[^1] = pgvector ? new PgVector(v) : v.ToArray();
        }

        return (key, values);
    }

    /// <summary>The type of each column of <see cref="Columns"/> for binary COPY.</summary>
    public IReadOnlyList<(NpgsqlDbType? Type, string? Name)> CopyTypes(bool pgvector) =>
    [
        (NpgsqlDbType.Text, null),
        .. Data.Select(p => ((NpgsqlDbType?)DbType(p.Type), (string?)null)),
        .. Vector is null ? [] : new[] { pgvector ? ((NpgsqlDbType?)null, (string?)"vector") : (NpgsqlDbType.Array | NpgsqlDbType.Real, null) },
    ];

    public static object? ToDb(object? value) => value switch
    {
        null => null,
        DateTimeOffset d => d.ToUniversalTime(),
        List<string> list => list.ToArray(),
        _ => value,
    };

    public static object? FromDb(object value, Type type)
    {
        if (value is DBNull)
        {
            return null;
        }

        var t = Nullable.GetUnderlyingType(type) ?? type;
        return value switch
        {
            DateTime d when t == typeof(DateTimeOffset) => new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)),
            string[] a when t == typeof(List<string>) => a.ToList(),
            _ => value,
        };
    }

    private static string SqlType(Type type) => DbType(type) switch
    {
        NpgsqlDbType.Integer => "integer",
        NpgsqlDbType.Bigint => "bigint",
        NpgsqlDbType.Double => "double precision",
        NpgsqlDbType.Real => "real",
        NpgsqlDbType.Boolean => "boolean",
        NpgsqlDbType.TimestampTz => "timestamptz",
        NpgsqlDbType.Uuid => "uuid",
        NpgsqlDbType.Array | NpgsqlDbType.Text => "text[]",
        _ => "text",
    };

    private static NpgsqlDbType DbType(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type == typeof(int) ? NpgsqlDbType.Integer
            : type == typeof(long) ? NpgsqlDbType.Bigint
            : type == typeof(double) ? NpgsqlDbType.Double
            : type == typeof(float) ? NpgsqlDbType.Real
            : type == typeof(bool) ? NpgsqlDbType.Boolean
            : type == typeof(DateTimeOffset) ? NpgsqlDbType.TimestampTz
            : type == typeof(Guid) ? NpgsqlDbType.Uuid
            : SqliteValues.IsStringList(type) ? NpgsqlDbType.Array | NpgsqlDbType.Text
            : NpgsqlDbType.Text;
    }
}
