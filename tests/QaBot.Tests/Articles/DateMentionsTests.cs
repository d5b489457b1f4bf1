using QaBot.Core.Articles;

namespace QaBot.Tests.Articles;

public sealed class DateMentionsTests
{
    private static string One(string text) => Assert.Single(DateMentions.Find(text)) is var d ? $"{d.Text} => {d.Label}" : "";

    [Theory]
    [InlineData("where did xi and putin meet in sept 2022", "sept 2022 => September 2022")]
    [InlineData("What happened in September 2022?", "September 2022 => September 2022")]
    [InlineData("the call on dec 7 2021", "dec 7 2021 => December 7, 2021")]
    [InlineData("what milestone does the war hit on 24 feb 2024", "24 feb 2024 => February 24, 2024")]
    [InlineData("They met on February 24, 2022.", "February 24, 2022 => February 24, 2022")]
    [InlineData("trade in 2022-09", "2022-09 => September 2022")]
    [InlineData("troops near ukraine in autumn 2021", "autumn 2021 => autumn 2021")]
    [InlineData("what was ukraine accusing russia of in late 2021", "late 2021 => September–December 2021")]
    [InlineData("the nato chief in early 2024", "early 2024 => January–April 2024")]
    [InlineData("trade in 2019", "2019 => 2019")]
    [InlineData("how much did they trade jan thru july 2022", "jan thru july 2022 => January–July 2022")]
    [InlineData("between may and july 2023", "may and july 2023 => May–July 2023")]
    [InlineData("the drills from dec to feb 2023", "dec to feb 2023 => December 2022–February 2023")]
    public void QuestionsDatesBecomePeriods(string text, string expected) => Assert.Equal(expected, One(text));

    [Fact]
    public void TwoMonthsJoinedByAndAreTwoDatesAndAFigureForTheFirstMonthsOfAYearIsOfThatYear()
    {
        Assert.Equal(["July 2022"], DateMentions.Find("what did they say in jan and july 2022").Select(d => d.Label));
        Assert.Equal(["2022"], DateMentions.Find("Trade has already reached $93 billion in the first seven months of 2022.").Select(d => d.Label));
    }

    [Fact]
    public void NumbersThatAreNotYearsAreNotDatesAndAnImpossibleDayLeavesItsYear()
    {
        Assert.Empty(DateMentions.Find("trade reached $228 billion, 1500 tonnes"));
        Assert.Empty(DateMentions.Find("Flight 2100 left at 7:45 with 3200 people."));
        Assert.Equal("2023", Assert.Single(DateMentions.Find("on February 30, 2023")).Label);
    }

    [Fact]
    public void AQuestionsMonthMeetsAnArticlesRelativeWording()
    {
        var asked = Assert.Single(DateMentions.Find("where did xi and putin meet in sept 2022"));
        var said = Assert.Single(RelativeDates.Find("In September of last year, the two leaders met in Uzbekistan.", new DateOnly(2023, 2, 1)));
        var other = Assert.Single(RelativeDates.Find("During a video conference in December of last year, they spoke.", new DateOnly(2023, 2, 1)));
        Assert.True(asked.Overlaps(said));
        Assert.False(asked.Overlaps(other));
    }

    [Fact]
    public void AMonthAskedForIsToldByADayOrMonthOfItNotByItsYear()
    {
        var asked = Assert.Single(DateMentions.Find("what did they agree at the forum in oct 2023"));
        Assert.True(asked.IsToldBy(Assert.Single(DateMentions.Find("They met on October 18, 2023."))));
        Assert.True(asked.IsToldBy(Assert.Single(RelativeDates.Find("They met last month.", new DateOnly(2023, 11, 20)))));
        Assert.False(asked.IsToldBy(Assert.Single(DateMentions.Find("Trade reached a record in 2023."))));
        Assert.False(asked.IsToldBy(Assert.Single(DateMentions.Find("They met in September 2023."))));

        var autumn = Assert.Single(DateMentions.Find("what were russian forces up to in autumn 2021"));
        Assert.True(autumn.IsToldBy(Assert.Single(RelativeDates.Find("Tensions have intensified in recent months.", new DateOnly(2021, 12, 15)))));
    }

