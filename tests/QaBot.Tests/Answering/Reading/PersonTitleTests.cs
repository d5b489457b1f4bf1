using QaBot.Core.Answering.Reading;

namespace QaBot.Tests.Answering.Reading;

public sealed class PersonTitleTests
{
    [Theory]
    [InlineData("who is lavrov", "lavrov")]
    [InlineData("whos ushakov?", "ushakov")]
    [InlineData("who's sabrina singh", "sabrina singh")]
    [InlineData("who was doval", "doval")]
    [InlineData("who even is yuri ushakov, he keeps popping up", "yuri ushakov")] // a word of surprise and a remark after
    [InlineData("who exactly is peskov?? lol", "peskov")]
    [InlineData("who is the kremlin spokesman", null)] // a role: RoleHolder reads it
    [InlineData("who is the president", null)]
    [InlineData("who is russia's top diplomat", null)]
    [InlineData("who won the election", null)]
    [InlineData("what did lavrov say", null)]
    public void AQuestionForWhoSomeoneIsNamesThem(string question, string? person) =>
        Assert.Equal(person, PersonTitle.AskedPerson(question));

    [Theory]
    [InlineData("Russian Foreign Minister Sergey Lavrov indicated that Xi would visit Moscow.", "lavrov", true)]
    [InlineData("Kremlin spokesman Dmitry Peskov said the two leaders would discuss tensions.", "peskov", true)]
    [InlineData("Yuri Ushakov, Putin's foreign policy adviser, told reporters that ties were close.", "ushakov", true)]
    [InlineData("Sullivan saw his Indian counterpart, Ajit Doval, on Tuesday.", "doval", true)]
    [InlineData("NATO Secretary-General Jens Stoltenberg spoke on Wednesday.", "stoltenberg", true)]
    [InlineData("“The presidents will discuss both agendas,” Ushakov said.", "ushakov", false)] // "presidents" is not his title
    [InlineData("Lavrov indicated that Xi would visit Moscow.", "lavrov", false)]
    [InlineData("Russian Foreign Minister Sergey Lavrov indicated that Xi would visit Moscow.", "peskov", false)]
    public void ASentenceGivesThePersonsTitleNextToTheirName(string sentence, string person, bool titled) =>
        Assert.Equal(titled, PersonTitle.IsTitledIn(sentence, person));

    [Fact]
    public void TheTitleIsTheTitleWordsNextToTheName()
    {
        Assert.Equal(["adviser"], PersonTitle.TitleIn("Yuri Ushakov, Putin's foreign policy adviser, told reporters that ties were close.", "yuri ushakov"));
        Assert.Equal(["spokesperson"], PersonTitle.TitleIn("Kremlin spokesperson Yuri Ushakov confirmed the planned meeting.", "ushakov"));
        Assert.Empty(PersonTitle.TitleIn("Kremlin spokesperson Yuri Ushakov confirmed the planned meeting.", "peskov"));
    }
}
