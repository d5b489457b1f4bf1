using QaBot.Cli.Bench;

namespace QaBot.Tests.Bench;

public sealed class BenchPartsTests
{
    [Fact]
    public void PercentilesUseTheNearestRank()
    {
        var stats = LatencyStats.Of([.. Enumerable.Range(1, 100).Select(i => (double)i)]);

        Assert.Equal((50.0, 95.0, 99.0), (stats.P50, stats.P95, stats.P99));
        Assert.Equal(50.5, stats.Mean, 6);
    }

    [Fact]
    public void ARatioAlwaysSaysHowManyTimesBetterThanTheBaseline()
    {
        var latency = new BenchFigure("s", "p50", 2, "ms", 10, "naive");
        var throughput = new BenchFigure("s", "chunks/s", 5000, "chunks/s", 2500, "naive") { HigherIsBetter = true };

        Assert.Equal(5, latency.Ratio);
        Assert.Equal(2, throughput.Ratio);
        Assert.Null(new BenchFigure("s", "m", 1, "ms").Ratio);
    }

    [Fact]
    public void SyntheticVectorsAreTheSameForTheSameSeed()
    {
        var a = new SyntheticVectors(64, seed: 7);
        var b = new SyntheticVectors(64, seed: 7);
        var c = new SyntheticVectors(64, seed: 8);

        var first = a.Next();
        Assert.Equal(first, b.Next());
        Assert.NotEqual(first, c.Next());
        Assert.Equal(64, first.Length);
    }
}
