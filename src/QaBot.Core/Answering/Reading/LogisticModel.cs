namespace QaBot.Core.Answering.Reading;

/// <summary>A fitted logistic model: P(yes | x) = σ(bias + Σ weightᵢ·xᵢ) over named features.</summary>
public sealed record LogisticModel(IReadOnlyList<string> Features, IReadOnlyList<double> Weights, double Bias)
{
    /// <summary>The probability for <paramref name="x"/> (features in <see cref="Features"/> order).</summary>
    public double Probability(ReadOnlySpan<double> x)
    {
        if (x.Length != Weights.Count)
        {
            throw new ArgumentException($"expected {Weights.Count} features, got {x.Length}", nameof(x));
        }

        var z = Bias;
        for (var i = 0; i < x.Length; i++)
        {
            z += Weights[i] * x[i];
        }

        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>Throws when the model was fitted on other features than <paramref name="expected"/>.</summary>
    public void EnsureFeatures(IReadOnlyList<string> expected, string what)
    {
        ArgumentNullException.ThrowIfNull(expected);
        if (!Features.SequenceEqual(expected, StringComparer.Ordinal) || Weights.Count != Features.Count)
        {
            throw new QaBotException(
                $"The {what} model was fitted on features [{string.Join(", ", Features)}] but the code computes [{string.Join(", ", expected)}]: refit it with `qabot eval --fit-reader`.");
        }
    }
}
