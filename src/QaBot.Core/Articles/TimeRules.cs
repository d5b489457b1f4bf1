using System.Text.RegularExpressions;

namespace QaBot.Core.Articles;

/// <summary>What each pattern of <see cref="TimeExpressions"/> means, as a period.</summary>
internal static class TimeRules
{
    public static ResolvedDate? UnitRelative(Match m, Sentence s)
    {
        var offset = Offset(m.Groups["rel"].Value);
        var unit = m.Groups["unit"].Value.ToLowerInvariant();
        var q = m.Groups["q"].Value.ToLowerInvariant();
        if (unit == "week")
        {
            return s.Make(m, s.Date.AddDays(7 * offset), DatePrecision.Week);
        }

        var start = unit == "year" ? CalendarMath.YearStart(s.Date.Year + offset) : CalendarMath.MonthStart(s.Date).AddMonths(offset);
        var end = unit == "year" ? CalendarMath.YearEnd(start.Year) : CalendarMath.MonthEnd(start);
        if (q.Length == 0)
        {
            return s.Make(m, start, end, unit == "year" ? DatePrecision.Year : DatePrecision.Month);
        }

        // A third of the period: early (or its start), mid, late (or its end) — Jan–Apr, May–Aug, Sep–Dec of a year;
        // days 1–10, 11–20, 21–end of a month.
        var third = CalendarMath.Third(q);
        var (from, to) = unit == "year"
            ? (start.AddMonths(4 * third), third == 2 ? end : start.AddMonths(4 * (third + 1)).AddDays(-1))
            : (start.AddDays(10 * third), third == 2 ? end : start.AddDays((10 * third) + 9));
        return s.Make(m, from, to, DatePrecision.Range);
    }

    public static ResolvedDate? EarlierLater(Match m, Sentence s)
    {
        var unit = m.Groups["unit"].Value.ToLowerInvariant();
        var (start, end) = unit switch
        {
            "year" => (CalendarMath.YearStart(s.Date.Year), CalendarMath.YearEnd(s.Date.Year)),
            "month" => (CalendarMath.MonthStart(s.Date), CalendarMath.MonthEnd(s.Date)),
            _ => (CalendarMath.WeekStart(s.Date), CalendarMath.WeekStart(s.Date).AddDays(6)),
        };
        return m.Groups["dir"].Value.Equals("earlier", StringComparison.OrdinalIgnoreCase)
            ? s.Make(m, start, s.Date, DatePrecision.Range)
            : s.Make(m, s.Date, end, DatePrecision.Range);
    }

    public static ResolvedDate? MonthOfRelativeYear(Match m, Sentence s) =>
        MonthDay(m, s, s.Date.Year + Offset(m.Groups["rel"].Value));

    public static ResolvedDate? RelativeMonth(Match m, Sentence s)
    {
        var month = CalendarMath.MonthNumber(m.Groups["month"].Value);
        var year = m.Groups["rel"].Value.ToLowerInvariant() switch
        {
            "last" => month < s.Date.Month ? s.Date.Year : s.Date.Year - 1,
            "next" => month > s.Date.Month ? s.Date.Year : s.Date.Year + 1,
            _ => s.Date.Year,
        };
        return s.Make(m, new DateOnly(year, month, 1), DatePrecision.Month);
    }

    public static ResolvedDate? Day(Match m, Sentence s) => m.Groups["w"].Value.ToLowerInvariant() switch
    {
        "yesterday" => s.Make(m, s.Date.AddDays(-1), DatePrecision.Day),
        "tomorrow" => s.Make(m, s.Date.AddDays(1), DatePrecision.Day),
        _ => s.Make(m, s.Date, DatePrecision.Day),
    };

    public static ResolvedDate? Ago(Match m, Sentence s)
    {
        var unit = m.Groups["unit"].Value.ToLowerInvariant();
        var precision = unit switch { "day" => DatePrecision.Day, "week" => DatePrecision.Week, _ => DatePrecision.Month };
        return s.Make(m, Add(s.Date, unit, -Text.NumberTokens.CountOf(m.Groups["n"].Value)), precision);
    }

    public static ResolvedDate? Span(Match m, Sentence s)
    {
        var unit = m.Groups["unit"].Value.ToLowerInvariant();
        var plural = m.Value.EndsWith('s');
        var n = m.Groups["n"].Success ? Text.NumberTokens.CountOf(m.Groups["n"].Value)
            : !plural ? 1 : unit switch { "day" => 7, "week" => 4, "month" => 3, _ => 2 };
        var ahead = m.Groups["dir"].Value.ToLowerInvariant() is "coming" or "next";
        return ahead
            ? s.Make(m, s.Date, Add(s.Date, unit, n), DatePrecision.Range)
            : s.Make(m, Add(s.Date, unit, -n), s.Date, DatePrecision.Range);
    }

    public static ResolvedDate? Weekday(Match m, Sentence s)
    {
        var day = Enum.Parse<DayOfWeek>(m.Groups["wd"].Value);
        var date = m.Groups["rel"].Value.ToLowerInvariant() switch
        {
            "last" => CalendarMath.Nearest(s.Date.AddDays(-1), day, future: false),
            "next" => CalendarMath.Nearest(s.Date.AddDays(1), day, future: true),
            "this" => CalendarMath.WeekStart(s.Date).AddDays(((int)day + 6) % 7),
            _ => CalendarMath.Nearest(s.Date, day, s.LooksAhead(m)),
        };
        return s.Make(m, date, DatePrecision.Day);
    }

