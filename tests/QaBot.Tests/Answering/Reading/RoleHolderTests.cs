using QaBot.Core.Answering.Reading;

namespace QaBot.Tests.Answering.Reading;

public sealed class RoleHolderTests
{
    [Theory]
    [InlineData("who's the president of taiwan", "president", "taiwan")]
    [InlineData("who is india's prime minister", "prime minister", "india")]
    [InlineData("who is indias prime minister", "prime minister", "indias")]
    [InlineData("whos the un secretary general", "secretary general", "un")]
    [InlineData("Who is the NATO Secretary-General quoted on China?", "Secretary General", "NATO")]
    [InlineData("what's the name of the uzbek president who hosted them", "president", "uzbek")]
    [InlineData("who is the current prime minister of japan", "prime minister", "japan")]
    [InlineData("who is the United States ambassador to china", "ambassador", "US")] // "the us" is searched as "United States"
    [InlineData("who is the leader of china", "leader", "china")] // "who runs china" is searched so (QuestionIntent.AsLeaderQuestion)
    [InlineData("whos the nato boss that keeps talking about china", "boss", "nato")]
    [InlineData("who is the head of nato", "head", "nato")]
    public void AQuestionForAnOfficeHolderNamesTheOfficeAndThePlace(string question, string office, string place) =>
        Assert.Equal(new RoleHolder(office, place), RoleHolder.Of(question));

    [Theory]
    [InlineData("who is the president")]
    [InlineData("who is the vice president")]
    [InlineData("who did the president meet")]
    [InlineData("who's the kremlin spokesman")]
    [InlineData("what did the president of china say")]
    [InlineData("")]
    public void OtherQuestionsAskForNoOfficeHolder(string question) => Assert.Null(RoleHolder.Of(question));

    [Theory]
    [InlineData("who is india's prime minister", "Stoltenberg and Japanese Prime Minister Fumio Kishida met on Tuesday.", false)]
    [InlineData("who is india's prime minister", "Indian Prime Minister Narendra Modi welcomed him.", true)]
    [InlineData("who is india's prime minister", "India's prime minister, Narendra Modi, spoke.", true)]
    [InlineData("who is india's prime minister", "The United States and India are expanding their alliance.", false)]
    [InlineData("who's the president of taiwan", "China’s president is set to embark on his first trip.", false)]
    [InlineData("who's the president of taiwan", "A meeting between President Xi Jinping and President Vladimir Putin, to discuss Ukraine and the Taiwan Strait.", false)]
    [InlineData("who's the president of taiwan", "The president of Taiwan, Tsai Ing-wen, replied.", true)]
    [InlineData("who's the president of taiwan", "In Taiwan, President Tsai Ing-wen replied.", true)]
    [InlineData("whos the un secretary general", "said NATO Secretary-General Jens Stoltenberg on Wednesday", false)]
    [InlineData("who is the nato secretary general", "said NATO Secretary-General Jens Stoltenberg on Wednesday", true)]
    [InlineData("who is the chinese president", "China’s president is set to embark on his first trip.", true)]
    [InlineData("who is the president of russia", "Relations between Russian President Vladimir Putin and Chinese President Xi Jinping are unprecedented.", true)]
    [InlineData("who is the american president", "a video call in which US President Joe Biden warned Putin", true)]
    [InlineData("who is the United States president", "a video call in which US President Joe Biden warned Putin", true)]
    [InlineData("who is the american president", "CEOs from American and Indian technology companies and university presidents", false)]
    public void ASentenceAnswersOnlyWhenItNamesTheOfficeAsThePlacesOwn(string question, string sentence, bool named) =>
        Assert.Equal(named, RoleHolder.Of(question)!.IsNamedIn(sentence));

    [Theory]
    [InlineData("who is the leader of china", "Relations between Russian President Vladimir Putin and Chinese President Xi Jinping are unprecedented.", true)]
    [InlineData("who is the leader of china", "China’s president is set to embark on his first trip.", false)] // no name
    [InlineData("who is the leader of china", "Chinese Foreign Ministry spokesman Wang Wenbin did not mention any topics.", false)] // not the head
    [InlineData("whos the nato boss", "said NATO Secretary-General Jens Stoltenberg on Wednesday", true)]
    [InlineData("who is the leader of japan", "Stoltenberg and Japanese Prime Minister Fumio Kishida met on Tuesday.", true)]
    [InlineData("who is the leader of the un", "said NATO Secretary-General Jens Stoltenberg on Wednesday", false)]
    [InlineData("who's the president of taiwan", "The president of Taiwan, Tsai Ing-wen, replied.", true)]
    [InlineData("who is india's prime minister", "Last November, Prime Minister Attlee, Prime Minister MacKenzie King, and I announced our proposal.", false)] // "I" is not India
    public void ASentenceNamesTheHolderWhenANameFollowsTheOffice(string question, string sentence, bool named) =>
        Assert.Equal(named, RoleHolder.Of(question)!.NamesHolderIn(sentence));

    [Theory]
    [InlineData("what did the uzbek president say", "president", "uzbek")]
    [InlineData("what has india's defence minister said about ge", "defence minister", "india")]
    [InlineData("how did the president of taiwan react", "president", "taiwan")]
    public void AQuestionAboutWhatAnOfficeHolderDidNamesTheOfficeAndThePlace(string question, string office, string place) =>
        Assert.Equal(new RoleHolder(office, place), RoleHolder.OfSubject(question));

    [Theory]
    [InlineData("what did the president say")]
    [InlineData("what did both presidents say")]
    [InlineData("who is the president of taiwan")] // RoleHolder.Of reads it
    public void OtherQuestionsAskAboutNoOfficeHolder(string question) => Assert.Null(RoleHolder.OfSubject(question));
}
