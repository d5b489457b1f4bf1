using System.Diagnostics;

namespace QaBot.Cli.Bench;

/// <summary>Percentiles of a set of timings in milliseconds (nearest-rank).</summary>
internal sealed record LatencyStats(int Count, double P50, double P95, double P99, double Mean)
{
    public static LatencyStats Of(IReadOnlyCollection<double> samples)
    {
        if (samples.Count == 0)
        {
            return new LatencyStats(0, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        var sorted = samples.Order().ToArray();
        return new LatencyStats(sorted.Length, Rank(sorted, 0.50), Rank(sorted, 0.95), Rank(sorted, 0.99), sorted.Average());
    }

    /// <summary>Runs <paramref name="action"/> once per item (after <paramref name="warmup"/> untimed runs) and times each call.</summary>
    public static async Task<LatencyStats> MeasureAsync<T>(IReadOnlyList<T> items, int runs, int warmup, Func<T, Task> action)
    {
        for (var i = 0; i < Math.Min(warmup, runs); i++)
        {
            await action(items[i % items.Count]);
        }

        var samples = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await action(items[i % items.Count]);
            samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        return Of(samples);
    }

    private static double Rank(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
