using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using QaBot.Core.Answering;
using QaBot.Core.Store;

namespace QaBot.Cli.Bench;

/// <summary>
/// What a serving process holds: run inside a child process (<c>qabot bench --probe …</c>) it loads a store, answers or
/// searches, then prints its peak resident memory as JSON. Peak RSS includes the runtime, the SQLite page cache and the
/// memory-mapped word vectors actually touched.
/// </summary>
internal static class ServingProbe
{
    /// <summary>Answers every bench question through <see cref="AnswerService"/> (services from the --config store).</summary>
    public static async Task<int> AskAsync(IServiceProvider services, TextWriter output, CancellationToken ct)
    {
        var answers = services.GetRequiredService<AnswerService>();
        foreach (var query in BenchQueries.Load())
        {
            await answers.AskAsync(new Question(query), ct);
        }

        await output.WriteLineAsync(Result());
        return 0;
    }

    /// <summary>Runs 200 top-10 searches over the synthetic collection in <paramref name="dbPath"/> with default (Auto) settings.</summary>
    public static async Task<int> VectorsAsync(string dbPath, int dimensions, TextWriter output, CancellationToken ct)
    {
        using var store = new SqliteVectorStore(new StoreOptions { Path = dbPath });
        var collection = new SqliteCollection<VectorRecord>(store, VectorRecord.Collection, VectorRecord.Definition(dimensions));
        var queries = new SyntheticVectors(dimensions, seed: 3);
        for (var i = 0; i < 200; i++)
        {
            await foreach (var hit in collection.SearchAsync(queries.Next(), 10, cancellationToken: ct))
            {
                _ = hit.Record.Key;
            }
        }

        await output.WriteLineAsync(Result());
        return 0;
    }

    /// <summary>Parses the probe's output line.</summary>
    public static long PeakBytes(string output)
    {
        var line = output.Split('\n').LastOrDefault(l => l.TrimStart().StartsWith('{'))
            ?? throw new InvalidOperationException($"the memory probe printed no result: {output}");
        return JsonDocument.Parse(line).RootElement.GetProperty("peakBytes").GetInt64();
    }

    private static string Result() => JsonSerializer.Serialize(new { peakBytes = PeakResidentBytes() });

    /// <summary>VmHWM from /proc/self/status on Linux (the kernel's high-water mark), else the runtime's figure.</summary>
    private static long PeakResidentBytes()
    {
        const string status = "/proc/self/status";
        if (File.Exists(status))
        {
            var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            if (line is not null && long.TryParse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var kb))
            {
                return kb * 1024;
            }
        }

        return System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64;
    }
}
