using QaBot.Core.Articles;
using QaBot.Core.Evaluation;

namespace QaBot.Tests.Evaluation;

/// <summary>
/// Keeps the project's eval sets honest: every expected fact really is in the article it names — in the text the
/// bot indexes (the loaded, cleaned <see cref="Article.Text"/>), not only in the raw file. The tuning set
/// (<c>qabot-eval.jsonl</c>) and the three held-out casual sets (<c>holdout-casual.jsonl</c>, <c>holdout-casual-2.jsonl</c>,
/// <c>holdout-casual-3.jsonl</c>) are checked.
/// </summary>
public class EvalSetFileTests
{
    public const string ProjectSet = "qabot-eval.jsonl";
    public const string HoldoutSet = "holdout-casual.jsonl";
    public const string SecondHoldoutSet = "holdout-casual-2.jsonl";
    public const string ThirdHoldoutSet = "holdout-casual-3.jsonl";

    private static readonly string Root = EvalFixtures.RepoRoot;

    public static TheoryData<string> SetFiles => [ProjectSet, HoldoutSet, SecondHoldoutSet, ThirdHoldoutSet];

    private static EvalSet Read(string file) => EvalSetReader.Parse(File.ReadAllText(Path.Combine(Root, "data", "eval", file)));

    private static readonly Lazy<Dictionary<string, string>> Articles = new(() => Directory
        .GetFiles(Path.Combine(Root, "data", "articles"))
        .Select(f => new ArticleLoader().Load(f))
        .Where(r => r.Succeeded)
        .ToDictionary(r => r.Article!.Id, r => r.Article!.Text));

    private static string ArticleText(string id) => Articles.Value[id];

    [Fact]
    public void TheProjectSetParsesCleanlyAndCoversEveryKindOfQuestion()
    {
        var set = Read(ProjectSet);

        Assert.Empty(set.Errors);
        Assert.True(set.Questions.Count >= 40, $"only {set.Questions.Count} questions");
        foreach (var tag in new[] { "single-fact", "multi-article", "temporal", "paraphrase", "unanswerable", "injection", "follow-up", "russian" })
        {
            Assert.Contains(tag, set.AllTags);
        }

        Assert.True(set.Questions.Count(q => q.Turns.Count > 0) >= 3);
        Assert.True(set.Questions.Count(q => q.Language == "ru") >= 3);
        Assert.True(set.Questions.Count(q => !q.Answerable) >= 5);
    }

    [Theory]
    [InlineData(ProjectSet, 130, 45, 18, 18, 12)]
    [InlineData(HoldoutSet, 60, 20, 6, 6, 5)]
    public void CasualQuestionsCoverEveryKindInTheAgreedNumbers(string file, int casual, int unanswerable, int relativeDate, int multiArticle, int summary)
    {
        var questions = Read(file).Questions.Where(q => Tagged(q, "casual")).ToList();

        Assert.True(questions.Count >= casual, $"{file}: {questions.Count} casual questions, want {casual}");
        Assert.True(questions.Count(q => !q.Answerable) >= unanswerable, $"{file}: too few unanswerable casual questions");
        foreach (var kind in new[] { "general", "time", "detail", "injection", "offtopic" })
        {
            Assert.Contains(questions, q => !q.Answerable && Tagged(q, "unanswerable:" + kind));
        }

        Assert.True(questions.Count(q => Tagged(q, "relative-date")) >= relativeDate, $"{file}: too few relative-date questions");
        Assert.True(questions.Count(q => Tagged(q, "multi-article")) >= multiArticle, $"{file}: too few multi-article questions");
        Assert.True(questions.Count(q => Tagged(q, "summary") || Tagged(q, "latest")) >= summary, $"{file}: too few summary/latest questions");
        Assert.Contains(questions, q => Tagged(q, "typo"));
        Assert.All(questions.Where(q => !q.Answerable), q => Assert.Contains(q.Categories, t => t.StartsWith("unanswerable:", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(HoldoutSet)]
    [InlineData(SecondHoldoutSet)]
    [InlineData(ThirdHoldoutSet)]
    public void AHeldOutSetSharesNoIdOrQuestionWithTheOtherSets(string file)
    {
        var holdout = Read(file).Questions;
        var others = new[] { ProjectSet, HoldoutSet, SecondHoldoutSet, ThirdHoldoutSet }.Where(f => f != file).SelectMany(f => Read(f).Questions).ToList();

        Assert.Empty(holdout.Select(q => q.Id).Intersect(others.Select(q => q.Id), StringComparer.OrdinalIgnoreCase));
        Assert.Empty(holdout.Select(q => q.Question).Intersect(others.Select(q => q.Question), StringComparer.OrdinalIgnoreCase));
    }

    [Theory]
    [MemberData(nameof(SetFiles))]
    public void TheSetParsesCleanlyAndMultiArticleQuestionsNameSeveralSources(string file)
    {
        var set = Read(file);

        Assert.Empty(set.Errors);
        Assert.All(set.Questions.Where(q => Tagged(q, "multi-article")), q => Assert.True(q.Sources.Count >= 2, q.Id));
    }

    [Theory]
    [MemberData(nameof(SetFiles))]
    public void AnswerableQuestionsHaveFactsAndSourcesAndUnanswerableOnesHaveNone(string file)
    {
        foreach (var q in Read(file).Questions)
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

    [Theory]
    [MemberData(nameof(SetFiles))]
    public void EveryExpectedFactAppearsInOneOfItsExpectedSourceArticles(string file)
    {
        var failures = new List<string>();
        foreach (var q in Read(file).Questions)
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

    [Theory]
    [MemberData(nameof(SetFiles))]
    public void EveryExpectedSourceHoldsAtLeastOneExpectedFact(string file)
    {
        var failures = Read(file).Questions
            .SelectMany(q => q.Sources.Where(Articles.Value.ContainsKey).Select(s => (q, s)))
            .Where(x => !x.q.Facts.Any(f => FactMatcher.Matches(ArticleText(x.s), f)))
            .Select(x => $"{x.q.Id}: {x.s} holds none of {string.Join(", ", x.q.Facts)}")
            .ToList();

        Assert.Empty(failures);
    }

    private static bool Tagged(EvalQuestion question, string tag) => question.Categories.Contains(tag, StringComparer.OrdinalIgnoreCase);
}
