using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;

namespace Purchaser.AspNetCore.Tests;

/// <summary>Invalid configuration stops the host at start, naming the option, instead of failing at the first request.</summary>
public sealed class StartupValidationTests
{
    [Theory]
    [InlineData("Purchaser:RfqNumberPrefix", "rfq number", "RfqNumberPrefix")]
    [InlineData("Purchaser:MaxLinesPerRfq", "0", "MaxLinesPerRfq")]
    [InlineData("Purchaser:Bootstrap:ApiKey", "short", "Purchaser:Bootstrap:ApiKey")]
    public void Invalid_options_fail_the_start(string key, string value, string named)
    {
        var error = StartFailure(key, value);

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// The exception a start with the setting fails with. WebApplicationFactory's deferred host races the failing
    /// program's disposal and, on a loaded machine, sometimes reports the disposed provider instead of the real cause;
    /// only that framework race is retried, any other outcome is the test's answer.
    /// </summary>
    private static OptionsValidationException StartFailure(string key, string value)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var host = new PurchaserHostFactory().WithWebHostBuilder(builder => builder.UseSetting(key, value));
            try
            {
                host.CreateClient();
            }
            catch (OptionsValidationException error)
            {
                return error;
            }
            catch (ObjectDisposedException) when (attempt < 5)
            {
                continue;
            }

            Assert.Fail($"The host started with {key}={value}.");
        }
    }

    [Fact]
    public async Task The_service_graph_is_valid_with_scope_validation_on()
    {
        await using var host = new PurchaserHostFactory().WithWebHostBuilder(builder => builder.UseDefaultServiceProvider(o =>
        {
            o.ValidateScopes = true;
            o.ValidateOnBuild = true;
        }));

        var client = host.CreateClient();

        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }
}
