using System.Globalization;
using Microsoft.Extensions.Options;
using Purchaser.Contracts.Webhooks;

namespace Purchaser.Client.Webhooks;

/// <summary>
/// Verifies Standard Webhooks requests from Purchaser: the three headers are present, the timestamp is within the
/// tolerance of now, a <c>v1</c> signature is valid for one of the configured secrets, and the message id has not been
/// accepted before. Pass the raw body bytes exactly as received; re-serialised JSON does not verify.
/// </summary>
public sealed class WebhookVerifier
{
    private readonly byte[][] _keys;
    private readonly TimeSpan _tolerance;
    private readonly IWebhookReplayGuard _replayGuard;
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates a verifier.</summary>
    /// <param name="options">The secrets and tolerance.</param>
    /// <param name="replayGuard">Remembers accepted message ids.</param>
    /// <param name="timeProvider">The clock the timestamp is compared with.</param>
    /// <exception cref="OptionsValidationException">The options are invalid.</exception>
    public WebhookVerifier(IOptions<WebhookVerifierOptions> options, IWebhookReplayGuard replayGuard, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(replayGuard);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var value = options.Value;
        var validation = new WebhookVerifierOptionsValidator().Validate(Options.DefaultName, value);
        if (validation.Failed)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(WebhookVerifierOptions), validation.Failures);
        }

        _keys = [.. value.Secrets.Select(WebhookSignature.DecodeSecret)];
        _tolerance = value.Tolerance;
        _replayGuard = replayGuard;
        _timeProvider = timeProvider;
    }

    /// <summary>Verifies a request given its three Standard Webhooks header values and raw body.</summary>
    /// <param name="messageId">The <c>webhook-id</c> header.</param>
    /// <param name="timestamp">The <c>webhook-timestamp</c> header.</param>
    /// <param name="signature">The <c>webhook-signature</c> header.</param>
    /// <param name="body">The request body, byte for byte.</param>
    /// <param name="cancellationToken">Cancels the replay check.</param>
    public async ValueTask<WebhookVerificationResult> VerifyAsync(string? messageId, string? timestamp, string? signature, ReadOnlyMemory<byte> body, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(messageId) || string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature))
        {
            return WebhookVerificationResult.Failed(WebhookVerificationFailure.MissingHeaders, NullIfEmpty(messageId));
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return WebhookVerificationResult.Failed(WebhookVerificationFailure.InvalidTimestamp, messageId);
        }

        if (seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return WebhookVerificationResult.Failed(WebhookVerificationFailure.TimestampTooNew, messageId);
        }

        var sentAt = DateTimeOffset.FromUnixTimeSeconds(seconds);
        var age = _timeProvider.GetUtcNow() - sentAt;
        if (age > _tolerance)
        {
            return WebhookVerificationResult.Failed(WebhookVerificationFailure.TimestampTooOld, messageId, sentAt);
        }

        if (-age > _tolerance)
        {
            return WebhookVerificationResult.Failed(WebhookVerificationFailure.TimestampTooNew, messageId, sentAt);
        }

        if (!IsSignedByAnyKey(messageId, seconds, body.Span, signature))
        {
            return WebhookVerificationResult.Failed(WebhookVerificationFailure.InvalidSignature, messageId, sentAt);
        }

        // Only an authentic message may enter the replay guard, or a forger could pre-empt real message ids.
        // A message is replayable while its timestamp is within the tolerance of now, at most twice the tolerance after
        // it was first seen.
        if (!await _replayGuard.TryAcceptAsync(messageId, _tolerance * 2, cancellationToken).ConfigureAwait(false))
        {
            return WebhookVerificationResult.Failed(WebhookVerificationFailure.Replayed, messageId, sentAt);
        }

        return WebhookVerificationResult.Success(messageId, sentAt);
    }

    /// <summary>Verifies a request, reading the headers through <paramref name="header"/>.</summary>
    /// <param name="header">Returns a header's value by name, or null; for ASP.NET Core <c>name =&gt; Request.Headers[name]</c>.</param>
    /// <param name="body">The request body, byte for byte.</param>
    /// <param name="cancellationToken">Cancels the replay check.</param>
    public ValueTask<WebhookVerificationResult> VerifyAsync(Func<string, string?> header, ReadOnlyMemory<byte> body, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(header);
        return VerifyAsync(header(WebhookSignature.IdHeader), header(WebhookSignature.TimestampHeader), header(WebhookSignature.SignatureHeader), body, cancellationToken);
    }

    /// <summary>Verifies a request and reads its payload.</summary>
    /// <param name="header">Returns a header's value by name, or null.</param>
    /// <param name="body">The request body, byte for byte.</param>
    /// <param name="cancellationToken">Cancels the replay check.</param>
    /// <exception cref="WebhookVerificationException">The request did not verify.</exception>
    /// <exception cref="System.Text.Json.JsonException">The verified body is not a webhook payload.</exception>
    public async Task<WebhookEvent> ReadEventAsync(Func<string, string?> header, ReadOnlyMemory<byte> body, CancellationToken cancellationToken = default)
    {
        var result = await VerifyAsync(header, body, cancellationToken).ConfigureAwait(false);
        return result.IsValid ? WebhookEvent.Parse(result.MessageId!, body.Span) : throw new WebhookVerificationException(result);
    }

    private bool IsSignedByAnyKey(string messageId, long timestamp, ReadOnlySpan<byte> body, string signature)
    {
        var valid = false;
        foreach (var key in _keys)
        {
            valid |= WebhookSignature.IsValid(key, messageId, timestamp, body, signature);
        }

        return valid;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
