using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace QaBot.Core.Answering.Generative;

/// <summary>
/// The prompt templates in <c>prompts/</c> (Semantic Kernel template syntax, <c>{{$name}}</c> placeholders), loaded
/// and checked at start-up: every file present, every placeholder one QaBot fills, every required placeholder used.
/// Rendering goes through Semantic Kernel's <see cref="KernelPromptTemplateFactory"/>.
/// </summary>
public sealed partial class PromptLibrary
{
    /// <summary>Each template file, the placeholders QaBot fills for it, and those it must use.</summary>
    private static readonly Dictionary<string, (string[] Allowed, string[] Required)> Specs = new()
    {
        ["answer.system"] = (["today"], []),
        ["answer.user"] = (["question", "language", "sources", "today"], ["question", "sources"]),
        ["answer.source"] = (["n", "title", "date", "article_id", "text"], ["n", "text"]),
        ["rewrite-followup.system"] = (["today"], []),
        ["rewrite-followup.user"] = (["history", "question"], ["history", "question"]),
        ["translate-query.system"] = ([], []),
        ["translate-query.user"] = (["question", "language"], ["question"]),
    };

    private readonly Dictionary<string, (string File, IPromptTemplate Template, HashSet<string> Used)> _templates = [];
    private readonly Kernel _kernel = new();

    /// <summary>Loads every template from <paramref name="directory"/>; throws <see cref="QaBotException"/> naming the file and the fix.</summary>
    public PromptLibrary(string directory)
    {
        var failures = Check(directory);
        if (failures.Count > 0)
        {
            throw new QaBotException(string.Join(" ", failures));
        }

        var factory = new KernelPromptTemplateFactory { AllowDangerouslySetContent = true };
        foreach (var name in Specs.Keys)
        {
            var file = FileOf(directory, name);
            var text = File.ReadAllText(file).TrimEnd();
            // Values are inserted verbatim: the rendered text is sent as one plain chat message and never re-parsed for
            // <message> tags, so SK's HTML-encoding (its defence for that parsing) would only mangle quotes in sources.
            var config = new PromptTemplateConfig(text) { AllowDangerouslySetContent = true };
            _templates[name] = (file, factory.Create(config), Placeholders(text).ToHashSet(StringComparer.Ordinal));
        }
    }

    /// <summary>Loads from the configured <see cref="LlmOptions.PromptsDirectory"/>.</summary>
    public PromptLibrary(IOptions<LlmOptions> options) : this(ResolveDirectory(options.Value.PromptsDirectory)) { }

    /// <summary>Renders one template; every placeholder it uses must have a value.</summary>
    public async Task<string> RenderAsync(string name, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken = default)
    {
        if (!_templates.TryGetValue(name, out var entry))
        {
            throw new ArgumentException($"No prompt template named '{name}'.", nameof(name));
        }

        var missing = entry.Used.Where(p => !values.ContainsKey(p)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"{entry.File}: no value for placeholder(s) {string.Join(", ", missing.Select(m => "{{$" + m + "}}"))}.");
        }

        var arguments = new KernelArguments();
        foreach (var (key, value) in values)
        {
            arguments[key] = value;
        }

        return (await entry.Template.RenderAsync(_kernel, arguments, cancellationToken)).Trim();
    }

    /// <summary>Renders <c>{prompt}.system</c> and <c>{prompt}.user</c> into a system and a user message.</summary>
    public async Task<List<ChatMessage>> RenderChatAsync(string prompt, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken = default)
    {
        var system = await RenderAsync(prompt + ".system", values, cancellationToken);
        var user = await RenderAsync(prompt + ".user", values, cancellationToken);
        return [new ChatMessage(ChatRole.System, system), new ChatMessage(ChatRole.User, user)];
    }

    /// <summary>Every problem with the templates in <paramref name="directory"/>, each naming the file and the fix; empty when all is well.</summary>
    public static List<string> Check(string directory)
    {
        var failures = new List<string>();
        if (!Directory.Exists(directory))
        {
            failures.Add($"Llm:PromptsDirectory: folder '{directory}' not found; run from the repository root or set Llm:PromptsDirectory to the folder holding answer.system.txt.");
            return failures;
        }

        foreach (var (name, (allowed, required)) in Specs)
        {
            var file = FileOf(directory, name);
            if (!File.Exists(file))
            {
                failures.Add($"Prompt file {file} is missing; restore it from the repository's prompts/ folder.");
                continue;
            }

            var text = File.ReadAllText(file);
            foreach (Match block in AnyBlock().Matches(text))
            {
                if (!Placeholder().IsMatch(block.Value))
                {
                    failures.Add($"Prompt file {file} contains '{block.Value}'; only {{{{$name}}}} placeholders are supported.");
                }
            }

            var used = Placeholders(text).ToHashSet(StringComparer.Ordinal);
            failures.AddRange(used.Where(p => !allowed.Contains(p)).Select(p =>
                $"Prompt file {file} uses placeholder {{{{${p}}}}} which QaBot never fills; use only {Describe(allowed)}."));
            failures.AddRange(required.Where(p => !used.Contains(p)).Select(p =>
                $"Prompt file {file} must contain the placeholder {{{{${p}}}}}."));
        }

        return failures;
    }

    /// <summary>A relative folder is looked up in the current directory first, then next to the executable.</summary>
    public static string ResolveDirectory(string configured)
    {
        if (Path.IsPathRooted(configured))
        {
            return configured;
        }

        var fromCurrent = Path.GetFullPath(configured);
        if (Directory.Exists(fromCurrent))
        {
            return fromCurrent;
        }

        var fromExe = Path.Combine(AppContext.BaseDirectory, configured);
        return Directory.Exists(fromExe) ? fromExe : fromCurrent;
    }

    private static string FileOf(string directory, string name) => Path.Combine(directory, name + ".txt");

    private static IEnumerable<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Groups[1].Value);

    private static string Describe(string[] allowed) =>
        allowed.Length == 0 ? "no placeholders" : string.Join(", ", allowed.Select(a => "{{$" + a + "}}"));

    [GeneratedRegex(@"\{\{\s*\$([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\{\{.*?\}\}", RegexOptions.Singleline)]
    private static partial Regex AnyBlock();
}
