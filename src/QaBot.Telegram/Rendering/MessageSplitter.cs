using System.Text;

namespace QaBot.Telegram.Rendering;

/// <summary>
/// Splits Telegram HTML into messages of at most <c>max</c> characters, preferring paragraph, then line, then
/// sentence, then word boundaries. Never cuts inside a tag or an entity (&amp;amp;) or a surrogate pair; tags open at
/// a cut are closed at the end of one part and reopened at the start of the next.
/// </summary>
public static class MessageSplitter
{
    /// <summary>Telegram's limit for one message.</summary>
    public const int TelegramLimit = 4096;

    private enum Boundary { None, Word, Sentence, Line, Paragraph }

    /// <summary>The parts, in order; a short text comes back as one part.</summary>
    public static IReadOnlyList<string> Split(string html, int max = TelegramLimit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 64);
        if (html.Length <= max)
        {
            return [html];
        }

        var atoms = Tokenize(html);
        var parts = new List<string>();
        var open = new List<string>(); // open tags (full text) at the start of the current part
        var start = 0;
        while (start < atoms.Count)
        {
            var (end, openAtEnd) = FindCut(atoms, start, open, max);
            var body = string.Concat(atoms.Skip(start).Take(end - start).Select(a => a.Text));
            var part = string.Concat(open) + body + Closing(openAtEnd);
            parts.Add(part.TrimEnd());
            start = end;
            while (start < atoms.Count && atoms[start].IsText && char.IsWhiteSpace(atoms[start].Text[0]))
            {
                start++;
            }

            open = openAtEnd;
        }

        return parts.Where(p => Html.ToPlainText(p).Trim().Length > 0).ToList();
    }

    private static (int End, List<string> Open) FindCut(List<Atom> atoms, int start, List<string> openAtStart, int max)
    {
        var stack = new List<string>(openAtStart);
        var length = openAtStart.Sum(t => t.Length);
        var best = new Dictionary<Boundary, (int End, List<string> Open)>();
        for (var i = start; i < atoms.Count; i++)
        {
            var atom = atoms[i];
            var nextStack = Apply(stack, atom);
            if (length + atom.Text.Length + Closing(nextStack).Length > max)
            {
                return Choose(best, i, stack, start);
            }

            length += atom.Text.Length;
            stack = nextStack;
            var boundary = BoundaryAfter(atoms, i);
            if (boundary != Boundary.None)
            {
                best[boundary] = (i + 1, new List<string>(stack));
            }
        }

        return (atoms.Count, stack);
    }

    private static (int End, List<string> Open) Choose(
        Dictionary<Boundary, (int End, List<string> Open)> best, int hardEnd, List<string> hardStack, int start)
    {
        // A paragraph break in the first quarter would waste most of the message: prefer a later, finer boundary.
        foreach (var kind in new[] { Boundary.Paragraph, Boundary.Line, Boundary.Sentence, Boundary.Word })
        {
            if (best.TryGetValue(kind, out var cut) && (cut.End - start) * 4 >= hardEnd - start)
            {
                return cut;
            }
        }

        if (best.Count > 0)
        {
            return best.Values.MaxBy(c => c.End);
        }

        return (Math.Max(hardEnd, start + 1), hardStack);
    }

    private static Boundary BoundaryAfter(List<Atom> atoms, int i)
    {
        var atom = atoms[i];
        if (!atom.IsText)
        {
            return Boundary.None;
        }

        var next = i + 1 < atoms.Count && atoms[i + 1].IsText ? atoms[i + 1].Text : "";
        return atom.Text switch
        {
            "\n" when next == "\n" => Boundary.Line,
            "\n" when i > 0 && atoms[i - 1].Text == "\n" => Boundary.Paragraph,
            "\n" => Boundary.Line,
            " " when i > 0 && atoms[i - 1].Text is "." or "!" or "?" or "…" or "]" && SentenceEndBefore(atoms, i) => Boundary.Sentence,
            " " => Boundary.Word,
            _ => Boundary.None,
        };
    }

    private static bool SentenceEndBefore(List<Atom> atoms, int i)
    {
        // "… [2] Next" or "… end. Next": a sentence ends before the space.
        for (var j = i - 1; j >= 0 && j >= i - 6; j--)
        {
            if (atoms[j].Text is "." or "!" or "?" or "…")
            {
                return true;
            }

            if (!(atoms[j].Text.Length == 1 && (char.IsDigit(atoms[j].Text[0]) || atoms[j].Text is "[" or "]")))
            {
                return false;
            }
        }

        return false;
    }

    private static List<string> Apply(List<string> stack, Atom atom)
    {
        if (atom.IsText || atom.Text.EndsWith("/>", StringComparison.Ordinal))
        {
            return stack;
        }

        var copy = new List<string>(stack);
        if (atom.Text.StartsWith("</", StringComparison.Ordinal))
        {
            var name = TagName(atom.Text);
            var at = copy.FindLastIndex(t => TagName(t) == name);
            if (at >= 0)
            {
                copy.RemoveAt(at);
            }
        }
        else
        {
            copy.Add(atom.Text);
        }

        return copy;
    }

    private static string Closing(List<string> stack)
    {
        var sb = new StringBuilder();
        for (var i = stack.Count - 1; i >= 0; i--)
        {
            sb.Append("</").Append(TagName(stack[i])).Append('>');
        }

        return sb.ToString();
    }

    private static string TagName(string tag)
    {
        var s = tag.TrimStart('<', '/');
        var end = s.IndexOfAny([' ', '>', '/']);
        return (end < 0 ? s : s[..end]).ToLowerInvariant();
    }

    private static List<Atom> Tokenize(string html)
    {
        var atoms = new List<Atom>(html.Length);
        for (var i = 0; i < html.Length;)
        {
            var c = html[i];
            int len;
            bool isText;
            if (c == '<' && html.IndexOf('>', i) is var close and > 0)
            {
                (len, isText) = (close - i + 1, false);
            }
            else if (c == '&' && html.IndexOf(';', i) is var semi and > 0 && semi - i <= 10)
            {
                (len, isText) = (semi - i + 1, true);
            }
            else
            {
                (len, isText) = (char.IsHighSurrogate(c) && i + 1 < html.Length ? 2 : 1, true);
            }

            atoms.Add(new Atom(html.Substring(i, len), isText));
            i += len;
        }

        return atoms;
    }

    private readonly record struct Atom(string Text, bool IsText);
}
