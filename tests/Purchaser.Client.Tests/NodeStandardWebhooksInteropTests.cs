using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using Purchaser.Client.Webhooks;
using Purchaser.Contracts.Webhooks;

namespace Purchaser.Client.Tests;

/// <summary>Our signer and verifier against the npm <c>standardwebhooks</c> package, both ways, including a rotation's two signatures.</summary>
public sealed class NodeStandardWebhooksInteropTests
{
    private const string OldSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static readonly string NewSecret = WebhookSignature.EncodeSecret([.. Enumerable.Range(7, 48).Select(i => (byte)(i * 5))]);
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("{\"type\":\"rfq.awarded\",\"data\":{\"reference\":\"SO-88123\",\"note\":\"Überprüft – ½ Preis\"}}");

    [Fact]
    public async Task The_package_computes_the_specification_vector_as_we_do()
    {
        var body = Encoding.UTF8.GetBytes("{\"test\": 2432232314}");

        var theirs = await NodeStandardWebhooks.SignAsync(OldSecret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, body);

        Assert.Equal("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", theirs);
        Assert.Equal(theirs, WebhookSignature.Sign(WebhookSignature.DecodeSecret(OldSecret), "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, body));
    }

    [Fact]
    public async Task A_signature_made_by_ours_verifies_with_the_package_and_a_changed_body_does_not()
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var ours = WebhookSignature.Sign(WebhookSignature.DecodeSecret(NewSecret), "msg_node_1", now, Body);

        var accepted = await NodeStandardWebhooks.VerifyAsync(NewSecret, "msg_node_1", now, Body, ours);
        var tampered = await NodeStandardWebhooks.VerifyAsync(NewSecret, "msg_node_1", now, [.. Body, (byte)' '], ours);

        Assert.Equal([null], accepted);
        Assert.NotNull(Assert.Single(tampered));
    }

    [Fact]
    public async Task A_signature_made_by_the_package_verifies_with_ours_and_not_under_another_secret()
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var theirs = await NodeStandardWebhooks.SignAsync(OldSecret, "msg_node_2", now, Body);

        var accepted = await Verifier(OldSecret).VerifyAsync("msg_node_2", Timestamp(now), theirs, Body);
        var rejected = await Verifier(NewSecret).VerifyAsync("msg_node_2", Timestamp(now), theirs, Body);

        Assert.True(accepted.IsValid, accepted.Failure.ToString());
        Assert.Equal(WebhookVerificationFailure.InvalidSignature, rejected.Failure);
    }

    [Fact]
    public async Task During_rotation_our_two_signatures_each_verify_with_the_package_under_their_own_secret()
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var underOld = WebhookSignature.Sign(WebhookSignature.DecodeSecret(OldSecret), "msg_node_3", now, Body);
        var underNew = WebhookSignature.Sign(WebhookSignature.DecodeSecret(NewSecret), "msg_node_3", now, Body);
        var header = $"{underOld} {underNew}";

        // The whole header under each secret (the matching signature first, then last), then each signature alone.
        var underOldSecret = await NodeStandardWebhooks.VerifyAsync(OldSecret, "msg_node_3", now, Body, header, underOld, underNew);
        var underNewSecret = await NodeStandardWebhooks.VerifyAsync(NewSecret, "msg_node_3", now, Body, header, underNew, underOld);

        Assert.Equal([null, null], underOldSecret.Take(2));
        Assert.NotNull(underOldSecret[2]);
        Assert.Equal([null, null], underNewSecret.Take(2));
        Assert.NotNull(underNewSecret[2]);
    }

    [Fact]
    public async Task During_rotation_a_header_the_package_signed_twice_verifies_with_ours_under_either_secret()
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var header = $"{await NodeStandardWebhooks.SignAsync(OldSecret, "msg_node_4", now, Body)} {await NodeStandardWebhooks.SignAsync(NewSecret, "msg_node_4", now, Body)}";

        var onlyOld = await Verifier(OldSecret).VerifyAsync("msg_node_4", Timestamp(now), header, Body);
        var onlyNew = await Verifier(NewSecret).VerifyAsync("msg_node_4", Timestamp(now), header, Body);
        var neither = await Verifier(WebhookSignature.EncodeSecret(new byte[32])).VerifyAsync("msg_node_4", Timestamp(now), header, Body);

        Assert.True(onlyOld.IsValid, onlyOld.Failure.ToString());
        Assert.True(onlyNew.IsValid, onlyNew.Failure.ToString());
        Assert.Equal(WebhookVerificationFailure.InvalidSignature, neither.Failure);
    }

    private static string Timestamp(long seconds) => seconds.ToString(CultureInfo.InvariantCulture);

    private static WebhookVerifier Verifier(string secret)
    {
        var options = new WebhookVerifierOptions();
        options.Secrets.Add(secret);
        return new WebhookVerifier(Options.Create(options), new InMemoryWebhookReplayGuard(TimeProvider.System), TimeProvider.System);
    }
}
