using Purchaser.Domain;

namespace Purchaser.Storage;

/// <summary>A dispatcher that takes deliveries handed over by the stores of its process (see <see cref="WebhookDeliveryHandoff"/>).</summary>
public interface IWebhookDeliveryTaker
{
    /// <summary>The lease for deliveries written now, or null when the dispatcher takes none at the moment.</summary>
    WebhookDeliveryLease? Offer();

    /// <summary>Takes deliveries leased under <paramref name="lease"/>, in order; called after the commit, on the committing thread.</summary>
    void Take(WebhookDeliveryLease lease, IReadOnlyList<WebhookDelivery> deliveries);
}
