using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using QaBot.Core;
using QaBot.Core.Answering;
using QaBot.Core.Answering.Generative;
using QaBot.Core.Ingestion;

namespace QaBot.Cli.Commands;

/// <summary>
/// <c>qabot chat</c>: an interactive conversation that keeps its history, so follow-ups work. /reset, /exit.
/// With a model configured, answers stream as they are written.
/// </summary>
internal static class ChatCommand
{
    private const int HistoryTurns = 6;

    public static Command Create()
    {
        var command = new Command("chat", "Ask questions interactively; follow-up questions use the conversation so far");
        command.SetAction((parse, ct) => CliRunner.RunAsync(
            parse,
            async (services, token) =>
            {
                var output = parse.InvocationConfiguration.Output;
                var ingestor = services.GetRequiredService<ArticleIngestor>();
                await ingestor.EnsureCorpusAsync(token);
                if (await ingestor.EmptyStoreMessageAsync(token) is { } empty)
                {
                    throw new QaBotException(empty);
                }

                var answers = services.GetRequiredService<AnswerService>();
                var terminal = Terminal.ForStreaming(output, json: false, services.GetRequiredService<IOptions<LlmOptions>>().Value.Enabled);
                var history = new List<ChatTurn>();
                await output.WriteLineAsync("Ask a question about the articles. /reset forgets the conversation, /exit (or Ctrl+D) quits.");
                while (!token.IsCancellationRequested)
                {
                    await output.WriteAsync("> ");
                    var line = await Console.In.ReadLineAsync(token);
                    if (line is null || line.Trim() is "/exit" or "/quit")
                    {
                        break;
                    }

                    if (line.Trim() == "/reset")
                    {
                        history.Clear();
                        await output.WriteLineAsync("Conversation cleared.");
                        continue;
                    }

                    if (string.IsNullOrWhiteSpace(line))
                    {
                        continue;
                    }

                    try
                    {
                        var asked = new Question(line, [.. history]);
                        Answer answer;
                        if (terminal is not null)
                        {
                            answer = await new LiveAnswerPrinter(output, terminal).PrintAsync(answers.StreamAsync(asked, token), token);
                        }
                        else
                        {
                            answer = await answers.AskAsync(asked, token);
                            await output.WriteLineAsync(AnswerPrinter.ToText(answer));
                        }

                        await output.WriteLineAsync();
                        history.Add(new ChatTurn("user", line));
                        history.Add(new ChatTurn("assistant", answer.Text));
                        if (history.Count > HistoryTurns * 2)
                        {
                            history.RemoveRange(0, history.Count - HistoryTurns * 2);
                        }
                    }
                    catch (QaBotException ex)
                    {
                        // One bad question (too long, model down) must not end the conversation.
                        await output.WriteLineAsync($"error: {ex.Message}");
                    }
                }

                return 0;
            },
            ct));
        return command;
    }
}
