using QaBot.Core.Answering.Reading;

namespace QaBot.Core.Evaluation;

/// <summary>
/// Fits a <see cref="LogisticModel"/> by Newton's method (iteratively reweighted least squares) with an L2 penalty, on
/// standardised features; the returned weights apply to the raw features. A handful of features and a few thousand rows
/// converge in a few iterations; the penalty keeps weights finite when the data separate.
/// </summary>
public static class LogisticRegression
{
    /// <summary>
    /// Fits P(label | x) over <paramref name="rows"/>; <paramref name="l2"/> is the penalty on standardised weights.
    /// <paramref name="signs"/> (feature → +1 or −1) says which way a feature may point: one whose fitted weight comes out
    /// the other way is left out (weight 0) and the rest refitted, so a quirk of the fitting data cannot make, say, an
    /// absent year count for an answer.
    /// </summary>
    public static LogisticModel Fit(
        IReadOnlyList<string> features, IReadOnlyList<double[]> rows, IReadOnlyList<bool> labels, double l2 = 1.0, IReadOnlyDictionary<string, int>? signs = null)
    {
        var dropped = new HashSet<int>();
        while (true)
        {
            var model = FitWithout(features, rows, labels, l2, dropped);
            var wrong = Enumerable.Range(0, features.Count)
                .Where(j => !dropped.Contains(j) && signs is not null && signs.TryGetValue(features[j], out var sign) && model.Weights[j] * sign < 0)
                .ToList();
            if (wrong.Count == 0)
            {
                return model;
            }

            dropped.Add(wrong.MaxBy(j => Math.Abs(model.Weights[j])));
        }
    }

    private static LogisticModel FitWithout(IReadOnlyList<string> features, IReadOnlyList<double[]> rows, IReadOnlyList<bool> labels, double l2, HashSet<int> dropped)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(labels);
        if (rows.Count == 0 || rows.Count != labels.Count)
        {
            throw new ArgumentException("need as many labels as rows, and at least one row", nameof(labels));
        }

        var d = features.Count;
        var (mean, scale) = Standardisation(rows, d);
        var x = rows.Select(r => Enumerable.Range(0, d).Select(j => dropped.Contains(j) ? 0 : (r[j] - mean[j]) / scale[j]).Prepend(1.0).ToArray()).ToList();
        var w = new double[d + 1];
        for (var iteration = 0; iteration < 50; iteration++)
        {
            var gradient = new double[d + 1];
            var hessian = new double[d + 1, d + 1];
            for (var i = 0; i < x.Count; i++)
            {
                var p = Sigmoid(Dot(w, x[i]));
                var error = p - (labels[i] ? 1 : 0);
                var curvature = Math.Max(p * (1 - p), 1e-9);
                for (var a = 0; a <= d; a++)
                {
                    gradient[a] += error * x[i][a];
                    for (var b = 0; b <= d; b++)
                    {
                        hessian[a, b] += curvature * x[i][a] * x[i][b];
                    }
                }
            }

            for (var a = 1; a <= d; a++)
            {
                gradient[a] += l2 * w[a];
                hessian[a, a] += l2;
            }

            hessian[0, 0] += 1e-9;
            var step = Solve(hessian, gradient);
            for (var a = 0; a <= d; a++)
            {
                w[a] -= step[a];
            }

            if (step.Max(Math.Abs) < 1e-8)
            {
                break;
            }
        }

        // Back to raw features: w·(x−μ)/σ + b = Σ (w/σ)·x + (b − Σ w·μ/σ).
        var weights = Enumerable.Range(0, d).Select(j => w[j + 1] / scale[j]).ToArray();
        var bias = w[0] - Enumerable.Range(0, d).Sum(j => w[j + 1] * mean[j] / scale[j]);
        return new LogisticModel([.. features], weights, bias);
    }

    private static (double[] Mean, double[] Scale) Standardisation(IReadOnlyList<double[]> rows, int d)
    {
        var mean = new double[d];
        var scale = new double[d];
        for (var j = 0; j < d; j++)
        {
            mean[j] = rows.Average(r => r[j]);
            var variance = rows.Average(r => (r[j] - mean[j]) * (r[j] - mean[j]));
            scale[j] = variance > 1e-12 ? Math.Sqrt(variance) : 1;
        }

        return (mean, scale);
    }

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

    private static double Dot(double[] a, double[] b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    /// <summary>Solves A·x = b by Gaussian elimination with partial pivoting (A is small, symmetric positive definite).</summary>
    private static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        var m = (double[,])a.Clone();
        var v = (double[])b.Clone();
        for (var col = 0; col < n; col++)
        {
            var pivot = Enumerable.Range(col, n - col).MaxBy(r => Math.Abs(m[r, col]));
            for (var k = 0; k < n; k++)
            {
                (m[col, k], m[pivot, k]) = (m[pivot, k], m[col, k]);
            }

            (v[col], v[pivot]) = (v[pivot], v[col]);
            for (var r = col + 1; r < n; r++)
            {
                var f = m[r, col] / m[col, col];
                for (var k = col; k < n; k++)
                {
                    m[r, k] -= f * m[col, k];
                }

                v[r] -= f * v[col];
            }
        }

        var x = new double[n];
        for (var r = n - 1; r >= 0; r--)
        {
            var sum = v[r];
            for (var k = r + 1; k < n; k++)
            {
                sum -= m[r, k] * x[k];
            }

            x[r] = sum / m[r, r];
        }

        return x;
    }
}
