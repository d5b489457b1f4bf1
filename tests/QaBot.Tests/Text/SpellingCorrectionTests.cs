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
    [InlineData("what word did state tv use for the fgihting", "fgihting", "what word did state tv use for the fighting")]
    [InlineData("how did xi descirbe putin", "descirbe", "how did xi describe putin")]
    [InlineData("who did kishda meet", "kishda", "who did kishida meet")] // a passage word first
    [InlineData("what did macronn say", "macronn", "what did macronn say")] // no word one edit away: left alone
    [InlineData("gist of the call", "gist", "gist of the call")] // too short to mend from the dictionary: "gift" is one edit away
    public void WithNoPassageWordNearTheCommonestDictionaryWordOneEditAwayIsTaken(string question, string misspelt, string corrected)
    {
        // Ranks as in a BERT vocabulary: lower is more common ("fighting" before "lighting", which starts otherwise anyway).
        var ranks = new Dictionary<string, int>(StringComparer.Ordinal) { ["fighting"] = 3554, ["sighting"] = 20000, ["describe"] = 6235, ["kishi"] = 29000, ["gift"] = 3453 };
        int? Rank(string word) => ranks.TryGetValue(word, out var rank) ? rank : null;
        Assert.Equal(corrected, SpellingCorrection.Correct(question, new HashSet<string> { misspelt }, Passage, Rank));
    }

    [Fact]
    public void WithNoPassageWordNearAStoreWordOneEditAwayComesBeforeTheDictionary()
    {
        // A large store's first search for "who did kishda meet" found speeches about meetings, none naming Kishida.
        var speeches = WordTokens.Of("The Conference adjourned to meet again in April.").ToArray();
        var store = new Dictionary<string, long>(StringComparer.Ordinal) { ["kishida"] = 2, ["kisha"] = 0 };
        var ranks = new Dictionary<string, int>(StringComparer.Ordinal) { ["kishi"] = 29000 };
        int? Rank(string word) => ranks.TryGetValue(word, out var rank) ? rank : null;

        Assert.Equal("who did kishida meet", SpellingCorrection.Correct("who did kishda meet", new HashSet<string> { "kishda" }, speeches, Rank, store));
        Assert.Equal("who did kishda meet", SpellingCorrection.Correct("who did kishda meet", new HashSet<string> { "kishda" }, speeches, null, new Dictionary<string, long> { ["kisha"] = 0 })); // in no chunk
    }

    [Fact]
    public void TheWordsOneEditAwayKeepTheFirstLetter()
    {
        var edits = SpellingCorrection.OneEditAway("kishda");

        Assert.Contains("kishida", edits); // a letter added
        Assert.Contains("kisha", edits); // dropped
        Assert.Contains("kisdha", edits); // two neighbours swapped
        Assert.Contains("kishdo", edits); // changed
        Assert.DoesNotContain("kishda", edits);
        Assert.All(edits, e => Assert.StartsWith("k", e, StringComparison.Ordinal));
    }

    private static readonly HashSet<string> Dictionary = new(StringComparer.Ordinal) { "wat", "wow", "hot", "whole", "hat" };

    [Theory]
    [InlineData("waht did xi call putin", "what did xi call putin")]
    [InlineData("Waht did Xi call Putin?", "What did Xi call Putin?")]
    [InlineData("hwo many drones got grounded", "how many drones got grounded")]
    [InlineData("wehre did they meet", "where did they meet")]
    [InlineData("and wen did they meet", "and when did they meet")]
    [InlineData("wat did xi call putin", "what did xi call putin")]
    [InlineData("wich country hosted them", "which country hosted them")]
    [InlineData("whos the nato boss", "whos the nato boss")]
    [InlineData("hwo did putin invite", "hwo did putin invite")]
    [InlineData("hot take on the summit", "hot take on the summit")]
    [InlineData("whole story of the uzbekistan meeting", "whole story of the uzbekistan meeting")]
    [InlineData("wat a meeting", "wat a meeting")]
    [InlineData("xi and putin", "xi and putin")]
    [InlineData("", "")]
    public void AMisspeltOpeningQuestionWordIsMended(string question, string mended) =>
        Assert.Equal(mended, SpellingCorrection.MendQuestionWord(question, Dictionary.Contains));

    [Theory]
    [InlineData("kishda", "kishida", 1)]
    [InlineData("hwo", "how", 1)]
    [InlineData("stoltenburg", "stoltenberg", 1)]
    [InlineData("mountain", "maintain", 2)]
    public void DistanceCountsInsertionsDeletionsReplacementsAndSwaps(string a, string b, int distance) =>
        Assert.Equal(distance, SpellingCorrection.Distance(a, b));
}
