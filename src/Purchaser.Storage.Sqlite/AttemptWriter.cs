using Microsoft.Data.Sqlite;
using Purchaser.Domain;

namespace Purchaser.Storage.Sqlite;

/// <summary>
/// Writes attempts and the new state of their deliveries inside one transaction, with one prepared statement each for
/// the whole batch rather than a statement prepared per row.
/// </summary>
internal sealed class AttemptWriter(SqliteConnection connection, SqliteTransaction transaction) : IAsyncDisposable
{
    private readonly SqliteCommand _insert = connection.Command(
        "INSERT INTO webhook_attempts (tenant_id, " + SqliteWebhookStore.AttemptColumns[..^5] + ") VALUES (@tenant, @delivery, @endpoint, @message, @type, @at, @status, @latency, @body, @error, @ok, @next)",
        transaction);

    private readonly SqliteCommand _update = connection.Command(
        "UPDATE webhook_deliveries SET status = @status, attempts = @attempts, next_attempt_at = @next, completed_at = @completed, lease_owner = NULL, lease_until = NULL WHERE seq = @seq AND id = @id",
        transaction);

    /// <summary>Writes the attempt and the delivery's new state; the delivery is the one claimed or handed over, so it has its store sequence.</summary>
    public async Task WriteAsync(WebhookAttempt attempt, WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        // Found by its row id (the sequence), the cheapest lookup there is; the id check guards against a mismatch.
        ArgumentOutOfRangeException.ThrowIfZero(delivery.Sequence);
        _insert.Parameters.Clear();
        _insert.With("@tenant", delivery.TenantId.Value).With("@delivery", attempt.DeliveryId.Value).With("@endpoint", attempt.EndpointId.Value)
            .With("@message", attempt.MessageId).With("@type", attempt.EventType).With("@at", attempt.AttemptedAt).With("@status", attempt.StatusCode)
            .With("@latency", (long)attempt.Latency.TotalMilliseconds).With("@body", attempt.ResponseBody).With("@error", attempt.Error)
            .With("@ok", attempt.Succeeded ? 1 : 0).With("@next", attempt.NextRetryAt);
        await _insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);

        _update.Parameters.Clear();
        _update.With("@status", delivery.Status.ToString()).With("@attempts", delivery.Attempts).With("@next", delivery.NextAttemptAt)
            .With("@completed", delivery.CompletedAt).With("@seq", delivery.Sequence).With("@id", delivery.Id.Value);
        await _update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await _insert.DisposeAsync().ConfigureAwait(false);
        await _update.DisposeAsync().ConfigureAwait(false);
    }
}
