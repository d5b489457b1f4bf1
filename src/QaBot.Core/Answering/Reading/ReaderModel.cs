using System.Text.Json;
using System.Text.Json.Serialization;

namespace QaBot.Core.Answering.Reading;

/// <summary>
/// The reader's fitted numbers: the sentence model (how likely a sentence answers the question), the answerability
/// model (whether the best sentence answers it at all) with the probability below which the answer is declined, and how
/// close to the best a further sentence must score to be quoted too — from the same article, or from another one (which
/// adds a source, so it must come closer). <see cref="WithoutVectors"/> is the same fitted without the sentence encoder's
/// similarities, for stores searched by full text alone (Embeddings:Provider None, or no vectors yet); <see cref="TokenWeight"/>
/// how much a fact question's best sentences' piece-by-piece match (<see cref="TokenMatch"/>) counts next to the
/// sentence model's logit in choosing the one that leads (0: not at all); <see cref="Large"/>
/// the same fitted among distractors (<c>qabot eval --fit-reader --distractors sotu</c>), for stores of
/// <see cref="LargeStoreChunks"/> chunks or more. Fitted by <c>qabot eval --fit-reader</c> on the
/// project's eval set; the shipped copy is the embedded <c>reader-model.json</c>.
/// </summary>
public sealed record ReaderModel(
    LogisticModel Sentence,
    LogisticModel Answerable,
    double AnswerThreshold,
    double SecondaryShare,
    double OtherArticleShare,
    string FittedOn,
    ReaderModel? WithoutVectors = null,
    ReaderModel? Large = null,
    double TokenWeight = 0)
{
    /// <summary>
    /// From this many stored chunks on, <see cref="Large"/> reads the passages: the geometric middle of the two store sizes
    /// the shipped models were fitted at (the 5 sample articles, 40 chunks, and the same among the State of the Union
    /// speeches, 27,932 chunks). In a large store the best of many sentences is closer to any question and retrieval's
    /// order is less telling, so the same features must weigh differently.
    /// </summary>
    public const long LargeStoreChunks = 1000;

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private static readonly Lazy<ReaderModel> Shipped = new(LoadShipped);

    /// <summary>The model shipped with QaBot.</summary>
    public static ReaderModel Default => Shipped.Value;

    /// <summary>Reads a model from JSON; throws <see cref="QaBotException"/> naming the problem.</summary>
    public static ReaderModel Parse(string json, string source)
    {
        ReaderModel? model;
        try
        {
            model = JsonSerializer.Deserialize<ReaderModel>(json, Json);
        }
        catch (JsonException ex)
        {
            throw new QaBotException($"{source} is not a reader model: {ex.Message}", ex);
        }

        if (model?.Sentence is null || model.Answerable is null)
        {
            throw new QaBotException($"{source} is not a reader model: 'sentence' and 'answerable' are required");
        }

        foreach (var m in new[] { model, model.WithoutVectors, model.Large, model.Large?.WithoutVectors }.OfType<ReaderModel>())
        {
            if (m.TokenWeight < 0 || double.IsNaN(m.TokenWeight))
            {
                throw new QaBotException($"{source} is not a reader model: 'tokenWeight' must be 0 or more, not {m.TokenWeight}");
            }

            m.Sentence.EnsureFeatures(SentenceFeatures.Names, "sentence");
            m.Answerable.EnsureFeatures(AnswerabilityFeatures.Names, "answerability");
        }

        return model;
    }

    /// <summary>The model as indented JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    private static ReaderModel LoadShipped()
    {
        using var stream = typeof(ReaderModel).Assembly.GetManifestResourceStream("QaBot.Core.Answering.Reading.reader-model.json")
            ?? throw new InvalidOperationException("reader-model.json is not embedded in QaBot.Core");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "the shipped reader-model.json");
    }
}
