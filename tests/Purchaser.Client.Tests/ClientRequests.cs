using Purchaser.Contracts;

namespace Purchaser.Client.Tests;

/// <summary>Valid requests for the client tests.</summary>
internal static class ClientRequests
{
    public static CreateVendorRequest Vendor(string name) => new()
    {
        Name = name,
        Contacts = [new VendorContactDto("Sales", $"sales@{name.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant()}.example")],
    };

    public static CreateRfqRequest Rfq(string reference = "SO-88123", Guid? vendorListId = null) => new()
    {
        Reference = reference,
        Title = $"Complex parts for {reference}",
        Currency = "USD",
        ResponseDueAt = DateTimeOffset.UtcNow.AddDays(14),
        VendorListId = vendorListId,
        Lines =
        [
            new RfqLineDto { LineNumber = 1, PartNumber = "BRK-4471", Description = "Bracket, 6061-T6 aluminium, anodised", Quantity = 500, Unit = "EA" },
            new RfqLineDto { LineNumber = 2, PartNumber = "SCR-M4X10-A2", Description = "Socket head cap screw", Quantity = 20000, Unit = "EA" },
        ],
    };
}
