using System.ComponentModel.DataAnnotations;
using Npgsql;

namespace QaBot.Core.Store;

/// <summary>Which engine holds the store.</summary>
public enum StoreProvider
{
    /// <summary>One SQLite file (<see cref="StoreOptions.Path"/>): the default, nothing to install.</summary>
    Sqlite,

    /// <summary>PostgreSQL (with pgvector when available) at <see cref="StoreOptions.ConnectionString"/>, shared by bot replicas.</summary>
    Postgres,
}

/// <summary>Where QaBot keeps its store, and how it searches it (configuration section <c>Store</c>).</summary>
public sealed class StoreOptions : IValidatableObject
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Store";

    /// <summary><c>Sqlite</c> (default) or <c>Postgres</c>.</summary>
    [EnumDataType(typeof(StoreProvider), ErrorMessage = "Store:Provider must be Sqlite or Postgres.")]
    public StoreProvider Provider { get; set; } = StoreProvider.Sqlite;

    /// <summary>With Provider = Postgres: an Npgsql connection string (Host=…;Port=…;Username=…;Password=…;Database=…).</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>With Provider = Postgres and pgvector: HNSW candidates examined per vector search (pgvector's hnsw.ef_search).</summary>
    [Range(1, 1000, ErrorMessage = "Store:HnswEfSearch must be between 1 and 1000 (e.g. 100).")]
    public int HnswEfSearch { get; set; } = 100;

    /// <summary>Path of the SQLite file holding chunks, vectors, the full-text index and the article catalog.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Store:Path must name the SQLite file, e.g. \"data/qabot.db\".")]
    public string Path { get; set; } = "data/qabot.db";

    /// <summary>Exact, Quantized, Ivf, or Auto (by collection size). See <see cref="VectorSearchMode"/>.</summary>
    [EnumDataType(typeof(VectorSearchMode), ErrorMessage = "Store:VectorSearch must be Auto, Exact, Quantized or Ivf.")]
    public VectorSearchMode VectorSearch { get; set; } = VectorSearchMode.Auto;

    /// <summary>With Auto: collections with at least this many vectors use the quantised scan.</summary>
    [Range(0, int.MaxValue, ErrorMessage = "Store:QuantizedFromRows must be 0 or more (e.g. 50000).")]
    public int QuantizedFromRows { get; set; } = 50_000;

    /// <summary>
    /// With Auto: collections with at least this many 384-d vectors use the IVF index (counted by scan size: d-dimensional
    /// vectors switch at ApproximateFromRows × 384 / d rows). Below it the int8 scan stays under ~20 ms on 2 cores and is
    /// exact after re-rank; IVF is faster per query but trains k-means on first load (about 40 s at a million rows).
    /// </summary>
    [Range(0, int.MaxValue, ErrorMessage = "Store:ApproximateFromRows must be 0 or more (e.g. 1500000).")]
    public int ApproximateFromRows { get; set; } = 1_500_000;

    /// <summary>IVF lists scanned per query (of about √n lists); more = higher recall, slower.</summary>
    [Range(1, 4096, ErrorMessage = "Store:IvfProbes must be between 1 and 4096 (e.g. 48).")]
    public int IvfProbes { get; set; } = 48;

    /// <summary>Candidates of an int8 scan re-ranked exactly (at least 4 × top is always used).</summary>
    [Range(1, 100_000, ErrorMessage = "Store:RerankCandidates must be between 1 and 100000 (e.g. 100).")]
    public int RerankCandidates { get; set; } = 100;

    /// <summary>
    /// In collections of at least <see cref="CommonTermFromRows"/> chunks, full-text search leaves out query words found
    /// in more than this share of them: such words barely move BM25 (low IDF) but make SQLite score and sort a large part
    /// of the collection. 1 keeps every word. The rarest word is always kept.
    /// </summary>
    [Range(0.01, 1.0, ErrorMessage = "Store:CommonTermShare must be between 0.01 and 1 (e.g. 0.1).")]
    public double CommonTermShare { get; set; } = 0.1;

    /// <summary>Collections smaller than this keep every query word in full-text search (they are fast anyway).</summary>
    [Range(0, int.MaxValue, ErrorMessage = "Store:CommonTermFromRows must be 0 or more (e.g. 20000).")]
    public int CommonTermFromRows { get; set; } = 20_000;

    /// <inheritdoc/>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Provider != StoreProvider.Postgres)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return new ValidationResult(
                "Store:ConnectionString is required when Store:Provider is Postgres, e.g. " +
                "\"Host=127.0.0.1;Port=5432;Username=postgres;Password=…;Database=qabot\".",
                [nameof(ConnectionString)]);
            yield break;
        }

        string? error = null;
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
            if (string.IsNullOrWhiteSpace(builder.Host))
            {
                error = "Store:ConnectionString names no Host; add Host=… (e.g. Host=127.0.0.1;Port=5432).";
            }
        }
        catch (ArgumentException ex)
        {
            error = $"Store:ConnectionString is not a valid Npgsql connection string ({ex.Message}); use Key=Value pairs " +
                "separated by ';', e.g. \"Host=127.0.0.1;Port=5432;Username=postgres;Database=qabot\".";
        }

        if (error is not null)
        {
            yield return new ValidationResult(error, [nameof(ConnectionString)]);
        }
    }
}
