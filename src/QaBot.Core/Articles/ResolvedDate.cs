using System.Globalization;

namespace QaBot.Core.Articles;

/// <summary>How exact a <see cref="ResolvedDate"/> is.</summary>
public enum DatePrecision
{
    /// <summary>One day: "yesterday", "on Wednesday", "December 30".</summary>
    Day,

    /// <summary>A Monday-to-Sunday week: "this week", "last week".</summary>
    Week,

    /// <summary>A calendar month: "last month", "in September of last year".</summary>
    Month,

    /// <summary>A meteorological season (spring = March to May …): "in the spring".</summary>
    Season,

    /// <summary>A calendar year: "last year", "this year".</summary>
    Year,

    /// <summary>Any other span: "in recent months", "in the coming weeks", "late last year".</summary>
    Range,
}

/// <summary>
/// A relative time expression found in a text and the absolute period it means, from <see cref="RelativeDates"/>.
/// <c>text[Start..End]</c> is the expression as written; <see cref="From"/>..<see cref="To"/> (inclusive) the period.
/// When <see cref="Since"/> is true the period is the start of a span the expression measures ("the two-year mark",
/// "Moscow's 10-month war": since February 2022).
/// </summary>
public sealed record ResolvedDate(int Start, int End, string Text, DateOnly From, DateOnly To, DatePrecision Precision, bool Since = false)
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    /// <summary>The period in words: "February 1, 2023", "the week of September 12, 2022", "September 2022", "spring 2023", "2022", "September–December 2021"; "since …" when <see cref="Since"/>.</summary>
    public string Label => (Since ? "since " : "") + Period;

    /// <summary>What <see cref="RelativeDates.Annotate"/> inserts after the expression: <c>" [September 2022]"</c>.</summary>
    public string Annotation => $" [{Label}]";

    private string Period => Precision switch
    {
        DatePrecision.Day => From.ToString("MMMM d, yyyy", English),
        DatePrecision.Week => "the week of " + From.ToString("MMMM d, yyyy", English),
        DatePrecision.Month => From.ToString("MMMM yyyy", English),
        DatePrecision.Season => $"{CalendarMath.SeasonName(From.Month)} {From.Year}",
        DatePrecision.Year => From.Year.ToString(English),
        _ when From.Year == To.Year && From.Month == To.Month => From.ToString("MMMM yyyy", English),
        _ when From.Year == To.Year => $"{From.ToString("MMMM", English)}–{To.ToString("MMMM yyyy", English)}",
        _ => $"{From.ToString("MMMM yyyy", English)}–{To.ToString("MMMM yyyy", English)}",
    };

    /// <summary>True when <paramref name="day"/> falls in the period.</summary>
    public bool Contains(DateOnly day) => From <= day && day <= To;

    /// <summary>
    /// True when the period is a month, week or day, or a season or part of a year of at most four months ("the end of
    /// 2022 video call", "late 2021"), and <paramref name="day"/> falls in it: a period that can name an article by its
    /// date ("the dec 2022 article"); a year alone says more often which figures are asked for.
    /// </summary>
    public bool NamesArticleDated(DateOnly day) =>
        (Precision <= DatePrecision.Month || (Precision is DatePrecision.Season or DatePrecision.Range && To.DayNumber - From.DayNumber < MaxNamingSpanDays))
        && Contains(day);

    /// <summary>The longest span that names an article by its date: four months ("late 2022" is September–December).</summary>
    private const int MaxNamingSpanDays = 123;

    /// <summary>True when the two periods share at least one day ("September of last year" and a question's "sept 2022").</summary>
    public bool Overlaps(ResolvedDate other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return From <= other.To && other.From <= To;
    }

    /// <summary>
    /// True when <paramref name="other"/> speaks of this period about as exactly as it is named: it overlaps it and spans
    /// at most twice as many days, or a month ("October 12, 2023" or "last month" for "oct 2023", "in recent months" for
    /// "autumn 2021"; not "in 2023", which says nothing of October), or it is the year of a vague part of it ("in 2022"
    /// for "mid 2022").
    /// </summary>
    public bool IsToldBy(ResolvedDate other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var span = To.DayNumber - From.DayNumber + 1;
        return Overlaps(other) && (other.To.DayNumber - other.From.DayNumber + 1 <= Math.Max(2 * span, 31) || VaguePartOf(other));
    }

    /// <summary>
    /// True when this period is a vague part of <paramref name="other"/>'s year ("mid 2022", "late 2021", "spring 2023"):
    /// nobody asking so expects the day, and "$93 billion in the first seven months of 2022" answers "by mid 2022".
    /// </summary>
    private bool VaguePartOf(ResolvedDate other) =>
        Precision is DatePrecision.Range or DatePrecision.Season && other.Precision == DatePrecision.Year && From.Year == To.Year && other.From.Year == From.Year;

    /// <summary>
    /// Words that let a keyword search find the expression by its absolute date: the years, and for spans of a year or
    /// less each month's name and short forms ("september", "sept", "sep"), its season, and a day's number.
    /// </summary>
    public IReadOnlyList<string> SearchTerms()
    {
        var terms = new List<string>();
        for (var year = From.Year; year <= To.Year; year++)
        {
            terms.Add(year.ToString(English));
        }

        if (Precision != DatePrecision.Year && To.DayNumber - From.DayNumber <= 366)
        {
            for (var month = new DateOnly(From.Year, From.Month, 1); month <= To; month = month.AddMonths(1))
            {
                terms.AddRange(CalendarMath.MonthWords(month.Month));
                terms.Add(CalendarMath.SeasonName(month.Month));
            }
        }

        if (Precision == DatePrecision.Day)
        {
            terms.Add(From.Day.ToString(English));
        }

        return terms.Distinct(StringComparer.Ordinal).ToList();
    }
}
