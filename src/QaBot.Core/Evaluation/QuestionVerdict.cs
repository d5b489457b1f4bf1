namespace QaBot.Core.Evaluation;

/// <summary>
/// Turns one question's metrics into pass/fail and short reasons a person can act on ("missing fact \"228\"",
/// "wrong source", "should have abstained", "invalid citation [2]…").
/// </summary>
public static class QuestionVerdict
{
    /// <summary>The reasons <paramref name="question"/> failed; empty when it passed.</summary>
    public static IReadOnlyList<string> Reasons(EvalQuestion question, QuestionMetrics metrics)
    {
        var reasons = new List<string>();
        if (!question.Answerable)
        {
            if (!metrics.Abstained)
            {
                reasons.Add("should have abstained (the articles do not answer this)");
            }
        }
        else
        {
            AnswerableReasons(metrics, question, reasons);
        }

        reasons.AddRange(metrics.ForbiddenFound.Select(f => $"answer contains forbidden text \"{f}\""));
        return reasons;
    }

    private static void AnswerableReasons(QuestionMetrics metrics, EvalQuestion question, List<string> reasons)
    {
        if (metrics.Abstained)
        {
            reasons.Add("abstained, but the articles answer this");
        }

        if (metrics.HitAtK == false)
        {
            var got = metrics.TopKSources.Count == 0 ? "nothing retrieved" : "got " + string.Join(", ", metrics.TopKSources.Select(Short));
            reasons.Add($"wrong source: expected {string.Join(" or ", question.Sources.Select(Short))} in top k ({got})");
        }

        reasons.AddRange(metrics.MissingFacts.Where(_ => !metrics.Abstained).Select(f => $"missing fact \"{f}\""));
        if (metrics.Abstained)
        {
            return;
        }

        if (metrics.CitationPrecision == 0)
        {
            reasons.Add($"cites only unexpected sources ({string.Join(", ", metrics.UnexpectedCitedSources.Select(Short))})");
        }

        reasons.AddRange(metrics.CitationChecks.Where(c => !c.Valid).Select(c => $"invalid citation {c.Reason}"));
        if (metrics.CitationChecks.Count == 0)
        {
            reasons.Add("answer has no [n] citations");
        }
    }

    /// <summary>"002_9fdd9d7dd336cfc0" → "002" when ids carry a numeric prefix; otherwise the id.</summary>
    public static string Short(string articleId)
    {
        var underscore = articleId.IndexOf('_', StringComparison.Ordinal);
        return underscore > 0 && articleId[..underscore].All(char.IsAsciiDigit) ? articleId[..underscore] : articleId;
    }
}
