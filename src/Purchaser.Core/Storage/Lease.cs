namespace Purchaser.Storage;

/// <summary>Who holds a named lease and until when.</summary>
/// <param name="Name">The lease's name, for example <c>mailbox:imap:purchasing@mail.customer.example</c>.</param>
/// <param name="Owner">The holder's id (host and instance).</param>
/// <param name="ExpiresAt">When another owner may take the lease unless it is renewed first.</param>
public sealed record Lease(string Name, string Owner, DateTimeOffset ExpiresAt);
