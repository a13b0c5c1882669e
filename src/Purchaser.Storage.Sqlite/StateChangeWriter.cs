using Microsoft.Data.Sqlite;
using Purchaser.Storage;

namespace Purchaser.Storage.Sqlite;

/// <summary>Appends a change's audit entries and outbox events inside the caller's transaction.</summary>
internal static class StateChangeWriter
{
    public static async Task WriteAsync(SqliteDatabase database, SqliteConnection connection, SqliteTransaction transaction, StateChange change, CancellationToken cancellationToken)
    {
        foreach (var entry in change.Audit)
        {
            await using var command = connection.Command(
                "INSERT INTO audit_log (tenant_id, entity_type, entity_id, action, actor_json, at, detail) VALUES (@tenant, @type, @entity, @action, @actor, @at, @detail)", transaction)
                .With("@tenant", entry.TenantId.Value).With("@type", entry.EntityType).With("@entity", entry.EntityId).With("@action", entry.Action)
                .With("@actor", DocumentCodec.Write(entry.Actor)).With("@at", entry.At).With("@detail", entry.Detail);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (var mail in change.Mail)
        {
            await SqliteOutboundMailStore.InsertAsync(connection, transaction, mail, cancellationToken).ConfigureAwait(false);
        }

        if (change.Events.Count > 0)
        {
            database.SignalOnCommit();
        }

        foreach (var message in change.Events)
        {
            await using var command = connection.Command(
                "INSERT INTO outbox (id, tenant_id, event_type, subject_id, payload, created_at) VALUES (@id, @tenant, @type, @subject, @payload, @at)", transaction)
                .With("@id", message.Id).With("@tenant", message.TenantId.Value).With("@type", message.EventType).With("@subject", message.SubjectId)
                .With("@payload", message.Payload).With("@at", message.CreatedAt);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
