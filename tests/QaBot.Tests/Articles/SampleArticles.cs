using QaBot.Core.Articles;

namespace QaBot.Tests.Articles;

/// <summary>The five real sample articles in the repository's <c>data/articles</c>, loaded once.</summary>
internal static class SampleArticles
{
    private static readonly Lazy<IReadOnlyDictionary<string, Article>> Loaded = new(LoadAll);

    public static string Directory { get; } = Path.Combine(RepositoryRoot(), "data", "articles");

    public static IReadOnlyDictionary<string, Article> All => Loaded.Value;

    public static Article Get(string idPrefix) => All.Single(a => a.Key.StartsWith(idPrefix, StringComparison.Ordinal)).Value;

    public static string RawText(string idPrefix) =>
        File.ReadAllText(System.IO.Directory.GetFiles(Directory, idPrefix + "_*").Single());

    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (string id in All.Keys.Order(StringComparer.Ordinal))
        {
            data.Add(id);
        }
        return data;
    }

    private static Dictionary<string, Article> LoadAll()
    {
        var loader = new ArticleLoader();
        var articles = new Dictionary<string, Article>();
        foreach (string file in System.IO.Directory.GetFiles(Directory))
        {
            var result = loader.Load(file);
            Assert.True(result.Succeeded, result.ToString());
            articles.Add(result.Article.Id, result.Article);
        }
        Assert.Equal(5, articles.Count);
        return articles;
    }

    private static string RepositoryRoot() => Support.RepoPaths.Root;
}
