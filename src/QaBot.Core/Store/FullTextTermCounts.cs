using System.Collections.Concurrent;
using System.Globalization;

namespace QaBot.Core.Store;

/// <summary>
/// Document frequencies of full-text query words in one collection, cached per collection version (any committed
/// write bumps the version, so counts never go stale). Used to leave words that occur in most rows out of a BM25
/// query: FTS5 gives them an IDF near zero anyway, but matching them makes SQLite score and sort nearly every row.
/// </summary>
internal sealed class FullTextTermCounts(string table, string fts)
{
    private readonly ConcurrentDictionary<string, (long Version, long Count)> _documents = new(StringComparer.Ordinal);
    private (long Version, long Count) _rows = (long.MinValue, 0);

    /// <summary>
    /// The words of <paramref name="terms"/> found in at most <paramref name="maxShare"/> of the rows, in their order;
    /// when every word is more common than that, the rarest one alone. Collections under <paramref name="fromRows"/>
    /// rows are fast anyway and keep every word.
    /// </summary>
    public IReadOnlyList<string> Selective(DbSession s, long version, IReadOnlyList<string> terms, double maxShare, int fromRows)
    {
        if (maxShare >= 1 || terms.Count <= 1)
        {
            return terms;
        }

        var rows = Rows(s, version);
        if (rows < fromRows)
        {
            return terms;
        }

        var limit = maxShare * rows;
        var counted = terms.Select(t => (Term: t, Count: Documents(s, version, t))).ToList();
        var kept = counted.Where(c => c.Count <= limit).Select(c => c.Term).ToList();
        return kept.Count > 0 ? kept : [counted.MinBy(c => c.Count).Term];
    }

    /// <summary>Rows of the collection at <paramref name="version"/>.</summary>
    public long Rows(DbSession s, long version)
    {
        var cached = _rows;
        if (cached.Version == version)
        {
            return cached.Count;
        }

        var count = Scalar(s, $"SELECT count(*) FROM {table}", null);
        _rows = (version, count);
        return count;
    }

    /// <summary>Rows whose full text contains <paramref name="term"/> (one already-tokenised word) at <paramref name="version"/>.</summary>
    public long Documents(DbSession s, long version, string term)
    {
        if (_documents.TryGetValue(term, out var cached) && cached.Version == version)
        {
            return cached.Count;
        }

        var count = Scalar(s, $"SELECT count(*) FROM {fts} WHERE {fts} MATCH $match", FullTextQuery.Build([term]));
        _documents[term] = (version, count);
        return count;
    }

    private static long Scalar(DbSession s, string sql, string? match)
    {
        using var command = s.Command(sql);
        if (match is not null)
        {
            command.Parameters.AddWithValue("$match", match);
        }

        return Convert.ToInt64(command.ExecuteScalar() ?? 0L, CultureInfo.InvariantCulture);
    }
}
