namespace Purchaser.Mail;

/// <summary>Remembers how far each mailbox folder has been read, so a restarted reader neither skips nor repeats.</summary>
public interface IMailboxCheckpointStore
{
    /// <summary>The folder's checkpoint, or null before the first read.</summary>
    Task<MailboxCheckpoint?> FindAsync(string mailbox, string folder, CancellationToken cancellationToken);

    /// <summary>Stores the folder's checkpoint.</summary>
    Task SaveAsync(MailboxCheckpoint checkpoint, CancellationToken cancellationToken);
}
