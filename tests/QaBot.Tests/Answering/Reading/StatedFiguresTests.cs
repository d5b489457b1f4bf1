using QaBot.Core.Answering.Reading;

namespace QaBot.Tests.Answering.Reading;

/// <summary>A figure a question states as fact: told by no passage, or told only of another year.</summary>
public sealed class StatedFiguresTests
{
    private const string Trade = "According to the Kremlin, trade turnover between the countries hit US$140 billion in 2021, and has already reached $93 billion in the first seven months of 2022.";
    private const string Record = "In 2023, bilateral trade reached a record $228 billion.";

    [Theory]
    [InlineData("how did trade hit 300bn in 2023", "2023", true)] // no passage gives 300 billion
    [InlineData("kremlin said trade was 93bn for the whole of 2021, correct?", "2021", true)] // $93 billion is of 2022
    [InlineData("why did trade reach 140 billion in 2022", "2022", true)] // $140 billion is of 2021
    [InlineData("why did trade hit $228 billion in 2022", "2022", true)] // the year before the amount: 2023
    [InlineData("trade was 93bn in the first 7 months of 2022?", "2022", false)]
    [InlineData("how did trade get to 228bn in 2023", "2023", false)]
    [InlineData("did trade go over 200bn in 2021", "2021", false)] // a bound, not a figure stated
    [InlineData("how did trade grow from 140bn", "", false)] // no year asked
    public void AFigureIsUntoldWhenNoSentenceGivesItOfTheAskedYear(string question, string year, bool untold)
    {
        var years = year.Length == 0 ? new HashSet<string>() : new HashSet<string> { year };

        Assert.Equal(untold, StatedFigures.Untold(question, [Trade + " " + Record], years, [Trade, Record]));
    }

    [Theory]
    [InlineData("what does the 30-year friendship treaty cover", true)] // the treaty is a 20-year one
    [InlineData("what does the 20-year treaty cover", false)]
    [InlineData("when did the war hit the 2-year mark", false)] // "the two-year mark"
    [InlineData("when was the 1-year anniversary", false)] // "will last one year"
    [InlineData("what happened in the 11-month war", true)]
    [InlineData("what happened over the last 5 years", false)] // a span named by no thing
    public void AThingNamedByASpanNoPassageGivesIsUntold(string question, bool untold)
    {
        string[] passages = ["He and Xi agreed this year to extend a 20-year friendship and cooperation treaty.", "The war will reach the two-year mark on February 24.", "The conflict will last one year. Moscow's 10-month war goes on."];

        Assert.Equal(untold, StatedFigures.Untold(question, passages, new HashSet<string>(), passages));
    }

    [Fact]
    public void TwoYearsAskedLeaveTheYearOfTheFigureToTheReader()
    {
        Assert.False(StatedFigures.Untold("did trade go from 140bn in 2022 to 228bn in 2023", [Trade, Record], new HashSet<string> { "2022", "2023" }, [Trade, Record]));
    }
}
