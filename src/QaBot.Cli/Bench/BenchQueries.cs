namespace QaBot.Cli.Bench;

/// <summary>The questions the bench times (<c>data/bench/queries.txt</c>), with a built-in fallback when run outside the repo.</summary>
internal static class BenchQueries
{
    public const string DefaultPath = "data/bench/queries.txt";

    public static IReadOnlyList<string> Load(string path = DefaultPath)
    {
        if (!File.Exists(path))
        {
            return
            [
                "What was the trade volume between Russia and China in 2023?",
                "How did Xi Jinping describe Putin?",
                "What did the President of the United States tell Congress about the state of the Union?",
                "How will the Government of the United States reduce the public debt this year?",
            ];
        }

        return [.. File.ReadLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))];
    }
}
