using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using QaBot.Core.Store;

namespace QaBot.Cli.Bench;

/// <summary>
/// The baselines: what a first version without an index would do per query — read every vector (or every text) from
/// SQLite and score it in a plain scalar loop.
/// </summary>
internal static class NaiveSearch
{
    /// <summary>Top-k keys by cosine, reading all vectors of <paramref name="table"/> from SQLite for this one query.</summary>
    public static List<string> VectorTopK(string dbPath, string table, string keyColumn, string vectorColumn, ReadOnlySpan<float> query, int k)
    {
        var q = query.ToArray();
        var queryNorm = Math.Sqrt(q.Sum(x => (double)x * x));
        var best = new List<(string Key, double Score)>(k + 1);
        using var connection = Open(dbPath);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT \"{keyColumn}\", \"{vectorColumn}\" FROM \"{table}\" WHERE \"{vectorColumn}\" IS NOT NULL";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var vector = MemoryMarshal.Cast<byte, float>((byte[])reader.GetValue(1));
            double dot = 0, norm = 0;
            for (var i = 0; i < vector.Length; i++)
            {
                dot += q[i] * vector[i];
                norm += vector[i] * vector[i];
            }

            Offer(best, reader.GetString(0), dot / (Math.Sqrt(norm) * queryNorm + 1e-12), k);
        }

        return [.. best.Select(b => b.Key)];
    }

    /// <summary>Top-k keys by how often the query words occur, reading all texts from SQLite for this one query.</summary>
    public static List<string> TextTopK(string dbPath, string question, int k)
    {
        var terms = FullTextQuery.Terms(question);
        var best = new List<(string Key, double Score)>(k + 1);
        using var connection = Open(dbPath);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"Key\", \"Text\" FROM \"coll_chunks\"";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var text = reader.GetString(1);
            var score = 0;
            foreach (var term in terms)
            {
                for (var at = text.IndexOf(term, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(term, at + term.Length, StringComparison.OrdinalIgnoreCase))
                {
                    score++;
                }
            }

            if (score > 0)
            {
                Offer(best, reader.GetString(0), score, k);
            }
        }

        return [.. best.Select(b => b.Key)];
    }

    private static SqliteConnection Open(string dbPath)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = dbPath, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        return connection;
    }

    private static void Offer(List<(string Key, double Score)> best, string key, double score, int k)
    {
        if (best.Count == k && score <= best[^1].Score)
        {
            return;
        }

        var at = best.FindIndex(b => b.Score < score);
        best.Insert(at < 0 ? best.Count : at, (key, score));
        if (best.Count > k)
        {
            best.RemoveAt(k);
        }
    }
}
