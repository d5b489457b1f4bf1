namespace QaBot.Core.Store;

/// <summary>How vector search scans the in-memory index (configuration key <c>Store:VectorSearch</c>).</summary>
public enum VectorSearchMode
{
    /// <summary>By collection size: exact below <c>Store:QuantizedFromRows</c>, quantised below <c>Store:ApproximateFromRows</c> (at 384 dimensions), IVF above.</summary>
    Auto,

    /// <summary>Exact cosine over float32: every row scored; always the true top-k.</summary>
    Exact,

    /// <summary>int8 scan of every row, then exact re-rank of the best <c>Store:RerankCandidates</c>: ~4× less memory traffic, recall ≈ 1.</summary>
    Quantized,

    /// <summary>Inverted file: only the rows of the <c>Store:IvfProbes</c> nearest of ~√n k-means lists are scanned (int8), then re-ranked exactly.</summary>
    Ivf,
}
