using QaBot.Core.Answering.Reading;
using QaBot.Core.Chunking;
using QaBot.Core.Retrieval;
using Xunit;

namespace QaBot.Tests.Answering.Reading;

/// <summary>How the quotable sentences of the retrieved passages are read.</summary>
public sealed class CandidateSentenceTests
{
    private const string Named = "Stoltenberg stated that China is increasing its investment in nuclear weapons.";
    private const string Pronoun = "He stated that China and Russia are leading an \"authoritarian pushback\".";

    private static Chunk Passage(int index, int start, string text) =>
        new($"000#{index}", "000", "Title", new DateOnly(2023, 2, 1), null, index, start, start + text.Length, text);

    [Fact]
    public void APassagesFirstSentenceLeansOnTheLastOfTheRetrievedPassageBefore()
    {
        var before = Passage(3, 0, "NATO met on Wednesday. " + Named);
        var after = Passage(4, before.End + 1, Pronoun + " Kishida met him on Tuesday.");

        var both = CandidateSentence.From(new RetrievalResult([new RetrievedChunk(after, 1), new RetrievedChunk(before, 0.5)], [], false));
        var opening = both.Single(c => c.Text == Pronoun);
        Assert.Equal(Named, opening.QuotedBefore); // "He" is quoted after who he is, from the passage before
        Assert.Same(before, opening.PreviousChunk);
        Assert.Same(after, both.Single(c => c.Text.StartsWith("Kishida", StringComparison.Ordinal)).PreviousChunk);

        var alone = CandidateSentence.From(new RetrievalResult([new RetrievedChunk(after, 1)], [], false));
        Assert.Null(alone.Single(c => c.Text == Pronoun).QuotedBefore); // the passage before was not retrieved: nothing to quote
    }

    [Fact]
    public void ASentenceUnderASectionTitleOpensTheSection()
    {
        var text = "In addition to Japan, NATO is enhancing its collaboration with Australia, he added.\n\nUS Intensifies Ties With India\n\n"
            + "Meanwhile, the United States and India are expanding their alliance.\n\nRead Also : German Woman Tries To Poison Lookalike\n\n"
            + "Details disclosed on Tuesday of the initiative are consistent with Washington's strategy.";
        var read = CandidateSentence.From(new RetrievalResult([new RetrievedChunk(Passage(5, 0, text), 1)], [], false));

        Assert.DoesNotContain(read, c => c.Text.StartsWith("US Intensifies", StringComparison.Ordinal)); // a title is never quoted
        Assert.True(read.Single(c => c.Text.StartsWith("Meanwhile", StringComparison.Ordinal)).OpensSection);
        Assert.False(read.Single(c => c.Text.StartsWith("In addition", StringComparison.Ordinal)).OpensSection);
        Assert.False(read.Single(c => c.Text.StartsWith("Details", StringComparison.Ordinal)).OpensSection); // after boilerplate, not a title
    }
}
