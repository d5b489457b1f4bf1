using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QaBot.Telegram.Storage;

namespace QaBot.Telegram.Hosting;

/// <summary>
/// Webhook mode: Kestrel on <see cref="TelegramOptions.WebhookListenUrl"/> accepts POSTs on the path of
/// <see cref="TelegramOptions.WebhookUrl"/> carrying the right <c>X-Telegram-Bot-Api-Secret-Token</c>. Each update is
/// stored in the inbox (as raw JSON) before Telegram gets its 200, so one acknowledged but unanswered at shutdown is
/// answered after restart, a redelivered one is recognised, and an unreadable one is skipped by the handler.
/// </summary>
public sealed class WebhookService(ChatQueues queues, BotStore store, IOptions<TelegramOptions> options, ILogger<WebhookService> logger) : IHostedService
{
    private WebApplication? _app;

    /// <summary>The address Kestrel actually listens on (useful when the port is 0).</summary>
    public string? ListeningUrl => _app?.Urls.FirstOrDefault();

    /// <inheritdoc/>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var pending in await store.PendingAsync(cancellationToken))
        {
            queues.Enqueue(pending);
        }

        var o = options.Value;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(o.WebhookListenUrl);
        _app = builder.Build();
        var path = new Uri(o.WebhookUrl!).AbsolutePath;
        var secret = Encoding.UTF8.GetBytes(o.WebhookSecret ?? "");
        _app.MapPost(path, async (HttpContext http) =>
        {
            var given = Encoding.UTF8.GetBytes(http.Request.Headers["X-Telegram-Bot-Api-Secret-Token"].ToString());
            if (!CryptographicOperations.FixedTimeEquals(given, secret))
            {
                return Results.Unauthorized();
            }

            if (await ReadAsync(http) is not { } update)
            {
                return Results.BadRequest();
            }

            foreach (var accepted in await store.AcceptAsync([update], null, http.RequestAborted))
            {
                queues.Enqueue(accepted);
            }

            return Results.Ok();
        });
        await _app.StartAsync(cancellationToken);
        logger.LogInformation("Webhook listening on {Url}{Path}", ListeningUrl, path);
    }

    /// <inheritdoc/>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null)
        {
            await _app.StopAsync(cancellationToken);
            await _app.DisposeAsync();
        }

        await queues.DrainAsync(cancellationToken);
    }

    private async Task<InboxUpdate?> ReadAsync(HttpContext http)
    {
        try
        {
            using var json = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
            return InboxUpdates.From(json.RootElement);
        }
        catch (JsonException ex)
        {
            logger.LogWarning("Ignoring a webhook body that is not JSON ({Error})", ex.Message);
            return null;
        }
    }
}
