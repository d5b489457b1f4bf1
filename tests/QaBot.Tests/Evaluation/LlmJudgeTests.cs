using Microsoft.Extensions.AI;
using QaBot.Core;
using QaBot.Core.Evaluation;
using static QaBot.Tests.Evaluation.EvalFixtures;

namespace QaBot.Tests.Evaluation;

public class LlmJudgeTests
{
    private static readonly EvalQuestion Trade = new("q1", "What was trade in 2023?", true, ["B"], ["228"], "A record $228 billion.");

    private static readonly QaBot.Core.Answering.Answer TradeAnswer = Answer(
        "Trade reached a record $228 billion in 2023 [1].",
        [Retrieved("B", 0, "trade reached a record $228 billion in 2023", 1)],
        [Cite(1, Retrieved("B", 0, "trade reached a record $228 billion in 2023", 1))]);

    private static LlmJudge Judge(IChatClient? client, string cacheDir) =>
        new(client, new AnswerJudgeEvaluator(JudgePrompts.Load(Path.Combine(RepoRoot, "prompts")), new JudgeCache(cacheDir)));

    [Fact]
    public async Task TheJudgeScoresEveryCriterionWithTheFilledPromptsAtTemperatureZero()
    {
        using var dir = new TempDir();
        float? temperature = null;
        var client = new FakeChatClient
        {
            Reply = (prompt, options) =>
            {
                temperature = options?.Temperature;
                return prompt.Contains("GROUNDEDNESS", StringComparison.Ordinal) ? """{"score": 4, "reason": "mostly backed"}""" : "Score: 5";
            },
        };

        var scores = await Judge(client, dir.Path).ScoreAsync(Trade, TradeAnswer, CancellationToken.None);

        Assert.Equal(["groundedness", "relevance", "correctness"], scores.Select(s => s.Metric));
        Assert.Equal([4.0, 5.0, 5.0], scores.Select(s => s.Score!.Value));
        Assert.Equal("mostly backed", scores[0].Reason);
        Assert.Equal(0f, temperature);
        Assert.Equal(3, client.Prompts.Count);
        Assert.All(client.Prompts, p => Assert.DoesNotContain("{{", p, StringComparison.Ordinal));
        Assert.Contains("trade reached a record $228 billion in 2023", client.Prompts[0], StringComparison.Ordinal);
        Assert.Contains("A record $228 billion.", client.Prompts[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARerunReadsTheCacheAndGivesTheSameScores()
    {
        using var dir = new TempDir();
        var calls = 0;
        var client = new FakeChatClient { Reply = (_, _) => $$"""{"score": {{(++calls % 5) + 1}}, "reason": "r"}""" };

        var first = await Judge(client, dir.Path).ScoreAsync(Trade, TradeAnswer, CancellationToken.None);
        var second = await Judge(client, dir.Path).ScoreAsync(Trade, TradeAnswer, CancellationToken.None);
        var changed = await Judge(client, dir.Path).ScoreAsync(Trade, TradeAnswer with { Text = "Something else [1]." }, CancellationToken.None);

        Assert.Equal(first.Select(s => s.Score), second.Select(s => s.Score));
        Assert.All(first, s => Assert.False(s.Cached));
        Assert.All(second, s => Assert.True(s.Cached));
        Assert.All(changed, s => Assert.False(s.Cached));
        Assert.Equal(6, client.Prompts.Count);
        Assert.Equal(6, Directory.GetFiles(dir.Path, "*.json").Length);
    }

    [Fact]
    public async Task AnUnreadableReplyGivesNoScoreAndSaysWhy()
    {
        using var dir = new TempDir();
        var client = new FakeChatClient { Reply = (_, _) => "I would rather not grade this." };

        var scores = await Judge(client, dir.Path).ScoreAsync(Trade, TradeAnswer, CancellationToken.None);

        Assert.All(scores, s => Assert.Null(s.Score));
        Assert.Contains("unreadable judge reply", scores[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutAChatModelTheJudgeSkipsWithAVisibleNote()
    {
        var judge = new LlmJudge(null, null);

        Assert.Empty(await judge.ScoreAsync(Trade, TradeAnswer, CancellationToken.None));
        Assert.Contains("no chat model", judge.Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CorrectnessIsSkippedWithoutAReferenceAnswer()
    {
        using var dir = new TempDir();
        var client = new FakeChatClient();

        var scores = await Judge(client, dir.Path).ScoreAsync(Trade with { ReferenceAnswer = null }, TradeAnswer, CancellationToken.None);

        Assert.Null(scores.Single(s => s.Metric == "correctness").Score);
        Assert.Equal(2, client.Prompts.Count);
    }

    [Theory]
    [InlineData("""{"score": 3, "reason": "half"}""", 3.0)]
    [InlineData("```json\n{\"score\": \"4\", \"reason\": \"ok\"}\n```", 4.0)]
    [InlineData("Score - 2. The answer invents a date.", 2.0)]
    [InlineData("""{"score": 9}""", null)]
    public void RepliesAreReadLeniently(string reply, double? expected) =>
        Assert.Equal(expected, AnswerJudgeEvaluator.ParseReply(reply).Score);

    [Fact]
    public void PromptFilesWithUnknownPlaceholdersAreRejected()
    {
        using var dir = new TempDir();
        foreach (var criterion in JudgePrompts.Criteria)
        {
            File.WriteAllText(Path.Combine(dir.Path, $"eval-judge-{criterion}.md"), "{{question}} {{answer}} {{colour}}");
        }

        var ex = Assert.Throws<QaBotException>(() => JudgePrompts.Load(dir.Path));
        Assert.Contains("{{colour}}", ex.Message, StringComparison.Ordinal);
        foreach (var criterion in JudgePrompts.Criteria)
        {
            File.WriteAllText(Path.Combine(dir.Path, $"eval-judge-{criterion}.md"), "{{question}} {{answer}}");
        }

        Assert.NotNull(JudgePrompts.Load(dir.Path));
        File.Delete(Path.Combine(dir.Path, "eval-judge-relevance.md"));
        Assert.Contains("judge prompt missing", Assert.Throws<QaBotException>(() => JudgePrompts.Load(dir.Path)).Message, StringComparison.Ordinal);
    }
}
