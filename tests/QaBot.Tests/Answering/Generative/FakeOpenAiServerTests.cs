using System.ClientModel;
using Microsoft.Extensions.AI;
using OpenAI;
using QaBot.Tests.Support;

namespace QaBot.Tests.Answering.Generative;

/// <summary>The loopback server's embeddings endpoint works with a real OpenAI client (for the embeddings and eval helpers).</summary>
public sealed class FakeOpenAiServerTests
{
    [Fact]
    public async Task EmbeddingsEndpointServesDeterministicVectorsToTheOpenAIClient()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        var client = new OpenAIClient(new ApiKeyCredential("unused"), new OpenAIClientOptions { Endpoint = server.BaseUrl })
            .GetEmbeddingClient("fake-embed").AsIEmbeddingGenerator();

        var vectors = await client.GenerateAsync(["trade between Russia and China", "trade between Russia and China", "a football match"]);

        Assert.Equal(3, vectors.Count);
        Assert.Equal(64, vectors[0].Vector.Length);
        Assert.Equal(vectors[0].Vector.ToArray(), vectors[1].Vector.ToArray());
        Assert.NotEqual(vectors[0].Vector.ToArray(), vectors[2].Vector.ToArray());
        Assert.Equal(1, server.EmbeddingCalls);
    }
}
