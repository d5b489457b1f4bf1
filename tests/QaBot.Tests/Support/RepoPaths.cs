namespace QaBot.Tests.Support;

/// <summary>Paths inside the repository, found by walking up from the test binaries to QaBot.sln.</summary>
public static class RepoPaths
{
    /// <summary>The folder holding QaBot.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The sample corpus, data/articles.</summary>
    public static string Articles => Path.Combine(Root, "data", "articles");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "QaBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("QaBot.sln not found above " + AppContext.BaseDirectory);
    }
}
