using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Purchaser.Contracts.Webhooks;

namespace Purchaser.Webhooks;

/// <summary>Creates signing secrets and keeps them protected at rest with the host's data-protection keys.</summary>
internal sealed class WebhookSecretProtector(IDataProtectionProvider provider)
{
    private const int SecretBytes = 32;
    private readonly IDataProtector _protector = provider.CreateProtector("Purchaser.Webhooks.SigningSecrets.v1");

    /// <summary>A new <c>whsec_</c> secret of 32 random bytes.</summary>
    public static string NewSecret() => WebhookSignature.EncodeSecret(RandomNumberGenerator.GetBytes(SecretBytes));

    public string Protect(string secret) => _protector.Protect(secret);

    public string Unprotect(string protectedSecret) => _protector.Unprotect(protectedSecret);
}
