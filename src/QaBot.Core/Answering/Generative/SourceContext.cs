using System.Text;
using Microsoft.Extensions.Options;
using QaBot.Core.Answering.Queries;
using QaBot.Core.Retrieval;

namespace QaBot.Core.Answering.Generative;

/// <summary>The numbered sources as the model sees them: source n is <c>Sources[n-1]</c>.</summary>
public sealed record PromptSources(IReadOnlyList<RetrievedChunk> Sources, string Rendered, int Tokens);

/// <summary>
/// Numbers the retrieved passages and renders each through <c>answer.source.txt</c> (title, publication date, text),
/// best first — newest first when the question asks for the latest — until <see cref="LlmOptions.MaxContextTokens"/> is spent.
/// </summary>
public sealed class SourceContext(PromptLibrary prompts, TokenCounter tokens, IOptions<LlmOptions> options)
{
    /// <summary>Builds the sources block for <paramref name="question"/>.</summary>
    public async Task<PromptSources> BuildAsync(string question, IReadOnlyList<RetrievedChunk> retrieved, CancellationToken cancellationToken = default)
    {
        var budget = options.Value.MaxContextTokens;
        IEnumerable<RetrievedChunk> ordered = retrieved.DistinctBy(r => r.Chunk.Id);
        if (RecencyIntent.AsksForLatest(question))
        {
            // Stable: equal dates keep retrieval order; undated passages go last.
            ordered = ordered.OrderByDescending(r => r.Chunk.Date ?? DateOnly.MinValue);
        }

        var used = new List<RetrievedChunk>();
        var text = new StringBuilder();
        var spent = 0;
        foreach (var source in ordered)
        {
            var block = await RenderAsync(used.Count + 1, source, source.Chunk.Text, cancellationToken);
            var cost = tokens.Count(block) + 2;
            if (spent + cost > budget)
            {
                if (used.Count > 0)
                {
                    continue; // a smaller, lower-ranked passage may still fit
                }

                // The best passage alone is over budget: send its beginning rather than nothing.
                var room = budget - (cost - tokens.Count(source.Chunk.Text));
                block = await RenderAsync(1, source, tokens.Truncate(source.Chunk.Text, room), cancellationToken);
                cost = tokens.Count(block) + 2;
            }

            used.Add(source);
            text.Append(block).Append("\n\n");
            spent += cost;
        }

        return new PromptSources(used, text.ToString().TrimEnd(), spent);
    }

    private Task<string> RenderAsync(int n, RetrievedChunk source, string text, CancellationToken cancellationToken)
    {
        var chunk = source.Chunk;
        return prompts.RenderAsync("answer.source", new Dictionary<string, string>
        {
            ["n"] = n.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["title"] = chunk.Title.Replace('"', '\''),
            ["date"] = chunk.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "date unknown",
            ["article_id"] = chunk.ArticleId,
            // A passage must not be able to close its own <source> fence and speak as the prompt.
            ["text"] = text.Replace("</source", "</ source", StringComparison.OrdinalIgnoreCase),
        }, cancellationToken);
    }
}
