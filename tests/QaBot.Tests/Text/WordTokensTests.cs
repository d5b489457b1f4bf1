using QaBot.Core.Store;
using QaBot.Core.Text;

namespace QaBot.Tests.Text;

public sealed class WordTokensTests
{
    [Fact]
    public void ContentWordsDropStopWordsAndKeepNumbers() =>
        Assert.Equal(["trade", "volume", "russia", "china", "2023"], WordTokens.Content("What was the trade volume between Russia and China in 2023?"));

    [Theory]
    [InlineData("the nato expansion they're against", new[] { "nato", "expansion", "against" })] // not "re", which is rare enough to weigh most
    [InlineData("why didn't china condemn it, we've asked", new[] { "china", "condemn", "asked" })]
    [InlineData("they’ll say the war isn't won", new[] { "war", "won" })]
    public void WhatAContractionLeavesIsNoContentWord(string text, string[] content) => Assert.Equal(content, WordTokens.Content(text));

    [Fact]
    public void ChatFillerIsNotContent() =>
        Assert.Equal(["beijing", "confirm", "xi", "moscow", "trip"], WordTokens.Content("hmm im confused, did beijing ever confirm xi's moscow trip, just wondering"));

    [Fact]
    public void AccentsAndCaseAreFolded() => Assert.Equal(["cafe", "resume", "zurich"], WordTokens.Content("Café RÉSUMÉ Zürich"));

    [Fact]
    public void CyrillicWordsAreKeptAndYoIsReadAsYe()
    {
        Assert.Equal(["россия", "китай"], WordTokens.Content("Россия и Китай"));
        Assert.Equal(["елка"], WordTokens.Of("Ёлка"));
    }

    [Fact]
    public void WordsAreCutAtEveryCharacterThatIsNeitherLetterNorDigit() =>
        Assert.Equal(["the", "u", "s", "and", "russia", "s", "228bn", "well", "known"], WordTokens.Of("The U.S. and Russia’s $228bn well-known"));

    [Fact]
    public void AHedgeCarriesNoTopic() =>
        Assert.Equal(["xi", "visit", "moscow"], WordTokens.Content("when was xi supposedly gonna visit moscow, allegedly"));

    [Fact]
    public void NumbersAreContentButNotContentWords()
    {
        Assert.True(WordTokens.IsContent("2023"));
        Assert.False(WordTokens.IsContentWord("2023"));
        Assert.True(WordTokens.IsContentWord("trade"));
        Assert.False(WordTokens.IsContent("the"));
        Assert.False(WordTokens.IsContent("x"));
    }

    [Theory]
    [InlineData("when did the naval drills happen")]
    [InlineData("when did the naval drills occur")]
    public void AVerbThatOnlyAsksWhetherSomethingTookPlaceIsNoContent(string question) =>
        Assert.Equal(["naval", "drills"], WordTokens.Content(question));

    [Fact]
    public void ContentStemsLetWordFormsMeet() =>
        Assert.Equal(WordTokens.ContentStems("Russia invaded Ukraine"), WordTokens.ContentStems("Russia's invading... Russia invades Ukraine!"));

    [Fact]
    public void FullTextWordsAreCutLikeTheOtherWordsButLeftUnfoldedForTheIndex()
    {
        Assert.Equal(["zürich", "ёлка", "мой"], WordTokens.Unfolded("Zürich Ёлка мой"));
        Assert.Equal(["zürich", "trade"], FullTextQuery.Terms("What about Zürich trade?"));
    }
}
