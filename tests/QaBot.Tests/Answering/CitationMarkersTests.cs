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
