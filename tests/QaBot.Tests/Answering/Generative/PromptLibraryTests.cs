using QaBot.Core;
using QaBot.Core.Answering.Generative;

namespace QaBot.Tests.Answering.Generative;

/// <summary>The shipped prompts load; broken copies fail naming the file and the placeholder.</summary>
public sealed class PromptLibraryTests : IDisposable
{
    private static readonly string Shipped = Path.Combine(AppContext.BaseDirectory, "prompts");
    private readonly string _copy = Directory.CreateTempSubdirectory("qabot-prompts-").FullName;

    public PromptLibraryTests()
    {
        foreach (var file in Directory.GetFiles(Shipped))
        {
            File.Copy(file, Path.Combine(_copy, Path.GetFileName(file)));
        }
    }

    public void Dispose() => Directory.Delete(_copy, recursive: true);

    [Fact]
    public void TheShippedPromptsPassTheCheck() => Assert.Empty(PromptLibrary.Check(Shipped));

    [Fact]
    public void AnUnknownPlaceholderIsNamedWithItsFile()
    {
        File.AppendAllText(Path.Combine(_copy, "answer.user.txt"), "\nUser name: {{$user_name}}");

        var error = Assert.Throws<QaBotException>(() => new PromptLibrary(_copy));
        Assert.Contains("answer.user.txt uses placeholder {{$user_name}} which QaBot never fills", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ARequiredPlaceholderThatIsMissingIsNamed()
    {
        File.WriteAllText(Path.Combine(_copy, "answer.user.txt"), "Question: {{$question}}");

        Assert.Contains(PromptLibrary.Check(_copy), f => f.EndsWith("answer.user.txt must contain the placeholder {{$sources}}.", StringComparison.Ordinal));
    }

    [Fact]
    public void AMissingFileIsNamed()
    {
        File.Delete(Path.Combine(_copy, "translate-query.system.txt"));

        Assert.Contains(PromptLibrary.Check(_copy), f => f.Contains("translate-query.system.txt is missing", StringComparison.Ordinal));
    }

    [Fact]
    public void FunctionCallsInTemplatesAreRejected()
    {
        File.AppendAllText(Path.Combine(_copy, "answer.system.txt"), "\n{{time.now}}");

        Assert.Contains(PromptLibrary.Check(_copy), f => f.Contains("contains '{{time.now}}'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RenderingWithoutAValueForAPlaceholderFails()
    {
        var library = new PromptLibrary(Shipped);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => library.RenderAsync("answer.user", new Dictionary<string, string> { ["question"] = "q" }));
        Assert.Contains("{{$sources}}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValuesAreInsertedVerbatim()
    {
        var library = new PromptLibrary(Shipped);

        var text = await library.RenderAsync("translate-query.user", new Dictionary<string, string> { ["question"] = "Was \"<b>\" & 'x' {{$language}}?", ["language"] = "German" });
        Assert.Equal("Translate this German question into English:\nWas \"<b>\" & 'x' {{$language}}?", text);
    }
}
