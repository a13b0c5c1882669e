using Npgsql;
using Purchaser.Domain;

namespace Purchaser.Storage.PostgreSql;

/// <summary>Inbound emails in PostgreSQL, raw bytes included.</summary>
internal sealed class PostgreSqlInboundMessageStore(PostgreSqlDatabase database) : IInboundMessageStore
{
    private const string Columns = "id, tenant_id, message_id, content_hash, sender, subject, sent_at, received_at, source, raw, status, rfq_id, vendor_id, match_method, quote_revision_id, reason, seq";

    public Task<(InboundMessage Message, bool Created)> AddAsync(InboundMessage message, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using (var existing = connection.Command(
                $"SELECT {Columns} FROM inbound_messages WHERE tenant_id = @tenant AND (content_hash = @hash OR (@messageId::text IS NOT NULL AND message_id = @messageId::text)) LIMIT 1", transaction)
                .With("@tenant", message.TenantId.Value).With("@hash", message.ContentHash).With("@messageId", message.MessageId))
            {
                if ((await existing.ListAsync(Read, cancellationToken).ConfigureAwait(false)).FirstOrDefault() is { } duplicate)
                {
                    return (duplicate, false);
                }
            }

            await using var insert = connection.Command(
                $"INSERT INTO inbound_messages ({Columns[..^5]}) VALUES (@id, @tenant, @messageId, @hash, @sender, @subject, @sent, @received, @source, @raw, @status, @rfq, @vendor, @method, @revision, @reason)", transaction);
            await Bind(insert, message).ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return (message, true);
        }, cancellationToken);

    public Task UpdateAsync(InboundMessage message, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var update = connection.Command(
                "UPDATE inbound_messages SET status = @status, rfq_id = @rfq, vendor_id = @vendor, match_method = @method, quote_revision_id = @revision, reason = @reason WHERE id = @id AND tenant_id = @tenant",
                transaction);
            await Bind(update, message).ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    public Task<InboundMessage?> FindAsync(Id<Tenant> tenantId, Id<InboundMessage> id, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            await using var command = connection.Command($"SELECT {Columns} FROM inbound_messages WHERE tenant_id = @tenant AND id = @id").With("@tenant", tenantId.Value).With("@id", id.Value);
            return (await command.ListAsync(Read, cancellationToken).ConfigureAwait(false)).FirstOrDefault();
        }, cancellationToken);

    public Task<Page<InboundMessage>> ListAsync(Id<Tenant> tenantId, InboundMessageStatus? status, PageRequest page, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            var sql = $"SELECT {Columns} FROM inbound_messages WHERE tenant_id = @tenant";
            await using var command = connection.Command(string.Empty).With("@tenant", tenantId.Value).With("@limit", page.Limit + 1);
            if (status is { } wanted)
            {
                sql += " AND status = @status";
                command.With("@status", wanted.ToString());
            }

            if (Cursor.TryDecode(page.Cursor, out var after))
            {
                sql += " AND seq < @after";
                command.With("@after", after);
            }

            command.CommandText = sql + " ORDER BY seq DESC LIMIT @limit";
            var rows = await command.ListAsync(r => (Message: Read(r), Position: r.GetInt64(16)), cancellationToken).ConfigureAwait(false);
            var items = rows.Take(page.Limit).ToList();
            return new Page<InboundMessage>([.. items.Select(i => i.Message)], rows.Count > page.Limit ? Cursor.Encode(items[^1].Position) : null);
        }, cancellationToken);

    public Task<IReadOnlyList<InboundMessage>> ListThreadAsync(Id<Tenant> tenantId, Id<Rfq> rfqId, Id<Vendor> vendorId, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<InboundMessage>>(async connection =>
        {
            await using var command = connection.Command($"SELECT {Columns} FROM inbound_messages WHERE tenant_id = @tenant AND rfq_id = @rfq AND vendor_id = @vendor ORDER BY seq")
                .With("@tenant", tenantId.Value).With("@rfq", rfqId.Value).With("@vendor", vendorId.Value);
            return await command.ListAsync(Read, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    private static NpgsqlCommand Bind(NpgsqlCommand command, InboundMessage m) => command
        .With("@id", m.Id.Value).With("@tenant", m.TenantId.Value).With("@messageId", m.MessageId).With("@hash", m.ContentHash).With("@sender", m.From)
        .With("@subject", m.Subject).With("@sent", m.SentAt).With("@received", m.ReceivedAt).With("@source", m.Source).With("@raw", m.Raw.ToArray())
        .With("@status", m.Status.ToString()).With("@rfq", m.RfqId?.Value).With("@vendor", m.VendorId?.Value).With("@method", m.MatchMethod)
        .With("@revision", m.QuoteRevisionId?.Value).With("@reason", m.Reason);

    private static InboundMessage Read(NpgsqlDataReader r) => new()
    {
        Id = new Id<InboundMessage>(r.GetGuid(0)),
        TenantId = new Id<Tenant>(r.GetGuid(1)),
        MessageId = r.NullableString(2),
        ContentHash = r.GetString(3),
        From = r.NullableString(4),
        Subject = r.NullableString(5),
        SentAt = r.NullableTime(6),
        ReceivedAt = r.Time(7),
        Source = r.GetString(8),
        Raw = (byte[])r.GetValue(9),
        Status = Enum.Parse<InboundMessageStatus>(r.GetString(10)),
        RfqId = r.IsDBNull(11) ? null : new Id<Rfq>(r.GetGuid(11)),
        VendorId = r.IsDBNull(12) ? null : new Id<Vendor>(r.GetGuid(12)),
        MatchMethod = r.NullableString(13),
        QuoteRevisionId = r.IsDBNull(14) ? null : new Id<QuoteRevision>(r.GetGuid(14)),
        Reason = r.NullableString(15),
    };
}
