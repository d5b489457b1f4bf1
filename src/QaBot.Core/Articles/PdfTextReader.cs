using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;
using UglyToad.PdfPig.Exceptions;

namespace QaBot.Core.Articles;

/// <summary>
/// Reads the text of a PDF with PdfPig: words are grouped into blocks (Docstrum) in reading order, each block one
/// paragraph with its lines joined (a word hyphenated across lines is mended). Title and date come from the document
/// information (Title, CreationDate) when present. A PDF with no text layer (a scan) is refused, not read as empty.
/// </summary>
public sealed class PdfTextReader
{
    /// <summary>Text and declared metadata of the PDF in <paramref name="bytes"/>.</summary>
    /// <exception cref="UnreadableDocumentException">The bytes are not a readable PDF.</exception>
    public RawDocument Read(byte[] bytes)
    {
        try
        {
            using var document = PdfDocument.Open(bytes);
            var paragraphs = new List<string>();
            foreach (var page in document.GetPages())
            {
                paragraphs.AddRange(Paragraphs(page));
            }

            if (paragraphs.Count == 0)
            {
                throw new UnreadableDocumentException("the PDF has no text layer (a scanned document?); run OCR on it first");
            }

            var info = document.Information;
            DateOnly? date = info.GetCreatedDateTimeOffset() is { } created ? DateOnly.FromDateTime(created.Date) : null;
            return new RawDocument(string.Join("\n\n", paragraphs), NonEmpty(info.Title), date);
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new UnreadableDocumentException("the PDF is encrypted; save an unprotected copy");
        }
        catch (Exception ex) when (ex is PdfDocumentFormatException or InvalidOperationException or ArgumentException or IndexOutOfRangeException or InvalidCastException)
        {
            throw new UnreadableDocumentException($"not a readable PDF ({ex.Message})");
        }
    }

    private static IEnumerable<string> Paragraphs(Page page)
    {
        var words = page.GetWords(NearestNeighbourWordExtractor.Instance).ToList();
        if (words.Count == 0)
        {
            yield break;
        }

        var blocks = DocstrumBoundingBoxes.Instance.GetBlocks(words);
        foreach (var block in UnsupervisedReadingOrderDetector.Instance.Get(blocks))
        {
            var text = JoinLines(block.TextLines.Select(l => l.Text));
            if (text.Length > 0)
            {
                yield return text;
            }
        }
    }

    private static string JoinLines(IEnumerable<string> lines)
    {
        var text = "";
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            text = text.Length == 0 ? line
                : text.EndsWith('-') && char.IsLower(line[0]) ? text[..^1] + line
                : text + " " + line;
        }

        return text;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
