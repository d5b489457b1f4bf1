namespace QaBot.Core.Embeddings;

/// <summary>
/// Work a <see cref="SentenceEncoder"/> has done: texts encoded, their tokens, and the tokens (and token pairs, which
/// attention costs) actually computed once each batch is padded to its longest text.
/// </summary>
public readonly record struct EncoderWork(long Texts, long Tokens, long PaddedTokens, long PaddedTokenPairs)
{
    /// <summary>The work done between two readings.</summary>
    public static EncoderWork operator -(EncoderWork after, EncoderWork before) => new(
        after.Texts - before.Texts, after.Tokens - before.Tokens, after.PaddedTokens - before.PaddedTokens, after.PaddedTokenPairs - before.PaddedTokenPairs);

    /// <summary>Floating-point operations the network computed for this work (see <see cref="EncoderNetwork.Flops"/>).</summary>
    public double Flops => EncoderNetwork.Flops(PaddedTokens, PaddedTokenPairs);


    /// <summary>Share of the computed token positions that were padding.</summary>
    public double PaddingShare => PaddedTokens == 0 ? 0 : 1 - (Tokens / (double)PaddedTokens);
}
