namespace Purchaser.Domain;

/// <summary>One requested item on an RFQ.</summary>
/// <param name="LineNumber">The line's number, unique within the RFQ (the ERP's order line number).</param>
/// <param name="PartNumber">The buyer's part number.</param>
/// <param name="Description">What is requested, with material and finish.</param>
/// <param name="Quantity">The requested quantity, in <paramref name="Unit"/>.</param>
/// <param name="Unit">The unit of measure of the quantity.</param>
/// <param name="NeedBy">The date the goods are needed, when known.</param>
public sealed record RfqLine(int LineNumber, string PartNumber, string? Description, decimal Quantity, UnitOfMeasure Unit, DateOnly? NeedBy);
