using QaBot.Core.Answering;

namespace QaBot.Tests.Answering;

public sealed class CitationMarkersTests
{
    [Fact]
    public void MarkerGoesBeforeTheFinalFullStop()
    {
        Assert.Equal("Trade hit $228 billion in 2023 [1].", CitationMarkers.Append("Trade hit $228 billion in 2023.", 1));
        Assert.Equal("No full stop [2]", CitationMarkers.Append("No full stop", 2));
    }

    [Fact]
    public void ParseReadsSingleListedAndRangedMarkers()
    {
        Assert.Equal([1, 2, 3, 5, 4], CitationMarkers.Parse("A [1]. B [2, 3]. C [5][4]."));
        Assert.Equal([2, 3, 4], CitationMarkers.Parse("D [2-4]."));
    }

    [Fact]
    public void StripRemovesMarkersAndTheirSpaces()
    {
        Assert.Equal("Trade hit $228 billion in 2023.", CitationMarkers.Strip("Trade hit $228 billion in 2023 [1]."));
    }
}

public sealed class CitationValidatorTests
{
    [Fact]
    public void CitedPiecesRunFromOneMarkerGroupToTheNext()
    {
        var pieces = QaBot.Core.Answering.CitationValidator.CitedSentences("Trade hit $228 billion in 2023 [1]. It is as good as it gets… [2] Talks went on [1][3].");

        Assert.Equal(3, pieces.Count);
        Assert.Equal("Trade hit $228 billion in 2023", pieces[0].Sentence);
        Assert.Equal("It is as good as it gets…", pieces[1].Sentence);
        Assert.Equal([2], pieces[1].Numbers);
        Assert.Equal("Talks went on", pieces[2].Sentence);
        Assert.Equal([1, 3], pieces[2].Numbers);
    }
}
