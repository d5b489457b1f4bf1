using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using QaBot.Core.Answering.Generative;
using QaBot.Core.Answering.Verification;
using QaBot.Core.Chunking;
using QaBot.Core.Retrieval;
using Xunit.Abstractions;
using QaBot.Core.Text;

namespace QaBot.Tests.Answering.Verification;

/// <summary>
/// Measures the support test on the sample articles: every article sentence against its own passage (must be
/// supported), against passages of other articles on the same topic (must not be), and with a number altered (must
/// not be). Prints the rates; fails if they fall below the levels measured when the test was written.
/// </summary>
public sealed partial class SupportTestMeasurements(ITestOutputHelper output)
{
    private const double MinSupport = 0.5;
    private static readonly CitationChecker Checker = new(Options.Create(new LlmOptions { MinSupport = MinSupport }));

    private static RetrievedChunk Retrieved((string Article, string Text) passage) =>
        new(new Chunk(Chunk.MakeId(passage.Article, 0), passage.Article, passage.Article, null, null, 0, 0, passage.Text.Length, passage.Text), 1);

    [Fact]
    public void SupportTestSeparatesRightFromWrongSourcesOnTheSampleArticles()
    {
        var passages = Passages();
        Assert.True(passages.Count >= 10, $"only {passages.Count} passages");
        int own = 0, ownOk = 0, foreign = 0, foreignWrong = 0, repaired = 0, altered = 0, alteredCaught = 0;
        foreach (var (article, text) in passages)
        {
            var terms = new PassageTerms(text);
            foreach (var (start, end) in SentenceSplitter.SplitLines(text))
            {
                var sentence = text[start..end];
                if (WordTokens.ContentStems(sentence).Count < 4)
                {
                    continue; // headlines and fragments
                }

                own++;
                ownOk += SupportTest.Of(sentence, terms).IsSupported(MinSupport) ? 1 : 0;
                foreach (var other in passages.Where(p => p.Article != article))
                {
                    foreign++;
                    foreignWrong += SupportTest.Of(sentence, new PassageTerms(other.Text)).IsSupported(MinSupport) ? 1 : 0;
                    // The realistic case: the model cites the wrong article while the right passage is among the sources.
                    var result = Checker.Check($"{sentence} [1]", [Retrieved(other), Retrieved((article, text))]);
                    repaired += result.Citations.Count == 1 && result.Citations[0].ArticleId == article ? 1 : 0;
                }

                if (BigNumber().Match(sentence) is { Success: true } number)
                {
                    altered++;
                    var changed = sentence[..number.Index] + (long.Parse(number.Value, System.Globalization.CultureInfo.InvariantCulture) + 7) + sentence[(number.Index + number.Length)..];
                    alteredCaught += SupportTest.Of(changed, terms).IsSupported(MinSupport) ? 0 : 1;
                }
            }
        }

        var recall = (double)ownOk / own;
        var falseSupport = (double)foreignWrong / foreign;
        var repairRate = (double)repaired / foreign;
        var numberCatch = altered == 0 ? 1 : (double)alteredCaught / altered;
        output.WriteLine($"passages {passages.Count}; own-passage support {ownOk}/{own} = {recall:P1}; " +
            $"other-article false support {foreignWrong}/{foreign} = {falseSupport:P2}; wrong-article citation re-pointed to the right one {repaired}/{foreign} = {repairRate:P2}; " +
            $"altered numbers caught {alteredCaught}/{altered} = {numberCatch:P0}");
        Assert.Equal(1.0, recall);
        Assert.True(falseSupport < 0.04, $"false support {falseSupport:P2}");
        Assert.True(repairRate > 0.99, $"repaired {repairRate:P2}");
        Assert.Equal(1.0, numberCatch);
    }

    /// <summary>The sample articles cut into passages of five sentences (about the size retrieval returns).</summary>
    private static List<(string Article, string Text)> Passages()
    {
        var folder = FindArticles();
        var passages = new List<(string, string)>();
        foreach (var file in Directory.GetFiles(folder, "*.txt"))
        {
            var text = File.ReadAllText(file);
            var spans = SentenceSplitter.SplitLines(text);
            for (var i = 0; i < spans.Count; i += 5)
            {
                var last = spans[Math.Min(i + 4, spans.Count - 1)];
                passages.Add((Path.GetFileNameWithoutExtension(file), text[spans[i].Start..last.End]));
            }
        }

        return passages;
    }

    private static string FindArticles()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data", "articles");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("data/articles not found above the test binaries");
    }

    [GeneratedRegex(@"(?<![\d.,])\d{2,}(?![\d.,]\d)")]
    private static partial Regex BigNumber();
}
