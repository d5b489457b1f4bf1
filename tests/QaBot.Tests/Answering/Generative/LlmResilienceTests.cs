using System.Diagnostics;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;
using QaBot.Core.Answering.Generative;
using QaBot.Tests.Support;
using Xunit.Abstractions;

namespace QaBot.Tests.Answering.Generative;

/// <summary>The model's resilience pipeline on a fake clock: a model slower than the timeout is given up on quickly.</summary>
public sealed class LlmResilienceTests(ITestOutputHelper output)
{
    [Fact]
    public async Task FiveQuestionsToAModelThatNeverAnswersCostTwoTimeoutsNotFifteen()
    {
        await using var server = await FakeOpenAiServer.StartAsync(_ => new FakeReply { Text = "late", Delay = TimeSpan.FromMinutes(5) });
        // As with the defaults (60 s timeout, 60 s sampling window), each window sees at most one timeout.
        await using var services = LlmTestHost.Create(server, ("TimeoutSeconds", "1"), ("MaxRetries", "2"), ("CircuitBreaker:SamplingSeconds", "1"));
        var chat = services.GetRequiredService<IChatClient>();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 5; i++)
        {
            await Assert.ThrowsAnyAsync<Exception>(() => chat.GetResponseAsync($"question {i}"));
        }

        output.WriteLine($"5 questions, model never answers, 1 s timeout = sampling window, 2 retries: {server.Requests.Count} model calls, {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.InRange(server.Requests.Count, 1, 2); // two attempts time out, then the circuit is open and every question falls back at once (15 calls without it)
    }

    [Fact]
    public async Task ConsecutiveTimeoutsOpenTheCircuitEvenWhenTheRatioWindowNeverFills()
    {
        var clock = new FakeTimeProvider();
        var options = new LlmOptions { TimeoutSeconds = 60, MaxRetries = 0, CircuitBreaker = new() { SamplingSeconds = 60, MinimumThroughput = 4, BreakSeconds = 30 } };
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = clock };
        LlmResilience.Configure(builder, options);
        var pipeline = builder.Build();

        // A model that never answers: one timeout per 60 s window would never reach the ratio rule's 4 calls.
        for (var i = 0; i < 2; i++)
        {
            var call = pipeline.ExecuteAsync(async ct => { await Task.Delay(Timeout.Infinite, ct); return new HttpResponseMessage(); }).AsTask();
            clock.Advance(TimeSpan.FromSeconds(61));
            await Assert.ThrowsAsync<TimeoutRejectedException>(() => call);
        }

        var calls = 0;
        await Assert.ThrowsAsync<BrokenCircuitException>(() => pipeline.ExecuteAsync(_ => { calls++; return ValueTask.FromResult(new HttpResponseMessage()); }).AsTask());
        Assert.Equal(0, calls); // the third question does not wait another minute

        clock.Advance(TimeSpan.FromSeconds(31)); // after BreakSeconds one trial call goes through
        using var response = await pipeline.ExecuteAsync(_ => { calls++; return ValueTask.FromResult(new HttpResponseMessage()); });
        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task ATimeoutBetweenSuccessesDoesNotOpenTheCircuit()
    {
        var clock = new FakeTimeProvider();
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = clock };
        LlmResilience.Configure(builder, new LlmOptions { TimeoutSeconds = 60, MaxRetries = 0 });
        var pipeline = builder.Build();

        foreach (var slow in new[] { true, false, true })
        {
            var call = pipeline.ExecuteAsync(async ct =>
            {
                if (slow)
                {
                    await Task.Delay(Timeout.Infinite, ct);
                }

                return new HttpResponseMessage();
            }).AsTask();
            clock.Advance(TimeSpan.FromSeconds(61));
            if (slow)
            {
                await Assert.ThrowsAsync<TimeoutRejectedException>(() => call);
            }
            else
            {
                (await call).Dispose();
            }
        }

        using var answered = await pipeline.ExecuteAsync(_ => ValueTask.FromResult(new HttpResponseMessage()));
        Assert.NotNull(answered);
    }
}
