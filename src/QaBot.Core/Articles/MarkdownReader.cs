using System.Text;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace QaBot.Core.Articles;

/// <summary>
/// Reads a Markdown article: optional front matter (<c>title</c>, <c>date</c>, <c>url</c>/<c>source</c>) between
/// <c>---</c> lines, then every heading, paragraph, list item, quote and code block as one plain-text paragraph.
/// Markup is dropped; link text stays, images go. The first level-1 heading is the title when front matter has none.
/// </summary>
public sealed class MarkdownReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

    /// <summary>Plain text and declared metadata of <paramref name="markdown"/>.</summary>
    public RawDocument Read(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        var frontMatter = document.Descendants<YamlFrontMatterBlock>().FirstOrDefault() is { } yaml
            ? FrontMatter.Parse(yaml.Lines.ToString())
            : new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        var paragraphs = new List<string>();
        string? firstHeading = null;
        foreach (var block in document.Descendants<LeafBlock>())
        {
            string text = block switch
            {
                YamlFrontMatterBlock or HtmlBlock or ThematicBreakBlock or LinkReferenceDefinition => "",
                CodeBlock code => code.Lines.ToString(),
                _ when block.Inline is not null => InlineText(block.Inline),
                _ => "",
            };
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }
            if (block is HeadingBlock { Level: 1 } && paragraphs.Count == 0)
            {
                firstHeading = text.Trim();
            }
            paragraphs.Add(text.Trim());
        }

        string? title = frontMatter.GetValueOrDefault("title") ?? firstHeading;
        DateOnly? date = FrontMatter.Date(frontMatter);
        Uri? url = FrontMatter.Url(frontMatter);
        return new RawDocument(string.Join("\n\n", paragraphs), title, date, url);
    }

    private static string InlineText(ContainerInline container)
    {
        var sb = new StringBuilder();
        Append(container, sb);
        return sb.ToString();
    }

    private static void Append(Inline inline, StringBuilder sb)
    {
        switch (inline)
        {
            case LinkInline { IsImage: true }:
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(child, sb);
                }
                break;
            case LiteralInline literal:
                sb.Append(literal.Content.ToString());
                break;
            case CodeInline code:
                sb.Append(code.Content);
                break;
            case HtmlEntityInline entity:
                sb.Append(entity.Transcoded.ToString());
                break;
            case AutolinkInline autolink:
                sb.Append(autolink.Url);
                break;
            case LineBreakInline:
                sb.Append(' ');
                break;
        }
    }
}
