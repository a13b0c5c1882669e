using Npgsql;
using Purchaser.Domain;

namespace Purchaser.Storage.PostgreSql;

/// <summary>Vendors and vendor lists in PostgreSQL. Deleted vendors keep their row, so RFQs that name them stay readable.</summary>
internal sealed class PostgreSqlVendorStore(PostgreSqlDatabase database) : IVendorStore
{
    private const string VendorColumns = "id, tenant_id, name, code, contacts_json, created_at, updated_at, version";
    private const string ListColumns = "id, tenant_id, name, created_at, updated_at, version";

    public Task CreateAsync(Vendor vendor, StateChange change, CancellationToken cancellationToken) =>
        WriteVendorAsync(vendor, change, $"INSERT INTO vendors ({VendorColumns}) VALUES (@id, @tenant, @name, @code, @contacts, @created, @updated, @version)", vendor.Version, cancellationToken);

    public Task<Vendor?> FindAsync(Id<Tenant> tenantId, Id<Vendor> id, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            await using var command = connection.Command($"SELECT {VendorColumns} FROM vendors WHERE tenant_id = @tenant AND id = @id AND deleted_at IS NULL")
                .With("@tenant", tenantId.Value).With("@id", id.Value);
            return (await command.ListAsync(ReadVendor, cancellationToken).ConfigureAwait(false)).FirstOrDefault();
        }, cancellationToken);

    public Task<IReadOnlyList<Vendor>> FindManyAsync(Id<Tenant> tenantId, IReadOnlyCollection<Id<Vendor>> ids, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<Vendor>>(async connection =>
        {
            if (ids.Count == 0)
            {
                return [];
            }

            await using var command = connection.Command($"SELECT {VendorColumns} FROM vendors WHERE tenant_id = @tenant AND deleted_at IS NULL AND id = ANY (@ids)")
                .With("@tenant", tenantId.Value).With("@ids", ids.Select(i => i.Value).ToArray());
            return await command.ListAsync(ReadVendor, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    public Task<Page<Vendor>> ListAsync(Id<Tenant> tenantId, PageRequest page, CancellationToken cancellationToken) =>
        database.ReadAsync(connection => PageAsync(connection, "vendors", VendorColumns, 8, "AND deleted_at IS NULL", tenantId, page, ReadVendor, cancellationToken), cancellationToken);

    public async Task<Vendor> UpdateAsync(Vendor vendor, StateChange change, CancellationToken cancellationToken)
    {
        await WriteVendorAsync(vendor, change, "UPDATE vendors SET name = @name, code = @code, contacts_json = @contacts, updated_at = @updated, version = @version WHERE id = @id AND tenant_id = @tenant AND version = @expected AND deleted_at IS NULL", vendor.Version + 1, cancellationToken).ConfigureAwait(false);
        return vendor with { Version = vendor.Version + 1 };
    }

    public Task<bool> DeleteAsync(Id<Tenant> tenantId, Id<Vendor> id, StateChange change, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using (var delete = connection.Command("UPDATE vendors SET deleted_at = @at, version = version + 1 WHERE id = @id AND tenant_id = @tenant AND deleted_at IS NULL", transaction)
                .With("@at", change.Audit.Count > 0 ? change.Audit[0].At : DateTimeOffset.UtcNow).With("@id", id.Value).With("@tenant", tenantId.Value))
            {
                if (await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
                {
                    return false;
                }
            }

            await using (var members = connection.Command("DELETE FROM vendor_list_members WHERE vendor_id = @id", transaction).With("@id", id.Value))
            {
                await members.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await StateChangeWriter.WriteAsync(database, connection, transaction, change, cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    public Task CreateListAsync(VendorList list, StateChange change, CancellationToken cancellationToken) =>
        WriteListAsync(list, change, $"INSERT INTO vendor_lists ({ListColumns}) VALUES (@id, @tenant, @name, @created, @updated, @version)", list.Version, cancellationToken);

    public Task<VendorList?> FindListAsync(Id<Tenant> tenantId, Id<VendorList> id, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            await using var command = connection.Command($"SELECT {ListColumns} FROM vendor_lists WHERE tenant_id = @tenant AND id = @id")
                .With("@tenant", tenantId.Value).With("@id", id.Value);
            var lists = await command.ListAsync(ReadList, cancellationToken).ConfigureAwait(false);
            return lists.Count == 0 ? null : (await LoadMembersAsync(connection, lists, cancellationToken).ConfigureAwait(false))[0];
        }, cancellationToken);

    public Task<Page<VendorList>> ListListsAsync(Id<Tenant> tenantId, PageRequest page, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            var lists = await PageAsync(connection, "vendor_lists", ListColumns, 6, string.Empty, tenantId, page, ReadList, cancellationToken).ConfigureAwait(false);
            return lists with { Items = await LoadMembersAsync(connection, [.. lists.Items], cancellationToken).ConfigureAwait(false) };
        }, cancellationToken);

    public async Task<VendorList> UpdateListAsync(VendorList list, StateChange change, CancellationToken cancellationToken)
    {
        await WriteListAsync(list, change, "UPDATE vendor_lists SET name = @name, updated_at = @updated, version = @version WHERE id = @id AND tenant_id = @tenant AND version = @expected", list.Version + 1, cancellationToken).ConfigureAwait(false);
        return list with { Version = list.Version + 1 };
    }

    public Task<bool> DeleteListAsync(Id<Tenant> tenantId, Id<VendorList> id, StateChange change, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using (var delete = connection.Command("DELETE FROM vendor_lists WHERE id = @id AND tenant_id = @tenant", transaction)
                .With("@id", id.Value).With("@tenant", tenantId.Value))
            {
                if (await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
                {
                    return false;
                }
            }

            await StateChangeWriter.WriteAsync(database, connection, transaction, change, cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    private Task WriteVendorAsync(Vendor vendor, StateChange change, string sql, long version, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using (var command = connection.Command(sql, transaction)
                .With("@id", vendor.Id.Value).With("@tenant", vendor.TenantId.Value).With("@name", vendor.Name).With("@code", vendor.Code)
                .WithJson("@contacts", DocumentCodec.Write(vendor.Contacts)).With("@created", vendor.CreatedAt).With("@updated", vendor.UpdatedAt)
                .With("@version", version).With("@expected", vendor.Version))
            {
                await ExecuteUniqueAsync(command, ErrorCodes.VendorCodeTaken, $"Another vendor already has the code '{vendor.Code}'.", $"Vendor {vendor.Name} was changed by someone else; read it again and retry.", cancellationToken).ConfigureAwait(false);
            }

            await StateChangeWriter.WriteAsync(database, connection, transaction, change, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    private Task WriteListAsync(VendorList list, StateChange change, string sql, long version, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using (var command = connection.Command(sql, transaction)
                .With("@id", list.Id.Value).With("@tenant", list.TenantId.Value).With("@name", list.Name).With("@created", list.CreatedAt)
                .With("@updated", list.UpdatedAt).With("@version", version).With("@expected", list.Version))
            {
                await ExecuteUniqueAsync(command, ErrorCodes.VendorListNameTaken, $"Another vendor list is already named '{list.Name}'.", $"Vendor list {list.Name} was changed by someone else; read it again and retry.", cancellationToken).ConfigureAwait(false);
            }

            await using (var members = connection.Command(
                """
                DELETE FROM vendor_list_members WHERE list_id = @list;
                INSERT INTO vendor_list_members (list_id, vendor_id, position)
                SELECT @list, m.vendor_id, m.position - 1 FROM unnest(@vendors) WITH ORDINALITY AS m (vendor_id, position);
                """, transaction).With("@list", list.Id.Value).With("@vendors", list.VendorIds.Select(v => v.Value).ToArray()))
            {
                await members.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await StateChangeWriter.WriteAsync(database, connection, transaction, change, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    private static async Task ExecuteUniqueAsync(NpgsqlCommand command, string takenCode, string takenMessage, string conflictMessage, CancellationToken cancellationToken)
    {
        int affected;
        try
        {
            affected = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (PostgresException ex) when (ex.IsUniqueViolation())
        {
            throw new PurchaserException(new PurchaserError(takenCode, takenMessage, ErrorKind.Conflict));
        }

        if (affected == 0)
        {
            throw new PurchaserException(new PurchaserError(ErrorCodes.PreconditionFailed, conflictMessage, ErrorKind.PreconditionFailed));
        }
    }

    /// <summary>Pages newest first by seq, the identity column; <paramref name="columnCount"/> is where seq lands.</summary>
    private static async Task<Page<T>> PageAsync<T>(NpgsqlConnection connection, string table, string columns, int columnCount, string filter, Id<Tenant> tenantId, PageRequest page, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
    {
        var sql = $"SELECT {columns}, seq FROM {table} WHERE tenant_id = @tenant {filter}";
        await using var command = connection.Command(string.Empty).With("@tenant", tenantId.Value).With("@limit", page.Limit + 1);
        if (Cursor.TryDecode(page.Cursor, out var after))
        {
            sql += " AND seq < @after";
            command.With("@after", after);
        }

        command.CommandText = sql + " ORDER BY seq DESC LIMIT @limit";
        var rows = await command.ListAsync(r => (Item: read(r), Position: r.GetInt64(columnCount)), cancellationToken).ConfigureAwait(false);
        var pageRows = rows.Take(page.Limit).ToList();
        return new Page<T>([.. pageRows.Select(r => r.Item)], rows.Count > page.Limit ? Cursor.Encode(pageRows[^1].Position) : null);
    }

    private static async Task<IReadOnlyList<VendorList>> LoadMembersAsync(NpgsqlConnection connection, List<VendorList> lists, CancellationToken cancellationToken)
    {
        if (lists.Count == 0)
        {
            return lists;
        }

        await using var command = connection.Command(
            "SELECT m.list_id, m.vendor_id FROM vendor_list_members m JOIN vendors v ON v.id = m.vendor_id WHERE v.deleted_at IS NULL AND m.list_id = ANY (@lists) ORDER BY m.position")
            .With("@lists", lists.Select(l => l.Id.Value).ToArray());
        var members = (await command.ListAsync(r => (List: r.GetGuid(0), Vendor: new Id<Vendor>(r.GetGuid(1))), cancellationToken).ConfigureAwait(false)).ToLookup(m => m.List, m => m.Vendor);
        return [.. lists.Select(l => l with { VendorIds = [.. members[l.Id.Value]] })];
    }

    private static Vendor ReadVendor(NpgsqlDataReader r) => new()
    {
        Id = new Id<Vendor>(r.GetGuid(0)),
        TenantId = new Id<Tenant>(r.GetGuid(1)),
        Name = r.GetString(2),
        Code = r.NullableString(3),
        Contacts = DocumentCodec.ReadContacts(r.GetString(4)),
        CreatedAt = r.Time(5),
        UpdatedAt = r.Time(6),
        Version = r.GetInt64(7),
    };

    private static VendorList ReadList(NpgsqlDataReader r) => new()
    {
        Id = new Id<VendorList>(r.GetGuid(0)),
        TenantId = new Id<Tenant>(r.GetGuid(1)),
        Name = r.GetString(2),
        CreatedAt = r.Time(3),
        UpdatedAt = r.Time(4),
        Version = r.GetInt64(5),
        VendorIds = [],
    };
}
