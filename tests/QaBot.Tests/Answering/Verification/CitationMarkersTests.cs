using QaBot.Core.Answering.Verification;

namespace QaBot.Tests.Answering.Verification;

public sealed class CitationMarkersTests
{
    [Theory]
    [InlineData("Trade grew [1].", new[] { 1 })]
    [InlineData("Trade grew [1, 2].", new[] { 1, 2 })]
    [InlineData("Trade grew [1][2].", new[] { 1, 2 })]
    [InlineData("Trade grew [1-3].", new[] { 1, 2, 3 })]
    [InlineData("Trade grew [2–4].", new[] { 2, 3, 4 })]
    [InlineData("Trade grew [Source 2] and [source 3].", new[] { 2, 3 })]
    [InlineData("贸易增长【1】。", new[] { 1 })]
    [InlineData("Trade grew [1; 3] and again [1].", new[] { 1, 3 })]
    [InlineData("Trade grew (see the list) [a].", new int[0])]
    public void ParsesEveryMarkerFormModelsWrite(string text, int[] expected) =>
        Assert.Equal(expected, CitationMarkers.Parse(text));

    [Fact]
    public void HugeRangesAreIgnoredRatherThanExpanded() =>
        Assert.Empty(CitationMarkers.Parse("Trade grew [1-999]."));

    [Fact]
    public void StripRemovesMarkersAndTheSpaceTheyLeaveBeforePunctuation() =>
        Assert.Equal("Trade reached $228 billion in 2023.", CitationMarkers.Strip("Trade reached $228 billion in 2023 [1][2]."));

    [Fact]
    public void MarkerGoesBeforeTheFinalFullStop()
    {
        Assert.Equal("Trade hit $228 billion in 2023 [1].", CitationMarkers.Append("Trade hit $228 billion in 2023.", 1));
        Assert.Equal("No full stop [2]", CitationMarkers.Append("No full stop", 2));
    }

    [Fact]
    public void ParseReadsSingleListedAndRangedMarkersInOrder()
    {
        Assert.Equal([1, 2, 3, 5, 4], CitationMarkers.Parse("A [1]. B [2, 3]. C [5][4]."));
        Assert.Equal([2, 3, 4], CitationMarkers.Parse("D [2-4]."));
    }

    [Fact]
    public void StripRemovesAMarkerAndItsSpace() =>
        Assert.Equal("Trade hit $228 billion in 2023.", CitationMarkers.Strip("Trade hit $228 billion in 2023 [1]."));
}
