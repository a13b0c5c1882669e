using System.Collections.Concurrent;
using MimeKit;
using Purchaser.Domain;
using Purchaser.Mail;

namespace Purchaser.Email.MailKit.Tests;

/// <summary>An <see cref="IInboundMailSink"/> that records what it is handed; <see cref="OnAccept"/> lets a test interfere.</summary>
internal sealed class RecordingSink : IInboundMailSink
{
    private readonly ConcurrentQueue<(Id<Tenant> Tenant, string MessageId, string Source)> _accepted = new();
    private readonly ConcurrentQueue<(InboundEnvelope Envelope, string Reason)> _tooLarge = new();

    public Func<string, CancellationToken, Task>? OnAccept { get; set; }

    public IReadOnlyList<(InboundEnvelope Envelope, string Reason)> TooLarge => [.. _tooLarge];

    public IReadOnlyList<string> MessageIds => [.. _accepted.Select(a => a.MessageId)];

    public IReadOnlyList<(Id<Tenant> Tenant, string MessageId, string Source)> Accepted => [.. _accepted];

    public async Task<InboundMessage> AcceptAsync(Id<Tenant> tenantId, ReadOnlyMemory<byte> raw, string source, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(raw.ToArray());
        var message = await MimeMessage.LoadAsync(stream, cancellationToken);
        var messageId = message.MessageId ?? string.Empty;
        if (OnAccept is { } hook)
        {
            await hook(messageId, cancellationToken);
        }

        _accepted.Enqueue((tenantId, messageId, source));
        return new InboundMessage
        {
            Id = Id<InboundMessage>.New(),
            TenantId = tenantId,
            MessageId = message.MessageId,
            ContentHash = "-",
            ReceivedAt = DateTimeOffset.UtcNow,
            Source = source,
            Raw = raw,
        };
    }

    public Task<InboundMessage> RecordTooLargeAsync(Id<Tenant> tenantId, InboundEnvelope envelope, string source, string reason, CancellationToken cancellationToken)
    {
        _tooLarge.Enqueue((envelope, reason));
        return Task.FromResult(new InboundMessage
        {
            Id = Id<InboundMessage>.New(),
            TenantId = tenantId,
            MessageId = envelope.MessageId,
            ContentHash = "-",
            ReceivedAt = DateTimeOffset.UtcNow,
            Source = source,
            Raw = ReadOnlyMemory<byte>.Empty,
            Status = InboundMessageStatus.Refused,
            Reason = reason,
        });
    }
}
