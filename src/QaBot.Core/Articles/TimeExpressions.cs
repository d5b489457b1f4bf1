using System.Text.RegularExpressions;

namespace QaBot.Core.Articles;

/// <summary>
/// The patterns behind <see cref="RelativeDates"/>, applied one sentence at a time. Direct expressions resolve against
/// the article's date; anchored ones ("the two-year mark on February 24", "will last one year", "eight days after a
/// call") measure from a date resolved in the same sentence, or from the article's date when there is none. Where two
/// matches overlap the earlier, then the longer, wins.
/// </summary>
internal static partial class TimeExpressions
{
    private const string Numbers = "a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve";
    private const string Num = @"(?<n>\d{1,2}|(?i:" + Numbers + "|several|a few))";
    private const string MonthNames = "January|February|March|April|May|June|July|August|September|October|November|December";
    private const string Month = @"(?<month>(?:" + MonthNames + @")\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?)";
    private const string NoYearAfter = @"(?![,.]?\s*\d{4}\b)(?!,?\s+(?i:of\s+)?(?:\d{4}\b|(?i:last|this|next)\s+year))";

    private delegate ResolvedDate? Rule(Match match, Sentence sentence);

    private static readonly (Regex Pattern, Rule Resolve)[] Direct =
    [
        (UnitRelative(), TimeRules.UnitRelative),
        (EarlierLater(), TimeRules.EarlierLater),
        (MonthOfRelativeYear(), TimeRules.MonthOfRelativeYear),
        (RelativeMonth(), TimeRules.RelativeMonth),
        (Day(), TimeRules.Day),
        (Ago(), TimeRules.Ago),
        (Span(), TimeRules.Span),
        (Recent(), TimeRules.Span),
        (Weekday(), TimeRules.Weekday),
        (BareMonth(), TimeRules.BareMonth),
        (DayMonth(), TimeRules.BareMonth),
        (Season(), TimeRules.Season),
        (YearEnd(), TimeRules.YearEnd),
    ];

    private static readonly (Regex Pattern, Rule Resolve)[] Anchored =
    [
        (Mark(), TimeRules.Since),
        (Anniversary(), TimeRules.Since),
        (YearsSince(), TimeRules.SinceRoughly),
        (DurationNoun(), TimeRules.SinceRoughly),
        (WillLast(), TimeRules.Since),
        (AfterBefore(), TimeRules.AfterBefore),
    ];

    /// <summary>The resolved expressions of <c>text[start..end]</c> (one sentence), in text order.</summary>
    public static List<ResolvedDate> InSentence(string text, int start, int end, DateOnly articleDate)
    {
        var sentence = new Sentence(text, start, end, articleDate, []);
        sentence.Found.AddRange(Pick(Candidates(Direct, sentence), []));
        var anchored = Pick(Candidates(Anchored, sentence), sentence.Found);
        return [.. sentence.Found.Concat(anchored).OrderBy(r => r.Start)];
    }

    private static List<ResolvedDate> Candidates((Regex Pattern, Rule Resolve)[] rules, Sentence sentence)
    {
        var candidates = new List<ResolvedDate>();
        foreach (var (pattern, resolve) in rules)
        {
            for (var m = pattern.Match(sentence.Text, sentence.Start, sentence.End - sentence.Start); m.Success; m = m.NextMatch())
            {
                if (resolve(m, sentence) is { } resolved)
                {
                    candidates.Add(resolved);
                }
            }
        }

        return candidates;
    }

    private static List<ResolvedDate> Pick(List<ResolvedDate> candidates, List<ResolvedDate> taken)
    {
        var picked = new List<ResolvedDate>();
        foreach (var c in candidates.OrderBy(c => c.Start).ThenByDescending(c => c.End))
        {
            if (!taken.Concat(picked).Any(t => c.Start < t.End && t.Start < c.End))
            {
                picked.Add(c);
            }
        }

        return picked;
    }

    [GeneratedRegex(@"\b(?i:(?<q>early|late|mid|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of)\s+)?(?i:(?<rel>last|this|next)\s+(?<unit>year|month|week))\b")]
    private static partial Regex UnitRelative();

    [GeneratedRegex(@"\b(?i:(?<dir>earlier|later)\s+this\s+(?<unit>year|month|week))\b")]
    private static partial Regex EarlierLater();

