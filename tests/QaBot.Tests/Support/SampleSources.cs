using QaBot.Core.Answering;
using QaBot.Core.Chunking;
using QaBot.Core.Retrieval;

namespace QaBot.Tests.Support;

/// <summary>Passages taken from the sample articles, as retrieval would return them, and a matching offline answer.</summary>
public static class SampleSources
{
    /// <summary>002: the 2023 trade record.</summary>
    public static readonly RetrievedChunk Trade = Make("002_9fdd9d7dd336cfc0", 3, "Putin and Xi: relations 'unprecedented'", new DateOnly(2024, 2, 10),
        "Friendly relations between Moscow and China \"are at an unprecedented level\", the statement said, with the Kremlin boasting that bilateral trade volume of $200 billion reached a record $228 billion in 2023, surpassing the target of 200 billion dollars set by the two leaders.", 0.9);

    /// <summary>000: Lavrov on Xi's visit.</summary>
    public static readonly RetrievedChunk Visit = Make("000_793bee40b2c27b8f", 0, "Xi expected to visit Moscow", new DateOnly(2022, 12, 30),
        "Russian Foreign Minister Sergey Lavrov indicated that Chinese President Xi Jinping is anticipated to visit Moscow before the upcoming first anniversary of the Russia-Ukraine war. The Ministry has reportedly stated that Jinping's travel to Moscow will be a \"major event\" on the \"bilateral agenda\" of the two nations.", 0.6);

    /// <summary>003: the December 2021 video call.</summary>
    public static readonly RetrievedChunk Summit = Make("003_45b16b857479f6c5", 1, "Putin and Xi to hold video call", new DateOnly(2021, 12, 15),
        "Russian President Vladimir Putin and his Chinese counterpart Xi Jinping are due to hold a video conference, as the two countries' relations with the West persist. Kremlin spokesman Dmitry Peskov said the two leaders would discuss tensions in Europe and aggressive rhetoric from the United States and NATO during Wednesday's virtual talk.", 0.5);

    /// <summary>The three passages, best first.</summary>
    public static IReadOnlyList<RetrievedChunk> All => [Trade, Visit, Summit];

    /// <summary>An offline answer over <see cref="All"/> quoting the trade sentence.</summary>
    public static Answer Extractive(bool abstained = false) => abstained
        ? new Answer("I could not find this in the articles.", [], All, new AnswerTimings(0, 1, 0, 1), true, "extractive", "q")
        : new Answer(
            "Bilateral trade volume of $200 billion reached a record $228 billion in 2023 [1].",
            [new Citation(1, Trade.Chunk.ArticleId, Trade.Chunk.Id, Trade.Chunk.Title, Trade.Chunk.Date, null, "reached a record $228 billion in 2023")],
            All, new AnswerTimings(0, 1, 1, 2), false, "extractive", "q");

    private static RetrievedChunk Make(string article, int index, string title, DateOnly date, string text, double score) =>
        new(new Chunk(Chunk.MakeId(article, index), article, title, date, null, index, 0, text.Length, text), score);
}
