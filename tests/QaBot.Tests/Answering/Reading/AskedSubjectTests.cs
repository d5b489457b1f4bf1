using QaBot.Core.Answering.Reading;
using QaBot.Core.Chunking;

namespace QaBot.Tests.Answering.Reading;

public sealed class AskedSubjectTests
{
    [Theory]
    [InlineData("what did the pope say about the war", "pope", "war")]
    [InlineData("how did the us respond to russia in 2021", "united states", "russia")]
    [InlineData("did kishida say anything about taiwan?", "kishida", "taiwan")]
    [InlineData("what's biden's view on china these days", "biden", "china")]
    [InlineData("what did xi say about russia in dec 2022 vs feb 2024", "xi", "russia")]
    [InlineData("what does nato think", "nato", "")]
    [InlineData("what was biden's reaction to the lunar new year call", "biden", "lunar new year call")]
    [InlineData("what did biden say after the lunar new year call", "biden", "lunar new year call")] // the occasion
    [InlineData("what did stoltenberg and kishida agree in early 2023", "stoltenberg kishida", "")] // a time is no occasion
    public void ReadsTheSpeakerAndTheTopic(string question, string speaker, string topic)
    {
        var asked = AskedSubject.Of(question);
        Assert.NotNull(asked);
        Assert.Equal(speaker, string.Join(' ', asked.Speaker));
        Assert.Equal(topic, string.Join(' ', asked.Topic));
    }

    [Theory]
    [InlineData("whats xi jinping's wife called", "wife")]
    [InlineData("what is biden's approval rating", "approval rating")]
    [InlineData("what's putin's foreign policy adviser called", "foreign policy adviser")]
    public void ReadsTheAttributeAskedOfSomeone(string question, string attribute)
    {
        var asked = AskedSubject.Of(question);
        Assert.NotNull(asked);
        Assert.Equal(attribute, string.Join(' ', asked.Attribute));
    }

    [Theory]
    [InlineData("how much did russia and china trade in 2023")]
    [InlineData("what did xi call putin")]
    [InlineData("who is the kremlin spokesman")]
    public void OtherQuestionsAskNoSpeaker(string question) => Assert.Null(AskedSubject.Of(question));

    [Theory]
    [InlineData("Mr. Xi, in turn, said through a translator that Beijing is ready to offer each other opportunities.", null, true)]
    [InlineData("Moscow and Beijing should “cultivate a new momentum of cooperation,” Xi said.", null, true)]
    [InlineData("Kremlin spokesman Dmitry Peskov said the two leaders would meet, a week after Putin and Biden spoke about Ukraine and the wider region.", null, false)] // Peskov's words; Xi is not named
    [InlineData("Putin has sought refuge in his relationship with Xi.", null, false)] // no words reported
    [InlineData("He said the two sides should strengthen coordination.", "Mr. Xi spoke by video link on Friday.", true)] // "He" is Xi
    public void TellsASentenceThatGivesTheSpeakersWords(string sentence, string? previous, bool quoted)
    {
        var asked = AskedSubject.Of("what did xi say the two sides should give each other");
        var chunk = new Chunk("004#2", "004", "Title", new DateOnly(2022, 12, 30), null, 2, 0, 1_000, $"{previous} {sentence}");

        Assert.NotNull(asked);
        Assert.Equal(quoted, asked.QuotedIn(new CandidateSentence(sentence, chunk, 0, 40, previous, null)));
        Assert.False(AskedSubject.Of("what does xi think of nato")!.QuotedIn(new CandidateSentence(sentence, chunk, 0, 40, previous, null))); // not asked what he said
    }
}
