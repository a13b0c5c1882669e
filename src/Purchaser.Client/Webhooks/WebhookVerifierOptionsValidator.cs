using Microsoft.Extensions.Options;
using Purchaser.Contracts.Webhooks;

namespace Purchaser.Client.Webhooks;

/// <summary>Refuses options without a usable secret or with a non-positive tolerance.</summary>
internal sealed class WebhookVerifierOptionsValidator : IValidateOptions<WebhookVerifierOptions>
{
    public ValidateOptionsResult Validate(string? name, WebhookVerifierOptions options)
    {
        var failures = new List<string>();
        if (options.Secrets.Count == 0)
        {
            failures.Add($"{nameof(WebhookVerifierOptions.Secrets)} must contain at least one whsec_ secret.");
        }

        for (var i = 0; i < options.Secrets.Count; i++)
        {
            if (!TryDecode(options.Secrets[i]))
            {
                failures.Add($"{nameof(WebhookVerifierOptions.Secrets)}[{i}] is not a whsec_ secret with a base64 key.");
            }
        }

        if (options.Tolerance <= TimeSpan.Zero)
        {
            failures.Add($"{nameof(WebhookVerifierOptions.Tolerance)} must be positive.");
        }

        if (options.ReplayCacheCapacity < 1)
        {
            failures.Add($"{nameof(WebhookVerifierOptions.ReplayCacheCapacity)} must be at least 1.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool TryDecode(string? secret)
    {
        if (string.IsNullOrWhiteSpace(secret))
        {
            return false;
        }

        try
        {
            return WebhookSignature.DecodeSecret(secret).Length > 0;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
