using QaBot.Core.Evaluation;

namespace QaBot.Tests.Evaluation;

public class FailUnderRuleTests
{
    [Theory]
    [InlineData("hitAtK=0.9", "hitAtK", 0.9)]
    [InlineData("factrecall=80%", "factRecall", 0.8)]
    [InlineData(" mrr = 1 ", "mrr", 1.0)]
    [InlineData("groundedness=4", "groundedness", 4.0)]
    public void ValidRulesParse(string text, string metric, double threshold)
    {
        var rule = FailUnderRule.Parse(text);

        Assert.Equal(metric, rule.Metric.Name);
        Assert.Equal(threshold, rule.Threshold, 6);
    }

    [Theory]
    [InlineData("hitAtK", "metric=value")]
    [InlineData("=0.5", "metric=value")]
    [InlineData("speed=0.5", "unknown metric \"speed\"")]
    [InlineData("latencyP95Ms=500", "unknown metric")]
    [InlineData("hitAtK=high", "not a number")]
    [InlineData("hitAtK=90", "outside 0..1")]
    [InlineData("groundedness=0.5", "outside 1..5")]
    public void BadRulesSayWhatIsWrong(string text, string expected)
    {
        var ex = Assert.Throws<FormatException>(() => FailUnderRule.Parse(text));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownMetricMessagesListTheValidNames()
    {
        var ex = Assert.Throws<FormatException>(() => FailUnderRule.Parse("nope=0.1"));

        foreach (var name in FailUnderRule.ValidNames)
        {
            Assert.Contains(name, ex.Message, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("falseAbstentionRate", FailUnderRule.ValidNames);
    }

    [Fact]
    public void ChecksFailBelowTheThresholdOrWhenNotMeasured()
    {
        var summary = EvalSummary.From([]) with { HitAtK = 0.85, FactRecall = 0.9 };

        Assert.Equal("hitAtK = 85% is below 90%", FailUnderRule.Parse("hitAtK=0.9").Check(summary));
        Assert.Null(FailUnderRule.Parse("factRecall=0.9").Check(summary));
        Assert.Contains("not measured", FailUnderRule.Parse("abstentionAccuracy=0.5").Check(summary), StringComparison.Ordinal);
    }
}
