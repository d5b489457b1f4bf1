using System.Globalization;
using System.Text.RegularExpressions;

namespace QaBot.Core.Articles;

/// <summary>
/// Absolute dates as people write them, in questions as in articles, any case: "sept 2022", "September 2022",
/// "dec 7 2021", "7 dec 2021", "February 24, 2024", "2022-09", "autumn 2021", "late 2021", "the end of 2022", "end of year
/// 2022", "year-end 2022", "in 2019".
/// With <see cref="RelativeDates"/> this lets a question's "September 2022" meet an early-2023 article's "September of
/// last year": both give periods, and <see cref="ResolvedDate.Overlaps"/> compares them.
/// </summary>
public static partial class DateMentions
{
    private const string MonthName = @"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
    private const string Month = @"(?<month>" + MonthName + @")\.?";
    private const string Year = @"(?<year>(?:19|20)\d\d)\b";

    /// <summary>The absolute dates in <paramref name="text"/>, in text order; the most specific reading of each place wins.</summary>
    public static IReadOnlyList<ResolvedDate> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<ResolvedDate>();
        foreach (var (pattern, precision) in Patterns)
        {
            for (var m = pattern.Match(text); m.Success; m = m.NextMatch())
            {
                if (!found.Any(f => m.Index < f.End && f.Start < m.Index + m.Length) && Resolve(m, precision) is { } resolved)
                {
                    found.Add(resolved);
                }
            }
        }

