using Purchaser.Domain;

namespace Purchaser.Mail;

/// <summary>
/// Where every way in (an IMAP reader, a directory drop, a provider's HTTP post) hands a raw inbound email. The sink
/// stores it before it returns, so a reader may advance its checkpoint once the call completes.
/// </summary>
public interface IInboundMailSink
{
    /// <summary>Stores and processes one raw RFC 5322 message received for <paramref name="tenantId"/> through <paramref name="source"/>.</summary>
    Task<InboundMessage> AcceptAsync(Id<Tenant> tenantId, ReadOnlyMemory<byte> raw, string source, CancellationToken cancellationToken);

    /// <summary>
    /// Records a message too large to download by its envelope alone, with <paramref name="reason"/>, so a person sees
    /// it arrived (it stays in the mailbox). Returns the stored record; a second report of the same origin is a duplicate.
    /// </summary>
    Task<InboundMessage> RecordTooLargeAsync(Id<Tenant> tenantId, InboundEnvelope envelope, string source, string reason, CancellationToken cancellationToken);
}
