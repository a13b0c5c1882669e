using Microsoft.Extensions.Options;

namespace Purchaser.Webhooks;

/// <summary>Checks the attribute rules, and that the retry schedule is usable.</summary>
[OptionsValidator]
internal sealed partial class WebhookOptionsAttributeValidator : IValidateOptions<WebhookOptions>;

/// <summary>The cross-field rules of <see cref="WebhookOptions"/>.</summary>
internal sealed class WebhookOptionsValidator : IValidateOptions<WebhookOptions>
{
    public ValidateOptionsResult Validate(string? name, WebhookOptions options) =>
        options.RetrySchedule.Count > 30 || options.RetrySchedule.Any(w => w < TimeSpan.Zero || w > TimeSpan.FromDays(7))
            ? ValidateOptionsResult.Fail("Purchaser:Webhooks:RetrySchedule must have at most 30 waits, each between 0 and 7 days.")
            : ValidateOptionsResult.Success;
}
