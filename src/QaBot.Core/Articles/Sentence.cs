using System.Text.RegularExpressions;

namespace QaBot.Core.Articles;

/// <summary>One sentence being resolved: its bounds, the article's date and the expressions already resolved in it.</summary>
internal sealed record Sentence(string Text, int Start, int End, DateOnly Date, List<ResolvedDate> Found)
{
    /// <summary>True when the verb nearest to <paramref name="m"/> looks ahead ("will", "is expected to").</summary>
    public bool LooksAhead(Match m) => Tense.LooksAhead(Text, Start, End, m.Index, m.Index + m.Length);

    /// <summary>The day, week or month resolved nearest to <paramref name="m"/> in this sentence, to measure from.</summary>
    public ResolvedDate? Anchor(Match m) => Found
        .Where(r => !r.Since && r.Precision is DatePrecision.Day or DatePrecision.Week or DatePrecision.Month)
        .MinBy(r => Math.Abs(r.Start - m.Index));

    public ResolvedDate Make(Match m, DateOnly from, DateOnly to, DatePrecision precision, bool since = false) =>
        new(m.Index, m.Index + m.Length, m.Value, from, to, precision, since);

    public ResolvedDate Make(Match m, DateOnly day, DatePrecision precision, bool since = false) => precision switch
    {
        DatePrecision.Week => Make(m, CalendarMath.WeekStart(day), CalendarMath.WeekStart(day).AddDays(6), precision, since),
        DatePrecision.Month => Make(m, CalendarMath.MonthStart(day), CalendarMath.MonthEnd(day), precision, since),
        DatePrecision.Year => Make(m, CalendarMath.YearStart(day.Year), CalendarMath.YearEnd(day.Year), precision, since),
        _ => Make(m, day, day, precision, since),
    };
}
