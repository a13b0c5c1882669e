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
        using var host = new PurchaserHostFactory().WithWebHostBuilder(builder => builder.UseSetting(key, value));

        var error = Assert.Throws<OptionsValidationException>(() => host.CreateClient());

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
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
