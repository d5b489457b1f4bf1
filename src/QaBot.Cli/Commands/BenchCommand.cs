using System.CommandLine;
using QaBot.Cli.Bench;

namespace QaBot.Cli.Commands;

/// <summary>
/// <c>qabot bench [--quick] [--only text|vectors] [--out DIR]</c>: measures ingestion, search and answer latency, cold start and memory at
/// growing corpus sizes, each beside a naive baseline; prints a table and writes DIR/bench.json. Run it from the repository
/// root, as a Release build. <c>--probe</c> is internal: the bench starts itself with it to measure a serving process.
/// </summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var quick = new Option<bool>("--quick") { Description = "About a minute: 10k text chunks, 10k and 100k × 384 vectors" };
        var output = new Option<string>("--out") { Description = "Folder for bench.json, the generated corpus and the stores", DefaultValueFactory = _ => "bench-out" };
        var only = new Option<string?>("--only") { Description = "Run only the text scenarios, only the vector ones, or only the PostgreSQL comparison (text|vectors|postgres)" };
        var postgres = new Option<string?>("--postgres")
        {
            Description = "Also run the text scenarios at 100k chunks on PostgreSQL at this Npgsql connection string (the bench drops and recreates schema qabot there)",
        };
        only.AcceptOnlyFromAmong("text", "vectors", "postgres");
        var probe = new Option<string?>("--probe") { Hidden = true };
        var probeStore = new Option<string?>("--probe-store") { Hidden = true };
        var probeDimensions = new Option<int>("--probe-dims") { Hidden = true };
        var command = new Command("bench", "Measure speed and memory at 10k-1M chunks against naive baselines; writes bench.json")
        {
            quick, output, only, postgres, probe, probeStore, probeDimensions,
        };
        command.SetAction((parse, ct) => CliRunner.RunAsync(
            parse,
            async (services, token) =>
            {
                var writer = parse.InvocationConfiguration.Output;
                switch (parse.GetValue(probe))
                {
                    case "ask":
                        return await ServingProbe.AskAsync(services, writer, token);
                    case "vectors":
                        return await ServingProbe.VectorsAsync(parse.GetValue(probeStore) ?? "", parse.GetValue(probeDimensions), writer, token);
                    case { } other:
                        throw new CliUsageException($"--probe: unknown probe '{other}'");
                }

                if (!Directory.Exists("data/articles"))
                {
                    throw new CliUsageException("run qabot bench from the repository root (it reads data/articles and data/bench)");
                }

                var plan = BenchPlan.For(parse.GetValue(quick), Path.GetFullPath(parse.GetValue(output) ?? "bench-out")) with { Only = parse.GetValue(only), Postgres = parse.GetValue(postgres) };
                if (plan.Only == "postgres" && plan.Postgres is null)
                {
                    throw new CliUsageException("--only postgres needs --postgres CONNECTION (an Npgsql connection string; its schema qabot is replaced)");
                }

                var report = await new BenchRunner(plan).RunAsync(token);
                report.Print();
                var json = Path.Combine(plan.OutDirectory, "bench.json");
                await report.WriteAsync(json, token);
                await File.WriteAllTextAsync(Path.Combine(plan.OutDirectory, "bench.md"), report.ToMarkdown(), token);
                await writer.WriteLineAsync($"wrote {json} and bench.md");
                return 0;
            },
            ct));
        return command;
    }
}
