using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace QaBot.Tests.Support;

/// <summary>Real small PDF and DOCX files, written with PdfPig and the Open XML SDK the way an office program would.</summary>
internal static class TestDocuments
{
    /// <summary>A one-page PDF with <paramref name="lines"/> (one text line each) and Title/CreationDate in its document information.</summary>
    public static byte[] Pdf(IReadOnlyList<string> lines, string? title = null, DateTimeOffset? created = null)
    {
        var builder = new PdfDocumentBuilder();
        if (title is not null)
        {
            builder.DocumentInformation.Title = title;
        }

        if (created is { } date)
        {
            builder.DocumentInformation.CreationDate = $"D:{date.UtcDateTime:yyyyMMddHHmmss}Z";
        }

        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        var y = 780.0;
        foreach (var line in lines)
        {
            if (line.Length > 0)
            {
                page.AddText(line, 11, new PdfPoint(50, y), font);
            }

            y -= line.Length == 0 ? 10 : 16;
        }

        return builder.Build();
    }

    /// <summary>A .docx with one paragraph per entry of <paramref name="paragraphs"/> and Title/Created core properties.</summary>
    public static byte[] Docx(IReadOnlyList<string> paragraphs, string? title = null, DateTime? created = null)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(paragraphs.Select(p => new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(p) { Space = SpaceProcessingModeValues.Preserve })))));
            document.PackageProperties.Title = title;
            document.PackageProperties.Created = created;
        }

        return stream.ToArray();
    }
}
