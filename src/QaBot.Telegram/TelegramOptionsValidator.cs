using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace QaBot.Telegram;

/// <summary>Rules that span several <see cref="TelegramOptions"/> keys (DataAnnotations check single keys).</summary>
internal sealed partial class TelegramOptionsValidator : IValidateOptions<TelegramOptions>
{
    public ValidateOptionsResult Validate(string? name, TelegramOptions options)
    {
        var failures = new List<string>();
        if (!IsHttpUrl(options.ApiBaseUrl))
        {
            failures.Add($"Telegram:ApiBaseUrl must be an absolute http(s) URL such as https://api.telegram.org (got \"{options.ApiBaseUrl}\").");
        }

        if (options.Mode == BotMode.Webhook)
        {
            if (!Uri.TryCreate(options.WebhookUrl, UriKind.Absolute, out var hook) || hook.Scheme != Uri.UriSchemeHttps)
            {
                failures.Add("Telegram:WebhookUrl must be the public https:// URL Telegram posts updates to when Telegram:Mode is Webhook.");
            }

            if (string.IsNullOrEmpty(options.WebhookSecret) || !SecretPattern().IsMatch(options.WebhookSecret))
            {
                failures.Add("Telegram:WebhookSecret is required in Webhook mode: 1-256 characters of A-Z, a-z, 0-9, _ and -.");
            }

            if (!IsHttpUrl(options.WebhookListenUrl))
            {
                failures.Add("Telegram:WebhookListenUrl must be a local http(s) address with a port, e.g. http://0.0.0.0:8443.");
            }
        }

        if (options.RateLimit is null)
        {
            failures.Add("Telegram:RateLimit must have Capacity and RefillPerMinute.");
        }
        else
        {
            // DataAnnotations validation does not descend into nested objects.
            var results = new List<ValidationResult>();
            Validator.TryValidateObject(options.RateLimit, new ValidationContext(options.RateLimit), results, validateAllProperties: true);
            failures.AddRange(results.Select(r => r.ErrorMessage ?? "Telegram:RateLimit is invalid."));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsHttpUrl(string? value)
        => Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretPattern();
}
