using QaBot.Core.Answering.Reading;

namespace QaBot.Tests.Answering.Reading;

/// <summary>An amount taken for granted to have gone one way when the news says it went the other.</summary>
public sealed class OppositeTrendTests
{
    private const string Record = "Friendly relations are at an unprecedented level, with the Kremlin boasting that bilateral trade volume reached a record $228 billion in 2023, surpassing the target.";
    private const string Hit = "According to the Kremlin, trade turnover between the countries hit US$140 billion in 2021.";

    [Theory]
    [InlineData("why did russia china trade drop so much in 2023", "2023", true)] // a record
    [InlineData("how come trade between russia and china fell in 2023", "2023", true)] // the thing that moved names no one
    [InlineData("why did russia china trade grow so much in 2023", "2023", false)] // the way the news says
    [InlineData("why did trade shrink in 2021", "2021", false)] // "hit" says no way
    [InlineData("why did trade drop in 2019", "2019", false)] // no sentence of that year
    [InlineData("why did xi and putin meet in 2023", "2023", false)] // nothing moved
    [InlineData("why did russia and china fall short of their trade goal in 2023", "2023", true)] // a target missed, told as surpassed
    [InlineData("why did they miss the trade target in 2023", "2023", true)]
    [InlineData("why did they miss the trade target in 2021", "2021", false)] // no sentence of that year names a target
    [InlineData("what was the trade target in 2023", "2023", false)] // nothing missed
    public void AnAmountGoneTheOtherWayIsToldOtherwise(string question, string year, bool otherwise) =>
        Assert.Equal(otherwise, OppositeTrend.Told(question, new HashSet<string> { year }, [Record, Hit]));
}
