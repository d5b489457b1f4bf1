using System.Globalization;

namespace QaBot.Core.Articles;

/// <summary>Calendar arithmetic for <see cref="RelativeDates"/>: weeks, seasons, month names, the next or last occurrence of a day.</summary>
internal static class CalendarMath
{
    private static readonly string[] Months = DateTimeFormatInfo.InvariantInfo.MonthNames;

    /// <summary>The Monday of the week holding <paramref name="date"/>.</summary>
    public static DateOnly WeekStart(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    public static DateOnly MonthStart(DateOnly date) => new(date.Year, date.Month, 1);

    public static DateOnly MonthEnd(DateOnly date) => MonthStart(date).AddMonths(1).AddDays(-1);

    public static DateOnly YearStart(int year) => new(year, 1, 1);

    public static DateOnly YearEnd(int year) => new(year, 12, 31);

    /// <summary>The month number of a name or short form ("September", "Sept.", "sep"), or 0.</summary>
    public static int MonthNumber(string name)
    {
        var key = name.TrimEnd('.').ToLowerInvariant();
        if (key.Length < 3)
        {
            return 0;
        }

        for (var m = 0; m < 12; m++)
        {
            if (Months[m].StartsWith(key, StringComparison.OrdinalIgnoreCase))
            {
                return m + 1;
            }
        }

        return 0;
    }

    /// <summary>"september", "sep", "sept" for 9: how people write the month when they search.</summary>
    public static IEnumerable<string> MonthWords(int month)
    {
        var name = Months[month - 1].ToLowerInvariant();
        yield return name;
        yield return name[..3];
        if (month == 9)
        {
            yield return "sept";
        }
    }

    /// <summary>Meteorological season of a month: spring (Mar–May), summer, autumn, winter (Dec–Feb).</summary>
    public static string SeasonName(int month) => month switch
    {
        3 or 4 or 5 => "spring",
        6 or 7 or 8 => "summer",
        9 or 10 or 11 => "autumn",
        _ => "winter",
    };

    /// <summary>The season (first day, last day) that holds <paramref name="date"/>; winter starts in December.</summary>
    public static (DateOnly From, DateOnly To) SeasonOf(DateOnly date)
    {
        var start = new DateOnly(date.Year, date.Month, 1).AddMonths(-((date.Month + 12 - 3) % 3));
        return (start, start.AddMonths(3).AddDays(-1));
    }

    /// <summary>The first month of a named season ("fall" is autumn).</summary>
    public static int SeasonStartMonth(string season) => season.ToLowerInvariant() switch
    {
        "spring" => 3,
        "summer" => 6,
        "autumn" or "fall" => 9,
        _ => 12,
    };

    /// <summary>Which third of a period a qualifier means: 0 for "early", "the start/beginning of"; 1 for "mid"; 2 for "late", "the end of".</summary>
    public static int Third(string qualifier) =>
        qualifier.StartsWith("early", StringComparison.OrdinalIgnoreCase) || qualifier.Contains("start", StringComparison.OrdinalIgnoreCase)
        || qualifier.Contains("beginning", StringComparison.OrdinalIgnoreCase) ? 0
        : qualifier.StartsWith("mid", StringComparison.OrdinalIgnoreCase) ? 1 : 2;

    /// <summary>The nearest <paramref name="day"/> on or before (or, for the future, on or after) <paramref name="date"/>.</summary>
    public static DateOnly Nearest(DateOnly date, DayOfWeek day, bool future)
    {
        var delta = ((int)day - (int)date.DayOfWeek + 7) % 7;
        return future ? date.AddDays(delta) : date.AddDays(delta == 0 ? 0 : delta - 7);
    }

    /// <summary>The nearest year in which month/day falls on or before (future: on or after) <paramref name="date"/>.</summary>
    public static int YearOf(DateOnly date, int month, int day, bool future)
    {
        var sameYear = (month, day).CompareTo((date.Month, day == 0 ? 0 : date.Day));
        return future ? (sameYear >= 0 ? date.Year : date.Year + 1) : (sameYear <= 0 ? date.Year : date.Year - 1);
    }
}
