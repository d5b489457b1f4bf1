using QaBot.Core.Retrieval;

namespace QaBot.Core.Answering.Reading;

/// <summary>
/// What a country's side said, for a question that asks it ("what have russia & china said about nato over time", "what
/// did moscow say about the us"): the sentences that report that side's words on the asked topic — a verb of saying or a
/// quote, in a sentence naming the side (Russia, Chinese, Beijing, the Kremlin) or one of its people by title ("Kremlin
/// spokesman Dmitry Peskov said…") — and not another side's people's ("…, said NATO Secretary-General Jens Stoltenberg",
/// "Stoltenberg stated that China and Russia…", "He stated that…" after it), whose words about the two countries the
/// reader would otherwise rank first.
/// </summary>
public static class SideSaid
{
    /// <summary>
    /// The sentences of <paramref name="reading"/> that give the side's words <paramref name="asked"/> (the question's
    /// <see cref="AskedSubject"/>, or null) asks for, best first; null when it asks for no country's words or no sentence
    /// gives them.
    /// </summary>
    public static IReadOnlyList<ScoredSentence>? Of(SentenceReading reading, AskedSubject? asked)
    {
        ArgumentNullException.ThrowIfNull(reading);
        if (asked is not { Spoken: true, Speaker.Count: > 0 })
        {
            return null;
        }

        var speaker = string.Join(' ', asked.Speaker).Replace("united states", "unitedstates", StringComparison.OrdinalIgnoreCase).Split(' ');
        var sides = speaker.Select(PeopleOfSide.SideOf).ToList();
        if (sides.Any(s => s is null))
        {
            return null; // "what did lavrov say", "what do russia and its allies say": not only countries speak
        }

        var asking = sides.OfType<string>().ToHashSet(StringComparer.Ordinal);
        var titled = reading.Ranked.ToDictionary(s => s, s => PeopleOfSide.Titled(s.Candidate.Text).ToList());
        var others = titled.Values.SelectMany(people => people)
            .Where(p => p.Sides.Count > 0 && !p.Sides.Overlaps(asking))
            .Select(p => p.Name.Split(' ')[^1])
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        bool NamesOther(string? text) => text is not null && Text.WordTokens.Of(text).Any(others.Contains);
        bool OfSide(ScoredSentence s) => PeopleOfSide.SidesNamed(s.Candidate.Text).Overlaps(asking) || titled[s].Any(p => p.Sides.Overlaps(asking));
        var said = reading.Ranked
            .Where(s => AskedSubject.ReportsWords(s.Candidate.Text) && OfSide(s)
                && !NamesOther(s.Candidate.Text) && !(s.Candidate.LeansOnPrevious && NamesOther(s.Candidate.Previous))
                && (asked.Topic.Count == 0 || PassageWords.Of(s.Candidate.Text) is var words && asked.Topic.Any(words.Has)))
            .ToList();
        return said.Count > 0 ? said : null;
    }
}
