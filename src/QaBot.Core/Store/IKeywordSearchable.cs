using System.Linq.Expressions;
using Microsoft.Extensions.VectorData;

namespace QaBot.Core.Store;

/// <summary>
/// Keyword-only search with the scores retrieval fuses by weight, and the counts it turns into IDF weights.
/// Microsoft.Extensions.VectorData has hybrid search (<see cref="IKeywordHybridSearchable{TRecord}"/>) but no
/// keyword-only search; QaBot's collections offer it through <c>GetService(typeof(IKeywordSearchable&lt;T&gt;))</c>.
/// </summary>
public interface IKeywordSearchable<TRecord>
    where TRecord : class
{
    /// <summary>
    /// BM25 full-text search over the full-text indexed properties. <paramref name="query"/> is user text (any
    /// characters are safe); higher scores are better.
    /// </summary>
    IAsyncEnumerable<VectorSearchResult<TRecord>> KeywordSearchAsync(
        string query, int top, Expression<Func<TRecord, bool>>? filter = null, CancellationToken cancellationToken = default);

    /// <summary>Number of stored records (0 before the collection exists).</summary>
    Task<long> CountAsync(CancellationToken cancellationToken = default);

    /// <summary>Number of records whose full text contains <paramref name="word"/> as the index sees it.</summary>
    Task<long> CountKeywordMatchesAsync(string word, CancellationToken cancellationToken = default);
}
