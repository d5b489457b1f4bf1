using QaBot.Core.Articles;
using QaBot.Core.Evaluation;

namespace QaBot.Tests.Evaluation;

/// <summary>
/// Keeps the project's own eval set honest: every expected fact really is in the article it names — in the text the
/// bot indexes (the loaded, cleaned <see cref="Article.Text"/>), not only in the raw file.
/// </summary>
public class EvalSetFileTests
{
    private static readonly string Root = EvalFixtures.RepoRoot;

    private static EvalSet Set => EvalSetReader.Parse(File.ReadAllText(Path.Combine(Root, "data", "eval", "qabot-eval.jsonl")));

    private static readonly Lazy<Dictionary<string, string>> Articles = new(() => Directory
        .GetFiles(Path.Combine(Root, "data", "articles"))
        .Select(f => new ArticleLoader().Load(f))
        .Where(r => r.Succeeded)
        .ToDictionary(r => r.Article!.Id, r => r.Article!.Text));

    private static string ArticleText(string id) => Articles.Value[id];

    [Fact]
    public void TheSetParsesCleanlyAndCoversEveryKindOfQuestion()
    {
        var set = Set;

        Assert.Empty(set.Errors);
        Assert.True(set.Questions.Count >= 40, $"only {set.Questions.Count} questions");
        foreach (var tag in new[] { "single-fact", "multi-article", "temporal", "paraphrase", "unanswerable", "injection", "follow-up", "russian" })
        {
            Assert.Contains(tag, set.AllTags);
        }

        Assert.True(set.Questions.Count(q => q.Turns.Count > 0) >= 3);
        Assert.True(set.Questions.Count(q => q.Language == "ru") >= 3);
        Assert.True(set.Questions.Count(q => !q.Answerable) >= 5);
        Assert.All(set.Questions.Where(q => q.Categories.Contains("multi-article")), q => Assert.True(q.Sources.Count >= 2, q.Id));
    }

    [Fact]
    public void AnswerableQuestionsHaveFactsAndSourcesAndUnanswerableOnesHaveNone()
    {
        foreach (var q in Set.Questions)
        {
            if (q.Answerable)
            {
                Assert.True(q.Facts.Count > 0 && q.Sources.Count > 0, $"{q.Id} needs expected facts and sources");
                Assert.False(string.IsNullOrWhiteSpace(q.ReferenceAnswer), $"{q.Id} needs a reference answer");
            }
            else
            {
                Assert.True(q.Facts.Count == 0 && q.Sources.Count == 0, $"{q.Id} is unanswerable but lists facts or sources");
            }
        }
    }

    [Fact]
    public void EveryExpectedFactAppearsInOneOfItsExpectedSourceArticles()
    {
        var failures = new List<string>();
        foreach (var q in Set.Questions)
        {
            foreach (var source in q.Sources)
            {
                if (!Articles.Value.ContainsKey(source))
                {
                    failures.Add($"{q.Id}: source {source} does not exist");
                }
            }

            var texts = q.Sources.Where(Articles.Value.ContainsKey).Select(ArticleText).ToList();
            failures.AddRange(q.Facts.Where(f => !texts.Any(t => FactMatcher.Matches(t, f))).Select(f => $"{q.Id}: fact \"{f}\" is in none of its sources"));
        }

        Assert.Empty(failures);
    }

    [Fact]
    public void EveryExpectedSourceHoldsAtLeastOneExpectedFact()
    {
        var failures = Set.Questions
            .SelectMany(q => q.Sources.Select(s => (q, s)))
            .Where(x => !x.q.Facts.Any(f => FactMatcher.Matches(ArticleText(x.s), f)))
            .Select(x => $"{x.q.Id}: {x.s} holds none of {string.Join(", ", x.q.Facts)}")
            .ToList();

        Assert.Empty(failures);
    }
}
