namespace QaBot.Tests.Telegram;

/// <summary>Webhook delivery: the test plays Telegram's sender, taking the updates users produced and POSTing them itself.</summary>
internal sealed partial class FakeBotApi
{
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
}
