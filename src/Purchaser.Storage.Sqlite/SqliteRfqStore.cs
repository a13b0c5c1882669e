using Microsoft.Data.Sqlite;
using Purchaser.Domain;

namespace Purchaser.Storage.Sqlite;

/// <summary>RFQs in SQLite: one row per RFQ, child rows for lines and vendors, the award as a JSON document.</summary>
internal sealed class SqliteRfqStore(SqliteDatabase database) : IRfqStore
{
    private const string Columns = "id, tenant_id, number, reference, title, currency, response_due_at, status, award_json, created_at, updated_at, published_at, closed_at, cancelled_at, cancellation_reason, version";

    public Task<long> NextNumberAsync(Id<Tenant> tenantId, int year, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.Command(
                """
                INSERT INTO rfq_number_sequences (tenant_id, year, last_value) VALUES (@tenant, @year, 1)
                ON CONFLICT (tenant_id, year) DO UPDATE SET last_value = last_value + 1
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

    public Task<Rfq?> FindByNumberAsync(Id<Tenant> tenantId, string number, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            await using var command = connection.Command($"SELECT {Columns} FROM rfqs WHERE tenant_id = @tenant AND number = @number COLLATE NOCASE")
                .With("@tenant", tenantId.Value).With("@number", number);
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
                // instr, not LIKE: the text is matched as written, with no wildcard in it to escape.
                sql += " AND (instr(lower(number), @search) > 0 OR instr(lower(title), @search) > 0 OR instr(lower(COALESCE(reference, '')), @search) > 0)";
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
                await SqliteQuoteStore.InsertRevisionAsync(connection, transaction, newRevision, cancellationToken).ConfigureAwait(false);
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

    private static SqliteCommand Bind(SqliteCommand command, Rfq rfq, long version) => command
        .With("@id", rfq.Id.Value).With("@tenant", rfq.TenantId.Value).With("@number", rfq.Number).With("@reference", rfq.Reference)
        .With("@title", rfq.Title).With("@currency", rfq.Currency.Code).With("@due", rfq.ResponseDueAt).With("@status", rfq.Status.ToString())
        .With("@award", rfq.Award is null ? null : DocumentCodec.Write(rfq.Award)).With("@created", rfq.CreatedAt).With("@updated", rfq.UpdatedAt)
        .With("@published", rfq.PublishedAt).With("@closed", rfq.ClosedAt).With("@cancelled", rfq.CancelledAt).With("@reason", rfq.CancellationReason)
        .With("@version", version);

    /// <summary>
    /// Makes the RFQ's line and vendor rows match <paramref name="rfq"/>: rows that did not change are not written (a quote
    /// arriving changes one vendor's status, not every row), rows no longer there are deleted.
    /// </summary>
    private static async Task WriteChildrenAsync(SqliteConnection connection, SqliteTransaction transaction, Rfq rfq, CancellationToken cancellationToken)
    {
        await using (var upsert = connection.Command(
            """
            INSERT INTO rfq_lines (rfq_id, line_number, part_number, description, quantity, unit, need_by) VALUES (@rfq, @line, @part, @description, @quantity, @unit, @needBy)
            ON CONFLICT (rfq_id, line_number) DO UPDATE SET part_number = excluded.part_number, description = excluded.description,
                quantity = excluded.quantity, unit = excluded.unit, need_by = excluded.need_by
            WHERE rfq_lines.part_number IS NOT excluded.part_number OR rfq_lines.description IS NOT excluded.description
                OR rfq_lines.quantity IS NOT excluded.quantity OR rfq_lines.unit IS NOT excluded.unit OR rfq_lines.need_by IS NOT excluded.need_by
            """, transaction))
        {
            foreach (var line in rfq.Lines)
            {
                upsert.Parameters.Clear();
                upsert.With("@rfq", rfq.Id.Value).With("@line", line.LineNumber).With("@part", line.PartNumber).With("@description", line.Description)
                    .With("@quantity", line.Quantity).With("@unit", line.Unit.Code).With("@needBy", line.NeedBy);
                await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        await using (var upsert = connection.Command(
            """
            INSERT INTO rfq_vendors (rfq_id, vendor_id, status, attached_at, position) VALUES (@rfq, @vendor, @status, @attached, @position)
            ON CONFLICT (rfq_id, vendor_id) DO UPDATE SET status = excluded.status, attached_at = excluded.attached_at, position = excluded.position
            WHERE rfq_vendors.status IS NOT excluded.status OR rfq_vendors.attached_at IS NOT excluded.attached_at OR rfq_vendors.position IS NOT excluded.position
            """, transaction))
        {
            for (var position = 0; position < rfq.Vendors.Count; position++)
            {
                var vendor = rfq.Vendors[position];
                upsert.Parameters.Clear();
                upsert.With("@rfq", rfq.Id.Value).With("@vendor", vendor.VendorId.Value).With("@status", vendor.Status.ToString())
                    .With("@attached", vendor.AttachedAt).With("@position", position);
                await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        await using var prune = connection.Command(
            """
            DELETE FROM rfq_lines WHERE rfq_id = @rfq AND line_number NOT IN (SELECT value FROM json_each(@lines));
            DELETE FROM rfq_vendors WHERE rfq_id = @rfq AND vendor_id NOT IN (SELECT value FROM json_each(@vendors));
            """, transaction)
            .With("@rfq", rfq.Id.Value)
            .With("@lines", System.Text.Json.JsonSerializer.Serialize(rfq.Lines.Select(l => l.LineNumber)))
            .With("@vendors", System.Text.Json.JsonSerializer.Serialize(rfq.Vendors.Select(v => v.VendorId.Value.ToString("D"))));
        await prune.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IReadOnlyList<Rfq>> LoadChildrenAsync(SqliteConnection connection, List<Rfq> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return rows;
        }

        var ids = string.Join(", ", rows.Select((_, i) => $"@r{i}"));
        await using var lineCommand = connection.Command($"SELECT rfq_id, line_number, part_number, description, quantity, unit, need_by FROM rfq_lines WHERE rfq_id IN ({ids}) ORDER BY line_number");
        await using var vendorCommand = connection.Command($"SELECT rfq_id, vendor_id, status, attached_at FROM rfq_vendors WHERE rfq_id IN ({ids}) ORDER BY position");
        for (var i = 0; i < rows.Count; i++)
        {
            lineCommand.With($"@r{i}", rows[i].Id.Value);
            vendorCommand.With($"@r{i}", rows[i].Id.Value);
        }

        var lines = (await lineCommand.ListAsync(
            r => (RfqId: r.Guid(0), Line: new RfqLine(r.GetInt32(1), r.GetString(2), r.NullableString(3), r.Decimal(4), UnitOfMeasure.Parse(r.GetString(5)), r.NullableDate(6))),
            cancellationToken).ConfigureAwait(false)).ToLookup(x => x.RfqId, x => x.Line);
        var vendors = (await vendorCommand.ListAsync(
            r => (RfqId: r.Guid(0), Vendor: new RfqVendor(new Id<Vendor>(r.Guid(1)), Enum.Parse<RfqVendorStatus>(r.GetString(2)), r.Time(3))),
            cancellationToken).ConfigureAwait(false)).ToLookup(x => x.RfqId, x => x.Vendor);
        return [.. rows.Select(rfq => rfq with { Lines = [.. lines[rfq.Id.Value]], Vendors = [.. vendors[rfq.Id.Value]] })];
    }

    private static Rfq ReadRow(SqliteDataReader r) => new()
    {
        Id = new Id<Rfq>(r.Guid(0)),
        TenantId = new Id<Tenant>(r.Guid(1)),
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
