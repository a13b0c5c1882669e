namespace Purchaser.Host;

/// <summary>Chooses the store from <c>Purchaser:Storage:Provider</c> and <c>ConnectionStrings:Purchaser</c>.</summary>
internal static class StorageSelection
{
    public static PurchaserBuilder UseConfiguredStorage(this PurchaserBuilder builder, IConfiguration configuration)
    {
        var provider = configuration["Purchaser:Storage:Provider"] ?? "Sqlite";
        var connectionString = configuration.GetConnectionString("Purchaser");
        return provider.ToUpperInvariant() switch
        {
            "SQLITE" => builder.UseSqlite(string.IsNullOrWhiteSpace(connectionString) ? "Data Source=purchaser.db" : connectionString),
            "POSTGRESQL" => builder.UsePostgreSql(string.IsNullOrWhiteSpace(connectionString)
                ? throw new InvalidOperationException("ConnectionStrings:Purchaser is required when Purchaser:Storage:Provider is PostgreSql, for example 'Host=localhost;Database=purchaser;Username=purchaser;Password=...'.")
                : connectionString),
            _ => throw new InvalidOperationException($"Purchaser:Storage:Provider '{provider}' is not supported by this host; use Sqlite or PostgreSql."),
        };
    }
}
