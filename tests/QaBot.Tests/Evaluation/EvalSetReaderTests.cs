using QaBot.Core.Evaluation;

namespace QaBot.Tests.Evaluation;

public class EvalSetReaderTests
{
    [Fact]
    public void MalformedLinesAreReportedWithTheirLineNumbersAndTheRestIsRead()
    {
        var set = EvalSetReader.Parse("""
            {"id": "q1", "question": "What was trade in 2023?"}
            {"id": "q2", "question": 
            
            {"question": "no id"}
            [1, 2]
            {"id": "q3", "question": "Third?", "expected_facts": "228"}
            {"id": "q4", "question": "Fourth?", "expected_facts": [1]}
            """);

        Assert.Equal(["q1", "q3"], set.Questions.Select(q => q.Id));
        Assert.Equal([2, 4, 5, 7], set.Errors.Select(e => e.Line));
        Assert.Contains("not valid JSON", set.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("\"id\"", set.Errors[1].Message, StringComparison.Ordinal);
        Assert.Contains("JSON object", set.Errors[2].Message, StringComparison.Ordinal);
        Assert.Contains("expected_facts", set.Errors[3].Message, StringComparison.Ordinal);
        Assert.Equal("line 2: " + set.Errors[0].Message, set.Errors[0].ToString());
    }

    [Fact]
    public void OnlyIdAndQuestionAreRequiredAndTheRestDefaults()
    {
        var q = Assert.Single(EvalSetReader.Parse("""{"id": 7, "question": " Who? "}""").Questions);

        Assert.Equal("7", q.Id);
        Assert.Equal("Who?", q.Question);
        Assert.True(q.Answerable);
        Assert.Empty(q.Sources);
        Assert.Empty(q.Facts);
        Assert.Empty(q.Turns);
        Assert.Empty(q.Categories);
        Assert.Equal(1, q.Line);
    }

    [Fact]
    public void UnknownFieldsAreIgnoredAndKnownOnesRead()
    {
        var line = """
            {"id": "f1", "question": "And the target?", "answerable": true, "expected_sources": ["002_9fdd9d7dd336cfc0.txt"],
             "expected_facts": ["200", "billion"], "reference_answer": "$200 billion", "language": "en", "tags": ["follow-up"],
             "must_not_contain": ["PWNED"], "difficulty": {"level": 3}, "history": [{"role": "User", "content": "Trade in 2023?"},
             {"role": "assistant", "content": "$228 billion [1]."}]}
            """.ReplaceLineEndings(" ");

        var set = EvalSetReader.Parse(line);

        Assert.Empty(set.Errors);
        var q = Assert.Single(set.Questions);
        Assert.Equal(["002_9fdd9d7dd336cfc0"], q.Sources);
        Assert.Equal(["200", "billion"], q.Facts);
        Assert.Equal("$200 billion", q.ReferenceAnswer);
        Assert.Equal(["follow-up"], q.Categories);
        Assert.Equal(["PWNED"], q.Forbidden);
        Assert.Equal(2, q.ToQuestion().Turns.Count);
        Assert.Equal("user", q.Turns[0].Role);
    }

    [Fact]
    public void DuplicateIdsAndBadHistoryRolesAreErrors()
    {
        var set = EvalSetReader.Parse("""
            {"id": "a", "question": "One?"}
            {"id": "A", "question": "Two?"}
            {"id": "b", "question": "Three?", "history": [{"role": "system", "content": "x"}]}
            {"id": "c", "question": "Four?", "answerable": "yes"}
            """);

        Assert.Equal(["a"], set.Questions.Select(q => q.Id));
        Assert.Contains("duplicate id", set.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("first used on line 1", set.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("role", set.Errors[1].Message, StringComparison.Ordinal);
        Assert.Contains("answerable", set.Errors[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FilterSelectsByIdOrTagIgnoringCase()
    {
        var set = EvalSetReader.Parse("""
            {"id": "q1", "question": "One?", "tags": ["russian"]}
            {"id": "q2", "question": "Two?", "tags": ["temporal"]}
            {"id": "q3", "question": "Three?"}
            """);

        Assert.Equal(["q1", "q3"], set.Select(["RUSSIAN", "q3"]).Select(q => q.Id));
        Assert.Equal(3, set.Select([]).Count);
        Assert.Equal(["russian", "temporal"], set.AllTags);
    }

    [Fact]
    public async Task AMissingSetFileIsAUserErrorNamingThePath()
    {
        var ex = await Assert.ThrowsAsync<QaBot.Core.QaBotException>(() => EvalSetReader.ReadFileAsync("/nonexistent/set.jsonl"));
        Assert.Contains("/nonexistent/set.jsonl", ex.Message, StringComparison.Ordinal);
    }
}
