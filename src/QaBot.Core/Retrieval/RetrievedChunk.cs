using QaBot.Core.Chunking;

namespace QaBot.Core.Retrieval;

/// <summary>A chunk returned by retrieval with its fused score (higher is better) and the component scores when known.</summary>
public sealed record RetrievedChunk(
    Chunk Chunk,
    double Score,
    double? KeywordScore = null,
    double? VectorScore = null);
