using QaBot.Core.Answering;

namespace QaBot.Core.Evaluation;

/// <summary>One line of an eval set: a question, what a good answer contains, and where it comes from.</summary>
/// <param name="Id">Unique id within the set (e.g. "q01").</param>
/// <param name="Answerable">False when the articles do not hold the answer and the bot should abstain.</param>
/// <param name="ExpectedSources">Article ids (file names without extension) that hold the answer.</param>
/// <param name="ExpectedFacts">Short facts the answer must contain; alternatives separated by <c>|</c>.</param>
/// <param name="MustNotContain">Text the answer must never contain (e.g. the payload of an injection attempt).</param>
/// <param name="Line">1-based line number in the set file, for messages.</param>
public sealed record EvalQuestion(
    string Id,
    string Question,
    bool Answerable = true,
    IReadOnlyList<string>? ExpectedSources = null,
    IReadOnlyList<string>? ExpectedFacts = null,
    string? ReferenceAnswer = null,
    string? Language = null,
    IReadOnlyList<ChatTurn>? History = null,
    IReadOnlyList<string>? Tags = null,
    IReadOnlyList<string>? MustNotContain = null,
    int Line = 0)
{
    /// <summary>Expected article ids, never null.</summary>
    public IReadOnlyList<string> Sources => ExpectedSources ?? [];

    /// <summary>Expected facts, never null.</summary>
    public IReadOnlyList<string> Facts => ExpectedFacts ?? [];

    /// <summary>Earlier turns, never null.</summary>
    public IReadOnlyList<ChatTurn> Turns => History ?? [];

    /// <summary>Category tags, never null.</summary>
    public IReadOnlyList<string> Categories => Tags ?? [];

    /// <summary>Forbidden answer content, never null.</summary>
    public IReadOnlyList<string> Forbidden => MustNotContain ?? [];

    /// <summary>The question as the answer service receives it.</summary>
    public Question ToQuestion() => new(Question, Turns);
}

/// <summary>A line of the set that could not be read; the rest of the set still runs.</summary>
public sealed record EvalSetError(int Line, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"line {Line}: {Message}";
}

/// <summary>An eval set read from a JSONL file: the questions that parsed and the lines that did not.</summary>
public sealed record EvalSet(string Path, IReadOnlyList<EvalQuestion> Questions, IReadOnlyList<EvalSetError> Errors)
{
    /// <summary>The questions whose id or one of whose tags equals one of <paramref name="filters"/> (case-insensitive).</summary>
    public IReadOnlyList<EvalQuestion> Select(IReadOnlyCollection<string> filters) => filters.Count == 0
        ? Questions
        : Questions.Where(q => filters.Any(f =>
            string.Equals(q.Id, f, StringComparison.OrdinalIgnoreCase)
            || q.Categories.Contains(f, StringComparer.OrdinalIgnoreCase))).ToList();

    /// <summary>Every tag used in the set, sorted.</summary>
    public IReadOnlyList<string> AllTags => Questions.SelectMany(q => q.Categories)
        .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
}
