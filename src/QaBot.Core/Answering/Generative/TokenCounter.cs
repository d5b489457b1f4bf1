using Microsoft.ML.Tokenizers;

namespace QaBot.Core.Answering.Generative;

/// <summary>
/// Counts prompt tokens with the o200k_base BPE (GPT-4o family; exact there, within ~15% for Llama/Qwen tokenizers).
/// A chars/4 estimate would be off by 2-3x for Cyrillic or Chinese text, which is how budgets get blown.
/// </summary>
public sealed class TokenCounter
{
    private static readonly Lazy<Tokenizer> Tokenizer = new(() => TiktokenTokenizer.CreateForModel("gpt-4o"));

    /// <summary>Tokens in <paramref name="text"/>.</summary>
    public int Count(string text) => Tokenizer.Value.CountTokens(text);

    /// <summary>The longest prefix of <paramref name="text"/> within <paramref name="maxTokens"/>, cut at a sentence end when one is near.</summary>
    public string Truncate(string text, int maxTokens)
    {
        if (maxTokens <= 0)
        {
            return "";
        }

        var index = Tokenizer.Value.GetIndexByTokenCount(text, maxTokens, out _, out _);
        if (index >= text.Length)
        {
            return text;
        }

        var cut = text[..index];
        var sentenceEnd = cut.LastIndexOfAny(['.', '!', '?']);
        return sentenceEnd > cut.Length / 2 ? cut[..(sentenceEnd + 1)] : cut;
    }
}
