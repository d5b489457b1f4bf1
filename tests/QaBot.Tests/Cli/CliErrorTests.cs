using System.Text.Json;
using QaBot.Tests.Support;

namespace QaBot.Tests.Cli;

/// <summary>The real qabot process: user errors end in exit code 2 and one line on stderr; stdout carries only the answer.</summary>
public sealed class CliErrorTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private readonly string _folder = Directory.CreateTempSubdirectory("qabot-cli-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task AskJsonPrintsOnlyJsonOnStdoutWhileTheFailingModelIsLoggedOnStderr()
    {
        await using var model = await FakeOpenAiServer.StartAsync(_ => FakeReply.Error(500));
        var (exit, output, error) = await QabotChild.RunAsync(
            ["ask", "What was the trade volume between Russia and China in 2023?", "--json"],
            Settings(new()
            {
                ["Llm__Provider"] = "OpenAICompatible",
                ["Llm__Endpoint"] = model.BaseUrl.ToString(),
                ["Llm__Model"] = "scripted",
                ["Llm__MaxRetries"] = "1",
                ["Llm__RetryDelayMilliseconds"] = "10",
                ["Logging__LogLevel__Default"] = "Information",
            }),
            _folder, Patience);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output); // nothing but the JSON
        Assert.Contains("228", json.RootElement.GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.True(error.Contains("warn: Polly", StringComparison.Ordinal), error); // the retries were logged — on stderr
    }

    [Fact]
    public async Task ABrokenSettingsFileExitsWith2NamingTheFileAndLine()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "appsettings.json"), "{\n  \"Store\": {\n    \"Path\": \"x.db\",,\n  }\n}\n");
        var (exit, output, error) = await QabotChild.RunAsync(["sources"], Settings(), _folder, Patience);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Contains("appsettings.json line 3", error, StringComparison.Ordinal);
        Assert.Contains("fix the JSON", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownEnumSettingListsTheValidValues()
    {
        var (exit, _, error) = await QabotChild.RunAsync(["sources"], Settings(new() { ["Embeddings__Provider"] = "Foo" }), _folder, Patience);

        Assert.Equal(2, exit);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Contains("Embeddings:Provider = \"Foo\" is not valid; use one of: ", error, StringComparison.Ordinal);
        Assert.Contains("ArcticXs", error, StringComparison.Ordinal);
        Assert.Contains("None", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheRetiredGloveProviderIsRefusedInOneLineSayingWhatReplacedIt()
    {
        var (exit, _, error) = await QabotChild.RunAsync(["sources"], Settings(new() { ["Embeddings__Provider"] = "Glove" }), _folder, Patience);

        Assert.Equal(2, exit);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Contains("Embeddings:Provider = \"Glove\" is not valid", error, StringComparison.Ordinal);
        Assert.Contains("GloVe word vectors were retired: remove the setting to use the ArcticXs sentence encoder", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingBaselineFolderExitsWith2()
    {
        var (exit, _, error) = await QabotChild.RunAsync(
            ["eval", "--set", Path.Combine(RepoPaths.Root, "data", "eval", "qabot-eval.jsonl"), "--baseline", Path.Combine(_folder, "no-such-run"), "--out", Path.Combine(_folder, "out")],
            Settings(), _folder, Patience);

        Assert.Equal(2, exit);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Contains("--baseline: no report.json at", error, StringComparison.Ordinal);
    }

    private Dictionary<string, string> Settings(Dictionary<string, string>? extra = null)
    {
        var settings = new Dictionary<string, string>
        {
            ["Store__Path"] = Path.Combine(_folder, "qabot.db"),
            ["Ingestion__ArticlesPath"] = RepoPaths.Articles,
            ["Embeddings__Provider"] = "None",
            ["Llm__PromptsDirectory"] = Path.Combine(RepoPaths.Root, "prompts"),
        };
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }

        return settings;
    }
}
