using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Purchaser.Contracts;
using Purchaser.Domain;
using Purchaser.Events;
using Purchaser.Services;
using Purchaser.Storage;

namespace Purchaser.Mail;

/// <summary>
/// Sends queued vendor mail through <see cref="IMailSender"/>: temporary failures are retried on the configured schedule
/// with the same Message-ID, permanent ones are recorded against the vendor. When the last invitation of an RFQ is
/// settled, <c>rfq.published</c> is written with how each vendor's invitation went.
/// </summary>
internal sealed partial class MailDispatcher(IServiceScopeFactory scopes, IOptionsMonitor<MailOptions> options, TimeProvider time, ILogger<MailDispatcher> logger) : BackgroundService
{
    private const int BatchSize = 16;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var sent = 0;
            try
            {
                sent = await PassAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                PassFailed(logger, ex);
            }

            if (sent == 0)
            {
                try
                {
                    await Task.Delay(options.CurrentValue.PollInterval, time, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }
    }

    internal async Task<int> PassAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var store = services.GetRequiredService<IOutboundMailStore>();
        var now = time.GetUtcNow();
        var claimed = await store.ClaimDueAsync(now, now + options.CurrentValue.ClaimLease, BatchSize, cancellationToken).ConfigureAwait(false);

        // One RFQ's mails are sent one after another, so exactly one of them sees the last invitation settle.
        await Parallel.ForEachAsync(claimed.GroupBy(m => m.RfqId), cancellationToken, async (group, token) =>
        {
            foreach (var mail in group)
            {
                await SendAsync(services, mail, token).ConfigureAwait(false);
            }
        }).ConfigureAwait(false);
        return claimed.Count;
    }

    private async Task SendAsync(IServiceProvider services, OutboundMail mail, CancellationToken cancellationToken)
    {
        var result = await services.GetRequiredService<IMailSender>().SendAsync(new OutgoingMail(mail.MessageId, mail.From, mail.Recipients, mail.Mime), cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var attempts = mail.Attempts + 1;
        var schedule = options.CurrentValue.RetrySchedule;
        var retry = result.Outcome == MailSendOutcome.TransientFailure && attempts <= schedule.Count;
        var updated = mail with
        {
            Attempts = attempts,
            Status = result.Outcome == MailSendOutcome.Accepted ? OutboundMailStatus.Sent : retry ? OutboundMailStatus.Pending : OutboundMailStatus.Failed,
            NextAttemptAt = retry ? now + schedule[attempts - 1] : null,
            CompletedAt = retry ? null : now,
            LastResult = result.Detail ?? result.Outcome.ToString(),
        };
        var change = await SettlementAsync(services, updated, now, cancellationToken).ConfigureAwait(false);
        await services.GetRequiredService<IOutboundMailStore>().RecordAsync(updated, change, cancellationToken).ConfigureAwait(false);
        MailSent(logger, mail.MessageId, string.Join(", ", mail.Recipients), updated.Status, updated.LastResult);
    }

    /// <summary>The audit entry for a settled mail, and <c>rfq.published</c> when it settles the RFQ's last invitation.</summary>
    private static async Task<StateChange> SettlementAsync(IServiceProvider services, OutboundMail mail, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (mail.Status == OutboundMailStatus.Pending)
        {
            return new StateChange([], []);
        }

        var audit = new AuditEntry(mail.TenantId, "rfq", mail.RfqId.Value, mail.Status == OutboundMailStatus.Sent ? "mail.sent" : "mail.failed", Actor.System, now, $"{mail.Kind} {mail.MessageId} to vendor {mail.VendorId}: {mail.LastResult}");
        if (mail.Kind != "invitation")
        {
            return new StateChange([audit], []);
        }

        // Invitations queued after publishing (vendors attached later) are not part of the distribution rfq.published reports.
        if (await services.GetRequiredService<IRfqStore>().FindAsync(mail.TenantId, mail.RfqId, cancellationToken).ConfigureAwait(false) is not { PublishedAt: { } publishedAt } rfq
            || mail.CreatedAt > publishedAt)
        {
            return new StateChange([audit], []);
        }

        var invitations = (await services.GetRequiredService<IOutboundMailStore>().ListForRfqAsync(mail.TenantId, mail.RfqId, cancellationToken).ConfigureAwait(false))
            .Where(m => m.Kind == "invitation" && m.CreatedAt <= publishedAt)
            .Select(m => m.Id == mail.Id ? mail : m)
            .ToList();
        if (invitations.Any(m => m.Status == OutboundMailStatus.Pending))
        {
            return new StateChange([audit], []);
        }

        var distribution = invitations
            .Select(m => new VendorDistributionDto(m.VendorId.Value, m.Status == OutboundMailStatus.Sent ? "sent" : "failed", m.Recipients, m.MessageId, m.LastResult))
            .ToList();
        return new StateChange([audit], [EventFactory.ForRfq(EventTypes.RfqPublished, rfq, now, distribution)]);
    }

    [LoggerMessage(4001, LogLevel.Information, "Mail {MessageId} to {Recipients}: {Status} ({Result})")]
    private static partial void MailSent(ILogger logger, string messageId, string recipients, OutboundMailStatus status, string? result);

    [LoggerMessage(4002, LogLevel.Error, "Mail dispatcher pass failed; retrying")]
    private static partial void PassFailed(ILogger logger, Exception exception);
}
