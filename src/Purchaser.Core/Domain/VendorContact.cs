namespace Purchaser.Domain;

/// <summary>A person or mailbox at a vendor that receives RFQs.</summary>
/// <param name="Name">The contact's name or role, for example "Sales".</param>
/// <param name="Email">The address RFQs are sent to.</param>
public sealed record VendorContact(string? Name, string Email);
