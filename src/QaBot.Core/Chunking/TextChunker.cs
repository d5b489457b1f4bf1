using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using QaBot.Core.Articles;

namespace QaBot.Core.Chunking;

/// <summary>
/// Cuts an article into sentence-aligned chunks: whole sentences are packed up to
/// <see cref="ChunkingOptions.TargetChars"/>, a chunk prefers to end where a paragraph ends, and when it has to end
/// inside a paragraph the next chunk repeats the last <see cref="ChunkingOptions.OverlapSentences"/> sentences.
/// Only a single sentence longer than <see cref="ChunkingOptions.MaxChars"/> is ever cut (clause, then word boundary).
/// Every chunk satisfies <c>article.Text[chunk.Start..chunk.End] == chunk.Text</c>.
/// </summary>
public sealed class TextChunker
{
    /// <summary>A chunk may end early at a paragraph boundary once it holds this share of the target size.</summary>
    private const double ParagraphBreakMinFill = 0.5;

    private readonly ChunkingOptions _options;

    /// <summary>Creates a chunker; throws <see cref="ValidationException"/> when the options are out of range.</summary>
    public TextChunker(ChunkingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Validator.ValidateObject(options, new ValidationContext(options), validateAllProperties: true);
        _options = options;
    }

    /// <summary>Creates a chunker from bound configuration.</summary>
    public TextChunker(IOptions<ChunkingOptions> options) : this(options.Value)
    {
    }

    /// <summary>The chunks of <paramref name="article"/>, indices 0, 1, 2, … in text order.</summary>
    public IReadOnlyList<Chunk> Chunk(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var units = SentenceUnits.Of(article.Text, _options.MaxChars);
        var chunks = new List<Chunk>();
        int first = 0;
        while (first < units.Count)
        {
            int last = LastUnit(units, first);
            int start = units[first].Start, end = units[last].End;
            chunks.Add(new Chunk(
                Chunking.Chunk.MakeId(article.Id, chunks.Count), article.Id, article.Title, article.Date, article.Url,
                chunks.Count, start, end, article.Text[start..end]));
            if (last == units.Count - 1)
            {
                break;
            }
            first = NextFirst(units, first, last);
        }
        return chunks;
    }

    private int LastUnit(IReadOnlyList<SentenceUnit> units, int first)
    {
        int start = units[first].Start;
        int last = first;
        while (last + 1 < units.Count && units[last + 1].End - start <= _options.TargetChars)
        {
            last++;
        }
        if (last + 1 >= units.Count || units[last + 1].StartsParagraph)
        {
            return last;
        }

        // The chunk would end mid-paragraph: end at the latest paragraph end inside it instead, if that is not too short.
        for (int j = last - 1; j >= first; j--)
        {
            if (units[j + 1].StartsParagraph)
            {
                return units[j].End - start >= _options.TargetChars * ParagraphBreakMinFill ? j : last;
            }
        }
        return last;
    }

    private int NextFirst(IReadOnlyList<SentenceUnit> units, int first, int last)
    {
        int next = last + 1;
        for (int k = 0; k < _options.OverlapSentences; k++)
        {
            int candidate = next - 1;
            bool sameParagraph = !units[next].StartsParagraph;
            bool progresses = candidate > first;
            bool fits = units[last].End - units[candidate].Start <= _options.TargetChars / 2
                && units[last + 1].End - units[candidate].Start <= _options.TargetChars;
            if (!sameParagraph || !progresses || !fits)
            {
                break;
            }
            next = candidate;
        }
        return next;
    }
}
