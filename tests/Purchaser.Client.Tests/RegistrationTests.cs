using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Purchaser.Client.Webhooks;

namespace Purchaser.Client.Tests;

public sealed class RegistrationTests
{
    [Fact]
    public void Client_options_are_validated_at_start()
    {
        var services = new ServiceCollection();
        services.AddPurchaserClient(options => options.BaseAddress = new Uri("/purchaser", UriKind.Relative));
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(error.Failures, f => f.Contains("BaseAddress", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("ApiKey", StringComparison.Ordinal));
    }

    [Fact]
    public void A_non_http_base_address_is_refused()
    {
        var services = new ServiceCollection();
        services.AddPurchaserClient(options =>
        {
            options.BaseAddress = new Uri("ftp://purchaser.example/");
            options.ApiKey = "pur_key";
        });
        using var provider = services.BuildServiceProvider();

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
    }

    [Fact]
    public async Task Requests_go_below_a_base_address_with_a_path_and_carry_the_key()
    {
        var stub = new StubHandler(HttpStatusCode.OK, "application/json", """{"items":[],"nextCursor":null}""");
        using var provider = Provider(new Uri("https://erp.example/purchaser"), stub);

        await provider.GetRequiredService<PurchaserClient>().Rfqs.ListPageAsync(status: "draft", reference: "SO 1&2", limit: 5);

        var request = Assert.Single(stub.Requests);
        Assert.Equal("https://erp.example/purchaser/api/v1/rfqs?status=draft&reference=SO%201%262&limit=5", request.Uri.AbsoluteUri);
        Assert.Equal("Bearer pur_key_for_stub", request.Authorization);
    }

    [Fact]
    public async Task An_error_that_is_not_a_problem_keeps_its_status_and_text()
    {
        var stub = new StubHandler(HttpStatusCode.BadGateway, "text/html", "<h1>upstream down</h1>");
        using var provider = Provider(new Uri("https://erp.example/"), stub);

        var error = await Assert.ThrowsAsync<PurchaserApiException>(() => provider.GetRequiredService<PurchaserClient>().Vendors.DeleteAsync(Guid.NewGuid()));

        Assert.Equal(HttpStatusCode.BadGateway, error.StatusCode);
        Assert.Null(error.Code);
        Assert.Equal("<h1>upstream down</h1>", error.Detail);
        Assert.Empty(error.Errors);
        Assert.True(stub.Requests.Count > 1, "DELETE is idempotent and should have been retried");
    }

    [Fact]
    public void The_webhook_verifier_resolves_with_its_defaults()
    {
        var services = new ServiceCollection();
        services.AddPurchaserWebhookVerifier(options => options.Secrets.Add("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"));
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.NotNull(provider.GetRequiredService<WebhookVerifier>());
        Assert.IsType<InMemoryWebhookReplayGuard>(provider.GetRequiredService<IWebhookReplayGuard>());
    }

    [Fact]
    public void Webhook_verifier_options_are_validated_at_start()
    {
        var services = new ServiceCollection();
        services.AddPurchaserWebhookVerifier(options => options.Secrets.Add("not base64 !"));
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(error.Failures, f => f.Contains("Secrets[0]", StringComparison.Ordinal));
    }

    private static ServiceProvider Provider(Uri baseAddress, StubHandler stub)
    {
        var services = new ServiceCollection();
        var client = services.AddPurchaserClient(options =>
        {
            options.BaseAddress = baseAddress;
            options.ApiKey = "pur_key_for_stub";
        }).ConfigurePrimaryHttpMessageHandler(() => stub);
        services.Configure<HttpStandardResilienceOptions>($"{client.Name}-standard", options => options.Retry.Delay = TimeSpan.Zero);
        return services.BuildServiceProvider();
    }

    private sealed class StubHandler(HttpStatusCode status, string mediaType, string body) : HttpMessageHandler
    {
        public List<(Uri Uri, string? Authorization)> Requests { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (Requests)
            {
                Requests.Add((request.RequestUri!, request.Headers.Authorization?.ToString()));
            }

            return Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, mediaType), RequestMessage = request });
        }
    }
}
