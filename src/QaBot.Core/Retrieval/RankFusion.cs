namespace QaBot.Core.Retrieval;

/// <summary>Combines a keyword list and a vector list of (key, score), best first, into one fused score per key.</summary>
public static class RankFusion
{
    /// <summary>Fused scores (higher is better) for every key in either list.</summary>
    public static Dictionary<string, double> Fuse(
        IReadOnlyList<(string Key, double Score)> keyword,
        IReadOnlyList<(string Key, double Score)> vector,
        FusionMethod method,
        int rrfK,
        double vectorWeight)
    {
        var fused = new Dictionary<string, double>(StringComparer.Ordinal);
        switch (method)
        {
            case FusionMethod.Rrf:
                AddRrf(fused, keyword, rrfK);
                AddRrf(fused, vector, rrfK);
                break;
            case FusionMethod.Weighted:
                AddNormalized(fused, keyword, 1 - vectorWeight);
                AddNormalized(fused, vector, vectorWeight);
                break;
            case FusionMethod.KeywordOnly:
                AddNormalized(fused, keyword, 1);
                break;
            case FusionMethod.VectorOnly:
                AddNormalized(fused, vector, 1);
                break;
        }

        return fused;
    }

    private static void AddRrf(Dictionary<string, double> fused, IReadOnlyList<(string Key, double Score)> list, int k)
    {
        for (var rank = 0; rank < list.Count; rank++)
        {
            fused[list[rank].Key] = fused.GetValueOrDefault(list[rank].Key) + 1.0 / (k + rank + 1);
        }
    }

    private static void AddNormalized(Dictionary<string, double> fused, IReadOnlyList<(string Key, double Score)> list, double weight)
    {
        if (list.Count == 0)
        {
            return;
        }

        var max = list.Max(x => x.Score);
        var min = list.Min(x => x.Score);
        var range = max - min;
        foreach (var (key, score) in list)
        {
            var normalized = range > 1e-12 ? (score - min) / range : 1.0;
            fused[key] = fused.GetValueOrDefault(key) + weight * normalized;
        }
    }
}
