using Npgsql;
using Purchaser.Domain;

namespace Purchaser.Storage.PostgreSql;

/// <summary>Quote revisions in PostgreSQL; the normalized quote is kept as its wire-contract JSON document.</summary>
internal sealed class PostgreSqlQuoteStore(PostgreSqlDatabase database) : IQuoteStore
{
    private const string Columns = "id, quote_id, tenant_id, rfq_id, vendor_id, revision, received_at, source, message_id, recorded_by_json, quote_json, inbound_message_id";

    public Task<QuoteRevision?> FindRevisionAsync(Id<Tenant> tenantId, Id<QuoteRevision> id, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            await using var command = connection.Command($"SELECT {Columns} FROM quote_revisions WHERE tenant_id = @tenant AND id = @id")
                .With("@tenant", tenantId.Value).With("@id", id.Value);
            return (await command.ListAsync(Read, cancellationToken).ConfigureAwait(false)).FirstOrDefault();
        }, cancellationToken);

    public Task<IReadOnlyList<QuoteRevision>> ListLatestAsync(Id<Tenant> tenantId, Id<Rfq> rfqId, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<QuoteRevision>>(async connection =>
        {
            await using var command = connection.Command(
                $"""
                SELECT {Columns} FROM quote_revisions r
                WHERE r.tenant_id = @tenant AND r.rfq_id = @rfq
                  AND r.revision = (SELECT MAX(x.revision) FROM quote_revisions x WHERE x.quote_id = r.quote_id)
                ORDER BY r.received_at, r.id
                """).With("@tenant", tenantId.Value).With("@rfq", rfqId.Value);
            return await command.ListAsync(Read, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    public Task<QuoteRevision?> FindByInboundMessageAsync(Id<Tenant> tenantId, Id<InboundMessage> inboundMessageId, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            await using var command = connection.Command($"SELECT {Columns} FROM quote_revisions WHERE tenant_id = @tenant AND inbound_message_id = @inbound")
                .With("@tenant", tenantId.Value).With("@inbound", inboundMessageId.Value);
            return (await command.ListAsync(Read, cancellationToken).ConfigureAwait(false)).FirstOrDefault();
        }, cancellationToken);

    public Task<IReadOnlyList<QuoteRevision>> ListRevisionsAsync(Id<Tenant> tenantId, Id<Quote> quoteId, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<QuoteRevision>>(async connection =>
        {
            await using var command = connection.Command($"SELECT {Columns} FROM quote_revisions WHERE tenant_id = @tenant AND quote_id = @quote ORDER BY revision")
                .With("@tenant", tenantId.Value).With("@quote", quoteId.Value);
            return await command.ListAsync(Read, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    internal static async Task InsertRevisionAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, QuoteRevision revision, CancellationToken cancellationToken)
    {
        await using (var quote = connection.Command("INSERT INTO quotes (id, tenant_id, rfq_id, vendor_id) VALUES (@id, @tenant, @rfq, @vendor) ON CONFLICT (rfq_id, vendor_id) DO NOTHING", transaction)
            .With("@id", revision.QuoteId.Value).With("@tenant", revision.TenantId.Value).With("@rfq", revision.RfqId.Value).With("@vendor", revision.VendorId.Value))
        {
            await quote.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using var insert = connection.Command(
            $"INSERT INTO quote_revisions ({Columns}) VALUES (@id, @quote, @tenant, @rfq, @vendor, @revision, @received, @source, @message, @by, @json, @inbound)", transaction)
            .With("@id", revision.Id.Value).With("@quote", revision.QuoteId.Value).With("@tenant", revision.TenantId.Value).With("@rfq", revision.RfqId.Value)
            .With("@vendor", revision.VendorId.Value).With("@revision", revision.Revision).With("@received", revision.ReceivedAt).With("@source", revision.Source.ToString())
            .With("@message", revision.MessageId).WithJson("@by", DocumentCodec.Write(revision.RecordedBy)).WithJson("@json", DocumentCodec.Write(revision.Quote))
            .With("@inbound", revision.InboundMessageId?.Value);
        try
        {
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (PostgresException ex) when (ex.IsUniqueViolation() && ex.ConstraintName == "ux_quote_revisions_inbound_message")
        {
            throw new PurchaserException(new PurchaserError(ErrorCodes.InboundMessageAlreadyQuoted, $"Inbound message {revision.InboundMessageId} is already a quote revision.", ErrorKind.Conflict));
        }
    }

    private static QuoteRevision Read(NpgsqlDataReader r) => new()
    {
        Id = new Id<QuoteRevision>(r.GetGuid(0)),
        QuoteId = new Id<Quote>(r.GetGuid(1)),
        TenantId = new Id<Tenant>(r.GetGuid(2)),
        RfqId = new Id<Rfq>(r.GetGuid(3)),
        VendorId = new Id<Vendor>(r.GetGuid(4)),
        Revision = r.GetInt32(5),
        ReceivedAt = r.Time(6),
        Source = Enum.Parse<QuoteSource>(r.GetString(7)),
        MessageId = r.NullableString(8),
        RecordedBy = DocumentCodec.ReadActor(r.GetString(9)),
        Quote = DocumentCodec.ReadQuote(r.GetString(10)),
        InboundMessageId = r.IsDBNull(11) ? null : new Id<InboundMessage>(r.GetGuid(11)),
    };
}
