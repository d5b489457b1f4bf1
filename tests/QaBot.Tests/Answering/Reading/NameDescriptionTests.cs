using QaBot.Core.Answering.Reading;

namespace QaBot.Tests.Answering.Reading;

public sealed class NameDescriptionTests
{
    [Theory]
    [InlineData("what's tass", "tass")]
    [InlineData("what is cctv?", "cctv")]
    [InlineData("whats the heritage foundation", "heritage foundation")]
    [InlineData("what's ria novosti", "ria novosti")]
    [InlineData("what is the population of china", null)] // more than a name
    [InlineData("what did tass say", null)]
    [InlineData("who is lavrov", null)] // PersonTitle reads it
    public void AQuestionForWhatSomethingIsNamesIt(string question, string? name) =>
        Assert.Equal(name, NameDescription.AskedName(question));

    [Theory]
    [InlineData("…said a Kremlin statement, according to Russian state media Tass.", "tass", true)]
    [InlineData("In its report on the meeting, China’s state broadcaster CCTV described the events in Ukraine as a crisis.", "cctv", true)]
    [InlineData("…in a speech to the conservative think tank Heritage Foundation in Washington, D.C.", "heritage foundation", true)]
    [InlineData("Xi Jinping pointed out that China has noted that Russia has never refused…", "china", false)] // no kind of thing before it
    [InlineData("Tass is a news agency.", "tass", false)] // the sentence's first word: no kind before it
    [InlineData("the state media tass said", "tass", false)] // not written as a name
    public void ASentenceDescribesTheNameWithAKindOfThingBeforeIt(string sentence, string name, bool described) =>
        Assert.Equal(described, NameDescription.IsDescribedIn(sentence, name));
}
