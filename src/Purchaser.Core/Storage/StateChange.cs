using Purchaser.Domain;

namespace Purchaser.Storage;

/// <summary>
/// What a store writes in the same transaction as an entity change: the audit entries and the outbox events.
/// Either all of it is stored with the change, or none of it.
/// </summary>
/// <param name="Audit">Audit log entries to append.</param>
/// <param name="Events">Outbox events to enqueue.</param>
public sealed record StateChange(IReadOnlyList<AuditEntry> Audit, IReadOnlyList<OutboxMessage> Events)
{
    /// <summary>Emails to queue with the change (an RFQ's invitations on publish), so the change and its mail commit together.</summary>
    public IReadOnlyList<OutboundMail> Mail { get; init; } = [];

    /// <summary>A change with one audit entry and no event.</summary>
    public static StateChange AuditOnly(AuditEntry entry) => new([entry], []);
}
