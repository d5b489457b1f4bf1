using QaBot.Core.Evaluation;

namespace QaBot.Tests.Evaluation;

public class CitedSentenceTests
{
    [Fact]
    public void MarkersBeforeOrAfterTheFullStopBelongToTheirSentence()
    {
        var sentences = CitedSentence.Parse("Trade hit $228 billion in 2023 [1]. The target was $200 billion.[2] Xi called it a new momentum [1][3].");

        Assert.Equal(3, sentences.Count);
        Assert.Equal("Trade hit $228 billion in 2023.", sentences[0].Text);
        Assert.Equal([1], sentences[0].Markers);
        Assert.Equal("The target was $200 billion.", sentences[1].Text);
        Assert.Equal([2], sentences[1].Markers);
        Assert.Equal([1, 3], sentences[2].Markers);
    }

    [Fact]
    public void GroupedMarkersAndUncitedSentencesAreRead()
    {
        var sentences = CitedSentence.Parse("Here is what the articles say:\nThey met in Uzbekistan [1, 2]. Nothing else is known.");

        Assert.Equal(3, sentences.Count);
        Assert.Empty(sentences[0].Markers);
        Assert.Equal([1, 2], sentences[1].Markers);
        Assert.Empty(sentences[2].Markers);
    }

    [Fact]
    public void DecimalsAndAbbreviationsDoNotEndASentenceEarly()
    {
        var sentences = CitedSentence.Parse("Trade grew 2.5 times [1].");

        var only = Assert.Single(sentences);
        Assert.Equal("Trade grew 2.5 times.", only.Text);
    }

    [Fact]
    public void ASourcesListAfterTheAnswerIsNotTakenForClaims()
    {
        var sentences = CitedSentence.Parse("Trade hit $228 billion [1].\n\nSources:\n[1] Putin and Xi hail ties, 2024-02-08\n [2] Other");

        Assert.Equal(["Trade hit $228 billion.", "Sources:"], sentences.Select(s => s.Text));
        Assert.Equal([1], sentences[0].Markers);
    }

    [Fact]
    public void StripMarkersLeavesCleanText() =>
        Assert.Equal("A fact. Another.", CitedSentence.StripMarkers("A fact [1]. Another [2, 3]."));
}
