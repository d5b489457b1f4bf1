using Microsoft.Extensions.AI;

namespace QaBot.Tests.Evaluation;

/// <summary>A hand-written <see cref="IChatClient"/>: <see cref="Reply"/> decides the answer to each prompt; every call is recorded.</summary>
internal sealed class FakeChatClient : IChatClient
{
    public Func<string, ChatOptions?, string> Reply { get; init; } = (_, _) => """{"score": 5, "reason": "fine"}""";

    public List<string> Prompts { get; } = [];

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var prompt = string.Join("\n", messages.Select(m => m.Text));
        Prompts.Add(prompt);
        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, Reply(prompt, options))));
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("the judge does not stream");

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
