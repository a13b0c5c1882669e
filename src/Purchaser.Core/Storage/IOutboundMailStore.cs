using Purchaser.Domain;

namespace Purchaser.Storage;

/// <summary>The durable queue of outbound vendor email. Mail is added through <see cref="StateChange.Mail"/> with the change that causes it.</summary>
public interface IOutboundMailStore
{
    /// <summary>Queues one mail that no other change carries (a message in a vendor's thread), with its audit entry.</summary>
    Task EnqueueAsync(OutboundMail mail, StateChange change, CancellationToken cancellationToken);

    /// <summary>Leases up to <paramref name="limit"/> pending mails due at <paramref name="now"/> until <paramref name="leaseUntil"/>.</summary>
    Task<IReadOnlyList<OutboundMail>> ClaimDueAsync(DateTimeOffset now, DateTimeOffset leaseUntil, int limit, CancellationToken cancellationToken);

    /// <summary>Records a send attempt's result (releasing the lease), with the events it causes, in one transaction.</summary>
    Task RecordAsync(OutboundMail mail, StateChange change, CancellationToken cancellationToken);

    /// <summary>Every mail of one RFQ, oldest first.</summary>
    Task<IReadOnlyList<OutboundMail>> ListForRfqAsync(Id<Tenant> tenantId, Id<Rfq> rfqId, CancellationToken cancellationToken);

    /// <summary>The mail carrying <paramref name="replyToken"/> or sent with <paramref name="messageId"/>, of any tenant, or null.</summary>
    Task<OutboundMail?> FindByReplyAsync(string? replyToken, string? messageId, CancellationToken cancellationToken);
}
