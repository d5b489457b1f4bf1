using System.Globalization;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace QaBot.Core.Store;

/// <summary>
/// The shared tables of a PostgreSQL store (schema <c>qabot</c>: meta, collections, articles, article_texts) and their
/// migrations. Every QaBot process runs <see cref="MigrateAsync"/> on first use, under an advisory lock, so replicas
/// starting together apply each step once. Steps are append-only: a later version adds a step, never edits one.
/// </summary>
internal static class PostgresSchema
{
    /// <summary>Migration steps; the store's <c>schema_version</c> is how many have run.</summary>
    private static readonly string[] Steps =
    [
        """
        CREATE TABLE IF NOT EXISTS qabot.meta (key text PRIMARY KEY, value text NOT NULL);
        CREATE TABLE IF NOT EXISTS qabot.collections (name text PRIMARY KEY, dimensions integer NOT NULL, version bigint NOT NULL);
        CREATE TABLE IF NOT EXISTS qabot.articles (
            id text PRIMARY KEY, title text NOT NULL, date date, url text, source_path text NOT NULL,
            content_hash text NOT NULL, chunk_count integer NOT NULL, ingested_at timestamptz NOT NULL);
        CREATE TABLE IF NOT EXISTS qabot.article_texts (
            id text PRIMARY KEY REFERENCES qabot.articles(id) ON DELETE CASCADE, text text NOT NULL);
        """,
    ];

    /// <summary>The schema version this build writes.</summary>
    public static int Version => Steps.Length;

    /// <summary>Creates or upgrades the schema; returns true when it created the pgvector extension just now.</summary>
    public static async Task<bool> MigrateAsync(NpgsqlConnection connection, ILogger logger, string where, CancellationToken ct)
    {
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await ExecuteAsync(connection, "SELECT pg_advisory_xact_lock(hashtext('qabot.schema'))", ct);
        await ExecuteAsync(connection, "CREATE SCHEMA IF NOT EXISTS qabot", ct);
        var createdVector = await CreateVectorExtensionAsync(connection, logger, where, ct);
        var stored = 0;
        if (await ScalarAsync(connection, "SELECT to_regclass('qabot.meta') IS NOT NULL", ct) is true)
        {
            var text = await ScalarAsync(connection, "SELECT value FROM qabot.meta WHERE key = 'schema_version'", ct) as string;
            stored = int.TryParse(text, CultureInfo.InvariantCulture, out var v) ? v : 0;
        }

        if (stored > Version)
        {
            throw new StoreException(
                $"the store in {where} was written by a newer QaBot (schema version {stored}; this build reads up to " +
                $"{Version}). Update QaBot, or point Store:ConnectionString to another database and re-ingest.");
        }

        for (var step = stored; step < Version; step++)
        {
            await ExecuteAsync(connection, Steps[step], ct);
        }

        if (stored < Version)
        {
            await using var write = new NpgsqlCommand(
                "INSERT INTO qabot.meta(key, value) VALUES ('schema_version', @v) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                connection);
            write.Parameters.AddWithValue("v", Version.ToString(CultureInfo.InvariantCulture));
            await write.ExecuteNonQueryAsync(ct);
        }

        await transaction.CommitAsync(ct);
        return createdVector;
    }

    public static async Task<bool> HasVectorAsync(NpgsqlConnection connection, CancellationToken ct) =>
        await ScalarAsync(connection, "SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'vector')", ct) is true;

    public static async Task<string> ServerVersionAsync(NpgsqlConnection connection, CancellationToken ct) =>
        await ScalarAsync(connection, "SELECT version()", ct) as string ?? "";

    public static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }

    public static async Task<object?> ScalarAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync(ct);
        return value is DBNull ? null : value;
    }

    /// <summary>
    /// pgvector when the server offers it; without it vectors are kept as real[] and searched in process memory,
    /// which works (bot state needs no vectors at all) but loads every vector into each process.
    /// </summary>
    private static async Task<bool> CreateVectorExtensionAsync(NpgsqlConnection connection, ILogger logger, string where, CancellationToken ct)
    {
        if (await HasVectorAsync(connection, ct))
        {
            return false;
        }

        if (await ScalarAsync(connection, "SELECT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'vector')", ct) is not true)
        {
            logger.LogWarning(
                "{Where} has no pgvector extension: vectors are stored as real[] and searched in process memory. " +
                "Install pgvector on the server for an HNSW index", where);
            return false;
        }

        await ExecuteAsync(connection, "SAVEPOINT vector_ext", ct);
        try
        {
            await ExecuteAsync(connection, "CREATE EXTENSION IF NOT EXISTS vector", ct);
            return true;
        }
        catch (PostgresException ex) when (ex.SqlState == "42501")
        {
            await ExecuteAsync(connection, "ROLLBACK TO SAVEPOINT vector_ext", ct);
            logger.LogWarning(
                "{Where}: not allowed to CREATE EXTENSION vector ({Message}); vectors are searched in process memory. " +
                "Ask the database owner to run CREATE EXTENSION vector", where, ex.MessageText);
            return false;
        }
    }
}
