using Microsoft.Data.Sqlite;
using Purchaser.Domain;

namespace Purchaser.Storage.Sqlite;

/// <summary>
/// Writes attempts and the new state of their deliveries inside one transaction, with one prepared statement each for
/// the whole batch rather than a statement prepared per row. A delivery not stored yet (a first attempt sent straight
/// from the outbox) is stored through the leaser unless its attempt succeeded.
/// </summary>
internal sealed class AttemptWriter(SqliteConnection connection, SqliteTransaction transaction, SqliteDeliveryLeaser leaser) : IAsyncDisposable
{
    private readonly SqliteCommand _insert = connection.Command(
        "INSERT INTO webhook_attempts (tenant_id, " + SqliteWebhookStore.AttemptColumns[..^5] + ") VALUES (@tenant, @delivery, @endpoint, @message, @type, @at, @status, @latency, @body, @error, @ok, @next)",
        transaction);

    private readonly SqliteCommand _update = connection.Command(
        "UPDATE webhook_deliveries SET status = @status, attempts = @attempts, next_attempt_at = @next, completed_at = @completed, lease_owner = NULL, lease_until = NULL WHERE seq = @seq AND id = @id",
        transaction);

    /// <summary>Writes the attempt and the delivery's new state.</summary>
    public async Task WriteAsync(WebhookAttempt attempt, WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        _insert.Set("@tenant", delivery.TenantId.Value).Set("@delivery", attempt.DeliveryId.Value).Set("@endpoint", attempt.EndpointId.Value)
            .Set("@message", attempt.MessageId).Set("@type", attempt.EventType).Set("@at", attempt.AttemptedAt).Set("@status", attempt.StatusCode)
            .Set("@latency", (long)attempt.Latency.TotalMilliseconds).Set("@body", attempt.ResponseBody).Set("@error", attempt.Error)
            .Set("@ok", attempt.Succeeded ? 1 : 0).Set("@next", attempt.NextRetryAt);
        await _insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        if (delivery.Sequence == 0)
        {
            if (delivery.Status != WebhookDeliveryStatus.Succeeded)
            {
                await leaser.InsertAsync(delivery, cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        // Found by its row id (the sequence), the cheapest lookup there is; the id check guards against a mismatch.
        _update.Set("@status", delivery.Status.ToString()).Set("@attempts", delivery.Attempts).Set("@next", delivery.NextAttemptAt)
            .Set("@completed", delivery.CompletedAt).Set("@seq", delivery.Sequence).Set("@id", delivery.Id.Value);
        await _update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await _insert.DisposeAsync().ConfigureAwait(false);
        await _update.DisposeAsync().ConfigureAwait(false);
    }
}
