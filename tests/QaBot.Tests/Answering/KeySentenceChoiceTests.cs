using QaBot.Core.Answering;
using QaBot.Core.Answering.Reading;
using QaBot.Core.Chunking;

namespace QaBot.Tests.Answering;

/// <summary>
/// Vectors here have a part every sentence shares (as a sentence encoder's do: two sentences of one news article are
/// seldom far apart), one for the topic, and one of the sentence's own.
/// </summary>
public sealed class KeySentenceChoiceTests
{
    private static ScoredSentence Sentence(string text, int passage, int offset, double probability, float[] vector)
    {
        var chunk = new Chunk($"000#{passage}", "000", "Title", new DateOnly(2023, 2, 1), null, passage, 0, 10_000, text);
        return new ScoredSentence(new CandidateSentence(text, chunk, passage, offset, null, vector), [], probability);
    }

    [Fact]
    public void ASentenceThatGoesOnAboutAChosenOneFollowsIt()
    {
        const string Statement = "\u201cThe heads of state summarized the partnership in the recent period,\u201d said a Kremlin statement.";
        var chunk = new Chunk("000#3", "000", "Title", new DateOnly(2024, 2, 9), null, 3, 0, 10_000, Statement);
        var statement = new ScoredSentence(new CandidateSentence(Statement, chunk, 3, 100, null, [2, 1, 0, 1, 0]), [], 0.5);
        var refers = new ScoredSentence(new CandidateSentence("It refers to a telephone conversation between Putin and Xi celebrating the Lunar New Year.", chunk, 3, 300, Statement, [2, 1, 0, 1, 0.1f]), [], 0.01);
        var trade = Sentence("Trade reached a record $228 billion in 2023.", 4, 900, 0.4, [2, 0, 1, 0, 1]);

        var chosen = KeySentenceChoice.Choose([statement, trade, refers], max: 2, wholeArticle: false, first: statement);

        // Alone, the statement's words leave what they are about unsaid.
        Assert.Equal([statement, refers, trade], chosen);
    }

    [Fact]
    public void ATopicSummaryLeavesOutTheArticlesPassagesAboutOtherTopics()
    {
        var lead = Sentence("Lavrov said Xi will visit Moscow before the anniversary of the war.", 0, 0, 0.01, [2, 0, 1, 0, 0, 0, 1]);
        var otherLead = Sentence("The Kremlin called the visit a major event on the bilateral agenda.", 0, 100, 0.01, [2, 0, 1, 0, 0, 0, 0]);
        var deal = Sentence("The United States and India are expanding their alliance on defence technology.", 5, 3000, 0.16, [2, 1, 0, 1, 0, 0, 0]);
        var initiative = Sentence("The initiative is called the Initiative on Critical and Emerging Technologies.", 6, 3200, 0.10, [2, 1, 0, 0, 1, 0, 0]);
        var sullivan = Sentence("Sullivan said the framework would not be driven solely by China.", 6, 3400, 0.03, [2, 1, 0, 0, 0, 1, 0]);

        var chosen = KeySentenceChoice.Choose([deal, initiative, sullivan, lead, otherLead], max: 3, wholeArticle: false, first: deal);

        Assert.Equal([deal, initiative, sullivan], chosen);
    }

    [Fact]
    public void ASummaryOfTheWholeArticleTakesItsLeadEvenWhenTheQuestionMatchesALaterPassage()
    {
        var lead = Sentence("Lavrov said Xi will visit Moscow before the anniversary of the war.", 0, 0, 0.01, [2, 1, 0, 1, 0, 0]);
        var deal = Sentence("The United States and India are expanding their alliance on defence technology.", 5, 3000, 0.16, [2, 1, 0, 0, 1, 0]);
        var sullivan = Sentence("Sullivan said the framework would not be driven solely by China.", 6, 3400, 0.03, [2, 1, 0, 0, 0, 1]);

        var chosen = KeySentenceChoice.Choose([deal, sullivan, lead], max: 2, wholeArticle: true, first: deal);

        Assert.Equal([deal, lead], chosen);
    }

    [Fact]
    public void TheBestSentenceFollowsTheLeadThatOpensTheSummaryThoughItSaysTheLeadsNewsAgain()
    {
        var lead = Sentence("Lavrov said Xi will visit Moscow before the anniversary of the war.", 0, 0, 0.05, [2, 1, 0, 1, 0, 0]);
        var best = Sentence("The ministry called Xi's travel to Moscow a major event on the bilateral agenda.", 0, 200, 0.5, [2, 1, 0, 1, 0.2f, 0]);
        var other = Sentence("The war began last February and has escalated.", 1, 900, 0.1, [2, 0, 1, 0, 0, 1]);

        Assert.Equal([lead, other], KeySentenceChoice.Choose([best, lead, other], max: 2, wholeArticle: false, first: lead)); // the penalty for saying the lead again
        Assert.Equal([lead, best], KeySentenceChoice.Choose([best, lead, other], max: 2, wholeArticle: false, first: lead, second: best));
    }

    [Fact]
    public void ASentenceSayingWhatAChosenOneSaysInOtherWordsGivesWayToOneThatSaysSomethingElse()
    {
        var lead = Sentence("Putin said he wants to expand military collaboration with China.", 0, 0, 0.3, [2, 1, 0, 1, 0, 0]);
        var again = Sentence("Military cooperation occupies a special place in relations, the Russian leader added.", 1, 900, 0.3, [2, 1, 0, 1, 0.3f, 0]);
        var visit = Sentence("He expects Xi to visit Moscow in the spring.", 2, 500, 0.3, [2, 0, 1, 0, 0, 1]);

        var chosen = KeySentenceChoice.Choose([lead, again, visit], max: 2, wholeArticle: true, first: lead);

        Assert.Equal([lead, visit], chosen);
    }

    [Fact]
    public void NoMoreThanTwoSentencesComeFromOnePassageAndNoneRepeatsAChosenOne()
    {
        float[] Own(int i)
        {
            var v = new float[7];
            v[0] = 2;
            v[1] = 1;
            v[2 + i] = 1;
            return v;
        }

        var a = Sentence("Trade between Russia and China reached a record $228 billion in 2023.", 0, 0, 0.5, Own(0));
        var b = Sentence("Trade between Russia and China reached a record of $228 billion last year.", 0, 100, 0.4, Own(1));
        var c = Sentence("Putin and Xi spoke by phone on February 8 to mark the Lunar New Year.", 0, 200, 0.3, Own(2));
        var d = Sentence("Ushakov said both sides rejected outside interference.", 0, 300, 0.2, Own(3));
        var e = Sentence("The war will reach the two-year mark on February 24.", 1, 400, 0.1, Own(4));

        var chosen = KeySentenceChoice.Choose([a, b, c, d, e], max: 5, wholeArticle: false);

        Assert.DoesNotContain(b, chosen);
        Assert.Equal(2, chosen.Count(s => s.Candidate.Chunk.Id == "000#0"));
        Assert.Contains(e, chosen);
    }
}
