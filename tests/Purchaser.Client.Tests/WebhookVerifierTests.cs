using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Purchaser.Client.Webhooks;
using Purchaser.Contracts.Webhooks;

namespace Purchaser.Client.Tests;

public sealed class WebhookVerifierTests
{
    private const string Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private const string MessageId = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private const long Timestamp = 1614265330;
    private const string SpecSignature = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("{\"test\": 2432232314}");

    private FakeTimeProvider _time = new(DateTimeOffset.FromUnixTimeSeconds(Timestamp));

    [Fact]
    public async Task The_specification_vector_verifies()
    {
        var result = await Verifier(Secret).VerifyAsync(MessageId, Timestamp.ToString(), SpecSignature, Body);

        Assert.True(result.IsValid, result.Failure.ToString());
        Assert.Equal(WebhookVerificationFailure.None, result.Failure);
        Assert.Equal(MessageId, result.MessageId);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(Timestamp), result.Timestamp);
    }

    [Fact]
    public async Task A_valid_signature_placed_last_among_several_verifies()
    {
        var wrong = WebhookSignature.Sign(new byte[32], MessageId, Timestamp, Body);
        var header = $"v2,c29tZXRoaW5n {wrong} v1,bm90LWEtc2lnbmF0dXJl {SpecSignature}";

        var result = await Verifier(Secret).VerifyAsync(MessageId, Timestamp.ToString(), header, Body);

        Assert.True(result.IsValid, result.Failure.ToString());
    }

    [Theory]
    [InlineData(-300, WebhookVerificationFailure.None)]
    [InlineData(-299, WebhookVerificationFailure.None)]
    [InlineData(-301, WebhookVerificationFailure.TimestampTooNew)]
    [InlineData(300, WebhookVerificationFailure.None)]
    [InlineData(299, WebhookVerificationFailure.None)]
    [InlineData(301, WebhookVerificationFailure.TimestampTooOld)]
    public async Task The_timestamp_must_be_within_five_minutes_either_way(int secondsSinceSent, WebhookVerificationFailure expected)
    {
        _time = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(Timestamp + secondsSinceSent));

        var result = await Verifier(Secret).VerifyAsync(MessageId, Timestamp.ToString(), SpecSignature, Body);

        Assert.Equal(expected, result.Failure);
    }

    [Theory]
    [InlineData(1, WebhookVerificationFailure.TimestampTooOld)]
    [InlineData(-1, WebhookVerificationFailure.TimestampTooNew)]
    public async Task Just_outside_by_a_millisecond_is_refused(int direction, WebhookVerificationFailure expected)
    {
        _time = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(Timestamp) + (direction * (TimeSpan.FromMinutes(5) + TimeSpan.FromMilliseconds(1))));

        var result = await Verifier(Secret).VerifyAsync(MessageId, Timestamp.ToString(), SpecSignature, Body);

        Assert.Equal(expected, result.Failure);
    }

    [Fact]
    public async Task A_configured_tolerance_replaces_the_default()
    {
        _time.Advance(TimeSpan.FromSeconds(61));
        var options = new WebhookVerifierOptions { Tolerance = TimeSpan.FromMinutes(1) };
        options.Secrets.Add(Secret);
        var verifier = new WebhookVerifier(Options.Create(options), new InMemoryWebhookReplayGuard(_time), _time);

        var result = await verifier.VerifyAsync(MessageId, Timestamp.ToString(), SpecSignature, Body);

        Assert.Equal(WebhookVerificationFailure.TimestampTooOld, result.Failure);
    }

    [Theory]
    [InlineData(null, "1614265330", SpecSignature)]
    [InlineData(MessageId, null, SpecSignature)]
    [InlineData(MessageId, "1614265330", null)]
    [InlineData("", "1614265330", SpecSignature)]
    [InlineData(MessageId, "", SpecSignature)]
    [InlineData(MessageId, "1614265330", "")]
    public async Task Every_header_is_required(string? id, string? timestamp, string? signature)
    {
        var result = await Verifier(Secret).VerifyAsync(id, timestamp, signature, Body);

        Assert.False(result.IsValid);
        Assert.Equal(WebhookVerificationFailure.MissingHeaders, result.Failure);
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("-1614265330")]
    [InlineData("1614265330.5")]
    [InlineData(" 1614265330")]
    public async Task A_timestamp_that_is_not_unix_seconds_is_refused(string timestamp)
    {
        var result = await Verifier(Secret).VerifyAsync(MessageId, timestamp, SpecSignature, Body);

        Assert.Equal(WebhookVerificationFailure.InvalidTimestamp, result.Failure);
    }

    [Fact]
    public async Task A_timestamp_beyond_the_calendar_is_too_new_not_a_crash()
    {
        var result = await Verifier(Secret).VerifyAsync(MessageId, long.MaxValue.ToString(), SpecSignature, Body);

        Assert.Equal(WebhookVerificationFailure.TimestampTooNew, result.Failure);
    }

    [Fact]
    public async Task A_tampered_body_is_refused()
    {
        var tampered = Encoding.UTF8.GetBytes("{\"test\": 2432232315}");

        var result = await Verifier(Secret).VerifyAsync(MessageId, Timestamp.ToString(), SpecSignature, tampered);

        Assert.Equal(WebhookVerificationFailure.InvalidSignature, result.Failure);
    }

    [Fact]
    public async Task A_changed_id_or_timestamp_is_refused()
    {
        var verifier = Verifier(Secret);

        Assert.Equal(WebhookVerificationFailure.InvalidSignature, (await verifier.VerifyAsync("msg_other", Timestamp.ToString(), SpecSignature, Body)).Failure);
        Assert.Equal(WebhookVerificationFailure.InvalidSignature, (await verifier.VerifyAsync(MessageId, (Timestamp + 1).ToString(), SpecSignature, Body)).Failure);
    }

    [Fact]
    public async Task A_signature_under_an_unknown_secret_is_refused()
    {
        var result = await Verifier(WebhookSignature.EncodeSecret(new byte[32])).VerifyAsync(MessageId, Timestamp.ToString(), SpecSignature, Body);

        Assert.Equal(WebhookVerificationFailure.InvalidSignature, result.Failure);
    }

    [Fact]
    public async Task A_replay_of_an_accepted_message_is_refused()
    {
        var verifier = Verifier(Secret);

        var first = await verifier.VerifyAsync(MessageId, Timestamp.ToString(), SpecSignature, Body);
        _time.Advance(TimeSpan.FromMinutes(4));
        var replay = await verifier.VerifyAsync(MessageId, Timestamp.ToString(), SpecSignature, Body);

        Assert.True(first.IsValid);
        Assert.Equal(WebhookVerificationFailure.Replayed, replay.Failure);
        Assert.Equal(MessageId, replay.MessageId);
    }

    [Fact]
    public async Task A_forged_request_does_not_poison_the_replay_guard()
    {
        var guard = new InMemoryWebhookReplayGuard(_time);
        var verifier = Verifier(guard, Secret);

        var forged = await verifier.VerifyAsync(MessageId, Timestamp.ToString(), "v1,AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", Body);
        var genuine = await verifier.VerifyAsync(MessageId, Timestamp.ToString(), SpecSignature, Body);

        Assert.Equal(WebhookVerificationFailure.InvalidSignature, forged.Failure);
        Assert.True(genuine.IsValid, genuine.Failure.ToString());
        Assert.Equal(1, guard.Count);
    }

    [Fact]
    public async Task During_rotation_a_signature_under_either_secret_verifies()
    {
        var newSecret = WebhookSignature.EncodeSecret(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
        var underNew = WebhookSignature.Sign(WebhookSignature.DecodeSecret(newSecret), "msg_new", Timestamp, Body);
        var underOld = WebhookSignature.Sign(WebhookSignature.DecodeSecret(Secret), "msg_old", Timestamp, Body);
        var bothForOne = $"{WebhookSignature.Sign(WebhookSignature.DecodeSecret(newSecret), "msg_both", Timestamp, Body)} {WebhookSignature.Sign(WebhookSignature.DecodeSecret(Secret), "msg_both", Timestamp, Body)}";
        var verifier = Verifier(Secret, newSecret);

        Assert.True((await verifier.VerifyAsync("msg_new", Timestamp.ToString(), underNew, Body)).IsValid);
        Assert.True((await verifier.VerifyAsync("msg_old", Timestamp.ToString(), underOld, Body)).IsValid);
        Assert.True((await verifier.VerifyAsync("msg_both", Timestamp.ToString(), bothForOne, Body)).IsValid);
        Assert.Equal(WebhookVerificationFailure.InvalidSignature, (await Verifier(Secret).VerifyAsync("msg_new", Timestamp.ToString(), underNew, Body)).Failure);
    }

    [Fact]
    public async Task Headers_can_be_read_through_a_lookup()
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["Webhook-Id"] = MessageId,
            ["Webhook-Timestamp"] = Timestamp.ToString(),
            ["Webhook-Signature"] = SpecSignature,
        };

        var result = await Verifier(Secret).VerifyAsync(name => headers.GetValueOrDefault(name), Body);

        Assert.True(result.IsValid, result.Failure.ToString());
    }

    [Fact]
    public async Task Reading_an_event_that_does_not_verify_throws_with_the_reason()
    {
        var headers = new Dictionary<string, string> { ["webhook-id"] = MessageId, ["webhook-timestamp"] = Timestamp.ToString(), ["webhook-signature"] = SpecSignature };
        var verifier = Verifier(Secret);

        var tampered = await Assert.ThrowsAsync<WebhookVerificationException>(() => verifier.ReadEventAsync(name => headers.GetValueOrDefault(name), Encoding.UTF8.GetBytes("{\"test\": 1}")));

        Assert.Equal(WebhookVerificationFailure.InvalidSignature, tampered.Result.Failure);
    }

    [Fact]
    public void Options_without_a_usable_secret_are_refused()
    {
        var empty = new WebhookVerifierOptions();
        var garbage = new WebhookVerifierOptions { Tolerance = TimeSpan.Zero };
        garbage.Secrets.Add("whsec_***");

        Assert.Throws<OptionsValidationException>(() => new WebhookVerifier(Options.Create(empty), new InMemoryWebhookReplayGuard(_time), _time));
        var failure = Assert.Throws<OptionsValidationException>(() => new WebhookVerifier(Options.Create(garbage), new InMemoryWebhookReplayGuard(_time), _time));
        Assert.Contains(failure.Failures, f => f.Contains("Secrets[0]", StringComparison.Ordinal));
        Assert.Contains(failure.Failures, f => f.Contains("Tolerance", StringComparison.Ordinal));
    }

    private WebhookVerifier Verifier(params string[] secrets) => Verifier(new InMemoryWebhookReplayGuard(_time), secrets);

    private WebhookVerifier Verifier(IWebhookReplayGuard guard, params string[] secrets)
    {
        var options = new WebhookVerifierOptions();
        foreach (var secret in secrets)
        {
            options.Secrets.Add(secret);
        }

        return new WebhookVerifier(Options.Create(options), guard, _time);
    }
}
