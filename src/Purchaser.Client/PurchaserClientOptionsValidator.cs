using Microsoft.Extensions.Options;

namespace Purchaser.Client;

/// <summary>Refuses a relative or non-HTTP base address and a missing API key.</summary>
internal sealed class PurchaserClientOptionsValidator : IValidateOptions<PurchaserClientOptions>
{
    public ValidateOptionsResult Validate(string? name, PurchaserClientOptions options)
    {
        var failures = new List<string>();
        if (options.BaseAddress is not { IsAbsoluteUri: true } address || (address.Scheme != Uri.UriSchemeHttp && address.Scheme != Uri.UriSchemeHttps))
        {
            failures.Add($"{nameof(PurchaserClientOptions.BaseAddress)} must be an absolute http or https address.");
        }

        if (string.IsNullOrWhiteSpace(options.ApiKey))
        {
            failures.Add($"{nameof(PurchaserClientOptions.ApiKey)} is required.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
