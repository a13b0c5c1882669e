using System.Text;
using Purchaser.Contracts.Webhooks;

namespace Purchaser.Core.Tests;

public sealed class WebhookSignatureTests
{
    private const string Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private const string MessageId = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private const long Timestamp = 1614265330;
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("{\"test\": 2432232314}");

    [Fact]
    public void The_specification_vector_signs_as_published() =>
        Assert.Equal("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", WebhookSignature.Sign(WebhookSignature.DecodeSecret(Secret), MessageId, Timestamp, Body));

    [Fact]
    public void A_valid_signature_is_found_wherever_it_stands_in_the_header()
    {
        var key = WebhookSignature.DecodeSecret(Secret);
        var other = WebhookSignature.Sign(new byte[24], MessageId, Timestamp, Body);
        var good = WebhookSignature.Sign(key, MessageId, Timestamp, Body);

        Assert.True(WebhookSignature.IsValid(key, MessageId, Timestamp, Body, $"{other} {good}"));
        Assert.True(WebhookSignature.IsValid(key, MessageId, Timestamp, Body, $"v2,xyz {good} {other}"));
        Assert.False(WebhookSignature.IsValid(key, MessageId, Timestamp, Body, other));
        Assert.False(WebhookSignature.IsValid(key, MessageId, Timestamp + 1, Body, good));
        Assert.False(WebhookSignature.IsValid(key, MessageId, Timestamp, Body, "v1,not-base64!!"));
        Assert.False(WebhookSignature.IsValid(key, MessageId, Timestamp, Body, null));
    }

    [Fact]
    public void Long_message_ids_do_not_overflow_the_stack()
    {
        var id = new string('m', 10_000);
        var key = WebhookSignature.DecodeSecret(Secret);
        Assert.True(WebhookSignature.IsValid(key, id, Timestamp, Body, WebhookSignature.Sign(key, id, Timestamp, Body)));
    }
}
