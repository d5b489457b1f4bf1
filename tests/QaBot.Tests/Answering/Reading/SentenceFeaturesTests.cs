using QaBot.Core.Answering;
using QaBot.Core.Answering.Reading;
using QaBot.Core.Chunking;
using QaBot.Core.Retrieval;
using QaBot.Core.Text;

namespace QaBot.Tests.Answering.Reading;

/// <summary>What the reader measures of one sentence.</summary>
public sealed class SentenceFeaturesTests
{
    private const string Question = "what could going after taiwan lead to, per stoltenberg";
    private const string Named = "NATO Secretary General Jens Stoltenberg spoke in Washington on Wednesday.";
    private const string Pronoun = "He said targeting Taiwan could lead to global violence.";

    private static double Coverage(string sentence, string? previous)
    {
        var terms = new[] { "stoltenberg", "taiwan", "lead" }.Select(w => new WeightedTerm(w, Stemmer.Stem(w), 1.0)).ToList();
        var question = new ReaderQuestion(Question, QuestionIntent.Of(Question), terms, new HashSet<string>(), [], null);
        var chunk = new Chunk("002#10", "002", "Title", new DateOnly(2024, 2, 9), null, 10, 0, 1_000, $"{previous} {sentence}");
        var candidate = new CandidateSentence(sentence, chunk, 0, 80, previous, null);
        return SentenceFeatures.Of(question, candidate, 0.7)[SentenceFeatures.IndexOf("coverage")];
    }

    [Fact]
    public void ASentenceThatLeansOnTheOneBeforeIsCoveredWithItAsTheAnswerQuotesBoth()
    {
        Assert.Equal(1.0, Coverage(Pronoun, Named), 3); // "He" is Stoltenberg: the answer quotes "…Jens Stoltenberg spoke…" before it
        Assert.Equal(2 / 3.0, Coverage(Pronoun, previous: null), 3); // the first of its passage: nothing says who "he" is
        Assert.Equal(2 / 3.0, Coverage("Targeting Taiwan could lead to global violence.", Named), 3); // stands alone: judged alone
    }
}
