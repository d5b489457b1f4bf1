using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace QaBot.Core.Answering.Generative;

/// <summary>
/// The resilience pipeline of the model's HttpClient, outermost first: retry (exponential backoff with jitter,
/// honours Retry-After; 5xx, 408, 429, connection errors, attempt timeouts) → circuit breaker on consecutive timeouts
/// → circuit breaker on the failure ratio (either opens after repeated failures so a dead or hopelessly slow model
/// costs nothing while it is down) → per-attempt timeout.
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
        if (breaker.ConsecutiveTimeouts > 0)
        {
            // Every call in the window timed out, and at least ConsecutiveTimeouts of them: the window spans that many
            // timeouts, so slow failures are seen together however long each one takes.
            builder.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
            {
                Name = "consecutive-timeouts",
                FailureRatio = 1.0,
                MinimumThroughput = Math.Max(breaker.ConsecutiveTimeouts, 2),
                SamplingDuration = TimeSpan.FromSeconds(Math.Max(breaker.SamplingSeconds, options.TimeoutSeconds * (breaker.ConsecutiveTimeouts + 1) + 60)),
                BreakDuration = TimeSpan.FromSeconds(breaker.BreakSeconds),
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is Polly.Timeout.TimeoutRejectedException),
            });
        }

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
