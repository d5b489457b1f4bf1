using System.Text.RegularExpressions;

namespace QaBot.Core.Evaluation;

/// <summary>
/// The LLM-judge prompt templates (<c>prompts/eval-judge-{criterion}.md</c>), loaded and checked once: every file
/// present, only known <c>{{placeholders}}</c>, each using at least <c>{{question}}</c> and <c>{{answer}}</c>.
/// </summary>
public sealed partial class JudgePrompts
{
    /// <summary>The criteria the judge scores, in report order; each has a prompt file.</summary>
    public static readonly IReadOnlyList<string> Criteria = ["groundedness", "relevance", "correctness"];

    private static readonly HashSet<string> Known = ["question", "answer", "context", "reference", "history"];

    private readonly Dictionary<string, string> templates;

    private JudgePrompts(Dictionary<string, string> templates) => this.templates = templates;

    /// <summary>Loads the templates from <paramref name="directory"/>; throws <see cref="QaBotException"/> naming the bad file.</summary>
    public static JudgePrompts Load(string directory)
    {
        var templates = new Dictionary<string, string>();
        foreach (var criterion in Criteria)
        {
            var path = Path.Combine(directory, $"eval-judge-{criterion}.md");
            if (!File.Exists(path))
            {
                throw new QaBotException($"judge prompt missing: {Path.GetFullPath(path)} (restore it from the repository's prompts/ folder)");
            }

            var text = File.ReadAllText(path);
            var names = Placeholder().Matches(text).Select(m => m.Groups[1].Value).ToHashSet();
            var unknown = names.Except(Known).ToList();
            if (unknown.Count > 0 || !names.Contains("question") || !names.Contains("answer"))
            {
                throw new QaBotException($"judge prompt {path}: placeholders must include {{{{question}}}} and {{{{answer}}}} and be among "
                    + $"{string.Join(", ", Known.Select(k => "{{" + k + "}}"))}; found {string.Join(", ", names.Select(k => "{{" + k + "}}"))}");
            }

            templates[criterion] = text;
        }

        return new JudgePrompts(templates);
    }

    /// <summary>Finds the <c>prompts</c> folder holding the judge templates: the current directory or a parent, then the app's folder or a parent.</summary>
    public static string? FindDirectory()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "prompts");
                if (File.Exists(Path.Combine(candidate, $"eval-judge-{Criteria[0]}.md")))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>The prompt for <paramref name="criterion"/> with every placeholder replaced by <paramref name="values"/>.</summary>
    public string Render(string criterion, IReadOnlyDictionary<string, string> values)
    {
        var text = Placeholder().Replace(templates[criterion], m => values.TryGetValue(m.Groups[1].Value, out var v)
            ? v
            : throw new InvalidOperationException($"no value for {{{{{m.Groups[1].Value}}}}} in the {criterion} judge prompt"));
        return text;
    }

    [GeneratedRegex(@"\{\{\s*([a-z_]+)\s*\}\}")]
    private static partial Regex Placeholder();
}
