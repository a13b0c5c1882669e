namespace Purchaser.Storage.PostgreSql;

/// <summary>Keys of the transaction-scoped advisory locks the store takes; advisory locks are per database.</summary>
internal static class AdvisoryLocks
{
    /// <summary>Held while migrating, so hosts starting together apply each migration once.</summary>
    public const long Migrations = 0x5055_5243_4D49_4701; // "PURCMIG" + 1

    /// <summary>
    /// Held from the first outbox insert to commit. Identity values are handed out at insert but become visible at
    /// commit; serialising outbox writers makes the two orders agree, so a reader that has seen position N can never
    /// later find a message below N appear (which would be skipped by the fan-out checkpoint).
    /// </summary>
    public const long Outbox = 0x5055_5243_4F55_5401; // "PURCOUT" + 1
}
