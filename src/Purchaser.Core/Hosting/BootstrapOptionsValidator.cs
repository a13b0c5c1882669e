using Microsoft.Extensions.Options;

namespace Purchaser.Hosting;

/// <summary>Refuses a configured bootstrap key too short to be safe, at start rather than at the first request.</summary>
internal sealed class BootstrapOptionsValidator : IValidateOptions<BootstrapOptions>
{
    public ValidateOptionsResult Validate(string? name, BootstrapOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Tenant))
        {
            return ValidateOptionsResult.Fail("Purchaser:Bootstrap:Tenant must not be empty.");
        }

        return options.ApiKey is { Length: < 24 }
            ? ValidateOptionsResult.Fail("Purchaser:Bootstrap:ApiKey must be at least 24 characters.")
            : ValidateOptionsResult.Success;
    }
}
