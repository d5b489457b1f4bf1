using QaBot.Core.Text;

namespace QaBot.Tests.Text;

public sealed class RussianGlossaryTests
{
    [Theory]
    [InlineData("Какой объём торговли между Россией и Китаем был достигнут в 2023 году?", "what volume trade between Russia and China was reached in 2023?")]
    [InlineData("В какой стране Си Цзиньпин встретился с Путиным в сентябре 2022 года?", "in what country Xi Jinping met with Putin in September 2022?")]
    [InlineData("Каким был товарооборот между Россией и Китаем в 2021 году?", "what was trade turnover between Russia and China in 2021?")]
    [InlineData("Как Си Цзиньпин назвал Путина?", "what did Xi Jinping call Putin?")]
    [InlineData("Кто такой Лавров?", "who is Lavrov?")]
    [InlineData("Сколько стоит билет на поезд из Москвы в Пекин?", "how much does cost ticket on train from Moscow in Beijing?")]
    public void ARussianQuestionIsPutIntoEnglishWordByWord(string russian, string english) =>
        Assert.Equal(english, RussianGlossary.Translate(russian));

    [Fact]
    public void AWordTheGlossaryLacksIsSpeltInLatinLettersWhenItIsANameAndLeftOutOtherwise()
    {
        Assert.Equal("what Zhukovsky said about NATO and $60 billion?", RussianGlossary.Translate("Что Жуковский сказал о NATO и $60 billion?"));
        Assert.Equal("what said about NATO?", RussianGlossary.Translate("Что жуковский сказал о NATO?")); // no capital: no name to spell
        Assert.Equal("said about NATO?", RussianGlossary.Translate("Жуковский сказал о NATO?")); // a capital that opens the sentence says nothing
        Assert.Equal("trade 3.5 %", RussianGlossary.Translate("торговля 3.5 %"));
    }

    [Fact]
    public void OnlyCyrillicTextIsRussian()
    {
        Assert.True(RussianGlossary.HasRussian("Кто такой Лавров?"));
        Assert.False(RussianGlossary.HasRussian("who is lavrov?"));
    }
}
