using QaBot.Core.Answering;
using QaBot.Core.Answering.Reading;
using QaBot.Core.Chunking;

namespace QaBot.Tests.Answering;

public sealed class AnswerComposerTests
{
    private static CandidateSentence Sentence(string text, string articleId, DateOnly? date)
    {
        var chunk = new Chunk($"{articleId}#0", articleId, "Title", date, null, 0, 0, text.Length, text);
        return new CandidateSentence(text, chunk, 0, 0, null, null);
    }

    [Fact]
    public void AQuotedRelativeDateIsResolvedAgainstItsArticlesDateOnALastLine()
    {
        var chosen = new[] { Sentence("In September of last year, the two leaders met in Uzbekistan.", "000", new DateOnly(2023, 2, 1)) };

        var draft = AnswerComposer.Compose(chosen, dated: false);

        Assert.Equal("In September of last year, the two leaders met in Uzbekistan [1].\n(“In September of last year” = September 2022.)", draft.Text);
        Assert.Single(draft.Citations);
    }

    [Fact]
    public void ADatedStoryIsInReadingOrderButForItsLeadWhichOpensIt()
    {
        const string text = "Relations are unprecedented. Putin has sought refuge in the relationship. The couple spoke on February 8, 2024.";
        var chunk = new Chunk("002#0", "002", "Title", new DateOnly(2024, 2, 9), null, 0, 0, text.Length, text);
        CandidateSentence At(string sentence) => new(sentence, chunk, 0, text.IndexOf(sentence, StringComparison.Ordinal), null, null);
        var lead = At("The couple spoke on February 8, 2024.");
        var chosen = new[] { lead, At("Relations are unprecedented."), At("Putin has sought refuge in the relationship.") };

        Assert.Equal(
            "February 9, 2024:\nThe couple spoke on February 8, 2024 [1]. Relations are unprecedented [1]. Putin has sought refuge in the relationship [1].",
            AnswerComposer.Compose(chosen, dated: true, lead).Text);
        Assert.Equal(
            "February 9, 2024:\nRelations are unprecedented [1]. Putin has sought refuge in the relationship [1]. The couple spoke on February 8, 2024 [1].",
            AnswerComposer.Compose(chosen, dated: true).Text);
    }

    [Fact]
    public void AnUndatedArticleOrAnAbsoluteDateGetsNoNote()
    {
        Assert.Null(AnswerComposer.DatesNote([Sentence("Last year trade grew.", "a", null)]));
        Assert.Null(AnswerComposer.DatesNote([Sentence("Trade reached $228 billion in 2023.", "b", new DateOnly(2024, 2, 9))]));
    }
}
