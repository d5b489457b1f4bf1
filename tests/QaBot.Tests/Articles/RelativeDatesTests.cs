using QaBot.Core.Articles;

namespace QaBot.Tests.Articles;

public sealed class RelativeDatesTests
{
    // Wednesday, February 1, 2023.
    private static readonly DateOnly Date = new(2023, 2, 1);

    private static string One(string text, DateOnly? date = null) =>
        Assert.Single(RelativeDates.Find(text, date ?? Date)) is var r ? $"{r.Text} => {r.Label}" : "";

    [Theory]
    [InlineData("The war began last year.", "last year => 2022")]
    [InlineData("Trade grew this year.", "this year => 2023")]
    [InlineData("Talks resume next year.", "next year => 2024")]
    [InlineData("They met last month.", "last month => January 2023")]
    [InlineData("They meet next month.", "next month => March 2023")]
    [InlineData("It happened late last year.", "late last year => September–December 2022")]
    [InlineData("Talks began early this month.", "early this month => February 2023")]
    [InlineData("The forum opened yesterday.", "yesterday => January 31, 2023")]
    [InlineData("The forum opens today.", "today => February 1, 2023")]
    [InlineData("The forum closes tomorrow.", "tomorrow => February 2, 2023")]
    [InlineData("Prices rose a year ago.", "a year ago => February 2022")]
    [InlineData("Putin invited Xi in a year-ending video call.", "year-ending => December 2022")]
    [InlineData("A deal is expected by the end of the year.", "the end of the year => December 2023")]
    [InlineData("He left three days ago.", "three days ago => January 29, 2023")]
    public void DaysMonthsAndYearsCountFromTheArticlesDate(string text, string expected) => Assert.Equal(expected, One(text));

    [Theory]
    [InlineData("In September of last year, they met in Uzbekistan.", "In September of last year => September 2022")]
    [InlineData("They met in December last year.", "in December last year => December 2022")]
    [InlineData("They met last September.", "last September => September 2022")]
    [InlineData("They meet this September.", "this September => September 2023")]
    [InlineData("They met in January.", "in January => January 2023")]
    [InlineData("The pact was signed in November.", "in November => November 2022")]
    [InlineData("In September, Biden is expected to travel to India.", "In September => September 2023")]
    [InlineData("On February 24, the conflict will last one year.", "On February 24 => February 24, 2023")]
    [InlineData("Leaders pledged January 5 to deepen ties.", "January 5 => January 5, 2023")]
    [InlineData("They met on 12 January.", "on 12 January => January 12, 2023")]
    public void AMonthWithoutAYearIsTheNearestOneTheTenseAllows(string text, string expected) =>
        Assert.Equal(expected, RelativeDates.Find(text, Date).Select(r => $"{r.Text} => {r.Label}").First());

    [Theory]
    [InlineData("Stoltenberg spoke on Wednesday.", "on Wednesday => February 1, 2023")]
    [InlineData("Kishida met him on Tuesday.", "on Tuesday => January 31, 2023")]
    [InlineData("Officials said Thursday that talks failed.", "Thursday => January 26, 2023")]
    [InlineData("The leaders will meet on Thursday.", "on Thursday => February 2, 2023")]
    [InlineData("The ministers are expected to sign the deal Friday.", "Friday => February 3, 2023")]
    [InlineData("They met last Monday.", "last Monday => January 30, 2023")]
    [InlineData("They meet next Wednesday.", "next Wednesday => February 8, 2023")]
    public void AWeekdayIsTheLastOneBeforeTheArticleUnlessTheVerbLooksAhead(string text, string expected) =>
        Assert.Equal(expected, One(text));

    [Theory]
    [InlineData("Talks are set for this week.", "this week => the week of January 30, 2023")]
    [InlineData("Just last week, the navies drilled.", "last week => the week of January 23, 2023")]
    [InlineData("A decision is due next week.", "next week => the week of February 6, 2023")]
    [InlineData("Prices fell earlier this month.", "earlier this month => February 2023")]
    [InlineData("Sanctions may follow in the coming weeks.", "in the coming weeks => February–March 2023")]
    [InlineData("Tensions have grown in recent months.", "in recent months => November 2022–February 2023")]
    [InlineData("Trade doubled over the past two years.", "over the past two years => February 2021–February 2023")]
    [InlineData("Xi is expected in Moscow in the spring.", "in the spring => spring 2023")]
    [InlineData("The drills took place last summer.", "last summer => summer 2022")]
    public void WeeksSpansAndSeasonsAreResolvedToPeriods(string text, string expected) => Assert.Equal(expected, One(text));

    [Fact]
    public void AnniversariesMeasureBackFromTheDateInTheirSentence()
    {
        Assert.Equal(
            ["two-year mark => since February 24, 2022", "on February 24 => February 24, 2024"],
            RelativeDates.Find("The war will reach the two-year mark on February 24.", new DateOnly(2024, 2, 9)).Select(r => $"{r.Text} => {r.Label}"));
        Assert.Equal("two years since => since 2021", One("It has been two years since the invasion."));
        Assert.Equal("10-month war => since April 2022", One("Moscow's 10-month war in Ukraine goes on."));
        Assert.Equal("eight days after => January 24, 2023", One("Their talk comes eight days after a call with Biden."));
    }

    [Theory]
    [InlineData("Trade reached $228 billion in 2023.")]
    [InlineData("They met on December 30, 2022, by video.")]
    [InlineData("The initiative was announced in May 2022.")]
    [InlineData("Russia invaded on February 24, 2022 and the war goes on.")]
    [InlineData("Officials may meet again. May is busy.")]
    [InlineData("Shops opened on Black Friday.")]
    [InlineData("The fall of Kabul shocked the world.")]
    [InlineData("It was his first overseas trip in more than two years.")]
    public void AbsoluteDatesAndLookalikesAreLeftAlone(string text) => Assert.Empty(RelativeDates.Find(text, Date));

    [Fact]
    public void AnnotateAddsThePeriodAfterEachExpressionAndLeavesTheRestUntouched()
    {
        const string Text = "In September of last year, the two leaders met. Stoltenberg spoke on Wednesday.";
        Assert.Equal(
            "In September of last year [September 2022], the two leaders met. Stoltenberg spoke on Wednesday [February 1, 2023].",
            RelativeDates.Annotate(Text, Date));
        Assert.Equal(Text, RelativeDates.Annotate(Text, null));
    }

    [Fact]
    public void SearchTermsSpellTheMonthTheWaysPeopleTypeIt()
    {
        var terms = RelativeDates.SearchTerms("In September of last year, the leaders met.", Date).Split(' ');
        Assert.Equal(["2022", "september", "sep", "sept", "autumn"], terms);
        Assert.Equal("", RelativeDates.SearchTerms("In September of last year, the leaders met.", null));
        Assert.Equal("2022", RelativeDates.SearchTerms("The war began last year.", Date));
    }

    [Fact]
    public void SpansPointAtTheExpressionInTheText()
    {
        const string Text = "Officials said. The war that began last year has escalated.";
        var found = Assert.Single(RelativeDates.Find(Text, Date));
        Assert.Equal("last year", Text[found.Start..found.End]);
        Assert.Equal((new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31), DatePrecision.Year), (found.From, found.To, found.Precision));
    }
}
