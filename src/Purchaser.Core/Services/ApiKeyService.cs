using System.Security.Cryptography;
using System.Text;
using Purchaser.Domain;
using Purchaser.Storage;

namespace Purchaser.Services;

/// <summary>Creates, checks and revokes tenant API keys. Keys are 256 random bits; only their SHA-256 is stored.</summary>
public sealed class ApiKeyService
{
    /// <summary>Every key starts with this, so a leaked key is easy to recognise in a scan.</summary>
    public const string KeyPrefix = "pur_";

    private const int PrefixShown = 12;

    private readonly ITenantStore _store;
    private readonly TimeProvider _time;

    /// <summary>Creates the service; resolved from DI.</summary>
    public ApiKeyService(ITenantStore store, TimeProvider time)
    {
        _store = store;
        _time = time;
    }

    /// <summary>Creates a key; the returned secret is the only copy.</summary>
    public async Task<(ApiKey Key, string Secret)> CreateAsync(Id<Tenant> tenantId, string? name, Actor actor, CancellationToken cancellationToken = default)
    {
        var errors = new ValidationErrors()
            .Require(!string.IsNullOrWhiteSpace(name), "name", "A name saying what the key is for is required.")
            .Require((name?.Length ?? 0) <= 100, "name", "At most 100 characters.");
        errors.ThrowIfAny();
        var secret = KeyPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var key = await StoreAsync(tenantId, name!.Trim(), secret, actor, cancellationToken).ConfigureAwait(false);
        return (key, secret);
    }

    /// <summary>Stores a key whose secret was chosen elsewhere (the host's bootstrap configuration).</summary>
    public async Task<ApiKey> StoreAsync(Id<Tenant> tenantId, string name, string secret, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(secret);
        var now = _time.GetUtcNow();
        var key = new ApiKey
        {
            Id = Id<ApiKey>.New(),
            TenantId = tenantId,
            Name = name,
            Prefix = secret[..Math.Min(PrefixShown, secret.Length)],
            SecretHash = Hash(secret),
            CreatedAt = now,
        };
        await _store.CreateApiKeyAsync(key, StateChange.AuditOnly(new AuditEntry(tenantId, "api-key", key.Id.Value, "api_key.created", actor, now, name)), cancellationToken).ConfigureAwait(false);
        return key;
    }

    /// <summary>The active key matching <paramref name="presented"/>, or null for an unknown or revoked key.</summary>
    public async Task<ApiKey?> AuthenticateAsync(string? presented, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(presented) || presented.Length > 200)
        {
            return null;
        }

        var key = await _store.FindApiKeyByHashAsync(Hash(presented.Trim()), cancellationToken).ConfigureAwait(false);
        return key is { RevokedAt: null } ? key : null;
    }

    /// <summary>The tenant's keys, without secrets.</summary>
    public Task<IReadOnlyList<ApiKey>> ListAsync(Id<Tenant> tenantId, CancellationToken cancellationToken = default) =>
        _store.ListApiKeysAsync(tenantId, cancellationToken);

    /// <summary>Revokes a key at once.</summary>
    public async Task RevokeAsync(Id<Tenant> tenantId, Id<ApiKey> id, Actor actor, CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        var change = StateChange.AuditOnly(new AuditEntry(tenantId, "api-key", id.Value, "api_key.revoked", actor, now, null));
        if (!await _store.RevokeApiKeyAsync(tenantId, id, now, change, cancellationToken).ConfigureAwait(false))
        {
            throw RequestGuard.NotFound(ErrorCodes.ApiKeyNotFound, "active API key", id.Value);
        }
    }

    /// <summary>SHA-256 of a key, lower-case hex. Keys carry 256 random bits, so a fast hash is enough.</summary>
    public static string Hash(string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret ?? throw new ArgumentNullException(nameof(secret)))));
}
