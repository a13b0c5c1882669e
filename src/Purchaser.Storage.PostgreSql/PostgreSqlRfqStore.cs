using Npgsql;
using Purchaser.Domain;

namespace Purchaser.Storage.PostgreSql;

/// <summary>RFQs in PostgreSQL: one row per RFQ, child rows for lines and vendors, the award as a JSON document.</summary>
internal sealed class PostgreSqlRfqStore(PostgreSqlDatabase database) : IRfqStore
{
    private const string Columns = "id, tenant_id, number, reference, title, currency, response_due_at, status, award_json, created_at, updated_at, published_at, closed_at, cancelled_at, cancellation_reason, version";

    public Task<long> NextNumberAsync(Id<Tenant> tenantId, int year, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.Command(
                """
                INSERT INTO rfq_number_sequences AS s (tenant_id, year, last_value) VALUES (@tenant, @year, 1)
                ON CONFLICT (tenant_id, year) DO UPDATE SET last_value = s.last_value + 1
                RETURNING last_value
                """, transaction).With("@tenant", tenantId.Value).With("@year", year);
            return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        }, cancellationToken);

    public Task CreateAsync(Rfq rfq, StateChange change, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using (var insert = connection.Command(
                $"INSERT INTO rfqs ({Columns}) VALUES (@id, @tenant, @number, @reference, @title, @currency, @due, @status, @award, @created, @updated, @published, @closed, @cancelled, @reason, @version)",
                transaction))
            {
                await Bind(insert, rfq, rfq.Version).ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await WriteChildrenAsync(connection, transaction, rfq, cancellationToken).ConfigureAwait(false);
            await StateChangeWriter.WriteAsync(database, connection, transaction, change, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    public Task<Rfq?> FindAsync(Id<Tenant> tenantId, Id<Rfq> id, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            await using var command = connection.Command($"SELECT {Columns} FROM rfqs WHERE tenant_id = @tenant AND id = @id")
                .With("@tenant", tenantId.Value).With("@id", id.Value);
            var rows = await command.ListAsync(ReadRow, cancellationToken).ConfigureAwait(false);
            return rows.Count == 0 ? null : (await LoadChildrenAsync(connection, rows, cancellationToken).ConfigureAwait(false))[0];
        }, cancellationToken);

    public Task<Page<Rfq>> ListAsync(Id<Tenant> tenantId, RfqQuery query, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            var sql = $"SELECT {Columns}, seq FROM rfqs WHERE tenant_id = @tenant";
            await using var command = connection.Command(string.Empty).With("@tenant", tenantId.Value);
            if (query.Status is { } status)
            {
                sql += " AND status = @status";
                command.With("@status", status.ToString());
            }

            if (query.Reference is { } reference)
            {
                sql += " AND reference = @reference";
                command.With("@reference", reference);
            }

            if (!string.IsNullOrWhiteSpace(query.Search))
            {
                // strpos, not LIKE: the text is matched as written, with no wildcard in it to escape.
                sql += " AND (strpos(lower(number), @search) > 0 OR strpos(lower(title), @search) > 0 OR strpos(lower(COALESCE(reference, '')), @search) > 0)";
                command.With("@search", query.Search.Trim().ToLowerInvariant());
            }

            if (Cursor.TryDecode(query.Page.Cursor, out var after))
            {
                sql += " AND seq < @after";
                command.With("@after", after);
            }

            command.CommandText = sql + " ORDER BY seq DESC LIMIT @limit";
            command.With("@limit", query.Page.Limit + 1);
            var rows = await command.ListAsync(r => (Rfq: ReadRow(r), Position: r.GetInt64(16)), cancellationToken).ConfigureAwait(false);
            var pageRows = rows.Take(query.Page.Limit).ToList();
            var page = await LoadChildrenAsync(connection, [.. pageRows.Select(r => r.Rfq)], cancellationToken).ConfigureAwait(false);
            return new Page<Rfq>(page, rows.Count > query.Page.Limit ? Cursor.Encode(pageRows[^1].Position) : null);
        }, cancellationToken);

    public Task<Rfq> UpdateAsync(Rfq rfq, StateChange change, QuoteRevision? newRevision, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            // A concurrent writer of the same row makes this wait for its commit; the version is then re-checked on the
            // committed row, so exactly one of two racing saves matches.
            await using (var update = connection.Command(
                """
                UPDATE rfqs SET number = @number, reference = @reference, title = @title, currency = @currency, response_due_at = @due,
                    status = @status, award_json = @award, created_at = @created, updated_at = @updated, published_at = @published,
                    closed_at = @closed, cancelled_at = @cancelled, cancellation_reason = @reason, version = @version
                WHERE id = @id AND tenant_id = @tenant AND version = @expected
                """, transaction))
            {
                Bind(update, rfq, rfq.Version + 1).With("@expected", rfq.Version);
                if (await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
                {
                    throw new PurchaserException(new PurchaserError(
                        ErrorCodes.RfqConcurrencyConflict, $"{rfq.Number} was changed by someone else; read it again and retry.", ErrorKind.Conflict));
                }
            }

            await WriteChildrenAsync(connection, transaction, rfq, cancellationToken).ConfigureAwait(false);
            if (newRevision is not null)
            {
                await PostgreSqlQuoteStore.InsertRevisionAsync(connection, transaction, newRevision, cancellationToken).ConfigureAwait(false);
            }

            await StateChangeWriter.WriteAsync(database, connection, transaction, change, cancellationToken).ConfigureAwait(false);
            return rfq with { Version = rfq.Version + 1 };
        }, cancellationToken);

    public Task<IReadOnlyList<Rfq>> ListPastDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<Rfq>>(async connection =>
        {
            await using var command = connection.Command($"SELECT {Columns} FROM rfqs WHERE status = @status AND response_due_at <= @now ORDER BY response_due_at LIMIT @limit")
                .With("@status", RfqStatus.Published.ToString()).With("@now", now).With("@limit", limit);
            var rows = await command.ListAsync(ReadRow, cancellationToken).ConfigureAwait(false);
            return await LoadChildrenAsync(connection, rows, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    private static NpgsqlCommand Bind(NpgsqlCommand command, Rfq rfq, long version) => command
        .With("@id", rfq.Id.Value).With("@tenant", rfq.TenantId.Value).With("@number", rfq.Number).With("@reference", rfq.Reference)
        .With("@title", rfq.Title).With("@currency", rfq.Currency.Code).With("@due", rfq.ResponseDueAt).With("@status", rfq.Status.ToString())
        .WithJson("@award", rfq.Award is null ? null : DocumentCodec.Write(rfq.Award)).With("@created", rfq.CreatedAt).With("@updated", rfq.UpdatedAt)
        .With("@published", rfq.PublishedAt).With("@closed", rfq.ClosedAt).With("@cancelled", rfq.CancelledAt).With("@reason", rfq.CancellationReason)
        .With("@version", version);

    /// <summary>
    /// Makes the RFQ's line and vendor rows match <paramref name="rfq"/>: rows that did not change are not written (a quote
    /// arriving changes one vendor's status, not every row), rows no longer there are deleted.
    /// </summary>
    private static async Task WriteChildrenAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Rfq rfq, CancellationToken cancellationToken)
    {
        await using var lines = connection.Command(
            """
            INSERT INTO rfq_lines (rfq_id, line_number, part_number, description, quantity, unit, need_by)
            SELECT @rfq, l.* FROM unnest(@lines, @parts, @descriptions, @quantities, @units, @needBy) AS l
            ON CONFLICT (rfq_id, line_number) DO UPDATE SET part_number = excluded.part_number, description = excluded.description,
                quantity = excluded.quantity, unit = excluded.unit, need_by = excluded.need_by
            WHERE (rfq_lines.part_number, rfq_lines.description, rfq_lines.quantity, rfq_lines.unit, rfq_lines.need_by)
                IS DISTINCT FROM (excluded.part_number, excluded.description, excluded.quantity, excluded.unit, excluded.need_by);
            DELETE FROM rfq_lines WHERE rfq_id = @rfq AND NOT (line_number = ANY (@lines));
            """, transaction)
            .With("@rfq", rfq.Id.Value)
            .With("@lines", rfq.Lines.Select(l => l.LineNumber).ToArray())
            .With("@parts", rfq.Lines.Select(l => l.PartNumber).ToArray())
            .With("@descriptions", rfq.Lines.Select(l => l.Description).ToArray())
            .With("@quantities", rfq.Lines.Select(l => l.Quantity).ToArray())
            .With("@units", rfq.Lines.Select(l => l.Unit.Code).ToArray())
            .With("@needBy", rfq.Lines.Select(l => l.NeedBy).ToArray());
        await lines.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);

        await using var vendors = connection.Command(
            """
            INSERT INTO rfq_vendors (rfq_id, vendor_id, status, attached_at, position)
            SELECT @rfq, v.vendor_id, v.status, v.attached_at, v.position - 1
            FROM unnest(@vendors, @statuses, @attached) WITH ORDINALITY AS v (vendor_id, status, attached_at, position)
            ON CONFLICT (rfq_id, vendor_id) DO UPDATE SET status = excluded.status, attached_at = excluded.attached_at, position = excluded.position
            WHERE (rfq_vendors.status, rfq_vendors.attached_at, rfq_vendors.position)
                IS DISTINCT FROM (excluded.status, excluded.attached_at, excluded.position);
            DELETE FROM rfq_vendors WHERE rfq_id = @rfq AND NOT (vendor_id = ANY (@vendors));
            """, transaction)
            .With("@rfq", rfq.Id.Value)
            .With("@vendors", rfq.Vendors.Select(v => v.VendorId.Value).ToArray())
            .With("@statuses", rfq.Vendors.Select(v => v.Status.ToString()).ToArray())
            .With("@attached", rfq.Vendors.Select(v => v.AttachedAt.ToUniversalTime()).ToArray());
        await vendors.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IReadOnlyList<Rfq>> LoadChildrenAsync(NpgsqlConnection connection, List<Rfq> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return rows;
        }

        var ids = rows.Select(r => r.Id.Value).ToArray();
        await using var lineCommand = connection.Command("SELECT rfq_id, line_number, part_number, description, quantity, unit, need_by FROM rfq_lines WHERE rfq_id = ANY (@ids) ORDER BY line_number")
            .With("@ids", ids);
        var lines = (await lineCommand.ListAsync(
            r => (RfqId: r.GetGuid(0), Line: new RfqLine(r.GetInt32(1), r.GetString(2), r.NullableString(3), r.GetDecimal(4), UnitOfMeasure.Parse(r.GetString(5)), r.NullableDate(6))),
            cancellationToken).ConfigureAwait(false)).ToLookup(x => x.RfqId, x => x.Line);
        await using var vendorCommand = connection.Command("SELECT rfq_id, vendor_id, status, attached_at FROM rfq_vendors WHERE rfq_id = ANY (@ids) ORDER BY position")
            .With("@ids", ids);
        var vendors = (await vendorCommand.ListAsync(
            r => (RfqId: r.GetGuid(0), Vendor: new RfqVendor(new Id<Vendor>(r.GetGuid(1)), Enum.Parse<RfqVendorStatus>(r.GetString(2)), r.Time(3))),
            cancellationToken).ConfigureAwait(false)).ToLookup(x => x.RfqId, x => x.Vendor);
        return [.. rows.Select(rfq => rfq with { Lines = [.. lines[rfq.Id.Value]], Vendors = [.. vendors[rfq.Id.Value]] })];
    }

    private static Rfq ReadRow(NpgsqlDataReader r) => new()
    {
        Id = new Id<Rfq>(r.GetGuid(0)),
        TenantId = new Id<Tenant>(r.GetGuid(1)),
        Number = r.GetString(2),
        Reference = r.NullableString(3),
        Title = r.GetString(4),
        Currency = CurrencyCode.Parse(r.GetString(5)),
        ResponseDueAt = r.NullableTime(6),
        Status = Enum.Parse<RfqStatus>(r.GetString(7)),
        Award = r.NullableString(8) is { } award ? DocumentCodec.ReadAward(award) : null,
        CreatedAt = r.Time(9),
        UpdatedAt = r.Time(10),
        PublishedAt = r.NullableTime(11),
        ClosedAt = r.NullableTime(12),
        CancelledAt = r.NullableTime(13),
        CancellationReason = r.NullableString(14),
        Version = r.GetInt64(15),
        Lines = [],
    };
}
