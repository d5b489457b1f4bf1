using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using QaBot.Core;
using QaBot.Core.Answering;
using QaBot.Core.Answering.Generative;
using QaBot.Core.Ingestion;

namespace QaBot.Cli.Commands;

/// <summary>
/// <c>qabot ask "question" [--json]</c>: prints the answer and its sources (ingests data/articles first on a fresh clone).
/// With a model configured and a terminal on stdout, the answer streams as it is written (never with --json).
/// </summary>
internal static class AskCommand
{
    public static Command Create()
    {
        var question = new Argument<string>("question") { Description = "The question to answer" };
        var json = new Option<bool>("--json") { Description = "Print {answer, citations, retrieved, timings} as JSON" };
        var command = new Command("ask", "Answer a question from the articles, with citations") { question, json };
        command.SetAction((parse, ct) => CliRunner.RunAsync(
            parse,
            async (services, token) =>
            {
                var output = parse.InvocationConfiguration.Output;
                var ingestor = services.GetRequiredService<ArticleIngestor>();
                var report = await ingestor.EnsureCorpusAsync(token);
                if (report is not null)
                {
                    await parse.InvocationConfiguration.Error.WriteLineAsync($"First run: ingested the sample articles ({report.Summary}).");
                }

                if (await ingestor.EmptyStoreMessageAsync(token) is { } empty)
                {
                    throw new QaBotException(empty);
                }

                var answers = services.GetRequiredService<AnswerService>();
                var asked = new Question(parse.GetValue(question) ?? "");
                var modelConfigured = services.GetRequiredService<IOptions<LlmOptions>>().Value.Enabled;
                if (Terminal.ForStreaming(output, parse.GetValue(json), modelConfigured) is { } terminal)
                {
                    await new LiveAnswerPrinter(output, terminal).PrintAsync(answers.StreamAsync(asked, token), token);
                    return 0;
                }

                var answer = await answers.AskAsync(asked, token);
                await output.WriteLineAsync(parse.GetValue(json) ? AnswerPrinter.ToJson(answer) : AnswerPrinter.ToText(answer));
                return 0;
            },
            ct));
        return command;
    }
}
