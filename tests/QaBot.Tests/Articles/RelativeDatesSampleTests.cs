using QaBot.Core.Articles;

namespace QaBot.Tests.Articles;

/// <summary>
/// Every relative time expression in the five sample articles, resolved against the date in each one's header. 003 and
/// 004 arrived with theirs; 000–002 were given the date their own text fixes (the loader never guesses a date from the
/// body): 000 is the Lavrov/Stoltenberg-in-Tokyo report of Wednesday February 1, 2023; 001 the defence connect preview
/// of the Samarkand SCO summit (Tuesday September 13, 2022); 002 the Newsweek piece after the February 8, 2024 call.
/// </summary>
public sealed class RelativeDatesSampleTests
{
    private static List<string> Resolve(string id, DateOnly date) =>
        RelativeDates.Find(SampleArticles.Get(id).Text, date).Select(r => $"{r.Text} => {r.Label}").ToList();

    [Fact]
    public void TheEarly2023ReportResolvesLastYearToTheWarsStartAndTheWeekdaysToItsWeek()
    {
        Assert.Equal(new DateOnly(2023, 2, 1), SampleArticles.Get("000").Date);
        Assert.Equal(
            [
                "first anniversary => since 2022",
                "On February 24 => February 24, 2023",
                "will last one year => since February 24, 2022",
                "last year => 2022",
                "year-ending => December 2022",
                "in December of last year => December 2022",
                "In September of last year => September 2022",
                "on Wednesday => February 1, 2023",
                "on Tuesday => January 31, 2023",
                "on Tuesday => January 31, 2023",
                "on Tuesday => January 31, 2023",
                "on Tuesday => January 31, 2023",
                "on Monday => January 30, 2023",
                "In September => September 2023",
            ],
            Resolve("000", new DateOnly(2023, 2, 1)));
    }

    [Fact]
    public void TheSamarkandPreviewResolvesThisWeekAndTheFebruaryStatement()
    {
        Assert.Equal(new DateOnly(2022, 9, 13), SampleArticles.Get("001").Date);
        Assert.Equal(
            [
                "this week => the week of September 12, 2022",
                "in February => February 2022",
            ],
            Resolve("001", new DateOnly(2022, 9, 13)));
    }

    [Fact]
    public void TheNewsweekPieceResolvesTheTwoYearMarkAndTheWeekdays()
    {
        Assert.Equal(new DateOnly(2024, 2, 9), SampleArticles.Get("002").Date);
        Assert.Equal(
            [
                "two-year mark => since February 24, 2022",
                "on February 24 => February 24, 2024",
                "Wednesday => February 7, 2024",
                "Tuesday => February 6, 2024",
            ],
            Resolve("002", new DateOnly(2024, 2, 9)));
    }

    [Fact]
    public void TheDecember2021PreviewResolvesAgainstItsHeaderDate()
    {
        var article = SampleArticles.Get("003");
        Assert.Equal(new DateOnly(2021, 12, 15), article.Date);
        Assert.Equal(
            [
                "Wednesday’s => December 15, 2021",
                "in recent months => September–December 2021",
                "this year => 2021",
                "next year => 2022",
                "this year => 2021",
                "eight days after => December 7, 2021",
            ],
            Resolve("003", article.Date!.Value));
    }

    [Fact]
    public void TheDecember2022CallResolvesAgainstItsHeaderDate()
    {
        var article = SampleArticles.Get("004");
        Assert.Equal(new DateOnly(2022, 12, 30), article.Date);
        Assert.Equal(
            [
                "December 30 => December 30, 2022",
                "10-month war => since February 2022",
                "in the spring => spring 2023",
                "last week => the week of December 19, 2022",
            ],
            Resolve("004", article.Date!.Value));
    }
}
