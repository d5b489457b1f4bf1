using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace QaBot.Core.Answering.Generative;

/// <summary>
/// The resilience pipeline of the model's HttpClient, outermost first: retry (exponential backoff with jitter,
/// honours Retry-After; 5xx, 408, 429, connection errors, attempt timeouts) → circuit breaker (opens after
/// repeated failures so a dead model costs nothing while it is down) → per-attempt timeout.
/// The timeout covers the wait for response headers; silence mid-stream is policed by <see cref="GenerativeAnswerer"/>.
/// </summary>
public static class LlmResilience
{
    /// <summary>Adds the strategies to <paramref name="builder"/>.</summary>
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, LlmOptions options)
    {
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(options.RetryDelayMilliseconds),
                MaxDelay = TimeSpan.FromSeconds(30),
            });
        }

        var breaker = options.CircuitBreaker;
        builder.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
        {
            FailureRatio = breaker.FailureRatio,
            MinimumThroughput = breaker.MinimumThroughput,
            SamplingDuration = TimeSpan.FromSeconds(Math.Max(breaker.SamplingSeconds, 1)),
            BreakDuration = TimeSpan.FromSeconds(breaker.BreakSeconds),
            // A wrong key or model name (4xx) is a configuration error, not an outage: do not count it.
            ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
            {
                { Exception: not null } => true,
                { Result: { } r } => (int)r.StatusCode >= 500 || r.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests,
                _ => false,
            }),
        });
        builder.AddTimeout(TimeSpan.FromSeconds(options.TimeoutSeconds));
    }
}
