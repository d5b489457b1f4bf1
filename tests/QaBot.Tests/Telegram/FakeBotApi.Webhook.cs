using System.Text;

namespace QaBot.Tests.Telegram;

/// <summary>
/// Webhook delivery: either the test plays Telegram's sender (<see cref="TakeUpdates"/>), or, with
/// <see cref="WebhookTarget"/> set, the fake POSTs pending updates in order itself, each kept until the bot answers 200.
/// </summary>
internal sealed partial class FakeBotApi
{
    private readonly CancellationTokenSource _stopDelivery = new();
    private Task? _delivery;

    /// <summary>The webhook URL the bot registered with setWebhook (null before, or after deleteWebhook).</summary>
    public string? WebhookUrl { get { lock (_gate) { return _webhookUrl; } } }

    /// <summary>Removes and returns the updates not yet delivered (raw JSON, in order), as Telegram's webhook sender would take them.</summary>
    public IReadOnlyList<(int Id, string Json)> TakeUpdates()
    {
        lock (_gate)
        {
            var taken = _pending.ToList();
            _pending.Clear();
            return taken;
        }
    }

    /// <summary>
    /// Where webhook updates are POSTed (what the TLS-terminating proxy in front of the bot would forward to). While a
    /// webhook is registered, every pending update is delivered there with the secret header and dropped only after a 200.
    /// </summary>
    public Uri? WebhookTarget { get; set; }

    /// <summary>Webhook POSTs that did not get a 200 (bot down, killed mid-request, …); each was delivered again.</summary>
    public int FailedDeliveries { get; private set; }

    private void StartDelivering()
    {
        lock (_gate)
        {
            _delivery ??= Task.Run(DeliverAsync);
        }
    }

    private async Task DeliverAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var ct = _stopDelivery.Token;
        while (!ct.IsCancellationRequested)
        {
            (int Id, string Json)? next;
            Task changed;
            lock (_gate)
            {
                next = _webhookUrl is null || WebhookTarget is null || _pending.Count == 0 ? null : _pending[0];
                changed = _changed.Task;
            }

            try
            {
                if (next is not { } update)
                {
                    await changed.WaitAsync(TimeSpan.FromMilliseconds(200), ct).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                    continue;
                }

                using var request = new HttpRequestMessage(HttpMethod.Post, WebhookTarget) { Content = new StringContent(update.Json, Encoding.UTF8, "application/json") };
                request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", WebhookSecret ?? "");
                using var response = await http.SendAsync(request, ct);
                if (response.IsSuccessStatusCode)
                {
                    lock (_gate) { _pending.RemoveAll(u => u.Id == update.Id); }
                    Changed();
                    continue;
                }
            }
            // Like Telegram, a delivery that fails in any way is retried: a bot killed mid-connect can surface as a raw SocketException.
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException or System.Net.Sockets.SocketException && !ct.IsCancellationRequested)
            {
            }
            catch (OperationCanceledException)
            {
                return;
            }

            FailedDeliveries++;
            await Task.Delay(TimeSpan.FromMilliseconds(300), ct).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }
}
