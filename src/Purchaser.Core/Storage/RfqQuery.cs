using Purchaser.Domain;

namespace Purchaser.Storage;

/// <summary>A filter over a tenant's RFQs, newest first.</summary>
/// <param name="Status">Only RFQs in this status.</param>
/// <param name="Reference">Only RFQs with this ERP reference (exact).</param>
/// <param name="Page">Which page.</param>
public sealed record RfqQuery(RfqStatus? Status, string? Reference, PageRequest Page)
{
    /// <summary>The longest search text accepted.</summary>
    public const int MaxSearchLength = 100;

    /// <summary>Only RFQs whose number, title or ERP reference contains this text, ignoring case (ASCII letters only in SQLite).</summary>
    public string? Search { get; init; }
}
