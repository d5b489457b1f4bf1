using QaBot.Core.Answering;
using QaBot.Core.Answering.Reading;
using QaBot.Core.Chunking;
using QaBot.Core.Retrieval;

namespace QaBot.Tests.Answering;

public sealed class CitationValidatorTests
{
    [Fact]
    public void CitedPiecesRunFromOneMarkerGroupToTheNext()
    {
        var pieces = CitationValidator.CitedSentences("Trade hit $228 billion in 2023 [1]. It is as good as it gets… [2] Talks went on [1][3].");

        Assert.Equal(3, pieces.Count);
        Assert.Equal("Trade hit $228 billion in 2023", pieces[0].Sentence);
        Assert.Equal("It is as good as it gets…", pieces[1].Sentence);
        Assert.Equal([2], pieces[1].Numbers);
        Assert.Equal("Talks went on", pieces[2].Sentence);
        Assert.Equal([1, 3], pieces[2].Numbers);
    }

    [Fact]
    public void AQuotedPhotoCaptionIsCheckedAsTheCaption()
    {
        const string Text = "Xi Jinping (L) and Vladimir Putin (R) March 21, 2023 in Moscow, Russia. The couple spoke on February 8.";
        var chunk = new Chunk("a#0", "a", "Title", new DateOnly(2024, 2, 9), null, 0, 0, Text.Length, Text);
        var retrieved = new[] { new RetrievedChunk(chunk, 1) };
        var quote = PhotoCaption.Quote("Xi Jinping (L) and Vladimir Putin (R) March 21, 2023 in Moscow, Russia.");
        var draft = new AnswerDraft($"{quote[..^1]} [1].", [new Citation(1, "a", "a#0", "Title", new DateOnly(2024, 2, 9), null, "Xi Jinping (L) and Vladimir Putin (R) March 21, 2023 in Moscow, Russia.")]);
        var wrong = draft with { Text = "A photo is captioned “Xi Jinping and Putin in Beijing” [1]." };

        Assert.Empty(CitationValidator.Validate(draft, retrieved));
        Assert.Single(CitationValidator.Validate(wrong, retrieved));
    }
}
