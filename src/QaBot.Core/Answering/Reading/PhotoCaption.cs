using System.Globalization;
using System.Text.RegularExpressions;
using QaBot.Core.Articles;
using QaBot.Core.Chunking;
using QaBot.Core.Retrieval;
using QaBot.Core.Text;

namespace QaBot.Core.Answering.Reading;

/// <summary>
/// A photo caption shows where and when its people were: "Chinese President Xi Jinping (L) and Russian President
/// Vladimir Putin (R) March 21, 2023 in Moscow, Russia" is the one place the articles say that Xi did go to Moscow.
/// Captions are never quoted as sentences (<see cref="Readability"/>), but a caption answers a question whether or when
/// someone went to, visited or met in a place ("so did xi ever make it to moscow") when it names everyone and every
/// place the question names and a date of the time asked about; it is then quoted as a caption, after the answer's
/// sentences (<see cref="Quote"/>).
/// </summary>
public static partial class PhotoCaption
{
    /// <summary>
    /// The caption of a retrieved passage that shows what <paramref name="question"/> asks — a comparison, or a fact
    /// asking whether, when or where, of someone going, visiting or meeting (not who said they would) —: one that names
    /// the question's names and places, someone it names written as a name ("Xi"; two people who met when no place is
    /// asked), and a date of the time asked about; null when there is none.
    /// </summary>
    public static CandidateSentence? Showing(ReaderQuestion question, RetrievalResult retrieval)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(retrieval);
        if (question.Shape is not (AnswerShape.Fact or AnswerShape.Comparison) || !Whereabouts().IsMatch(question.Text)
            || (question.Shape == AnswerShape.Fact && !AsksWhetherWhenOrWhere().IsMatch(question.Text))
            || AsksWho().IsMatch(question.Text))
        {
            return null;
        }

        var words = question.Terms.Select(t => t.Word).ToList();
        var places = words.Where(w => PlaceNames.IsPlace(w) || Stemmer.PlaceOfDemonym(w) is not null).ToList();
        var others = words.Where(w => !places.Contains(w) && !WordTokens.IsNumber(w) && CalendarMath.MonthNumber(w) == 0).ToList();
        // The names of the sentence that asks, when a message tells something first ("putin said spring, lavrov said
        // before the war anniversary.. so when did xi actually end up in moscow?": Lavrov is in no caption).
        var asking = WordTokens.Of(AnswerShapes.QuestionPart(question.Text)).ToHashSet();
        var names = others.Where(w => EnglishWords.IsName(w) && asking.Contains(w)).ToList();
        if (places.Count == 0 && !Meeting().IsMatch(question.Text))
        {
            return null;
        }

        for (var rank = 0; rank < retrieval.Chunks.Count; rank++)
        {
            var chunk = retrieval.Chunks[rank].Chunk;
            foreach (var span in SentenceSplitter.Split(chunk.Text))
            {
                var text = span.Of(chunk.Text).Trim();
                if (Readability.IsCaption(text) && PassageWords.Of(text) is var named && names.All(named.Has) && places.All(named.Has)
                    && People(others, text) >= (places.Count == 0 ? 2 : 1) && DateMentions.Find(text) is { Count: > 0 } dates && OfAskedTime(question, dates))
                {
                    return new CandidateSentence(text, chunk, rank, chunk.Start + span.Start, null, null) { IsCaption = true };
                }
            }
        }

        return null;
    }

    /// <summary>How many of <paramref name="words"/> <paramref name="caption"/> writes as a name, with a capital ("xi" as "Xi").</summary>
    private static int People(List<string> words, string caption)
    {
        var written = CapitalisedWords.In([caption]);
        return words.Count(written.Contains);
    }

    /// <summary>How an answer quotes a caption: "A photo is captioned “…”."</summary>
    public static string Quote(string caption)
    {
        ArgumentNullException.ThrowIfNull(caption);
        return $"A photo is captioned “{caption.Trim().TrimEnd('.')}”.";
    }

    /// <summary>The caption <paramref name="sentence"/> quotes (<see cref="Quote"/>), or the sentence itself when it quotes none.</summary>
    public static string Unquote(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return Quoted().Match(sentence) is { Success: true } quoted ? quoted.Groups["caption"].Value : sentence;
    }

    [GeneratedRegex(@"^A photo is captioned “(?<caption>.+)”\.?$")]
    private static partial Regex Quoted();

    /// <summary>
    /// True when one of a caption's <paramref name="dates"/> is of the time <paramref name="question"/> names, if it names
    /// one — or later, when it asks whether what was said then came about ("putin said back in dec 2022 he expected xi to
    /// come to moscow in spring.. did that actually happen?").
    /// </summary>
    private static bool OfAskedTime(ReaderQuestion question, IReadOnlyList<ResolvedDate> dates)
    {
        var later = CameAbout().IsMatch(question.Text);
        bool Of(ResolvedDate asked, ResolvedDate d) => asked.Overlaps(d) || (later && d.From >= asked.From);
        bool OfYear(string year, ResolvedDate d) => d.From.Year.ToString(CultureInfo.InvariantCulture) == year
            || (later && d.From.Year >= int.Parse(year, CultureInfo.InvariantCulture));
        return (question.Dates.Count == 0 || dates.Any(d => question.Dates.Any(q => Of(q, d))))
            && (question.Years.Count == 0 || dates.Any(d => question.Years.Any(y => OfYear(y, d))));
    }

    /// <summary>Asking whether something said or planned came about: "did that actually happen", "did he end up going", "in the end".</summary>
    [GeneratedRegex(@"\b(?:actually|end(?:s|ed)?\s+up|in\s+the\s+end|ever|happen\w*|go(?:ne)?\s+ahead|went\s+ahead)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CameAbout();

    /// <summary>Going, visiting, meeting or being somewhere: "did xi end up visiting moscow", "xi's trips to russia", "did they meet in person".</summary>
    [GeneratedRegex(@"\b(?:visit\w*|go|goes|went|going|gone|trips?|travel\w*|make\s+it|made\s+it|come|came|coming|show(?:s|ed)?\s+up|end(?:s|ed)?\s+up|meet|meets|met|meeting|in\s+person|been\s+to|been\s+in)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Whereabouts();

    /// <summary>
    /// Asking whether, when or where it happened, or each time it did ("did xi end up visiting moscow", "when did xi go to
    /// moscow", "list the times they met"), not who said it would or what it would mean ("which russian minister hinted xi
    /// would be coming to moscow", "how big a deal did moscow say xi's visit would be").
    /// </summary>
    [GeneratedRegex(@"^\W*(?:(?:so|ok|okay|and|but|hey|yo)\s+)*(?:did|has|have|was|were|is|does)\b|\b(?:when|where|list|times|trips|ever|actually|end(?:s|ed)?\s+up|in\s+the\s+end|happen\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksWhetherWhenOrWhere();

    /// <summary>A question for who did or said it: "who said…", "which minister…".</summary>
    [GeneratedRegex(@"^\W*(?:(?:so|ok|okay|and|but|hey|yo|quick\s+q)\s+)*(?:who|whom|whose|which)\b|\bwho\s+(?:said|was|is|in|on|hinted|announced|confirmed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksWho();

    /// <summary>Meeting in person: "did putin and xi meet in person", "when did they meet face to face".</summary>
    [GeneratedRegex(@"\b(?:meet|meets|met|meeting|in\s+person|face\s+to\s+face)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Meeting();
}
