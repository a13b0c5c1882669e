namespace Purchaser.Domain;

/// <summary>Where one vendor stands on one RFQ.</summary>
public enum RfqVendorStatus
{
    /// <summary>Attached to a draft; nothing sent yet.</summary>
    Pending,

    /// <summary>The RFQ was published to the vendor.</summary>
    Invited,

    /// <summary>At least one quote revision was received.</summary>
    Quoted,

    /// <summary>The vendor declined the whole RFQ.</summary>
    Declined,

    /// <summary>The vendor won at least one line.</summary>
    Awarded,

    /// <summary>The RFQ was awarded and this vendor won nothing.</summary>
    NotAwarded,
}