    [GeneratedRegex(@"\b(?:(?i:in|on|during|since|by|until|from)\s+)?(?:(?i:early|late|mid-?)\s*)?(?>" + Month + @"(?:\s+(?<day>\d{1,2})(?:st|nd|rd|th)?\b)?),?\s+(?i:of\s+)?(?i:(?<rel>last|this|next)\s+year)\b")]
    private static partial Regex MonthOfRelativeYear();

    [GeneratedRegex(@"\b(?i:(?<rel>last|this|next)\s+)" + Month + @"(?!\s*\d)")]
    private static partial Regex RelativeMonth();

    [GeneratedRegex(@"\b(?i:(?<w>yesterday|today|tonight|tomorrow)|this\s+(?<w>morning|afternoon|evening))\b")]
    private static partial Regex Day();

    [GeneratedRegex(@"\b" + Num + @"\s+(?i:(?<unit>day|week|month|year)s?\s+ago)\b")]
    private static partial Regex Ago();

    [GeneratedRegex(@"\b(?i:(?:in|over|during|within|for)\s+the\s+(?<dir>coming|next|past|last|previous)\s+(?:(?<n>few|several|couple\s+of|\d{1,2}|" + Numbers + @")\s+)?(?<unit>day|week|month|year)s?)\b")]
    private static partial Regex Span();

    [GeneratedRegex(@"\b(?i:(?:in|over)\s+recent\s+(?<unit>day|week|month|year)s)\b")]
    private static partial Regex Recent();

    [GeneratedRegex(@"(?<!(?i:black|good|super|holy|ash|cyber|easter|palm|maundy|bloody)\s)\b(?:(?i:(?<rel>last|next|this|on|by|until|since|from|before|after)\s+))?(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:['’]s)?\b(?!,?\s+(?:" + MonthNames + @"|\d))")]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\b(?:(?<prep>(?i:in|on|since|until|by|from|during|early|late|before|after|mid-))\s*)?(?>" + Month + @"(?:\s+(?<day>\d{1,2})(?:st|nd|rd|th)?\b)?)" + NoYearAfter)]
    private static partial Regex BareMonth();

    [GeneratedRegex(@"\b(?:(?<prep>(?i:on|by|until|since|from|before|after))\s+)?(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:(?i:of)\s+)?(?>" + Month + ")" + NoYearAfter)]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"\b(?i:(?<rel>in\s+the|this|last|next|in|during|by|early|late)\s+(?<season>spring|summer|autumn|fall|winter))\b(?!\s+(?:(?i:of)\s+)?\d{4})(?!\s+(?i:of)\s+(?!(?i:last|this|next)\b))(?:\s+(?i:of\s+)?(?i:(?<rel2>last|this|next)\s+year)\b)?")]
    private static partial Regex Season();

    [GeneratedRegex(@"\b(?i:year-end(?:ing)?|(?:the\s+)?end\s+of\s+the\s+year)\b")]
    private static partial Regex YearEnd();

    [GeneratedRegex(@"\b(?i:(?<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ](?<unit>year|month|week|day)[- ]mark)\b")]
    private static partial Regex Mark();

    [GeneratedRegex(@"\b(?i:(?<n>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+anniversary)\b")]
    private static partial Regex Anniversary();

    [GeneratedRegex(@"\b" + Num + @"\s+(?i:(?<unit>day|week|month|year)s?\s+since)\b")]
    private static partial Regex YearsSince();

    [GeneratedRegex(@"\b(?<n>\d{1,2}|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))-(?i:(?<unit>day|week|month|year))(?i:-long|-old)?\s+(?i:war|conflict|invasion|campaign|offensive|standoff|crisis|blockade|siege|occupation|fighting|operation|battle)\b")]
    private static partial Regex DurationNoun();

    [GeneratedRegex(@"\b(?i:will\s+(?:have\s+)?last(?:ed)?\s+)" + Num + @"\s+(?i:(?<unit>day|week|month|year)s?)\b")]
    private static partial Regex WillLast();

    [GeneratedRegex(@"\b" + Num + @"\s+(?i:(?<unit>day|week|month|year)s?\s+(?<dir>after|before))(?=\s+(?i:a|an|the)\b)")]
    private static partial Regex AfterBefore();
}
