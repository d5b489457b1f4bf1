using System.Net;
using System.Text.Json;
using Microsoft.SemanticKernel;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace QaBot.Core.Answering.Generative;

/// <summary>Turns whatever the model's client threw into a few words a user can read ("timed out", "returned HTTP 500").</summary>
public static class LlmFailure
{
    /// <summary>A short, user-readable reason.</summary>
    public static string Describe(Exception exception)
    {
        for (var ex = exception; ex is not null; ex = ex.InnerException)
        {
            switch (ex)
            {
                case BrokenCircuitException:
                    return "is paused after repeated failures";
                case TimeoutRejectedException or TimeoutException:
                    return "timed out";
                case HttpOperationException { StatusCode: { } status }:
                    return $"returned HTTP {(int)status}{(status == HttpStatusCode.Unauthorized ? " (check Llm:ApiKey)" : "")}";
                case System.ClientModel.ClientResultException { Status: > 0 } result:
                    return $"returned HTTP {result.Status}{(result.Status == 401 ? " (check Llm:ApiKey)" : "")}";
                case HttpRequestException { StatusCode: { } code }:
                    return $"returned HTTP {(int)code}";
                case HttpRequestException:
                    return "could not be reached";
                case JsonException or FormatException:
                    return "sent a reply that could not be read";
            }
        }

        return exception is OperationCanceledException ? "timed out" : "failed";
    }
}
