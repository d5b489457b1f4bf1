using QaBot.Core.Text;

namespace QaBot.Tests.Text;

public sealed class SpellingCorrectionTests
{
    private static readonly string[] Passage = WordTokens.Of(
        "Stoltenberg and Japanese Prime Minister Fumio Kishida met on Tuesday. The war in Ukraine began in 2022; Ukraine's allies met.").ToArray();

    [Theory]
    [InlineData("who did kishda meet", "kishda", "who did kishida meet")]
    [InlineData("whats stoltenburg's first name", "stoltenburg", "whats stoltenberg's first name")]
    [InlineData("when did the ukrane war start", "ukrane", "when did the ukraine war start")]
    public void AMisspeltWordBecomesTheClosestPassageWord(string question, string misspelt, string corrected) =>
        Assert.Equal(corrected, SpellingCorrection.Correct(question, new HashSet<string> { misspelt }, Passage));

    [Fact]
    public void OnlyWordsMarkedMisspeltAndNearEnoughChange()
    {
        // "mountain" is not marked; "fifa" and "massing" are, but no passage word is one edit from them.
        Assert.Equal("tallest mountain fifa", SpellingCorrection.Correct("tallest mountain fifa", new HashSet<string> { "fifa" }, Passage));
        Assert.Equal("troops massing", SpellingCorrection.Correct("troops massing", new HashSet<string> { "massing" }, WordTokens.Of("a massive build-up")));
        Assert.Equal("met", SpellingCorrection.Correct("met", new HashSet<string>(), Passage));
    }

    [Theory]
    [InlineData("kishda", "kishida", 1)]
    [InlineData("hwo", "how", 1)]
    [InlineData("stoltenburg", "stoltenberg", 1)]
    [InlineData("mountain", "maintain", 2)]
    public void DistanceCountsInsertionsDeletionsReplacementsAndSwaps(string a, string b, int distance) =>
        Assert.Equal(distance, SpellingCorrection.Distance(a, b));
}
