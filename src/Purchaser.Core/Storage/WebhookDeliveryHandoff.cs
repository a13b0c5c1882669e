using Purchaser.Domain;

namespace Purchaser.Storage;

/// <summary>
/// Hands webhook deliveries a store makes ready straight to this process's dispatcher, without a claim transaction.
/// While a dispatcher is attached, a write that stores deliveries, or records an attempt that frees the next delivery of
/// a subject, leases to the dispatcher in the same transaction the deliveries that are due and first in line for their
/// subject and endpoint, and passes them over after the commit. Other processes see them leased like claimed ones: if
/// this process dies holding them, the lease runs out and any dispatcher claims them.
/// </summary>
public sealed class WebhookDeliveryHandoff
{
    private IWebhookDeliveryTaker? _taker;

    /// <summary>Makes <paramref name="taker"/> the dispatcher that receives handed-over deliveries.</summary>
    public void Attach(IWebhookDeliveryTaker taker) => Volatile.Write(ref _taker, taker);

    /// <summary>Stops handing deliveries to <paramref name="taker"/>; stores write them unleased again.</summary>
    public void Detach(IWebhookDeliveryTaker taker) => Interlocked.CompareExchange(ref _taker, null, taker);

    /// <summary>Asked inside a write: the lease to give ready deliveries, or null to leave them for any dispatcher to claim.</summary>
    public WebhookDeliveryLease? Offer() => Volatile.Read(ref _taker)?.Offer();

    /// <summary>Passes deliveries leased under <paramref name="lease"/> to the dispatcher; called after the commit.</summary>
    public void HandOver(WebhookDeliveryLease lease, IReadOnlyList<WebhookDelivery> deliveries)
    {
        ArgumentNullException.ThrowIfNull(lease);
        ArgumentNullException.ThrowIfNull(deliveries);
        if (deliveries.Count > 0)
        {
            // A dispatcher detached meanwhile leaves them leased; they are claimed again when the lease runs out.
            Volatile.Read(ref _taker)?.Take(lease, deliveries);
        }
    }
}
