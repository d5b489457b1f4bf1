using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace QaBot.Tests.Support;

/// <summary>One chat message as the server received it.</summary>
public sealed record FakeMessage(string Role, string Content);

/// <summary>A chat-completions request as the server received it.</summary>
public sealed record FakeChatRequest(string Path, JsonObject Body, bool Stream, string? Model, IReadOnlyList<FakeMessage> Messages, IReadOnlyDictionary<string, string> Headers)
{
    /// <summary>The system message (empty when none).</summary>
    public string System => Messages.FirstOrDefault(m => m.Role == "system")?.Content ?? "";

    /// <summary>The last user message (empty when none).</summary>
    public string User => Messages.LastOrDefault(m => m.Role == "user")?.Content ?? "";
}

/// <summary>
/// What the server does with one request. Text is sent as a normal completion or, when the client asked for
/// <c>stream: true</c>, as SSE chunks of <see cref="WordsPerChunk"/> words.
/// </summary>
public sealed record FakeReply
{
    /// <summary>The assistant's text.</summary>
    public string Text { get; init; } = "";

    /// <summary>HTTP status; anything but 200 is sent with an OpenAI-style error body.</summary>
    public int Status { get; init; } = 200;

    /// <summary>Wait before sending anything (a slow model).</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>Sent verbatim with status 200 instead of a completion (garbage).</summary>
    public string? RawBody { get; init; }

    /// <summary>When streaming: abort the connection after this many chunks (a broken SSE stream).</summary>
    public int? AbortAfterChunks { get; init; }

    /// <summary>When streaming: go silent for this long after <see cref="StallAfterChunks"/> chunks.</summary>
    public TimeSpan Stall { get; init; }

    /// <summary>When streaming: the chunk after which <see cref="Stall"/> happens.</summary>
    public int StallAfterChunks { get; init; }

    /// <summary>When streaming: wait this long before each chunk (a model writing at a human-visible pace).</summary>
    public TimeSpan ChunkDelay { get; init; }

    /// <summary>Words per SSE chunk.</summary>
    public int WordsPerChunk { get; init; } = 1;

    /// <summary>A normal answer.</summary>
    public static FakeReply Say(string text) => new() { Text = text };

    /// <summary>An HTTP error.</summary>
    public static FakeReply Error(int status) => new() { Status = status };
}

