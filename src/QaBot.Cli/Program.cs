using System.CommandLine;
using QaBot.Cli;
using QaBot.Cli.Commands;

var root = new RootCommand("QaBot: answers questions from news articles, every claim cited to its source.")
{
    CliRunner.ConfigOption,
};
root.Subcommands.Add(AskCommand.Create());
root.Subcommands.Add(ChatCommand.Create());
root.Subcommands.Add(IngestCommand.Create());
root.Subcommands.Add(SourcesCommand.Create());
root.Subcommands.Add(ModelsCommand.Create());

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
    {
        await Console.Error.WriteLineAsync($"error: {error.Message}");
    }

    await Console.Error.WriteLineAsync("Run 'qabot --help' for usage.");
    return 2;
}

return await parse.InvokeAsync();
