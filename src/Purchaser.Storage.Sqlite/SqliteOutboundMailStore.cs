using Microsoft.Data.Sqlite;
using Purchaser.Domain;

namespace Purchaser.Storage.Sqlite;

/// <summary>The outbound vendor mail queue in SQLite.</summary>
internal sealed class SqliteOutboundMailStore(SqliteDatabase database) : IOutboundMailStore
{
    private const string Columns = "id, tenant_id, rfq_id, vendor_id, kind, message_id, reply_token, sender, recipients_json, subject, text_body, mime, status, attempts, next_attempt_at, last_result, created_at, completed_at, requested_by";

    public Task EnqueueAsync(OutboundMail mail, StateChange change, CancellationToken cancellationToken) =>
        database.WriteAsync((connection, transaction) => StateChangeWriter.WriteAsync(database, connection, transaction, change with { Mail = [.. change.Mail, mail] }, cancellationToken), cancellationToken);

    public Task<IReadOnlyList<OutboundMail>> ClaimDueAsync(DateTimeOffset now, DateTimeOffset leaseUntil, int limit, CancellationToken cancellationToken) =>
        database.WriteAsync<IReadOnlyList<OutboundMail>>(async (connection, transaction) =>
        {
            await using var select = connection.Command(
                $"SELECT {Columns} FROM outbound_mail WHERE status = 'Pending' AND next_attempt_at <= @now AND (lease_until IS NULL OR lease_until <= @now) ORDER BY seq LIMIT @limit", transaction)
                .With("@now", now).With("@limit", limit);
            var due = await select.ListAsync(Read, cancellationToken).ConfigureAwait(false);
            foreach (var mail in due)
            {
                await using var lease = connection.Command("UPDATE outbound_mail SET lease_until = @until WHERE id = @id", transaction).With("@until", leaseUntil).With("@id", mail.Id.Value);
                await lease.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            return due;
        }, cancellationToken);

    public Task RecordAsync(OutboundMail mail, StateChange change, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using (var update = connection.Command(
                "UPDATE outbound_mail SET status = @status, attempts = @attempts, next_attempt_at = @next, last_result = @result, completed_at = @completed, lease_until = NULL WHERE id = @id", transaction)
                .With("@status", mail.Status.ToString()).With("@attempts", mail.Attempts).With("@next", mail.NextAttemptAt).With("@result", mail.LastResult)
                .With("@completed", mail.CompletedAt).With("@id", mail.Id.Value))
            {
                await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await StateChangeWriter.WriteAsync(database, connection, transaction, change, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    public Task<IReadOnlyList<OutboundMail>> ListForRfqAsync(Id<Tenant> tenantId, Id<Rfq> rfqId, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<OutboundMail>>(async connection =>
        {
            await using var command = connection.Command($"SELECT {Columns} FROM outbound_mail WHERE tenant_id = @tenant AND rfq_id = @rfq ORDER BY seq")
                .With("@tenant", tenantId.Value).With("@rfq", rfqId.Value);
            return await command.ListAsync(Read, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    public Task<OutboundMail?> FindByReplyAsync(string? replyToken, string? messageId, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            await using var command = connection.Command($"SELECT {Columns} FROM outbound_mail WHERE reply_token = @token OR message_id = @message ORDER BY seq LIMIT 1")
                .With("@token", replyToken ?? string.Empty).With("@message", messageId ?? string.Empty);
            return (await command.ListAsync(Read, cancellationToken).ConfigureAwait(false)).FirstOrDefault();
        }, cancellationToken);

    internal static async Task InsertAsync(SqliteConnection connection, SqliteTransaction transaction, OutboundMail mail, CancellationToken cancellationToken)
    {
        await using var insert = connection.Command(
            $"INSERT INTO outbound_mail ({Columns}) VALUES (@id, @tenant, @rfq, @vendor, @kind, @message, @token, @sender, @recipients, @subject, @text, @mime, @status, @attempts, @next, @result, @created, @completed, @by)",
            transaction)
            .With("@id", mail.Id.Value).With("@tenant", mail.TenantId.Value).With("@rfq", mail.RfqId.Value).With("@vendor", mail.VendorId.Value).With("@kind", mail.Kind)
            .With("@message", mail.MessageId).With("@token", mail.ReplyToken).With("@sender", mail.From).With("@recipients", DocumentCodec.WriteStrings(mail.Recipients))
            .With("@subject", mail.Subject).With("@text", mail.Text).With("@mime", mail.Mime.ToArray()).With("@status", mail.Status.ToString()).With("@attempts", mail.Attempts)
            .With("@next", mail.NextAttemptAt ?? mail.CreatedAt).With("@result", mail.LastResult).With("@created", mail.CreatedAt).With("@completed", mail.CompletedAt)
            .With("@by", DocumentCodec.Write(mail.RequestedBy));
        await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static OutboundMail Read(SqliteDataReader r) => new()
    {
        Id = new Id<OutboundMail>(r.Guid(0)),
        TenantId = new Id<Tenant>(r.Guid(1)),
        RfqId = new Id<Rfq>(r.Guid(2)),
        VendorId = new Id<Vendor>(r.Guid(3)),
        Kind = r.GetString(4),
        MessageId = r.GetString(5),
        ReplyToken = r.GetString(6),
        From = r.GetString(7),
        Recipients = DocumentCodec.ReadStrings(r.GetString(8)) ?? [],
        Subject = r.GetString(9),
        Text = r.NullableString(10),
        Mime = (byte[])r.GetValue(11),
        Status = Enum.Parse<OutboundMailStatus>(r.GetString(12)),
        Attempts = r.GetInt32(13),
        NextAttemptAt = r.NullableTime(14),
        LastResult = r.NullableString(15),
        CreatedAt = r.Time(16),
        CompletedAt = r.NullableTime(17),
        RequestedBy = DocumentCodec.ReadActor(r.GetString(18)),
    };
}