    public static ResolvedDate? BareMonth(Match m, Sentence s)
    {
        if (!m.Groups["prep"].Success && !m.Groups["day"].Success)
        {
            return null; // "May" alone may be a verb; a month needs "in", "on", … or a day
        }

        var month = CalendarMath.MonthNumber(m.Groups["month"].Value);
        var day = m.Groups["day"].Success ? int.Parse(m.Groups["day"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        return MonthDay(m, s, CalendarMath.YearOf(s.Date, month, day, s.LooksAhead(m)));
    }

    public static ResolvedDate? Season(Match m, Sentence s)
    {
        var first = CalendarMath.SeasonStartMonth(m.Groups["season"].Value);
        var current = CalendarMath.SeasonOf(s.Date).From;
        var starts = Enumerable.Range(s.Date.Year - 2, 5).Select(y => new DateOnly(y, first, 1)).ToList();
        DateOnly? start = m.Groups["rel2"].Success ? new DateOnly(s.Date.Year + Offset(m.Groups["rel2"].Value), first, 1)
            : m.Groups["rel"].Value.ToLowerInvariant() switch
            {
                "last" => starts.LastOrDefault(d => d < current),
                "next" => starts.FirstOrDefault(d => d > current),
                _ when s.LooksAhead(m) => starts.FirstOrDefault(d => d >= current),
                _ => starts.LastOrDefault(d => d <= current),
            };
        return start is { } from && from != default ? s.Make(m, from, from.AddMonths(3).AddDays(-1), DatePrecision.Season) : null;
    }

    /// <summary>"A year-ending call", "by the end of the year": the December just past, or the coming one when the verb looks ahead.</summary>
    public static ResolvedDate? YearEnd(Match m, Sentence s)
    {
        var year = s.LooksAhead(m) || s.Date.Month == 12 ? s.Date.Year : s.Date.Year - 1;
        return s.Make(m, new DateOnly(year, 12, 1), DatePrecision.Month);
    }

    /// <summary>An exact anniversary ("the two-year mark on February 24", "will last one year"): as exact as its anchor.</summary>
    public static ResolvedDate? Since(Match m, Sentence s)
    {
        var unit = m.Groups["unit"].Success ? m.Groups["unit"].Value.ToLowerInvariant() : "year";
        var n = Text.NumberTokens.CountOf(m.Groups["n"].Value);
        if (s.Anchor(m) is { } anchor)
        {
            return s.Make(m, Add(anchor.From, unit, -n), anchor.Precision, since: true);
        }

        return s.Make(m, Add(s.Date, unit, -n), PrecisionOf(unit), since: true);
    }

    /// <summary>A rough age ("two years since", "a 10-month war"): only as exact as its unit, whatever the anchor.</summary>
    public static ResolvedDate? SinceRoughly(Match m, Sentence s)
    {
        var unit = m.Groups["unit"].Value.ToLowerInvariant();
        return s.Make(m, Add(s.Anchor(m)?.From ?? s.Date, unit, -Text.NumberTokens.CountOf(m.Groups["n"].Value)), PrecisionOf(unit), since: true);
    }

    public static ResolvedDate? AfterBefore(Match m, Sentence s)
    {
        var unit = m.Groups["unit"].Value.ToLowerInvariant();
        var n = Text.NumberTokens.CountOf(m.Groups["n"].Value);
        var from = s.Anchor(m)?.From ?? s.Date;
        var after = m.Groups["dir"].Value.Equals("after", StringComparison.OrdinalIgnoreCase);
        return s.Make(m, Add(from, unit, after ? -n : n), PrecisionOf(unit));
    }

    private static ResolvedDate? MonthDay(Match m, Sentence s, int year)
    {
        var month = CalendarMath.MonthNumber(m.Groups["month"].Value);
        if (month == 0)
        {
            return null;
        }

        if (!m.Groups["day"].Success)
        {
            return s.Make(m, new DateOnly(year, month, 1), DatePrecision.Month);
        }

        var day = int.Parse(m.Groups["day"].Value, System.Globalization.CultureInfo.InvariantCulture);
        return day >= 1 && day <= DateTime.DaysInMonth(year, month) ? s.Make(m, new DateOnly(year, month, day), DatePrecision.Day) : null;
    }

    private static DatePrecision PrecisionOf(string unit) => unit switch
    {
        "day" => DatePrecision.Day,
        "week" => DatePrecision.Week,
        "month" => DatePrecision.Month,
        _ => DatePrecision.Year,
    };

    private static int Offset(string relation) => relation.ToLowerInvariant() switch { "last" => -1, "next" => 1, _ => 0 };

    private static DateOnly Add(DateOnly date, string unit, int n) => unit switch
    {
        "day" => date.AddDays(n),
        "week" => date.AddDays(7 * n),
        "month" => date.AddMonths(n),
        _ => date.AddYears(n),
    };

}
