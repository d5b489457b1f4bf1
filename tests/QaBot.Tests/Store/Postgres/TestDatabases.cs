using Npgsql;

namespace QaBot.Tests.Store.Postgres;

/// <summary>
/// The PostgreSQL engines the tests run against, started by <c>.ci/run</c> (or by hand, see the README):
/// <c>QABOT_TEST_PGVECTOR</c> — PGlite with pgvector over pglite-socket (one connection at a time), and
/// <c>QABOT_TEST_POSTGRES</c> — a throwaway PostgreSQL 15 cluster without pgvector (concurrency, COPY, replicas).
/// </summary>
internal static class TestDatabases
{
    public const string PgvectorVariable = "QABOT_TEST_PGVECTOR";
    public const string PostgresVariable = "QABOT_TEST_POSTGRES";

    public static string? Pgvector => Environment.GetEnvironmentVariable(PgvectorVariable) is { Length: > 0 } s ? s : null;

    public static string? Postgres => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } s ? s : null;

    /// <summary>
    /// PGlite has one database and takes one connection at a time: each test starts from an empty <c>qabot</c> schema
    /// (tests using it run one after another, see <see cref="PgliteCollection"/>) and must dispose its store first.
    /// </summary>
    public static async Task<string> FreshPgvectorAsync()
    {
        var connectionString = Pgvector ?? throw new InvalidOperationException($"{PgvectorVariable} is not set");
        var unpooled = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ToString();
        await using var connection = new NpgsqlConnection(unpooled);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("DROP SCHEMA IF EXISTS qabot CASCADE", connection);
        await command.ExecuteNonQueryAsync();
        return connectionString;
    }

    /// <summary>A new, empty database on the PostgreSQL 15 server (dropped by disposing the result).</summary>
    public static async Task<ScratchDatabase> FreshPostgresAsync()
    {
        var connectionString = Postgres ?? throw new InvalidOperationException($"{PostgresVariable} is not set");
        var name = "qabot_test_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ToString()))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new ScratchDatabase(connectionString, new NpgsqlConnectionStringBuilder(connectionString) { Database = name }.ToString(), name);
    }

    /// <summary>A database made for one test.</summary>
    public sealed class ScratchDatabase(string server, string connectionString, string name) : IAsyncDisposable
    {
        public string ConnectionString { get; } = connectionString;

        public async ValueTask DisposeAsync()
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Pooling = false }.ToString());
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}

/// <summary>A test that needs PGlite + pgvector (<c>QABOT_TEST_PGVECTOR</c>); skipped with the reason when it is not running.</summary>
public sealed class PgvectorFactAttribute : FactAttribute
{
    public PgvectorFactAttribute()
    {
        if (TestDatabases.Pgvector is null)
        {
            Skip = $"needs a pgvector server: set {TestDatabases.PgvectorVariable} (.ci/run starts PGlite and sets it)";
        }
    }
}

/// <summary>A test that needs PostgreSQL (<c>QABOT_TEST_POSTGRES</c>); skipped with the reason when it is not running.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestDatabases.Postgres is null)
        {
            Skip = $"needs a PostgreSQL server: set {TestDatabases.PostgresVariable} (.ci/run starts a throwaway PostgreSQL 15 and sets it)";
        }
    }
}

/// <summary>PGlite serves one connection at a time: its tests never run in parallel with each other.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PgliteCollection
{
    public const string Name = "PGlite (one connection at a time)";
}
