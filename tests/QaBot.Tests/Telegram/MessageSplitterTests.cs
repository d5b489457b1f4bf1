using QaBot.Telegram.Rendering;

namespace QaBot.Tests.Telegram;

public sealed class MessageSplitterTests
{
    [Fact]
    public void ShortMessagesStayWhole()
    {
        Assert.Equal(["<b>hi</b> &amp; bye"], MessageSplitter.Split("<b>hi</b> &amp; bye"));
    }

    [Fact]
    public void LongTextIsCutAtParagraphBoundaries()
    {
        var paragraph = string.Join(' ', Enumerable.Repeat("Putin and Xi met again.", 40)); // ~920 chars
        var html = string.Join("\n\n", Enumerable.Repeat(paragraph, 10));
        var parts = MessageSplitter.Split(html);
        Assert.True(parts.Count > 1);
        Assert.All(parts, p => Assert.True(p.Length <= 4096));
        Assert.All(parts, p => Assert.EndsWith("again.", p, StringComparison.Ordinal));
        Assert.Equal(Words(html), Words(string.Join("\n\n", parts)));
    }

    [Fact]
    public void WithoutParagraphsItCutsAfterASentence()
    {
        var html = string.Concat(Enumerable.Repeat("The trade volume rose to $228 billion [2]. ", 200));
        var parts = MessageSplitter.Split(html, 1000);
        Assert.All(parts, p => Assert.True(p.Length <= 1000));
        Assert.All(parts, p => Assert.EndsWith("[2].", p, StringComparison.Ordinal));
    }

    [Fact]
    public void NeverCutsInsideAnEntityOrATagAndReopensOpenTags()
    {
        var html = "<b>" + string.Concat(Enumerable.Repeat("a&amp;b &lt;c&gt; ", 400)) + "</b>\n<a href=\"https://example.org/x?a=1&amp;b=2\">" + new string('z', 3000) + "</a>";
        var parts = MessageSplitter.Split(html, 1000);
        Assert.True(parts.Count > 3);
        foreach (var part in parts)
        {
            Assert.True(part.Length <= 1000, $"part of {part.Length}");
            var (text, error) = TelegramHtml.Parse(part);
            Assert.True(error is null, error);
            Assert.False(string.IsNullOrWhiteSpace(text));
        }

        Assert.Equal(
            TelegramHtml.Parse(html).Text!.Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal),
            string.Concat(parts.Select(p => TelegramHtml.Parse(p).Text)).Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal));
    }

    [Fact]
    public void SurrogatePairsAreNotBroken()
    {
        var html = string.Concat(Enumerable.Repeat("😀", 3000));
        var parts = MessageSplitter.Split(html);
        Assert.Equal(2, parts.Count);
        Assert.All(parts, p => Assert.False(char.IsHighSurrogate(p[^1])));
        Assert.Equal(html, string.Concat(parts));
    }

    private static string[] Words(string text) => text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
}
