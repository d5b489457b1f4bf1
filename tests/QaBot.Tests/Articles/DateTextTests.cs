using QaBot.Core.Articles;

namespace QaBot.Tests.Articles;

public sealed class DateTextTests
{
    [Theory]
    [InlineData("2021-12-15", 2021, 12, 15)]
    [InlineData(" 2021-12-15 ", 2021, 12, 15)]
    [InlineData("2021-12-15T23:30:00-05:00", 2021, 12, 15)]
    [InlineData("2021-12-15T01:30:00+09:00", 2021, 12, 15)]
    [InlineData("2021-12-15 08:00:00", 2021, 12, 15)]
    [InlineData("December 15, 2021", 2021, 12, 15)]
    [InlineData("Dec 15, 2021", 2021, 12, 15)]
    [InlineData("15 December 2021", 2021, 12, 15)]
    [InlineData("Wednesday, December 15, 2021", 2021, 12, 15)]
    public void CommonDateFormsParse(string text, int year, int month, int day)
    {
        Assert.True(DateText.TryParse(text, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("yesterday")]
    [InlineData("12/15/2021")]
    [InlineData("2021-13-45")]
    [InlineData("1066-10-14")]
    [InlineData("on 15 December 2021")]
    public void AmbiguousOrImplausibleTextIsNotADate(string? text) =>
        Assert.False(DateText.TryParse(text, out _));
}
