using System.IO.Packaging;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace QaBot.Core.Articles;

/// <summary>
/// Reads the text of a Word document (.docx) with the Open XML SDK: every paragraph of the body (tables included) is
/// one paragraph; tabs and line breaks inside it become spaces and line breaks. Title and date come from the core
/// document properties (Title, Created) when present.
/// </summary>
public sealed class DocxTextReader
{
    /// <summary>Text and declared metadata of the .docx in <paramref name="bytes"/>.</summary>
    /// <exception cref="UnreadableDocumentException">The bytes are not a readable Word document.</exception>
    public RawDocument Read(byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, isEditable: false);
            var body = document.MainDocumentPart?.Document?.Body
                ?? throw new UnreadableDocumentException("the Word document has no body");
            var paragraphs = body.Descendants<Paragraph>().Select(ParagraphText).Where(t => t.Length > 0).ToList();
            var properties = document.PackageProperties;
            DateOnly? date = properties.Created is { } created ? DateOnly.FromDateTime(created) : null;
            var title = string.IsNullOrWhiteSpace(properties.Title) ? null : properties.Title.Trim();
            return new RawDocument(string.Join("\n\n", paragraphs), title, date);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or FileFormatException or InvalidDataException or System.Xml.XmlException)
        {
            throw new UnreadableDocumentException($"not a readable Word (.docx) document ({ex.Message})");
        }
    }

    private static string ParagraphText(Paragraph paragraph)
    {
        var sb = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case DocumentFormat.OpenXml.Wordprocessing.Text text:
                    sb.Append(text.Text);
                    break;
                case TabChar:
                    sb.Append(' ');
                    break;
                case Break or CarriageReturn:
                    sb.Append('\n');
                    break;
            }
        }

        return sb.ToString().Trim();
    }
}
