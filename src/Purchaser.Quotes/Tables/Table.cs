namespace Purchaser.Quotes.Tables;

/// <summary>Rows of cells from a CSV file, a sheet, an HTML table or a text table; the header row is found later.</summary>
/// <param name="Rows">The rows, each a list of trimmed cells.</param>
/// <param name="Source">Where the table came from, for reasons.</param>
/// <param name="Lines">For a table found in text, the text line each row was read from.</param>
internal sealed record Table(IReadOnlyList<IReadOnlyList<string>> Rows, string Source, IReadOnlyList<string>? Lines = null);
