namespace Purchaser.Domain;

/// <summary>The decision that closes sourcing: which vendor supplies which line at what price, decided by whom and when.</summary>
/// <param name="Mode">Whether the whole RFQ went to one vendor or lines were awarded separately.</param>
/// <param name="Lines">The awarded lines.</param>
/// <param name="AwardedBy">Who decided.</param>
/// <param name="AwardedAt">When.</param>
public sealed record Award(AwardMode Mode, IReadOnlyList<AwardedLine> Lines, Actor AwardedBy, DateTimeOffset AwardedAt);
