using System.Globalization;

namespace QaBot.Core.Articles;

/// <summary>
/// Parses publication dates as they appear in headers, front matter and HTML meta: ISO dates and timestamps
/// ("2021-12-15", "2021-12-15T08:30:00+03:00" keeps the writer's local date) and English long forms
/// ("December 15, 2021", "Dec. 15, 2021", "15 December 2021"). Anything else is not a date: none is guessed.
/// </summary>
public static class DateText
{
    private static readonly string[] LongForms =
    [
        "MMMM d, yyyy", "MMMM d yyyy", "MMM d, yyyy", "MMM. d, yyyy", "MMM d yyyy", "d MMMM yyyy", "d MMM yyyy",
        "dddd, MMMM d, yyyy", "dddd, d MMMM yyyy", "yyyy/MM/dd", "yyyy.MM.dd",
    ];

    /// <summary>Parses <paramref name="value"/> into a date between 1900 and 2100.</summary>
    public static bool TryParse(string? value, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }
        string s = value.Trim();
        var invariant = CultureInfo.InvariantCulture;
        if (DateOnly.TryParseExact(s, "yyyy-MM-dd", invariant, DateTimeStyles.None, out date)
            || DateOnly.TryParseExact(s, LongForms, invariant, DateTimeStyles.AllowWhiteSpaces, out date))
        {
            return IsPlausible(date);
        }
        if (s.Length > 10 && s[4] == '-' && s[7] == '-' && s[10] is 'T' or ' '
            && DateTimeOffset.TryParse(s, invariant, DateTimeStyles.AssumeUniversal, out var timestamp))
        {
            date = DateOnly.FromDateTime(timestamp.DateTime);
            return IsPlausible(date);
        }
        return false;
    }

    private static bool IsPlausible(DateOnly date) => date.Year is >= 1900 and <= 2100;
}
