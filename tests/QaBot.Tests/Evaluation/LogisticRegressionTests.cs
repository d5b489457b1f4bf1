using QaBot.Core.Evaluation;

namespace QaBot.Tests.Evaluation;

public sealed class LogisticRegressionTests
{
    private static readonly string[] Features = ["signal", "quirk"];

    // "signal" predicts the label; "quirk" happens to be 1 on most positive rows of this sample.
    private static readonly double[][] Rows =
    [
        [0.9, 1], [0.8, 1], [0.7, 1], [0.8, 0], [0.6, 1],
        [0.2, 0], [0.1, 0], [0.3, 0], [0.2, 1], [0.4, 0],
    ];

    private static readonly bool[] Labels = [true, true, true, true, true, false, false, false, false, false];

    [Fact]
    public void TheFitSeparatesTheClassesAndLearnsWhichWayTheSignalPoints()
    {
        var model = LogisticRegression.Fit(Features, Rows, Labels);
        Assert.True(model.Weights[0] > 0);
        Assert.True(model.Weights[1] > 0);
        Assert.True(model.Probability([0.9, 0]) > 0.5);
        Assert.True(model.Probability([0.1, 0]) < 0.5);
    }

    [Fact]
    public void AFeatureWhoseWeightComesOutAgainstItsDeclaredSignIsLeftOut()
    {
        var signs = new Dictionary<string, int> { ["signal"] = 1, ["quirk"] = -1 };

        var model = LogisticRegression.Fit(Features, Rows, Labels, signs: signs);

        Assert.Equal(0, model.Weights[1]);
        Assert.True(model.Weights[0] > 0);
        Assert.Equal(model.Probability([0.7, 0]), model.Probability([0.7, 1]), 12);
    }
}
