using QaBot.Core;
using QaBot.Core.Answering.Reading;

namespace QaBot.Tests.Answering.Reading;

/// <summary>The piece-by-piece comparison of a question with its best sentences (the real MiniLM network), and the model's weight for it.</summary>
public sealed class TokenMatchTests
{
    private static readonly TokenMatch Tokens = new(threads: 1);

    [Fact]
    public void AParaphrasedAnswerSaysMoreOfTheQuestionThanASentenceOnTheSameTopic()
    {
        var recall = Tokens.Recall("what is china pouring money into", [
            "Stoltenberg stated that China is increasing its investment in nuclear weapons and long-range missiles.",
            "China's rising aggressiveness and partnership with Russia represent a threat not just to Asia but also to Europe.",
        ]);

        Assert.All(recall, r => Assert.InRange(r, 0.0, 1.0));
        Assert.True(recall[0] > recall[1], $"{recall[0]:F3} vs {recall[1]:F3}");
    }

    [Fact]
    public void APieceCountsAsMuchAsItsWordWeighsInTheQuestion()
    {
        const string question = "why was beijing thankful to moscow";
        string[] sentences = ["China expresses gratitude to Russia for its stance.", "Beijing and Moscow held talks on Friday."];

        var even = Tokens.Recall(question, sentences);
        var allOne = Tokens.Recall(question, sentences, _ => 1);
        var weighted = Tokens.Recall(question, sentences, word => word == "thankful" ? 5 : 0.5);

        Assert.Equal(even, allOne);
        Assert.True(weighted[0] > weighted[1], $"{weighted[0]:F3} vs {weighted[1]:F3}");
        Assert.True(weighted[0] - weighted[1] > even[0] - even[1], "the heavy word's match should count for more");
    }

    [Fact]
    public void ASentenceAskedAboutAgainScoresTheSame()
    {
        string[] sentences = ["The Russian leader said he expected Xi to visit Moscow in the spring."];

        var first = Tokens.Recall("when was xi expected in moscow", sentences);
        var again = Tokens.Recall("when was xi expected in moscow", sentences);

        Assert.Equal(first, again);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(2.5, 0)]
    [InlineData(20, 1)]
    public void TheLeaderWeighsTheModelsLogitAgainstTheWeightedRecall(double weight, int leader) =>
        Assert.Equal(leader, TokenMatch.Leader([0.6, 0.3], [0.5, 0.7], weight));

    [Theory]
    [InlineData(0, new[] { 0, 1, 2 })]
    [InlineData(20, new[] { 2, 1, 0 })]
    public void TheOrderRanksEverySentenceByTheSameScore(double weight, int[] order) =>
        Assert.Equal(order, TokenMatch.Order([0.6, 0.3, 0.2], [0.1, 0.3, 0.5], weight));

    [Fact]
    public void AReaderModelWithoutATokenWeightLeavesTheMatchOut()
    {
        var json = ReaderModel.Default.ToJson().Replace("\"tokenWeight\"", "\"unusedWeight\"", StringComparison.Ordinal);

        var model = ReaderModel.Parse(json, "test.json");

        Assert.Equal(0, model.TokenWeight);
        Assert.True(ReaderModel.Default.TokenWeight > 0);
    }

    [Fact]
    public void AReaderModelWithANegativeTokenWeightIsRefused()
    {
        var json = ReaderModel.Default.ToJson().Replace(
            $"\"tokenWeight\": {ReaderModel.Default.TokenWeight.ToString(System.Globalization.CultureInfo.InvariantCulture)}", "\"tokenWeight\": -1", StringComparison.Ordinal);

        var error = Assert.Throws<QaBotException>(() => ReaderModel.Parse(json, "test.json"));

        Assert.Contains("'tokenWeight' must be 0 or more", error.Message, StringComparison.Ordinal);
    }
}
