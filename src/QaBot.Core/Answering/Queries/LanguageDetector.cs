using System.Text;

namespace QaBot.Core.Answering.Queries;

/// <summary>
/// Detects a question's language from its script (Cyrillic, Han, kana, Hangul, Arabic, …) and, for Latin script,
/// from stop words and letters typical of each language. Questions too short to tell ("and in 2021?" is English,
/// "2021?" is not anything) borrow the language of the previous user turn.
/// </summary>
public static class LanguageDetector
{
    private static readonly Dictionary<string, (string Name, HashSet<string> StopWords, string Letters)> Latin = new()
    {
        ["en"] = ("English", Words("the and of in to is was what who when where why how did does do which with about for are were has have from that"), ""),
        ["de"] = ("German", Words("der die das und ist war was wer wann wo warum wie mit von zu im den dem ein eine nicht auf für über hat"), "äöüß"),
        ["fr"] = ("French", Words("le la les et est était que qui quand où pourquoi comment des du un une dans pour avec sur quel quelle quels ce"), "çàèéêëîïôùû"),
        ["es"] = ("Spanish", Words("el la los las y es fue que qué quién cuándo dónde por cómo del un una en con para sobre cuál entre"), "ñ¿¡áíóú"),
        ["it"] = ("Italian", Words("il lo la gli le e è era che chi quando dove perché come del della un una in con per sul tra"), "àèìòù"),
        ["pt"] = ("Portuguese", Words("o a os as e é foi que quem quando onde por como do da um uma em com para sobre entre qual"), "ãõçáâêó"),
        ["nl"] = ("Dutch", Words("de het een en is was wat wie wanneer waar waarom hoe van met voor op over tussen"), ""),
    };

    /// <summary>The language of <paramref name="question"/>, falling back to the last user turn, then English.</summary>
    public static Language Detect(Question question)
    {
        if (TryDetect(question.Text) is { } language)
        {
            return language;
        }

        foreach (var turn in question.Turns.Reverse().Where(t => t.Role == "user"))
        {
            if (TryDetect(turn.Content) is { } previous)
            {
                return previous;
            }
        }

        return Language.English;
    }

    /// <summary>The language of <paramref name="text"/>, or null when the text gives no evidence (digits only, a lone name).</summary>
    public static Language? TryDetect(string text)
    {
        var scripts = new Dictionary<string, int>();
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsLetter(rune) && ScriptOf(rune) is { } script)
            {
                scripts[script] = scripts.GetValueOrDefault(script) + 1;
            }
        }

        if (scripts.Count == 0)
        {
            return null;
        }

        var dominant = scripts.MaxBy(s => s.Value).Key;
        return dominant switch
        {
            "Cyrillic" => text.IndexOfAny(['і', 'ї', 'є', 'ґ', 'І', 'Ї', 'Є', 'Ґ']) >= 0 && text.IndexOfAny(['ы', 'э', 'ъ', 'ё']) < 0
                ? new Language("uk", "Ukrainian")
                : new Language("ru", "Russian"),
            "Han" => scripts.ContainsKey("Kana") ? new Language("ja", "Japanese") : new Language("zh", "Chinese"),
            "Kana" => new Language("ja", "Japanese"),
            "Hangul" => new Language("ko", "Korean"),
            "Arabic" => new Language("ar", "Arabic"),
            "Greek" => new Language("el", "Greek"),
            "Hebrew" => new Language("he", "Hebrew"),
            "Devanagari" => new Language("hi", "Hindi"),
            _ => DetectLatin(text),
        };
    }

    private static Language? DetectLatin(string text)
    {
        var lower = text.ToLowerInvariant();
        var words = lower.Split((char[])[' ', '\t', '\n', ',', '.', '?', '!', ';', ':', '"', '(', ')', '¿', '¡', '\''], StringSplitOptions.RemoveEmptyEntries);
        var best = (Code: "", Score: 0.0);
        foreach (var (code, (_, stopWords, letters)) in Latin)
        {
            // One-letter stop words ("a", "e", "o", "y") count only beside other evidence: {"a":1} is not Portuguese.
            var evidence = words.Count(w => w.Length > 1 && stopWords.Contains(w)) + (0.5 * lower.Count(c => letters.Contains(c, StringComparison.Ordinal)));
            var score = evidence > 0 ? evidence + words.Count(w => w.Length == 1 && stopWords.Contains(w)) : 0;
            if (score > best.Score || (score == best.Score && code == "en" && score > 0))
            {
                best = (code, score);
            }
        }

        return best.Score > 0 ? new Language(best.Code, Latin[best.Code].Name) : null;
    }

    private static string? ScriptOf(Rune rune)
    {
        var v = rune.Value;
        return v switch
        {
            < 0x0250 => "Latin",
            >= 0x0370 and < 0x0400 => "Greek",
            >= 0x0400 and < 0x0530 => "Cyrillic",
            >= 0x0590 and < 0x0600 => "Hebrew",
            >= 0x0600 and < 0x0700 => "Arabic",
            >= 0x0900 and < 0x0980 => "Devanagari",
            >= 0x1E00 and < 0x1F00 => "Latin",
            >= 0x3040 and < 0x3100 => "Kana",
            >= 0x3400 and < 0xA000 => "Han",
            >= 0xAC00 and < 0xD7B0 => "Hangul",
            _ => null,
        };
    }

    private static HashSet<string> Words(string list) => list.Split(' ').ToHashSet(StringComparer.Ordinal);
}
