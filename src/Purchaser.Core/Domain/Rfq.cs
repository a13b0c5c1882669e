namespace Purchaser.Domain;

/// <summary>
/// A request for quotation: an order's lines sent to a set of vendors. Immutable: every transition returns a new value
/// with <see cref="Version"/> unchanged (the store increments it when it saves).
/// </summary>
public sealed record Rfq
{
    /// <summary>The RFQ's identifier.</summary>
    public required Id<Rfq> Id { get; init; }

    /// <summary>The owning tenant.</summary>
    public required Id<Tenant> TenantId { get; init; }

    /// <summary>The number people use, unique per tenant, for example <c>RFQ-2026-000042</c>.</summary>
    public required string Number { get; init; }

    /// <summary>The ERP's reference, for example its sales order number.</summary>
    public string? Reference { get; init; }

    /// <summary>A short title.</summary>
    public required string Title { get; init; }

    /// <summary>The currency the buyer wants prices in.</summary>
    public required CurrencyCode Currency { get; init; }

    /// <summary>When vendor responses are due; the RFQ closes automatically after it.</summary>
    public DateTimeOffset? ResponseDueAt { get; init; }

    /// <summary>Where the RFQ is in its life.</summary>
    public required RfqStatus Status { get; init; }

    /// <summary>The requested items, ordered by line number.</summary>
    public required IReadOnlyList<RfqLine> Lines { get; init; }

    /// <summary>The vendors invited to quote.</summary>
    public IReadOnlyList<RfqVendor> Vendors { get; init; } = [];

    /// <summary>The award, once awarded.</summary>
    public Award? Award { get; init; }

    /// <summary>When the RFQ was created.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the RFQ was last changed.</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>When it was published.</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>When it was closed.</summary>
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>When it was cancelled, and <see cref="CancellationReason"/> why.</summary>
    public DateTimeOffset? CancelledAt { get; init; }

    /// <summary>Why it was cancelled.</summary>
    public string? CancellationReason { get; init; }

    /// <summary>Optimistic concurrency version; the store increments it on every save.</summary>
    public long Version { get; init; } = 1;

    /// <summary>Whether the RFQ can still change state (not awarded, not cancelled).</summary>
    public bool IsOpen => Status is RfqStatus.Draft or RfqStatus.Published or RfqStatus.Closed;

    /// <summary>The line with <paramref name="lineNumber"/>, or null.</summary>
    public RfqLine? FindLine(int lineNumber) => Lines.FirstOrDefault(l => l.LineNumber == lineNumber);

    /// <summary>Whether <paramref name="vendorId"/> is attached.</summary>
    public bool HasVendor(Id<Vendor> vendorId) => Vendors.Any(v => v.VendorId == vendorId);

    /// <summary>Replaces the lines of a draft.</summary>
    public Rfq WithLines(IReadOnlyList<RfqLine> lines, DateTimeOffset now)
    {
        EnsureDraft("change lines of");
        return this with { Lines = [.. lines.OrderBy(l => l.LineNumber)], UpdatedAt = now };
    }

    /// <summary>Attaches vendors not yet attached; on a published RFQ they are invited straight away.</summary>
    public Rfq WithVendorsAttached(IEnumerable<Id<Vendor>> vendorIds, DateTimeOffset now)
    {
        if (Status is not (RfqStatus.Draft or RfqStatus.Published))
        {
            throw InvalidTransition("attach vendors to");
        }

        var status = Status == RfqStatus.Draft ? RfqVendorStatus.Pending : RfqVendorStatus.Invited;
        var added = vendorIds.Distinct().Where(id => !HasVendor(id)).Select(id => new RfqVendor(id, status, now)).ToList();
        return added.Count == 0 ? this : this with { Vendors = [.. Vendors, .. added], UpdatedAt = now };
    }

    /// <summary>Sends the draft to its vendors.</summary>
    public Rfq Publish(DateTimeOffset now)
    {
        EnsureStatus(RfqStatus.Draft, "publish");
        if (Vendors.Count == 0)
        {
            throw new PurchaserException(new PurchaserError(ErrorCodes.RfqNoVendors, $"{Number} has no vendors; attach a vendor list or vendors before publishing.", ErrorKind.Conflict));
        }

        if (ResponseDueAt is { } due && due <= now)
        {
            throw new PurchaserException(new PurchaserError(ErrorCodes.RfqInvalidTransition, $"{Number} cannot be published: its response due time {due:u} has passed.", ErrorKind.Conflict));
        }

        return this with
        {
            Status = RfqStatus.Published,
            PublishedAt = now,
            UpdatedAt = now,
            Vendors = [.. Vendors.Select(v => v with { Status = RfqVendorStatus.Invited })],
        };
    }

    /// <summary>Stops accepting quotes.</summary>
    public Rfq Close(DateTimeOffset now)
    {
        EnsureStatus(RfqStatus.Published, "close");
        return this with { Status = RfqStatus.Closed, ClosedAt = now, UpdatedAt = now };
    }

    /// <summary>Abandons an open RFQ.</summary>
    public Rfq Cancel(string? reason, DateTimeOffset now)
    {
        if (!IsOpen)
        {
            throw InvalidTransition("cancel");
        }

        return this with { Status = RfqStatus.Cancelled, CancelledAt = now, CancellationReason = reason, UpdatedAt = now };
    }

    /// <summary>Records a vendor's quote arriving.</summary>
    public Rfq WithQuoteReceived(Id<Vendor> vendorId, bool declinedWhole, DateTimeOffset now)
    {
        if (Status is not (RfqStatus.Published or RfqStatus.Closed))
        {
            throw InvalidTransition("record a quote on");
        }

        var status = declinedWhole ? RfqVendorStatus.Declined : RfqVendorStatus.Quoted;
        return this with
        {
            Vendors = [.. Vendors.Select(v => v.VendorId == vendorId ? v with { Status = status } : v)],
            UpdatedAt = now,
        };
    }

    /// <summary>Awards a closed RFQ. The caller has checked every line against its quote revision.</summary>
    public Rfq WithAward(Award award, DateTimeOffset now)
    {
        EnsureStatus(RfqStatus.Closed, "award");
        var winners = award.Lines.Select(l => l.VendorId).ToHashSet();
        return this with
        {
            Status = RfqStatus.Awarded,
            Award = award,
            UpdatedAt = now,
            Vendors = [.. Vendors.Select(v => v with { Status = winners.Contains(v.VendorId) ? RfqVendorStatus.Awarded : RfqVendorStatus.NotAwarded })],
        };
    }

    private void EnsureDraft(string action)
    {
        if (Status != RfqStatus.Draft)
        {
            throw new PurchaserException(new PurchaserError(ErrorCodes.RfqNotEditable, $"Cannot {action} {Number}: it is {Status.ToString().ToLowerInvariant()}; only drafts can be edited.", ErrorKind.Conflict));
        }
    }

    private void EnsureStatus(RfqStatus required, string action)
    {
        if (Status != required)
        {
            throw InvalidTransition(action);
        }
    }

    private PurchaserException InvalidTransition(string action) =>
        new(new PurchaserError(ErrorCodes.RfqInvalidTransition, $"Cannot {action} {Number}: it is {Status.ToString().ToLowerInvariant()}.", ErrorKind.Conflict));
}
