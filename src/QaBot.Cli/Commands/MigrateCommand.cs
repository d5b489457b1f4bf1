using System.CommandLine;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using QaBot.Core.Store;

namespace QaBot.Cli.Commands;

/// <summary>
/// <c>qabot migrate --from FILE [--force]</c>: copies a SQLite store (articles, chunks, vectors, embedding stamp) into
/// the configured store, normally PostgreSQL (Store:Provider=Postgres), without re-embedding anything.
/// </summary>
internal static class MigrateCommand
{
    public static Command Create()
    {
        var from = new Option<string>("--from") { Description = "The SQLite store to copy (e.g. data/qabot.db)", Required = true };
        var force = new Option<bool>("--force") { Description = "Copy even when the target already holds articles (records are upserted)" };
        var command = new Command("migrate", "Copy a SQLite store into the configured store (Store:Provider=Postgres): articles, chunks, vectors") { from, force };
        command.SetAction((parse, ct) => CliRunner.RunAsync(
            parse,
            async (services, token) =>
            {
                var output = parse.InvocationConfiguration.Output;
                var path = parse.GetValue(from)!;
                var target = services.GetRequiredService<QaBotVectorStore>();
                if (!File.Exists(path))
                {
                    throw new CliUsageException($"--from {path}: no such file. Name the SQLite store to copy (Store:Path of the old setup, e.g. data/qabot.db).");
                }

                if (target is SqliteVectorStore sqlite && Path.GetFullPath(sqlite.Path) == Path.GetFullPath(path))
                {
                    throw new CliUsageException(
                        $"the target store is {path} itself. Set Store:Provider=Postgres and Store:ConnectionString to copy it into PostgreSQL.");
                }

                if (!parse.GetValue(force) && await target.Articles.AnyAsync(token))
                {
                    throw new CliUsageException($"{target.Location} already holds articles. Pass --force to copy into it anyway (records are upserted).");
                }

                using var source = new SqliteVectorStore(new StoreOptions { Path = path });
                var clock = Stopwatch.StartNew();
                var progress = new Progress<StoreCopyProgress>(p =>
                {
                    if (p.Articles == 0 && p.Chunks % (StoreCopier.BatchSize * 10) == 0)
                    {
                        output.WriteLine($"  {p.Chunks:N0} chunks…");
                    }
                });
                var copied = await new StoreCopier(source, target).CopyAsync(progress, token);
                await output.WriteLineAsync(
                    $"Copied {copied.Articles:N0} articles and {copied.Chunks:N0} chunks from {path} to {target.Location} in {clock.Elapsed.TotalSeconds:F1} s.");
                return 0;
            },
            ct));
        return command;
    }
}
