using System.CommandLine;
using System.Text;
using QaBot.Telegram.Feedback;
using Microsoft.Extensions.DependencyInjection;
using QaBot.Telegram;

namespace QaBot.Cli.Commands;

/// <summary><c>qabot feedback export [--out FILE]</c>: rated Telegram answers as eval-set JSONL.</summary>
internal static class FeedbackCommand
{
    public static Command Create()
    {
        var output = new Option<FileInfo?>("--out") { Description = "JSONL file to write (default: standard output)" };
        var export = new Command("export", "Write 👍/👎-rated answers as JSONL in the eval-set format (data/eval)") { output };
        export.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (services, token) =>
        {
            var exporter = services.GetRequiredService<FeedbackExporter>();
            var file = parse.GetValue(output);
            int count;
            if (file is null)
            {
                count = await exporter.ExportAsync(parse.InvocationConfiguration.Output, token);
            }
            else
            {
                file.Directory?.Create();
                await using var writer = new StreamWriter(file.FullName, append: false, new UTF8Encoding(false));
                count = await exporter.ExportAsync(writer, token);
            }

            await parse.InvocationConfiguration.Error.WriteLineAsync(
                $"exported {count} rated answer{(count == 1 ? "" : "s")}{(file is null ? "" : $" to {file.FullName}")}");
            return 0;
        }, (services, configuration) => services.AddBotStore(configuration), ct));
        return new Command("feedback", "Feedback collected by the Telegram bot") { export };
    }
}
