namespace Purchaser.Domain;

/// <summary>Where an RFQ is in its life: Draft → Published → Closed → Awarded, or Cancelled from any open state.</summary>
public enum RfqStatus
{
    /// <summary>Being prepared; lines and vendors can change.</summary>
    Draft,

    /// <summary>Sent to vendors; quotes are coming in.</summary>
    Published,

    /// <summary>No longer accepting quotes (response due passed, or closed by hand); ready to award.</summary>
    Closed,

    /// <summary>Awarded to one vendor or per line. Final.</summary>
    Awarded,

    /// <summary>Abandoned. Final.</summary>
    Cancelled,
}
