namespace Purchaser.Client.Webhooks;

/// <summary>A webhook request did not verify; <see cref="Result"/> says why.</summary>
public sealed class WebhookVerificationException : Exception
{
    /// <summary>Creates the exception for a failed verification.</summary>
    /// <param name="result">The failed result.</param>
    public WebhookVerificationException(WebhookVerificationResult result)
        : base($"The webhook request did not verify: {result?.Failure}.")
    {
        ArgumentNullException.ThrowIfNull(result);
        Result = result;
    }

    /// <summary>The verification result.</summary>
    public WebhookVerificationResult Result { get; }
}
