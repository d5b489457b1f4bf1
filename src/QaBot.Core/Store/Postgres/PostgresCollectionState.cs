using Npgsql;

namespace QaBot.Core.Store;

/// <summary>A collection's row in <c>qabot.collections</c>: vector size, write version, and whether its vectors are pgvector.</summary>
internal sealed record PostgresCollectionState(int Dimensions, long Version, bool Pgvector)
{
    public static async Task<PostgresCollectionState?> ReadAsync(NpgsqlConnection connection, string name, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            """
            SELECT c.dimensions, c.version, EXISTS (SELECT 1 FROM pg_attribute a
                WHERE a.attrelid = to_regclass('qabot.' || quote_ident('coll_' || c.name)) AND NOT a.attisdropped
                  AND format_type(a.atttypid, a.atttypmod) LIKE 'vector%')
            FROM qabot.collections c WHERE c.name = @name
            """,
            connection);
        command.Parameters.AddWithValue("name", name);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? new PostgresCollectionState(reader.GetInt32(0), reader.GetInt64(1), reader.GetBoolean(2)) : null;
    }

    public static async Task<long> VersionAsync(NpgsqlConnection connection, string name, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("SELECT version FROM qabot.collections WHERE name = @name", connection);
        command.Parameters.AddWithValue("name", name);
        return await command.ExecuteScalarAsync(ct) is long version ? version : -1;
    }

    /// <summary>Bumps the version in the writer's transaction, so every process's caches see the change.</summary>
    public static async Task BumpAsync(NpgsqlConnection connection, string name, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("UPDATE qabot.collections SET version = version + 1 WHERE name = @name", connection);
        command.Parameters.AddWithValue("name", name);
        await command.ExecuteNonQueryAsync(ct);
    }
}
