namespace Purchaser.Storage;

/// <summary>
/// The lease a store gives the deliveries it hands to this process's dispatcher: the owner and expiry to write, the
/// time against which a delivery counts as due, and how many deliveries the dispatcher takes at most.
/// </summary>
/// <param name="Owner">The dispatcher's lease owner, as it claims with.</param>
/// <param name="Now">The dispatcher's clock: only deliveries due by then are leased.</param>
/// <param name="Until">When the lease runs out and any dispatcher may claim the delivery.</param>
/// <param name="Limit">How many deliveries one write may lease at most.</param>
public sealed record WebhookDeliveryLease(string Owner, DateTimeOffset Now, DateTimeOffset Until, int Limit);