    [Theory]
    [InlineData("the end of 2022 video call", 2022, 12, 30, true)] // a part of a year of four months names its articles
    [InlineData("that end of year 2022 video call", 2022, 12, 30, true)]
    [InlineData("the end-of-2022 videoconference article", 2022, 12, 30, true)] // hyphenated as one word
    [InlineData("the year-end 2022 call", 2022, 12, 30, true)]
    [InlineData("that end of year 2022 video call", 2022, 9, 13, false)] // the end of a year is its last two months
    [InlineData("late 2022", 2022, 9, 13, true)] // "late" is its last third
    [InlineData("the dec 2022 article", 2022, 12, 30, true)]
    [InlineData("the 2022 video call", 2022, 12, 30, false)] // a year alone more often says which figures are asked for
    [InlineData("jan thru july 2022", 2022, 3, 1, false)] // seven months are too long a span to name an article
    public void APeriodOfAMonthOrAPartOfAYearNamesTheArticlesDatedInIt(string text, int year, int month, int day, bool names) =>
        Assert.Equal(names, Assert.Single(DateMentions.Find(text)).NamesArticleDated(new DateOnly(year, month, day)));

    [Fact]
    public void AVaguePartOfAYearAskedForIsToldByThatYear()
    {
        var mid = Assert.Single(DateMentions.Find("how much had they traded by mid 2022"));
        Assert.True(mid.IsToldBy(Assert.Single(DateMentions.Find("Trade has already reached $93 billion in the first seven months of 2022."))));
        Assert.False(mid.IsToldBy(Assert.Single(DateMentions.Find("Trade hit $140 billion in 2021."))));
        var spring = Assert.Single(DateMentions.Find("what was planned for spring 2023"));
        Assert.True(spring.IsToldBy(Assert.Single(DateMentions.Find("It will be the main political event of 2023."))));
    }

    [Theory]
    [InlineData("where was putin sitting for the dec 30 video call", "dec 30 => December 30, 2022")]
    [InlineData("what did they say on 8 february", "8 february => February 8, 2024")]
    [InlineData("what happened on the 30th of december", "30th of december => December 30, 2022")]
    [InlineData("the dec 30 2022 call", "dec 30 2022 => December 30, 2022")]
    public void ADayWithoutAYearTakesTheOneYearItIsKnownIn(string text, string expected)
    {
        DateOnly[] known = [new(2021, 12, 15), new(2022, 12, 30), new(2024, 2, 8), new(2024, 2, 9)];

        var d = Assert.Single(DateMentions.Find(text, known));

        Assert.Equal(expected, $"{d.Text} => {d.Label}");
    }

    [Fact]
    public void ADayWithoutAYearKnownInNoneOrSeveralYearsIsNoDate()
    {
        DateOnly[] known = [new(2021, 12, 15), new(2022, 12, 15), new(2022, 12, 30)];

        Assert.Empty(DateMentions.Find("what did they discuss on dec 15", known));
        Assert.Empty(DateMentions.Find("what happened on may 3", known));
        Assert.Empty(DateMentions.Find("they may 30 times", known));
    }

    [Theory]
    [InlineData("compare the dec 21 and dec 22 video calls", "compare the December 2021 and December 2022 video calls")]
    [InlineData("tl;dr of the sept 22 xi trip article", "tl;dr of the September 2022 xi trip article")]
    [InlineData("what happened on feb 24", "what happened on feb 24")] // a day the articles name
    [InlineData("where was putin sitting for the dec 30 video call", "where was putin sitting for the dec 30 video call")]
    [InlineData("the dec 22 2022 call", "the dec 22 2022 call")] // a year follows: a day
    [InlineData("what about 30 dec 22", "what about 30 dec 22")] // a day before: day, month, year
    [InlineData("did they talk in jan 23", "did they talk in jan 23")] // no article of January 2023
    [InlineData("they may 22 times", "they may 22 times")]
    public void AMonthAndTwoFiguresAreAShortYearWhenTheArticlesKnowThatMonthAndNotThatDay(string text, string expected)
    {
        DateOnly[] known = [new(2021, 12, 15), new(2022, 9, 13), new(2022, 12, 30), new(2023, 2, 1), new(2022, 2, 24), new(2024, 2, 24), new(2022, 5, 1)];

        Assert.Equal(expected, DateMentions.WithShortYears(text, known));
    }
}
