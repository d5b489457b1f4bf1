using QaBot.Core.Answering;
using QaBot.Core.Answering.Queries;

namespace QaBot.Tests.Answering.Queries;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("What was the trade volume between Russia and China in 2023?", "en")]
    [InlineData("Каким был товарооборот между Россией и Китаем в 2023 году?", "ru")]
    [InlineData("Який був товарообіг між Росією та Китаєм у 2023 році?", "uk")]
    [InlineData("Wie hoch war das Handelsvolumen zwischen Russland und China im Jahr 2023?", "de")]
    [InlineData("Quel était le volume des échanges entre la Russie et la Chine en 2023 ?", "fr")]
    [InlineData("¿Cuál fue el volumen comercial entre Rusia y China en 2023?", "es")]
    [InlineData("2023年中俄贸易额是多少？", "zh")]
    [InlineData("and in 2021?", "en")]
    public void DetectsTheQuestionsLanguage(string text, string code) =>
        Assert.Equal(code, LanguageDetector.Detect(new Question(text)).Code);

    [Fact]
    public void AQuestionWithNoWordsBorrowsThePreviousTurnsLanguage() =>
        Assert.Equal("ru", LanguageDetector.Detect(new Question("2021?", [new ChatTurn("user", "Каким был товарооборот в 2023 году?"), new ChatTurn("assistant", "228 [1].")])).Code);

    [Theory]
    [InlineData("{\"a\":1}")]
    [InlineData("a")]
    [InlineData("e o y")]
    public void ALoneOneLetterWordIsNoEvidenceOfALanguage(string text) =>
        Assert.Null(LanguageDetector.TryDetect(text));

    [Fact]
    public void OneLetterWordsStillCountBesideOtherEvidence() =>
        Assert.Equal("es", LanguageDetector.Detect(new Question("Y en 2021?")).Code);

    [Fact]
    public void NothingToGoOnMeansEnglish() =>
        Assert.Equal("en", LanguageDetector.Detect(new Question("2021?")).Code);
}
