using System.ClientModel;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.AI;
using OpenAI;
using QaBot.Core.Evaluation;
using static QaBot.Tests.Evaluation.EvalFixtures;

namespace QaBot.Tests.Evaluation;

/// <summary>The judge through the real OpenAI client against a tiny OpenAI-compatible server on loopback.</summary>
public sealed class LlmJudgeLoopbackTests : IAsyncLifetime
{
    private readonly List<JsonDocument> requests = [];
    private WebApplication? server;
    private string baseUrl = "";

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        server = builder.Build();
        server.MapPost("/v1/chat/completions", async (HttpContext http) =>
        {
            var request = await JsonDocument.ParseAsync(http.Request.Body);
            lock (requests)
            {
                requests.Add(request);
            }

            var prompt = request.RootElement.GetProperty("messages")[0].GetProperty("content").ToString();
            var score = prompt.Contains("GROUNDEDNESS", StringComparison.Ordinal) ? 2 : 5;
            var content = JsonSerializer.Serialize(new { score, reason = "checked against the passages" });
            return Results.Json(new
            {
                id = "chatcmpl-1",
                @object = "chat.completion",
                created = 1_700_000_000,
                model = "judge-model",
                choices = new[] { new { index = 0, finish_reason = "stop", message = new { role = "assistant", content } } },
                usage = new { prompt_tokens = 10, completion_tokens = 5, total_tokens = 15 },
            });
        });
        await server.StartAsync();
        baseUrl = server.Urls.First();
    }

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        foreach (var request in requests)
        {
            request.Dispose();
        }
    }

    [Fact]
    public async Task TheJudgeWorksThroughAnOpenAICompatibleEndpoint()
    {
        using var dir = new TempDir();
        var client = new OpenAI.Chat.ChatClient("judge-model", new ApiKeyCredential("test-key"), new OpenAIClientOptions { Endpoint = new Uri(baseUrl + "/v1") })
            .AsIChatClient();
        var judge = new LlmJudge(client, new AnswerJudgeEvaluator(JudgePrompts.Load(Path.Combine(RepoRoot, "prompts")), new JudgeCache(dir.Path)));
        var chunk = Retrieved("B", 0, "trade reached a record $228 billion in 2023", 1);
        var question = new EvalQuestion("q1", "What was trade in 2023?", true, ["B"], ["228"], "A record $228 billion.");

        var scores = await judge.ScoreAsync(question, Answer("Trade reached $228 billion [1].", [chunk], [Cite(1, chunk)]), CancellationToken.None);
        var again = await judge.ScoreAsync(question, Answer("Trade reached $228 billion [1].", [chunk], [Cite(1, chunk)]), CancellationToken.None);

        Assert.Equal([2.0, 5.0, 5.0], scores.Select(s => s.Score!.Value));
        Assert.Equal("checked against the passages", scores[0].Reason);
        Assert.Equal(3, requests.Count); // the rerun came from the cache
        Assert.All(again, s => Assert.True(s.Cached));
        Assert.Equal(0, requests[0].RootElement.GetProperty("temperature").GetDouble());
        Assert.Equal("judge-model", requests[0].RootElement.GetProperty("model").GetString());
    }
}
