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
    public void SpeechesAreCutIntoArticleSizedDocumentsOfWholeSentences()
    {
        var sentence = "The Congress met again this year to consider the state of the Union. ";
        var speech = string.Concat(Enumerable.Repeat(sentence, 200));
        var folder = Path.Combine(Path.GetTempPath(), "qabot-bench-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var documents = new DistractorDocuments([("1790_george_washington_n", speech)]);
            var files = documents.WriteSpeeches(folder);
            var remixed = documents.WriteRemixed(folder, 3);

            var bodies = files.Select(f => File.ReadAllText(f).Split("\n\n", 2)[1].Trim()).ToList();
            Assert.True(files.Count >= 3);
            Assert.All(bodies, b => Assert.InRange(b.Length, 1, 5_000));
            Assert.All(bodies, b => Assert.EndsWith("Union.", b, StringComparison.Ordinal));
            Assert.Equal(speech.Trim().Length, bodies.Sum(b => b.Length) + bodies.Count - 1);
            Assert.StartsWith("State of the Union 1790, George Washington (part 1 of", File.ReadAllText(files[0]), StringComparison.Ordinal);
            Assert.Equal(3, remixed.Count);
            Assert.All(remixed, f => Assert.True(new FileInfo(f).Length > 4_000));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
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
