namespace QaBot.Core.Store;

/// <summary>Which embedding model, at which vector size, produced the vectors in a store.</summary>
public sealed record EmbeddingStamp(string ModelId, int Dimensions)
{
    /// <summary>Reads as "Snowflake/snowflake-arctic-embed-xs (384-d)".</summary>
    public override string ToString() => $"{ModelId} ({Dimensions}-d)";
}
