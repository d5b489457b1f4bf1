using System.Net;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Requests.Abstractions;

namespace QaBot.Telegram.Api;

/// <summary>
/// The real Telegram.Bot client behind Polly pipelines, chosen by method:
/// <list type="bullet">
/// <item>most calls: retry (429 waits exactly <c>retry_after</c>; 5xx, timeouts and lost connections back off
/// exponentially with jitter, up to <see cref="TelegramOptions.MaxRetries"/>) around a per-attempt timeout;</item>
/// <item>"typing…" and drafts: one short attempt — they are decoration and must never hold an answer back;</item>
/// <item>getUpdates: its long-poll timeout plus the request timeout, no retries (the polling loop backs off).</item>
/// </list>
/// Other errors (400, 401, 403) are thrown at once. A send retried after it may already have reached Telegram (timed
/// out, connection lost mid-request) is logged and counted in <see cref="AmbiguousResends"/>: Telegram offers no way
/// to make that case safe.
/// </summary>
public sealed class ResilientBotClient : TelegramBotClient
{
    private static readonly ResiliencePropertyKey<string> MethodKey = new("telegram.method");
    private static readonly ResiliencePropertyKey<TimeSpan> TimeoutKey = new("telegram.timeout");
    private static readonly TimeSpan BestEffortTimeout = TimeSpan.FromSeconds(5);
    private readonly TelegramOptions _options;
    private readonly ILogger _logger;
    private readonly ResiliencePipeline _calls;
    private readonly ResiliencePipeline _once;
    private long _ambiguousResends;

    /// <summary>Creates the client for <paramref name="options"/>, sending through <paramref name="http"/>.</summary>
    public ResilientBotClient(TelegramOptions options, HttpClient http, TimeProvider time, ILogger<ResilientBotClient> logger)
        : base(new TelegramBotClientOptions(options.BotToken, options.ApiBaseUrl) { RetryThreshold = 0, RetryCount = 0 }, http)
    {
        _options = options;
        _logger = logger;
        var timeout = new TimeoutStrategyOptions { TimeoutGenerator = args => ValueTask.FromResult(args.Context.Properties.GetValue(TimeoutKey, TimeSpan.FromSeconds(30))) };
        var calls = new ResiliencePipelineBuilder { TimeProvider = time };
        if (options.MaxRetries > 0)
        {
            calls.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(options.RetryBaseDelayMs),
                MaxDelay = TimeSpan.FromSeconds(30),
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } ex && IsTransient(ex)),
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Exception is ApiRequestException { ErrorCode: 429 } tooMany
                    ? TimeSpan.FromSeconds(tooMany.Parameters?.RetryAfter ?? 1)
                    : (TimeSpan?)null),
                OnRetry = OnRetry,
            });
        }

        _calls = calls.AddTimeout(timeout).Build();
        _once = new ResiliencePipelineBuilder { TimeProvider = time }.AddTimeout(timeout).Build();
    }

    /// <summary>Sends retried after they may already have reached Telegram, since start (each one may show twice).</summary>
    public long AmbiguousResends => Interlocked.Read(ref _ambiguousResends);

    /// <inheritdoc/>
    public override async Task<TResponse> SendRequest<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default)
    {
        var (pipeline, timeout) = request switch
        {
            RawUpdatesRequest poll => (_once, TimeSpan.FromSeconds((poll.Timeout ?? 0) + _options.RequestTimeoutSeconds)),
            { MethodName: "sendChatAction" or "sendMessageDraft" } => (_once, Min(BestEffortTimeout, TimeSpan.FromSeconds(_options.RequestTimeoutSeconds))),
            _ => (_calls, TimeSpan.FromSeconds(_options.RequestTimeoutSeconds)),
        };
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(MethodKey, request.MethodName);
        context.Properties.Set(TimeoutKey, timeout);
        try
        {
            return await pipeline.ExecuteAsync(
                static async (ctx, state) => await state.Client.SendOnceAsync(state.Request, ctx.CancellationToken),
                context, (Client: this, Request: request));
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private Task<TResponse> SendOnceAsync<TResponse>(IRequest<TResponse> request, CancellationToken ct) => base.SendRequest(request, ct);

    private bool IsTransient(Exception ex) => ex switch
    {
        ApiRequestException { ErrorCode: 429 } tooMany => (tooMany.Parameters?.RetryAfter ?? 1) <= _options.MaxRetryAfterSeconds,
        ApiRequestException api => api.ErrorCode >= 500,
        RequestException { HttpStatusCode: { } status } => (int)status >= 500 || status == HttpStatusCode.RequestTimeout,
        RequestException { InnerException: HttpRequestException or IOException or TimeoutException } => true,
        TimeoutRejectedException or HttpRequestException => true,
        _ => false,
    };

    private ValueTask OnRetry(OnRetryArguments<object> args)
    {
        var method = args.Context.Properties.GetValue(MethodKey, "?");
        var error = args.Outcome.Exception;
        if (error is ApiRequestException { ErrorCode: 429 })
        {
            _logger.LogWarning("Telegram {Method}: 429 Too Many Requests, retrying after {Seconds} s", method, (int)args.RetryDelay.TotalSeconds);
        }
        else if (MayHaveArrived(error) && method.StartsWith("send", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _ambiguousResends);
            _logger.LogWarning("Telegram {Method}: {Error} after the request was sent; retry {Attempt} in {Delay} ms — if Telegram had stored it, this message shows twice",
                method, Describe(error), args.AttemptNumber + 1, (int)args.RetryDelay.TotalMilliseconds);
        }
        else
        {
            _logger.LogWarning("Telegram {Method}: {Error}; retry {Attempt} in {Delay} ms", method, Describe(error), args.AttemptNumber + 1, (int)args.RetryDelay.TotalMilliseconds);
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>True when the request may have reached Telegram: it timed out or the connection broke after it was sent.</summary>
    private static bool MayHaveArrived(Exception? ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case TimeoutRejectedException:
                    return true;
                case HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError }:
                    return false; // never connected: nothing was sent
                case HttpRequestException or IOException:
                    return true;
            }
        }

        return false;
    }

    private static string Describe(Exception? ex) => ex switch
    {
        TimeoutRejectedException => "timed out",
        ApiRequestException api => $"{api.ErrorCode} {api.Message}",
        null => "failed",
        _ => ex.InnerException?.Message ?? ex.Message,
    };

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
