using QaBot.Core.Answering.Reading;

namespace QaBot.Tests.Answering.Reading;

public sealed class PeopleOfSideTests
{
    [Theory]
    [InlineData("which us officials are quoted in these", "us")]
    [InlineData("which american officials show up in these stories", "us")]
    [InlineData("which kremlin / russian govt ppl get quoted across all these articles?", "russia")]
    [InlineData("who speaks for the chinese side in these besides xi himself?", "china")]
    [InlineData("who gets quoted from beijing", "china")] // a capital for its government
    [InlineData("who's been talking for the kremlin in these stories, same person each time?", "russia")]
    public void AQuestionForThePeopleOfASideNamesTheSide(string question, string side) =>
        Assert.Equal(side, PeopleOfSide.Asked(question));

    [Theory]
    [InlineData("name every russian official who gets quoted across the set")] // one noun, but every one of them
    [InlineData("list all the chinese officials")]
    [InlineData("which us officials are quoted in these")]
    public void AQuestionForEveryoneOfASideAsksForSeveral(string question) =>
        Assert.True(PeopleOfSide.AsksForSeveral(question));

    [Theory]
    [InlineData("who is the kremlin spokesman")] // one person, which RoleHolder reads
    [InlineData("And what target had the leaders set?")] // "leaders" are the ones who set it
    [InlineData("what did russian officials say about the sanctions")]
    public void OtherQuestionsAskForNoListOfPeople(string question) =>
        Assert.False(PeopleOfSide.AsksForSeveral(question));

    [Theory]
    [InlineData("Kremlin spokesman Dmitry Peskov said the two leaders would discuss tensions in Europe and aggressive rhetoric from the United States.", "russia", "Dmitry Peskov")]
    [InlineData("Russian Foreign Minister Sergey Lavrov indicated that Chinese President Xi Jinping is anticipated to visit Moscow.", "russia", "Sergey Lavrov")]
    [InlineData("Russian Foreign Minister Sergey Lavrov indicated that Chinese President Xi Jinping is anticipated to visit Moscow.", "china", "Xi Jinping")]
    [InlineData("US National Security Adviser Jake Sullivan stated on Tuesday that the framework would not be driven solely by China.", "us", "Jake Sullivan")]
    [InlineData("Defense Department Deputy Press Secretary Sabrina Singh told reporters Tuesday that the Pentagon wants Congress to approve it.", "us", "Sabrina Singh")] // the title says no side; the Pentagon does
    [InlineData("At the same time, Chinese Foreign Ministry spokesman Wang Wenbin did not mention any specific topics.", "china", "Wang Wenbin")]
    public void ATitledNameIsOfTheSideItsTitleSays(string sentence, string side, string person) =>
        Assert.Equal([person], PeopleOfSide.NamedIn(sentence, side));

    [Theory]
    [InlineData("Yuri Ushakov, Putin's foreign policy adviser, told reporters that Russia and China would not accept US policy towards them.", "us")] // the US is what he spoke of
    [InlineData("Per SCMP, General Electric has submitted a petition to the US government, according to Sullivan.", "us")] // a company, no person
    [InlineData("Kremlin spokesman Dmitry Peskov said the two leaders would discuss the aggressive rhetoric of the United States.", "us")]
    public void ANameIsNotOfASideTheSentenceOnlySpeaksOf(string sentence, string side) =>
        Assert.Empty(PeopleOfSide.NamedIn(sentence, side));
}
