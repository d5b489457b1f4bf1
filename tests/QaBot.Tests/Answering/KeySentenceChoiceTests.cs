using QaBot.Core.Answering;
using QaBot.Core.Answering.Reading;
using QaBot.Core.Chunking;

namespace QaBot.Tests.Answering;

public sealed class KeySentenceChoiceTests
{
    /// <summary>A scored sentence of article "000", passage <paramref name="passage"/>, at <paramref name="offset"/>, with a one-hot vector on axis <paramref name="axis"/>.</summary>
    private static ScoredSentence Sentence(string text, int passage, int offset, double probability, int axis = 0)
    {
        var chunk = new Chunk($"000#{passage}", "000", "Title", new DateOnly(2023, 2, 1), null, passage, 0, 10_000, text);
        var vector = new float[4];
        vector[axis] = 1;
        return new ScoredSentence(new CandidateSentence(text, chunk, passage, offset, null, vector), [], probability);
    }

    [Fact]
    public void ATopicSummaryLeavesOutTheArticlesPassagesAboutOtherTopics()
    {
        var lead = Sentence("Lavrov said Xi will visit Moscow before the anniversary of the war.", 0, 0, 0.01, axis: 1);
        var otherLead = Sentence("The Kremlin called the visit a major event on the bilateral agenda.", 0, 100, 0.01, axis: 1);
        var deal = Sentence("The United States and India are expanding their alliance on defence technology.", 5, 3000, 0.16);
        var initiative = Sentence("The initiative is called the Initiative on Critical and Emerging Technologies.", 6, 3200, 0.10);
        var sullivan = Sentence("Sullivan said the framework would not be driven solely by China.", 6, 3400, 0.03);

        var chosen = KeySentenceChoice.Choose([deal, initiative, sullivan, lead, otherLead], max: 3, wholeArticle: false, first: deal);

        Assert.Equal([deal, initiative, sullivan], chosen);
    }

    [Fact]
    public void ASummaryOfTheWholeArticleTakesItsLeadEvenWhenTheQuestionMatchesALaterPassage()
    {
        var lead = Sentence("Lavrov said Xi will visit Moscow before the anniversary of the war.", 0, 0, 0.01);
        var deal = Sentence("The United States and India are expanding their alliance on defence technology.", 5, 3000, 0.16);
        var sullivan = Sentence("Sullivan said the framework would not be driven solely by China.", 6, 3400, 0.03);

        var chosen = KeySentenceChoice.Choose([deal, sullivan, lead], max: 2, wholeArticle: true, first: deal);

        Assert.Equal([deal, lead], chosen);
    }

    [Fact]
    public void NoMoreThanTwoSentencesComeFromOnePassageAndNoneRepeatsAChosenOne()
    {
        var a = Sentence("Trade between Russia and China reached a record $228 billion in 2023.", 0, 0, 0.5);
        var b = Sentence("Trade between Russia and China reached a record of $228 billion last year.", 0, 100, 0.4);
        var c = Sentence("Putin and Xi spoke by phone on February 8 to mark the Lunar New Year.", 0, 200, 0.3);
        var d = Sentence("Ushakov said both sides rejected outside interference.", 0, 300, 0.2);
        var e = Sentence("The war will reach the two-year mark on February 24.", 1, 400, 0.1);

        var chosen = KeySentenceChoice.Choose([a, b, c, d, e], max: 5, wholeArticle: false);

        Assert.DoesNotContain(b, chosen);
        Assert.Equal(2, chosen.Count(s => s.Candidate.Chunk.Id == "000#0"));
        Assert.Contains(e, chosen);
    }
}
