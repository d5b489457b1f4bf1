using QaBot.Core.Retrieval;

namespace QaBot.Tests.Retrieval;

public sealed class RankFusionTests
{
    private static readonly (string, double)[] Keyword = [("a", 9.0), ("b", 5.0), ("c", 1.0)];
    private static readonly (string, double)[] Vector = [("c", 0.9), ("a", 0.8), ("d", 0.1)];

    [Fact]
    public void RrfRewardsKeysThatBothListsRankHigh()
    {
        var fused = RankFusion.Fuse(Keyword, Vector, FusionMethod.Rrf, 60, 0.5);

        Assert.Equal(["a", "c", "b", "d"], fused.OrderByDescending(x => x.Value).Select(x => x.Key));
        Assert.Equal(1.0 / 61 + 1.0 / 62, fused["a"], 10);
    }

    [Fact]
    public void WeightedFusionNormalisesEachListBeforeMixing()
    {
        var fused = RankFusion.Fuse(Keyword, Vector, FusionMethod.Weighted, 60, 0.25);

        Assert.Equal(0.75 * 1.0 + 0.25 * (0.8 - 0.1) / 0.8, fused["a"], 10);
        Assert.Equal(0.25 * 0.0, fused["d"], 10);
    }

    [Fact]
    public void KeywordOnlyIgnoresTheVectorList()
    {
        var fused = RankFusion.Fuse(Keyword, Vector, FusionMethod.KeywordOnly, 60, 0.5);

        Assert.Equal(["a", "b", "c"], fused.OrderByDescending(x => x.Value).Select(x => x.Key));
    }

    [Fact]
    public void EmptyListsFuseToNothing()
    {
        Assert.Empty(RankFusion.Fuse([], [], FusionMethod.Rrf, 60, 0.5));
        Assert.Empty(RankFusion.Fuse([], [], FusionMethod.Weighted, 60, 0.5));
    }
}