        return [.. found.OrderBy(f => f.Start)];
    }

    /// <summary>
    /// The absolute dates in <paramref name="text"/> (<see cref="Find"/>) and its days written without a year ("the dec 30
    /// call", "on 8 february"), each given the one year of the <paramref name="known"/> days on that month and day — the
    /// articles' dates and the days they mention —; a day that falls on none of them, or in several years, is left out.
    /// </summary>
    public static IReadOnlyList<ResolvedDate> Find(string text, IEnumerable<DateOnly> known)
    {
        ArgumentNullException.ThrowIfNull(known);
        var found = Find(text).ToList();
        var yearless = ((Regex[])[MonthDay(), DayMonth()]).SelectMany(p => p.Matches(text))
            .Where(m => !found.Any(f => m.Index < f.End && f.Start < m.Index + m.Length)).ToList();
        if (yearless.Count == 0)
        {
            return found; // the known days are not even read
        }

        var days = known.Distinct().ToList();
        foreach (var m in yearless)
        {
            var month = CalendarMath.MonthNumber(m.Groups["month"].Value);
            var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
            var years = days.Where(d => d.Month == month && d.Day == day).Select(d => d.Year).Distinct().ToList();
            if (years.Count == 1 && !found.Any(f => m.Index < f.End && f.Start < m.Index + m.Length))
            {
                var date = new DateOnly(years[0], month, day);
                found.Add(new ResolvedDate(m.Index, m.Index + m.Length, m.Value, date, date, DatePrecision.Day));
            }
        }

        return [.. found.OrderBy(f => f.Start)];
    }

    /// <summary>
    /// <paramref name="text"/> with a month followed by two figures that are a short year, not a day, written out ("the
    /// dec 22 video call" → "the December 2022 video call", "sept 21" → "September 2021"): when none of the
    /// <paramref name="known"/> days (the articles' dates and the days they mention) is that day of that month, and one
    /// of them falls in that month of that year. "feb 24", a day the articles name, and "dec 30 2022" stay as typed.
    /// </summary>
    public static string WithShortYears(string text, IEnumerable<DateOnly> known)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(known);
        var days = known.ToHashSet();
        return MonthShortYear().Replace(text, m =>
        {
            var month = CalendarMath.MonthNumber(m.Groups["month"].Value);
            var figures = int.Parse(m.Groups["yy"].Value, CultureInfo.InvariantCulture);
            var year = 2000 + figures;
            return days.Any(d => d.Month == month && d.Day == figures) || !days.Any(d => d.Month == month && d.Year == year)
                ? m.Value
                : $"{DateTimeFormatInfo.InvariantInfo.MonthNames[month - 1]} {year}";
        });
    }

    /// <summary>True when <paramref name="text"/> has a month followed by two figures that may be a short year ("dec 22").</summary>
    public static bool HasMonthAndTwoFigures(string text) => MonthShortYear().IsMatch(text);

    private static readonly (Regex Pattern, DatePrecision Precision)[] Patterns =
    [
        (Iso(), DatePrecision.Day),
        (DayMonthYear(), DatePrecision.Day),
        (MonthDayYear(), DatePrecision.Day),
        (MonthSpanYear(), DatePrecision.Range),
        (MonthYear(), DatePrecision.Month),
        (SeasonYear(), DatePrecision.Season),
        (PartOfYear(), DatePrecision.Range),
        (BareYear(), DatePrecision.Year),
    ];

    private static ResolvedDate? Resolve(Match m, DatePrecision precision)
    {
        var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
        var month = m.Groups["month"].Success ? MonthOf(m.Groups["month"].Value) : 1;
        var day = m.Groups["day"].Success ? int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture) : 1;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        if (m.Groups["day"].Success is false && precision == DatePrecision.Day)
        {
            precision = DatePrecision.Month; // "2022-09"
        }

        var (from, to) = precision switch
        {
            DatePrecision.Day => (new DateOnly(year, month, day), new DateOnly(year, month, day)),
            DatePrecision.Month => (new DateOnly(year, month, 1), CalendarMath.MonthEnd(new DateOnly(year, month, 1))),
            DatePrecision.Season => SeasonRange(m.Groups["season"].Value, year),
            DatePrecision.Range => PartOf(m, year),
            _ => (CalendarMath.YearStart(year), CalendarMath.YearEnd(year)),
        };
        return new ResolvedDate(m.Index, m.Index + m.Length, m.Value, from, to, precision);
    }

    /// <summary>
    /// The months a part of a year spans: "late 2021" (a third of the year), "jan through july 2022", "dec to feb 2023"
    /// (from the December before). "The first seven months of 2022" is left a year: a figure reached by September
    /// ("…has already reached $93 billion in the first seven months of 2022") is news of September too.
    /// </summary>
    private static (DateOnly, DateOnly) PartOf(Match m, int year)
    {
        if (m.Groups["q"].Success)
        {
            return EarlyMidLateOrEdge(m.Groups["q"].Value, year);
        }

        var (first, last) = (MonthOf(m.Groups["month"].Value), CalendarMath.MonthNumber(m.Groups["until"].Value));
        // "dec to feb 2023" starts the year before.
        return (new DateOnly(last < first ? year - 1 : year, first, 1), CalendarMath.MonthEnd(new DateOnly(year, last, 1)));
    }

    private static int MonthOf(string value) =>
        int.TryParse(value, out var number) ? number : CalendarMath.MonthNumber(value);

    private static (DateOnly, DateOnly) SeasonRange(string season, int year)
    {
        var from = new DateOnly(year, CalendarMath.SeasonStartMonth(season), 1);
        return (from, from.AddMonths(3).AddDays(-1));
    }

    /// <summary>
    /// "early/mid/late 2022": a third of the year; "the start/end of 2022", "end of year 2022": its first or last two
    /// months ("the end of 2022 video call" is the December one, not the September meeting).
    /// </summary>
    private static (DateOnly, DateOnly) EarlyMidLateOrEdge(string part, int year)
    {
        var edge = EdgeOfYear().IsMatch(part);
        var third = CalendarMath.Third(part);
        var from = new DateOnly(year, edge && third == 2 ? 11 : 1 + (4 * third), 1);
        return (from, from.AddMonths(edge ? 2 : 4).AddDays(-1));
    }

    [GeneratedRegex(@"\b(end|start|beginning)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EdgeOfYear();

    [GeneratedRegex(@"\b" + Year + @"-(?<month>\d\d)(?:-(?<day>\d\d))?\b")]
    private static partial Regex Iso();

    [GeneratedRegex(@"\b(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + Month + @",?\s+" + Year, RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b" + Month + @"\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+" + Year, RegexOptions.IgnoreCase)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b" + Month + @",?\s+(?:of\s+)?" + Year, RegexOptions.IgnoreCase)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"\b" + Month + @"\s+(?<day>\d{1,2})(?:st|nd|rd|th)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + Month + @"\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonth();

    /// <summary>
    /// A month's name and two figures from 10 to 39 with no day before it and no year after it ("dec 22", "sept 21"):
    /// a day or a short year. "may", a word as often as a month, is left out.
    /// </summary>
    [GeneratedRegex(@"(?<!\d\s*)\b(?!may\b)" + Month + @"\s+(?<yy>[1-3]\d)(?![\p{L}\p{N}]|[:/.,]\d|\s*,?\s*(?:19|20)\d\d)", RegexOptions.IgnoreCase)]
    private static partial Regex MonthShortYear();

    /// <summary>
    /// Two months and a year, the span between them: "jan through july 2022", "from march to june 2023", "sept-dec 2021",
    /// "between may and july 2023" ("in jan and july 2022" names two months).
    /// </summary>
    [GeneratedRegex(@"\b" + Month + @"\s*(?:-|–|to|through|thru|till|until|(?<=\bbetween\s+\p{L}+\.?\s*)and)\s*(?<until>" + MonthName + @")\.?,?\s+(?:of\s+)?" + Year, RegexOptions.IgnoreCase)]
    private static partial Regex MonthSpanYear();

    [GeneratedRegex(@"\b(?<season>spring|summer|autumn|fall|winter)\s+(?:of\s+)?" + Year, RegexOptions.IgnoreCase)]
    private static partial Regex SeasonYear();

    [GeneratedRegex(@"\b(?<q>early|mid|late|(?:the\s+)?(?:end|start|beginning)[\s-]+of(?:[\s-]+(?:the\s+)?year)?|year[\s-]?end)[\s-]+(?:of\s+)?" + Year, RegexOptions.IgnoreCase)]
    private static partial Regex PartOfYear();

    [GeneratedRegex(@"\b" + Year)]
    private static partial Regex BareYear();
}
