using QaBot.Core.Articles;

namespace QaBot.Tests.Articles;

public sealed class OutletTests
{
    [Theory]
    [InlineData("https://www.aljazeera.com/news/2021/12/15/russia-putin-china-xi", "aljazeera")]
    [InlineData("https://edition.cnn.com/2024/02/09/world/story", "cnn")]
    [InlineData("https://www.bbc.co.uk/news/world-123", "bbc")]
    [InlineData("https://newsweek.com/putin-xi-relations", "newsweek")]
    [InlineData("http://192.168.1.10/feed", null)] // an address, no site name
    public void TheOutletIsTheSiteNameOfTheAddress(string url, string? outlet) =>
        Assert.Equal(outlet, Outlet.NameOf(new Uri(url)));

    [Theory]
    [InlineData("can u summarize the al jazeera one for me pls", true)]
    [InlineData("tldr of the aljazeera article", true)]
    [InlineData("what did the Al-Jazeera piece say", true)]
    [InlineData("summarize the al article", false)] // a start of the name is not the name
    [InlineData("what did jazeera say", false)]
    public void AQuestionNamesTheOutletByItsWordsRunTogether(string question, bool named) =>
        Assert.Equal(named, Outlet.IsNamedIn(new Uri("https://www.aljazeera.com/news/x"), question));

    [Fact]
    public void AnArticleWithoutAnAddressHasNoOutlet() =>
        Assert.False(Outlet.IsNamedIn(null, "the al jazeera one"));
}

public sealed class UnknownOutletTests
{
    private static readonly HashSet<string> Absent = ["newsweek", "jazeera", "al", "newest"];

    [Theory]
    [InlineData("what does the newsweek article say on taiwan", "what does the article say on taiwan")]
    [InlineData("summarize the al jazeera one", null)] // a stored address names it
    [InlineData("what does the nato article say", null)] // a word the store holds: a topic
    [InlineData("what did newsweek say", null)] // not naming an article
    [InlineData("whats the newest article about", null)] // which one by time: it was taken for an outlet and dropped
    [InlineData("how does beijing label taiwan according to the feb 2024 newsweek article", "how does beijing label taiwan according to the feb 2024 article")] // its date stays
    public void AnOutletNoStoredPassageKnowsIsLeftToTheTopic(string question, string? expected) =>
        Assert.Equal(expected, Outlet.WithoutUnknownOutlet(question, Absent, [new Uri("https://www.aljazeera.com/news/x"), null]));
}
