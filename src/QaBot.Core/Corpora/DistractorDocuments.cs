using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace QaBot.Core.Corpora;

/// <summary>
/// Cuts the speeches into article-sized documents (whole sentences, about 4,000 characters each, with a headline),
/// and, to grow past the real corpus, writes "remixed" documents: runs of consecutive sentences drawn at random (seeded)
/// from all speeches, so the text keeps the real vocabulary and word frequencies while no chunk repeats another.
/// </summary>
internal sealed partial class DistractorDocuments
{
    private const int TargetChars = 4_000;
    private readonly IReadOnlyList<(string Name, string Text)> _speeches;
    private readonly string[] _sentences;
    private readonly Random _random = new(20_240_101);
    private int _remixed;

    public DistractorDocuments(IReadOnlyList<(string Name, string Text)> speeches)
    {
        _speeches = speeches;
        _sentences = [.. speeches.SelectMany(s => Sentences(s.Text))];
    }

    /// <summary>Writes every speech, cut into documents, into <paramref name="folder"/>; returns the file paths.</summary>
    public IReadOnlyList<string> WriteSpeeches(string folder)
    {
        Directory.CreateDirectory(folder);
        var files = new List<string>();
        foreach (var (name, text) in _speeches)
        {
            var parts = Pack(Sentences(text)).ToList();
            for (var i = 0; i < parts.Count; i++)
            {
                var (year, speaker) = Describe(name);
                var path = Path.Combine(folder, $"sotu-{name}-{i + 1:00}.txt");
                File.WriteAllText(path, $"State of the Union {year}, {speaker} (part {i + 1} of {parts.Count})\n\n{parts[i]}\n");
                files.Add(path);
            }
        }

        return files;
    }

    /// <summary>Writes <paramref name="count"/> more remixed documents into <paramref name="folder"/>; returns their paths.</summary>
    public IReadOnlyList<string> WriteRemixed(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        var files = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var number = ++_remixed;
            var text = new StringBuilder();
            while (text.Length < TargetChars)
            {
                var start = _random.Next(_sentences.Length);
                var run = _random.Next(3, 7);
                for (var s = start; s < Math.Min(_sentences.Length, start + run); s++)
                {
                    text.Append(_sentences[s]).Append(' ');
                }
            }

            var path = Path.Combine(folder, $"remix-{number:000000}.txt");
            // One title for all: a title is embedded like a sentence, and a numbered one would cost a network run per document.
            File.WriteAllText(path, $"Passages from State of the Union addresses\n\n{text.ToString().Trim()}\n");
            files.Add(path);
        }

        return files;
    }

    private static IEnumerable<string> Pack(IEnumerable<string> sentences)
    {
        var part = new StringBuilder();
        foreach (var sentence in sentences)
        {
            if (part.Length > 0 && part.Length + sentence.Length > TargetChars * 5 / 4)
            {
                yield return part.ToString().Trim();
                part.Clear();
            }

            part.Append(sentence).Append(' ');
            if (part.Length >= TargetChars)
            {
                yield return part.ToString().Trim();
                part.Clear();
            }
        }

        if (part.Length > 0)
        {
            yield return part.ToString().Trim();
        }
    }

    private static IEnumerable<string> Sentences(string text) =>
        SentenceEnd().Split(text.Replace('\n', ' ')).Select(s => s.Trim()).Where(s => s.Length > 0);

    private static (string Year, string Speaker) Describe(string name)
    {
        var parts = name.Split('_');
        var speaker = string.Join(' ', parts.Skip(1).SkipLast(1).Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));
        return (parts[0], speaker.Length > 0 ? speaker : name.ToString(CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z""“])")]
    private static partial Regex SentenceEnd();
}
