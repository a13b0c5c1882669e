namespace Purchaser.Quotes.Pdf;

/// <summary>The text layer read from one PDF: its lines in reading order, or why none could be read.</summary>
/// <param name="Text">Lines of text, columns separated by tabs; empty when nothing was read.</param>
/// <param name="Problem">Why the PDF (or part of it) was not read, when that happened.</param>
internal sealed record PdfText(string Text, string? Problem)
{
    public static PdfText Failed(string problem) => new(string.Empty, problem);
}
