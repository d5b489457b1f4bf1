using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using QaBot.Core.Embeddings;

namespace QaBot.Tests.Embeddings;

/// <summary>The real OpenAI and Azure OpenAI clients against an OpenAI-compatible embeddings server on loopback.</summary>
public sealed class RemoteEmbeddingsTests : IAsyncLifetime
{
    private const int ServerDimensions = 8;
    private readonly ConcurrentQueue<(string Path, string? Model, JsonNode? Dimensions, string? Key)> _requests = new();
    private WebApplication? _server;

    private string BaseUrl => _server!.Urls.First();

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _server = builder.Build();
        _server.MapPost("/{**path}", (Delegate)HandleAsync);
        await _server.StartAsync();
    }

    /// <summary>POST …/embeddings: a deterministic vector per input (letter histogram), float or base64 encoded.</summary>
    private async Task<IResult> HandleAsync(HttpContext context)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body);
        var key = context.Request.Headers.Authorization.FirstOrDefault() ?? context.Request.Headers["api-key"].FirstOrDefault();
        _requests.Enqueue((context.Request.Path, body?["model"]?.GetValue<string>(), body?["dimensions"], key));
        if (!context.Request.Path.Value!.EndsWith("/embeddings", StringComparison.Ordinal))
        {
            return Results.NotFound();
        }

        var inputs = body!["input"] is JsonArray array ? array.Select(n => n!.GetValue<string>()).ToArray() : [body["input"]!.GetValue<string>()];
        var dims = body["dimensions"]?.GetValue<int>() ?? ServerDimensions;
        var base64 = body["encoding_format"]?.GetValue<string>() == "base64";
        var data = inputs.Select((text, i) =>
        {
            var vector = new float[dims];
            foreach (var c in text)
            {
                vector[c % dims] += 1;
            }

            object embedding = base64 ? Convert.ToBase64String(MemoryMarshal.AsBytes(vector.AsSpan())) : vector;
            return new { @object = "embedding", index = i, embedding };
        });
        return Results.Json(new { @object = "list", data, model = body["model"]?.GetValue<string>(), usage = new { prompt_tokens = 3, total_tokens = 3 } });
    }

    [Fact]
    public async Task AnOpenAICompatibleEndpointEmbedsThroughTheOfficialClient()
    {
        var options = new EmbeddingOptions { Provider = EmbeddingProvider.OpenAI, Endpoint = $"{BaseUrl}/v1", Model = "nomic-embed-text" };
        using var generator = RemoteEmbeddings.Create(options);

        var embeddings = await generator.GenerateAsync(["abc", "hello world"]);

        Assert.Equal(2, embeddings.Count);
        Assert.Equal(ServerDimensions, embeddings[0].Vector.Length);
        Assert.Equal(11f, embeddings[1].Vector.ToArray().Sum());
        var request = Assert.Single(_requests);
        Assert.Equal("/v1/embeddings", request.Path);
        Assert.Equal("nomic-embed-text", request.Model);
        Assert.Equal("openai:nomic-embed-text", RemoteEmbeddings.ModelIdFor(options));
    }

    [Fact]
    public async Task ConfiguredDimensionsAreRequestedAndTheKeyIsSent()
    {
        var options = new EmbeddingOptions
        {
            Provider = EmbeddingProvider.OpenAI, Endpoint = $"{BaseUrl}/v1", Model = "text-embedding-3-small", ApiKey = "sk-test", Dimensions = 16,
        };
        using var model = new EmbeddingModel(Options.Create(options));

        var embedding = await model.Generator!.GenerateAsync("question");

        Assert.Equal(16, model.Dimensions);
        Assert.Equal(16, embedding.Vector.Length);
        var request = Assert.Single(_requests);
        Assert.Equal(16, request.Dimensions?.GetValue<int>());
        Assert.Equal("Bearer sk-test", request.Key);
    }

    [Fact]
    public async Task UnconfiguredDimensionsAreLearnedFromOneProbe()
    {
        var options = new EmbeddingOptions { Provider = EmbeddingProvider.OpenAI, Endpoint = $"{BaseUrl}/v1", Model = "all-minilm" };
        using var model = new EmbeddingModel(Options.Create(options));

        Assert.True(model.IsAvailable);
        Assert.Equal("openai:all-minilm", model.ModelId);
        Assert.Equal(ServerDimensions, await model.GetDimensionsAsync(default));
        Assert.Equal(ServerDimensions, model.Dimensions);
        Assert.Single(_requests);
    }

    [Fact]
    public async Task AzureOpenAIUsesTheDeploymentRouteAndApiKeyHeader()
    {
        var options = new EmbeddingOptions { Provider = EmbeddingProvider.AzureOpenAI, Endpoint = BaseUrl, Model = "my-embeddings", ApiKey = "azure-key" };
        using var generator = RemoteEmbeddings.Create(options);

        var embedding = await generator.GenerateAsync("hello");

        Assert.Equal(ServerDimensions, embedding.Vector.Length);
        var request = Assert.Single(_requests);
        Assert.Equal("/openai/deployments/my-embeddings/embeddings", request.Path);
        Assert.Equal("azure-key", request.Key);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