/// <summary>
/// A real OpenAI-compatible HTTP server on 127.0.0.1 (Kestrel, random port): <c>/v1/chat/completions</c> (JSON and SSE
/// streaming), Azure's <c>/openai/deployments/{name}/chat/completions</c> and <c>/v1/embeddings</c>. Each test scripts
/// replies with <see cref="Chat"/> (and optionally <see cref="Embed"/>); every request is recorded.
/// </summary>
public sealed class FakeOpenAiServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<FakeChatRequest> _requests = new();
    private int _chunkId;

    private FakeOpenAiServer(WebApplication app, Func<FakeChatRequest, FakeReply> chat)
    {
        _app = app;
        Chat = chat;
    }

    /// <summary>Decides the reply to each chat request; replace it at any time.</summary>
    public Func<FakeChatRequest, FakeReply> Chat { get; set; }

    /// <summary>Embeds texts; default: a deterministic hashed bag of words (similar texts get similar vectors).</summary>
    public Func<string, float[]> Embed { get; set; } = text => HashedBagOfWords(text, 64);

    /// <summary>Base URL including <c>/v1</c> (what users put in Llm:Endpoint for Ollama and friends).</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Server root, without <c>/v1</c> (Azure-style endpoints).</summary>
    public Uri Root { get; private set; } = null!;

    /// <summary>Chat requests received so far, in order.</summary>
    public IReadOnlyList<FakeChatRequest> Requests => [.. _requests];

    /// <summary>Embedding requests received so far.</summary>
    public int EmbeddingCalls => _embeddingCalls;

    private int _embeddingCalls;

    /// <summary>The most chat requests that were waiting out their <see cref="FakeReply.Delay"/> at the same time.</summary>
    public int MostDelayedAtOnce => Volatile.Read(ref _mostDelayed);

    private int _delayed;
    private int _mostDelayed;

    /// <summary>Starts the server; <paramref name="chat"/> defaults to answering "OK".</summary>
    public static async Task<FakeOpenAiServer> StartAsync(Func<FakeChatRequest, FakeReply>? chat = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeOpenAiServer(app, chat ?? (_ => FakeReply.Say("OK")));
        app.MapPost("/v1/chat/completions", server.HandleChatAsync);
        app.MapPost("/openai/deployments/{deployment}/chat/completions", server.HandleChatAsync);
        app.MapPost("/v1/embeddings", server.HandleEmbeddingsAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Root = new Uri(address.TrimEnd('/') + "/");
        server.BaseUrl = new Uri(server.Root, "v1/");
        return server;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await _app.StopAsync(stopping.Token);
        await _app.DisposeAsync();
    }

    private async Task HandleChatAsync(HttpContext context)
    {
        var body = (await JsonNode.ParseAsync(context.Request.Body))!.AsObject();
        var request = new FakeChatRequest(
            context.Request.Path + context.Request.QueryString,
            body,
            body["stream"]?.GetValue<bool>() == true,
            body["model"]?.GetValue<string>(),
            (body["messages"]?.AsArray() ?? []).Select(m => new FakeMessage(m!["role"]!.GetValue<string>(), ContentOf(m["content"]))).ToList(),
            context.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString()));
        _requests.Enqueue(request);
        var reply = Chat(request);
        var aborted = context.RequestAborted;
        if (reply.Delay > TimeSpan.Zero)
        {
            // Counted while the reply has not begun, so a client that finished reading cannot overlap the next request.
            var now = Interlocked.Increment(ref _delayed);
            for (var most = _mostDelayed; now > most; most = _mostDelayed)
            {
                Interlocked.CompareExchange(ref _mostDelayed, now, most);
            }

            try { await Task.Delay(reply.Delay, aborted); } catch (OperationCanceledException) { return; }
            finally { Interlocked.Decrement(ref _delayed); }
        }

        if (reply.Status != 200)
        {
            context.Response.StatusCode = reply.Status;
            await context.Response.WriteAsJsonAsync(new { error = new { message = $"scripted {reply.Status}", type = "server_error", code = (string?)null } });
            return;
        }

        if (reply.RawBody is not null)
        {
            context.Response.ContentType = request.Stream ? "text/event-stream" : "application/json";
            await context.Response.WriteAsync(reply.RawBody);
            return;
        }

        var id = $"chatcmpl-{Interlocked.Increment(ref _chunkId)}";
        if (!request.Stream)
        {
            await context.Response.WriteAsJsonAsync(new
            {
                id, @object = "chat.completion", created = 1_700_000_000, model = request.Model ?? "fake",
                choices = new[] { new { index = 0, message = new { role = "assistant", content = reply.Text }, finish_reason = "stop" } },
                usage = new { prompt_tokens = 10, completion_tokens = 10, total_tokens = 20 },
            });
            return;
        }

        context.Response.ContentType = "text/event-stream";
        var pieces = Pieces(reply.Text, reply.WordsPerChunk);
        for (var i = 0; i < pieces.Count; i++)
        {
            if (reply.AbortAfterChunks == i)
            {
                context.Abort();
                return;
            }

            if (reply.ChunkDelay > TimeSpan.Zero)
            {
                try { await Task.Delay(reply.ChunkDelay, aborted); } catch (OperationCanceledException) { return; }
            }

            if (reply.Stall > TimeSpan.Zero && reply.StallAfterChunks == i)
            {
                try { await Task.Delay(reply.Stall, aborted); } catch (OperationCanceledException) { return; }
            }

            await SendChunkAsync(context, id, request.Model, new JsonObject { ["role"] = "assistant", ["content"] = pieces[i] }, null);
        }

        await SendChunkAsync(context, id, request.Model, new JsonObject(), "stop");
        await context.Response.WriteAsync("data: [DONE]\n\n");
    }

    private static async Task SendChunkAsync(HttpContext context, string id, string? model, JsonObject delta, string? finish)
    {
        var chunk = new JsonObject
        {
            ["id"] = id, ["object"] = "chat.completion.chunk", ["created"] = 1_700_000_000, ["model"] = model ?? "fake",
            ["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["delta"] = delta, ["finish_reason"] = finish }),
        };
        await context.Response.WriteAsync($"data: {chunk.ToJsonString()}\n\n");
        await context.Response.Body.FlushAsync();
    }

    private async Task HandleEmbeddingsAsync(HttpContext context)
    {
        Interlocked.Increment(ref _embeddingCalls);
        var body = (await JsonNode.ParseAsync(context.Request.Body))!.AsObject();
        var inputs = body["input"] is JsonArray array ? array.Select(i => i!.GetValue<string>()).ToList() : [body["input"]!.GetValue<string>()];
        await context.Response.WriteAsJsonAsync(new
        {
            @object = "list",
            data = inputs.Select((text, i) => new { @object = "embedding", index = i, embedding = Embed(text) }).ToArray(),
            model = body["model"]?.GetValue<string>() ?? "fake-embed",
            usage = new { prompt_tokens = inputs.Count, total_tokens = inputs.Count },
        });
    }

    private static string ContentOf(JsonNode? content) => content switch
    {
        JsonValue value => value.GetValue<string>(),
        JsonArray parts => string.Concat(parts.Select(p => p?["text"]?.GetValue<string>() ?? "")),
        _ => "",
    };

    /// <summary>Splits text into chunks of words, keeping the spaces, so the chunks concatenate back to the text (what a streamed reply sends).</summary>
    public static List<string> Pieces(string text, int wordsPerChunk)
    {
        var words = System.Text.RegularExpressions.Regex.Matches(text, @"\S+\s*|\s+").Select(m => m.Value).ToList();
        return words.Chunk(Math.Max(1, wordsPerChunk)).Select(c => string.Concat(c)).ToList();
    }

    /// <summary>A deterministic embedding: each lower-cased word hashed into one of <paramref name="dimensions"/> buckets, L2-normalised.</summary>
    public static float[] HashedBagOfWords(string text, int dimensions)
    {
        var vector = new float[dimensions];
        foreach (var word in text.ToLowerInvariant().Split((char[])[' ', '.', ',', '?', '!', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            var hash = 0u;
            foreach (var b in Encoding.UTF8.GetBytes(word))
            {
                hash = (hash * 31) + b;
            }

            vector[hash % (uint)dimensions] += 1;
        }

        var norm = MathF.Sqrt(vector.Sum(v => v * v));
        return norm == 0 ? vector : vector.Select(v => v / norm).ToArray();
    }
}
