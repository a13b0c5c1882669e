namespace Purchaser.Domain;

/// <summary>How an RFQ was awarded.</summary>
public enum AwardMode
{
    /// <summary>Every line to one vendor from one quote revision.</summary>
    Whole,

    /// <summary>Each line decided separately.</summary>
    PerLine,
}
