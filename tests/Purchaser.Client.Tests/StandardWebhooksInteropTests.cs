using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Purchaser.Client.Webhooks;
using Purchaser.Contracts;
using Purchaser.Contracts.Webhooks;
using StandardWebhooks;
using PackageVerificationException = StandardWebhooks.Diagnostics.WebhookVerificationException;

namespace Purchaser.Client.Tests;

/// <summary>Our signer and verifier against the independent <c>StandardWebhooks</c> NuGet implementation, both ways.</summary>
public sealed class StandardWebhooksInteropTests
{
    private const string OldSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static readonly string NewSecret = WebhookSignature.EncodeSecret(Enumerable.Range(100, 32).Select(i => (byte)i).ToArray());
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("{\"type\":\"rfq.published\",\"données\":\"ünïcode\"}");

    [Fact]
    public async Task A_signature_made_by_the_package_verifies_with_ours()
    {
        var sentAt = DateTimeOffset.FromUnixTimeSeconds(1_780_000_000);
        var signature = new StandardWebhook(OldSecret).Sign("msg_interop_1", sentAt, Encoding.UTF8.GetString(Body));

        var result = await Verifier(sentAt, OldSecret).VerifyAsync("msg_interop_1", sentAt.ToUnixTimeSeconds().ToString(), signature, Body);

        Assert.True(result.IsValid, result.Failure.ToString());
    }

    [Fact]
    public async Task A_request_made_by_the_package_reads_as_a_typed_event()
    {
        var sentAt = DateTimeOffset.FromUnixTimeSeconds(1_780_000_000);
        var payload = new WebhookPayload<QuoteReceivedEventData>(EventTypes.QuoteReceived, sentAt, Samples.QuoteReceived());
        using var content = new StandardWebhook(NewSecret).MakeHttpContent(payload, "msg_interop_2", sentAt, PurchaserJsonContext.Default);
        var body = await content.ReadAsByteArrayAsync();

        var webhook = await Verifier(sentAt, OldSecret, NewSecret).ReadEventAsync(name => content.Headers.TryGetValues(name, out var values) ? values.Single() : null, body);

        Assert.Equal("msg_interop_2", webhook.MessageId);
        Assert.Equal(EventTypes.QuoteReceived, webhook.Type);
        Assert.Equal(payload.Data.Quote.QuoteRevisionId, webhook.QuoteReceived!.Data.Quote.QuoteRevisionId);
        Assert.Null(webhook.Rfq);
    }

    [Fact]
    public void A_signature_made_by_ours_verifies_with_the_package()
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var signature = WebhookSignature.Sign(WebhookSignature.DecodeSecret(OldSecret), "msg_interop_3", now, Body);

        var exception = Record.Exception(() => new StandardWebhook(OldSecret).Verify(Encoding.UTF8.GetString(Body), Headers("msg_interop_3", now, signature)));

        Assert.Null(exception);
    }

    [Fact]
    public void The_package_refuses_a_body_that_differs_from_what_we_signed()
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var signature = WebhookSignature.Sign(WebhookSignature.DecodeSecret(OldSecret), "msg_interop_4", now, Body);

        Assert.Throws<PackageVerificationException>(() => new StandardWebhook(OldSecret).Verify(Encoding.UTF8.GetString(Body) + " ", Headers("msg_interop_4", now, signature)));
    }

    [Fact]
    public void During_rotation_each_of_our_signatures_verifies_with_the_package_under_its_own_secret()
    {
        // The package stops before the last entry of a multi-signature header, so each signature is checked alone.
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var underOld = WebhookSignature.Sign(WebhookSignature.DecodeSecret(OldSecret), "msg_interop_5", now, Body);
        var underNew = WebhookSignature.Sign(WebhookSignature.DecodeSecret(NewSecret), "msg_interop_5", now, Body);
        var payload = Encoding.UTF8.GetString(Body);

        Assert.Null(Record.Exception(() => new StandardWebhook(OldSecret).Verify(payload, Headers("msg_interop_5", now, underOld))));
        Assert.Null(Record.Exception(() => new StandardWebhook(NewSecret).Verify(payload, Headers("msg_interop_5", now, underNew))));
        Assert.Throws<PackageVerificationException>(() => new StandardWebhook(NewSecret).Verify(payload, Headers("msg_interop_5", now, underOld)));
    }

    [Fact]
    public async Task During_rotation_the_package_signing_with_either_secret_verifies_with_ours()
    {
        var sentAt = DateTimeOffset.FromUnixTimeSeconds(1_780_000_000);
        var payload = Encoding.UTF8.GetString(Body);
        var verifier = Verifier(sentAt, OldSecret, NewSecret);

        var underOld = await verifier.VerifyAsync("msg_interop_6", sentAt.ToUnixTimeSeconds().ToString(), new StandardWebhook(OldSecret).Sign("msg_interop_6", sentAt, payload), Body);
        var underNew = await verifier.VerifyAsync("msg_interop_7", sentAt.ToUnixTimeSeconds().ToString(), new StandardWebhook(NewSecret).Sign("msg_interop_7", sentAt, payload), Body);

        Assert.True(underOld.IsValid, underOld.Failure.ToString());
        Assert.True(underNew.IsValid, underNew.Failure.ToString());
    }

    private static HeaderDictionary Headers(string id, long timestamp, string signature) => new()
    {
        [WebhookSignature.IdHeader] = id,
        [WebhookSignature.TimestampHeader] = timestamp.ToString(),
        [WebhookSignature.SignatureHeader] = signature,
    };

    private static WebhookVerifier Verifier(DateTimeOffset now, params string[] secrets)
    {
        var options = new WebhookVerifierOptions();
        foreach (var secret in secrets)
        {
            options.Secrets.Add(secret);
        }

        var time = new FakeTimeProvider(now);
        return new WebhookVerifier(Options.Create(options), new InMemoryWebhookReplayGuard(time), time);
    }
}
