using Purchaser.Mail;

namespace Purchaser.Storage.PostgreSql;

/// <summary>Mailbox read checkpoints in PostgreSQL, one row per mailbox and folder.</summary>
internal sealed class PostgreSqlMailboxCheckpointStore(PostgreSqlDatabase database, TimeProvider time) : IMailboxCheckpointStore
{
    public Task<MailboxCheckpoint?> FindAsync(string mailbox, string folder, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            await using var command = connection.Command("SELECT uid_validity, last_uid FROM mailbox_checkpoints WHERE mailbox = @mailbox AND folder = @folder")
                .With("@mailbox", mailbox).With("@folder", folder);
            return (await command.ListAsync(r => new MailboxCheckpoint(mailbox, folder, checked((uint)r.GetInt64(0)), checked((uint)r.GetInt64(1))), cancellationToken).ConfigureAwait(false)).FirstOrDefault();
        }, cancellationToken);

    public Task SaveAsync(MailboxCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        return database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.Command(
                """
                INSERT INTO mailbox_checkpoints (mailbox, folder, uid_validity, last_uid, updated_at) VALUES (@mailbox, @folder, @validity, @last, @at)
                ON CONFLICT (mailbox, folder) DO UPDATE SET uid_validity = excluded.uid_validity, last_uid = excluded.last_uid, updated_at = excluded.updated_at
                """, transaction)
                .With("@mailbox", checkpoint.Mailbox).With("@folder", checkpoint.Folder).With("@validity", (long)checkpoint.UidValidity)
                .With("@last", (long)checkpoint.LastUid).With("@at", time.GetUtcNow());
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);
    }
}
