using System.Text.RegularExpressions;

namespace QaBot.Core.Answering.Queries;

/// <summary>
/// Recognises questions that ask for the newest information ("latest", "most recent", "последние", "aktuell", …),
/// so newer articles can be preferred when sources are ordered and trimmed.
/// </summary>
public static partial class RecencyIntent
{
    /// <summary>True when the question asks for the latest / most recent state of things.</summary>
    public static bool AsksForLatest(string question) => Pattern().IsMatch(question);

    [GeneratedRegex(
        @"\b(latest|most\s+recent|newest|recent(ly)?|current(ly)?|nowadays|as\s+of\s+now|up\s+to\s+date|these\s+days|so\s+far)\b"
        + @"|последн|недавн|свеж|нынешн|актуальн|сейчас|останн|нещодавн"
        + @"|\b(neueste|aktuell|jüngst|zuletzt)|\b(dernièr|récent|actuel)|\b(últim|recient|actual(es|mente)\b)|最新|最近",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
