using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using Purchaser.Contracts.Webhooks;

namespace Purchaser.Benchmarks;

/// <summary>
/// Signing one webhook (building <c>{id}.{timestamp}.{body}</c>, HMAC-SHA256, base64, the <c>v1,</c> prefix) against the
/// floor: a bare <see cref="HMACSHA256.HashData(byte[], byte[])"/> over the same bytes already concatenated. Goal: within 1.2×.
/// </summary>
[MemoryDiagnoser]
public class WebhookSigningBenchmarks
{
    private const string MessageId = "msg_0193a5c4b2d07c8e9f1a2b3c4d5e6f70";
    private const long Timestamp = 1_764_878_400;
    private byte[] _key = null!;
    private byte[] _body = null!;
    private byte[] _signedContent = null!;

    [Params(1_024, 16_384)]
    public int BodyBytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _key = WebhookSignature.DecodeSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        _body = Encoding.UTF8.GetBytes("{\"type\":\"rfq.published\",\"data\":\"" + new string('x', BodyBytes - 36) + "\"}");
        _signedContent = [.. Encoding.UTF8.GetBytes($"{MessageId}.{Timestamp}."), .. _body];
    }

    [Benchmark(Baseline = true, Description = "HMACSHA256.HashData over the signed content")]
    public byte[] BareHmac() => HMACSHA256.HashData(_key, _signedContent);

    [Benchmark(Description = "WebhookSignature.Sign")]
    public string Sign() => WebhookSignature.Sign(_key, MessageId, Timestamp, _body);
}
