using QaBot.Core.Answering;
using QaBot.Core.Retrieval;
using QaBot.Telegram.Rendering;

namespace QaBot.Tests.Telegram;

public sealed class AnswerFormatterTests
{
    private static readonly Citation First = new(1, "a1", "a1#0", "Trade <surges> & grows", new DateOnly(2023, 3, 21), new Uri("https://www.example.com/news?id=1&x=2"), "Trade rose *sharply* to <$228bn> & more.");

    [Fact]
    public void AnswerTextAndSourcesAreEscapedAndListedCompactly()
    {
        var answer = new Answer("Trade grew to <$228bn> & *more* [1].", [First], Array.Empty<RetrievedChunk>(),
            new AnswerTimings(0, 0, 0, 0), false, "extractive", "trade");
        var html = AnswerFormatter.Format(answer);
        Assert.StartsWith("Trade grew to &lt;$228bn&gt; &amp; *more* [1].", html, StringComparison.Ordinal);
        Assert.Contains("1. Trade &lt;surges&gt; &amp; grows — 21 Mar 2023 — <a href=\"https://www.example.com/news?id=1&amp;x=2\">example.com</a>", html, StringComparison.Ordinal);
        var (visible, error) = TelegramHtml.Parse(html);
        Assert.Null(error);
        Assert.Contains("<$228bn> & *more* [1]", visible, StringComparison.Ordinal);
    }

    [Fact]
    public void PassageQuotesTheCitationEscaped()
    {
        var (visible, error) = TelegramHtml.Parse(AnswerFormatter.Passage(First));
        Assert.Null(error);
        Assert.Contains("Trade rose *sharply* to <$228bn> & more.", visible, StringComparison.Ordinal);
    }

    [Fact]
    public void PlainTextFallbackKeepsLinksReadable()
    {
        Assert.Equal("a < b & c — example.com (https://example.com/?a=1&b=2)",
            Html.ToPlainText("<b>a &lt; b &amp; c</b> — <a href=\"https://example.com/?a=1&amp;b=2\">example.com</a>"));
    }

    [Fact]
    public void CallbackDataStaysUnder64BytesAndRoundTrips()
    {
        var data = CallbackData.Source(long.MaxValue, 99);
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(data) <= 64);
        Assert.True(CallbackData.TryParse(data, out var kind, out var id, out var n));
        Assert.Equal(('s', long.MaxValue, "99"), (kind, id, n));
        Assert.True(CallbackData.TryParse(CallbackData.Feedback(7, up: false), out kind, out id, out var vote));
        Assert.Equal(('f', 7L, "down"), (kind, id, vote));
        Assert.False(CallbackData.TryParse("s:x:1", out _, out _, out _));
        Assert.False(CallbackData.TryParse("f:1:maybe", out _, out _, out _));
    }

    [Fact]
    public void KeyboardHasOneButtonPerSourceAndFeedback()
    {
        var keyboard = AnswerKeyboard.For(12, [First, First with { N = 2, Title = "Second" }]);
        var rows = keyboard.InlineKeyboard.Select(r => r.Select(b => b.CallbackData).ToList()).ToList();
        Assert.Equal([["s:12:1"], ["s:12:2"], ["f:12:up", "f:12:down"]], rows);
    }
}
