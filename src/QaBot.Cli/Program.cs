using System.CommandLine;
using QaBot.Cli;
using QaBot.Cli.Commands;

var root = new RootCommand("QaBot: answers questions from news articles, every claim cited to its source.")
{
    CliRunner.ConfigOption,
};
root.Subcommands.Add(AskCommand.Create());
root.Subcommands.Add(EvalCommand.Create());

return await root.Parse(args).InvokeAsync();
