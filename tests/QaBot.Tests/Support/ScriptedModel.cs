using System.Text.RegularExpressions;
using QaBot.Core.Answering;
using QaBot.Core.Answering.Queries;
using QaBot.Core.Answering.Verification;
using QaBot.Core.Chunking;
using QaBot.Core.Text;

namespace QaBot.Tests.Support;

/// <summary>
/// A deterministic stand-in for a chat model, for <see cref="FakeOpenAiServer.Chat"/>: answers QaBot's answer prompt by
/// quoting the source sentences that share the most (rare) words with the question, each cited [n] (or says the
/// articles do not say); answers the follow-up prompt with the offline carry-over and the translation prompt with the
/// question put into English word by word (<see cref="RussianGlossary"/>; any other language unchanged).
/// Good enough to measure the pipeline around a model (prompt → stream → check) without a model.
/// </summary>
public static partial class ScriptedModel
{
    /// <summary>The reply to any QaBot prompt.</summary>
    public static FakeReply Reply(FakeChatRequest request)
    {
        if (request.User.Contains("Standalone question:", StringComparison.Ordinal))
        {
            return FakeReply.Say(RewriteFollowUp(request.User));
        }

        if (request.User.StartsWith("Translate this", StringComparison.Ordinal))
        {
            // A model translates: the stand-in does it with the glossary the offline path uses (Russian; other text as is).
            return FakeReply.Say(RussianGlossary.Translate(request.User.Split('\n', 2)[1]));
        }

        return FakeReply.Say(Answer(request.User));
    }

    /// <summary>
    /// Quotes up to two best-matching source sentences with their citations: each question word weighs by how rare it
    /// is among the source sentences, and matches a sentence word by stem or five-letter prefix (as the support test
    /// does). Like a careful model it says the articles do not report a figure the question asks about (a year, an
    /// amount) that no source contains (its text or its publication date, as a model reads both), and that the articles
    /// do not say when no sentence matches well.
    /// </summary>
    public static string Answer(string userPrompt, int maxSentences = 2)
    {
        // A model reads the question in the user's language; the stand-in reads a Russian one through the glossary.
        var question = RussianGlossary.Translate(QuestionLine().Match(userPrompt).Groups[1].Value);
        var sentences = new List<(int N, string Text, PassageTerms Terms)>();
        var dates = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match source in SourceBlock().Matches(userPrompt))
        {
            dates.UnionWith(NumberTokens.Of(source.Groups["head"].Value));
            var n = int.Parse(source.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var text = source.Groups["text"].Value;
            sentences.AddRange(SentenceSplitter.SplitLines(text).Select(s => (n, text[s.Start..s.End], new PassageTerms(text[s.Start..s.End]))));
        }

        if (NumberTokens.Of(question).FirstOrDefault(q => q.Length >= 2 && !dates.Contains(q) && !sentences.Any(s => s.Terms.Numbers.Contains(q))) is { } absent)
        {
            return $"The articles do not report anything for {absent}.";
        }

        var wanted = WordTokens.Of(question).Where(WordTokens.IsContentWord).Select(Stemmer.Stem).Distinct()
            .Select(stem => (Stem: stem, Weight: Math.Log(1 + (sentences.Count / (1.0 + sentences.Count(s => s.Terms.Contains(stem)))))))
            .ToList();
        var total = wanted.Sum(w => w.Weight);
        var best = sentences
            .Select(s => (s.N, s.Text, Score: total == 0 ? 0 : wanted.Where(w => s.Terms.Contains(w.Stem)).Sum(w => w.Weight) / total))
            .Where(c => c.Score >= 0.3)
            .OrderByDescending(c => c.Score)
            .Take(maxSentences)
            .ToList();
        if (best.Count == 0)
        {
            return "The articles do not say.";
        }

        return string.Join(" ", best.Select(b => $"{b.Text.TrimEnd('.', ' ')} [{b.N}]."));
    }

    private static string RewriteFollowUp(string userPrompt)
    {
        var history = HistoryBlock().Match(userPrompt).Groups[1].Value;
        var turns = history.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.StartsWith("User: ", StringComparison.Ordinal) ? new ChatTurn("user", l[6..]) : new ChatTurn("assistant", l.Replace("Assistant: ", "", StringComparison.Ordinal)))
            .ToList();
        var latest = LatestLine().Match(userPrompt).Groups[1].Value;
        return FollowUpCarryOver.Rewrite(latest, turns);
    }

    [GeneratedRegex(@"^Question: (.*)$", RegexOptions.Multiline)]
    private static partial Regex QuestionLine();

    [GeneratedRegex(@"Source \[(?<n>\d+)\](?<head>[^\n]*)\n<source>\n(?<text>.*?)\n</source>", RegexOptions.Singleline)]
    private static partial Regex SourceBlock();

    [GeneratedRegex(@"Conversation so far:\n(.*?)\n\nLatest message:", RegexOptions.Singleline)]
    private static partial Regex HistoryBlock();

    [GeneratedRegex(@"^Latest message: (.*)$", RegexOptions.Multiline)]
    private static partial Regex LatestLine();
}
