namespace Purchaser.Host;

/// <summary>Chooses how vendor mail travels from <c>Purchaser:Mail:Transport</c>: <c>Directory</c> (the default) or <c>MailKit</c>.</summary>
internal static class MailSelection
{
    public static PurchaserBuilder UseConfiguredMail(this PurchaserBuilder builder, IConfiguration configuration)
    {
        var transport = configuration["Purchaser:Mail:Transport"] ?? "Directory";
        return transport.ToUpperInvariant() switch
        {
            "DIRECTORY" => builder.UseMailDirectory(configuration["Purchaser:Mail:Directory"] ?? "maildrop"),
            "MAILKIT" => builder.UseMailKit(configuration.GetSection("Purchaser:Mail")),
            _ => throw new InvalidOperationException($"Purchaser:Mail:Transport '{transport}' is not supported; use Directory or MailKit."),
        };
    }
}
