using System.Net;

namespace Purchaser.Client.Tests;

public sealed class AuthenticationTests
{
    [Fact]
    public async Task An_unknown_key_is_an_unauthenticated_exception()
    {
        await using var host = new ClientHost(apiKey: "pur_not_a_key_the_host_knows_0000");

        var error = await Assert.ThrowsAsync<PurchaserApiException>(() => host.Client.Rfqs.ListPageAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Equal("auth.unauthenticated", error.Code);
    }
}
