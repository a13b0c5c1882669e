namespace Purchaser.AspNetCore;

/// <summary>Names the REST API shares with hosts.</summary>
public static class PurchaserApi
{
    /// <summary>The authorization policy every <c>/api/v1</c> endpoint requires: a valid tenant API key.</summary>
    public const string Policy = "PurchaserApiKey";

    /// <summary>The health-check tag of readiness checks (served at <c>/readyz</c>).</summary>
    public const string ReadyTag = "ready";
}
