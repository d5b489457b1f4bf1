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
using Telegram.Bot;
using Telegram.Bot.Types;

namespace QaBot.Telegram.Hosting;

/// <summary>
/// Webhook mode: Kestrel on <see cref="TelegramOptions.WebhookListenUrl"/> accepts POSTs on the path of
/// <see cref="TelegramOptions.WebhookUrl"/> carrying the right <c>X-Telegram-Bot-Api-Secret-Token</c>. Each update is
/// written to the inbox before Telegram gets its 200, so one acknowledged but unanswered at shutdown is answered after restart.
/// </summary>
public sealed class WebhookService(
    UpdateDispatcher dispatcher, UpdateLedger ledger, IOptions<TelegramOptions> options, ILogger<WebhookService> logger) : IHostedService
{
    private WebApplication? _app;

    /// <summary>The address Kestrel actually listens on (useful when the port is 0).</summary>
    public string? ListeningUrl => _app?.Urls.FirstOrDefault();

    /// <inheritdoc/>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var json in await ledger.PendingInboxAsync(cancellationToken))
        {
            if (Parse(json) is { } pending)
            {
                dispatcher.Enqueue(pending);
            }
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

            using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
            var json = await reader.ReadToEndAsync(http.RequestAborted);
            if (Parse(json) is not { } update)
            {
                return Results.BadRequest();
            }

            if (await ledger.AddToInboxAsync(update.Id, json, http.RequestAborted))
            {
                dispatcher.Enqueue(update);
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

        await dispatcher.DrainAsync(cancellationToken);
    }

    private Update? Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<Update>(json, JsonBotAPI.Options);
        }
        catch (JsonException ex)
        {
            logger.LogWarning(ex, "Ignoring a webhook body that is not an update");
            return null;
        }
    }
}
