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
    private readonly RawStatement _insert = new(
        connection,
        "INSERT INTO webhook_attempts (tenant_id, " + SqliteWebhookStore.AttemptColumns[..^5] + ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");

    private readonly SqliteCommand _update = connection.Command(
        "UPDATE webhook_deliveries SET status = @status, attempts = @attempts, next_attempt_at = @next, completed_at = @completed, lease_owner = NULL, lease_until = NULL WHERE seq = @seq AND id = @id",
        transaction);

    /// <summary>Writes the attempt and the delivery's new state.</summary>
    public async Task WriteAsync(WebhookAttempt attempt, WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        _insert.Guid(1, delivery.TenantId.Value).Guid(2, attempt.DeliveryId.Value).Guid(3, attempt.EndpointId.Value).Text(4, attempt.MessageId).Text(5, attempt.EventType)
            .Time(6, attempt.AttemptedAt).Integer(7, attempt.StatusCode).Integer(8, (long)attempt.Latency.TotalMilliseconds).Text(9, attempt.ResponseBody)
            .Text(10, attempt.Error).Integer(11, attempt.Succeeded ? 1 : 0).Time(12, attempt.NextRetryAt).Run();
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
        _insert.Dispose();
        await _update.DisposeAsync().ConfigureAwait(false);
    }
}
