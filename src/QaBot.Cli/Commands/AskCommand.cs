using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using QaBot.Core.Answering;

namespace QaBot.Cli.Commands;

/// <summary><c>qabot ask "question" [--json]</c>: prints the answer and its sources.</summary>
internal static class AskCommand
{
    public static Command Create()
    {
        var question = new Argument<string>("question") { Description = "The question to answer" };
        var json = new Option<bool>("--json") { Description = "Print the answer as JSON" };
        var command = new Command("ask", "Answer a question from the articles, with citations") { question, json };
        command.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (services, token) =>
        {
            var answers = services.GetRequiredService<AnswerService>();
            var answer = await answers.AskAsync(new Question(parse.GetValue(question) ?? ""), token);
            await parse.InvocationConfiguration.Output.WriteLineAsync(answer.Text);
            return 0;
        }, ct));
        return command;
    }
}
