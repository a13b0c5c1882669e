namespace Purchaser.Client;

/// <summary>Where the Purchaser API is and how to authenticate; validated when the host starts.</summary>
public sealed class PurchaserClientOptions
{
    /// <summary>The absolute address the API is served under, such as <c>https://purchaser.example.com/</c>; routes are <c>api/v1/...</c> below it.</summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>The API key sent as <c>Authorization: Bearer</c>.</summary>
    public string? ApiKey { get; set; }
}
