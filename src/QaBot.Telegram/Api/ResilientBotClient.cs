using System.Net;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Requests;
using Telegram.Bot.Requests.Abstractions;

namespace QaBot.Telegram.Api;

/// <summary>
/// The real Telegram.Bot client with retries: 429 waits exactly <c>retry_after</c>, 5xx and timeouts back off
/// exponentially (with jitter), up to <see cref="TelegramOptions.MaxRetries"/>. Each call has its own timeout
/// (getUpdates: its long-poll timeout plus the request timeout). Other errors (400, 401, 403) are thrown at once.
/// </summary>
public sealed class ResilientBotClient : TelegramBotClient
{
    private readonly TelegramOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    /// <summary>Creates the client for <paramref name="options"/>, sending through <paramref name="http"/>.</summary>
    public ResilientBotClient(TelegramOptions options, HttpClient http, TimeProvider time, ILogger<ResilientBotClient> logger)
        : base(CreateOptions(options), http)
    {
        _options = options;
        _time = time;
        _logger = logger;
    }

    /// <inheritdoc/>
    public override async Task<TResponse> SendRequest<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeoutFor(request));
            TimeSpan delay;
            try
            {
                return await base.SendRequest(request, timeout.Token);
            }
            catch (ApiRequestException ex) when (ex.ErrorCode == 429 && attempt < _options.MaxRetries)
            {
                var retryAfter = ex.Parameters?.RetryAfter ?? 1;
                if (retryAfter > _options.MaxRetryAfterSeconds)
                {
                    throw;
                }

                delay = TimeSpan.FromSeconds(retryAfter);
                _logger.LogWarning("Telegram {Method}: 429 Too Many Requests, retrying after {Seconds} s", request.MethodName, retryAfter);
            }
            catch (Exception ex) when (attempt < _options.MaxRetries && !cancellationToken.IsCancellationRequested && IsTransient(ex, timeout))
            {
                delay = Backoff(attempt);
                _logger.LogWarning("Telegram {Method}: {Error}; retry {Attempt} in {Delay} ms",
                    request.MethodName, Describe(ex, timeout), attempt + 1, (int)delay.TotalMilliseconds);
            }

            await Task.Delay(delay, _time, cancellationToken);
        }
    }

    private static TelegramBotClientOptions CreateOptions(TelegramOptions options)
        => new(options.BotToken, options.ApiBaseUrl)
        {
            // Retries are ours (above), so 429 waits are logged and observable.
            RetryThreshold = 0,
            RetryCount = 0,
        };

    private TimeSpan TimeoutFor<TResponse>(IRequest<TResponse> request)
        => request is GetUpdatesRequest poll
            ? TimeSpan.FromSeconds((poll.Timeout ?? 0) + _options.RequestTimeoutSeconds)
            : TimeSpan.FromSeconds(_options.RequestTimeoutSeconds);

    private static bool IsTransient(Exception ex, CancellationTokenSource timeout) => ex switch
    {
        ApiRequestException api => api.ErrorCode >= 500,
        RequestException { HttpStatusCode: { } status } => (int)status >= 500 || status == HttpStatusCode.RequestTimeout,
        RequestException { InnerException: HttpRequestException or IOException or TimeoutException } => true,
        RequestException or OperationCanceledException when timeout.IsCancellationRequested => true,
        HttpRequestException => true,
        _ => false,
    };

    private static string Describe(Exception ex, CancellationTokenSource timeout)
        => timeout.IsCancellationRequested ? "timed out" : ex.Message;

    private TimeSpan Backoff(int attempt)
    {
        var baseDelay = TimeSpan.FromMilliseconds(_options.RetryBaseDelayMs);
        var exponential = baseDelay.TotalMilliseconds * Math.Pow(2, attempt);
        var jitter = Random.Shared.NextDouble() * baseDelay.TotalMilliseconds;
        return TimeSpan.FromMilliseconds(Math.Min(30_000, exponential + jitter));
    }
}
