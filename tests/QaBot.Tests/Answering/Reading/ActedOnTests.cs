using QaBot.Core.Answering.Reading;

namespace QaBot.Tests.Answering.Reading;

/// <summary>One side doing something to the other, taken for granted the wrong way round.</summary>
public sealed class ActedOnTests
{
    private const string Invitation = "Russian President Vladimir Putin extended an invitation to Xi Jinping in a year-ending video conversation.";
    private const string Warning = "Biden also warned Putin that Russia would face painful sanctions.";

    [Theory]
    [InlineData("why did xi invite putin to beijing", true)] // Putin extended the invitation
    [InlineData("why did putin invite xi to moscow", false)]
    [InlineData("why did putin warn biden about sanctions", true)]
    [InlineData("why did biden warn putin about sanctions", false)]
    [InlineData("why did xi call putin", false)] // no deed read
    [InlineData("why did lavrov invite xi", false)] // no sentence names both
    public void ADeedIsTakenTheOtherWayWhenEverySentenceTellingItHasTheOtherDoIt(string question, bool otherWay) =>
        Assert.Equal(otherWay, ActedOn.TheOtherWay(question, [Invitation, Warning]));
}
