using System.Diagnostics;
using System.Text;
using UglyToad.PdfPig;

namespace Purchaser.Quotes.Pdf;

/// <summary>
/// Reads the text layer of a PDF within <see cref="QuoteParserOptions"/>' bounds. A PDF is untrusted input: the read
/// runs on its own thread and is abandoned when it overruns the time budget, pages and letters are counted, and any
/// failure of the PDF library becomes a problem string instead of an exception.
/// </summary>
internal static class PdfTextReader
{
    /// <summary>
    /// Most PDF reads running at once, abandoned ones included: a stream of looping files must not pile up threads
    /// without bound, so beyond this a PDF is skipped with a reason until earlier reads end.
    /// </summary>
    private const int MaxReadsInFlight = 8;

    private static int _readsInFlight;

    public static PdfText Read(ReadOnlyMemory<byte> content, string name, QuoteParserOptions options)
    {
        if (content.Length > options.MaxPdfBytes)
        {
            return PdfText.Failed($"{name}: the PDF is larger than {options.MaxPdfBytes} bytes and was not read");
        }

        if (!HasHeader(content.Span))
        {
            return PdfText.Failed($"{name}: not a PDF file (no %PDF header)");
        }

        if (Interlocked.Increment(ref _readsInFlight) > MaxReadsInFlight)
        {
            Interlocked.Decrement(ref _readsInFlight);
            return PdfText.Failed($"{name}: not read, {MaxReadsInFlight} PDF reads are still running (earlier files overran their time budget)");
        }

        PdfText? result = null;
        var budget = TimeSpan.FromMilliseconds(Math.Max(1, options.MaxPdfMilliseconds));
        var worker = new Thread(
            () =>
            {
                try
                {
                    result = ReadUnbounded(content, name, options, budget);
                }
                catch (Exception ex)
                {
                    // An exception escaping a thread ends the process; even running out of memory is this file's problem.
                    result = PdfText.Failed($"{name}: the PDF could not be read ({ex.GetType().Name})");
                }
                finally
                {
                    Interlocked.Decrement(ref _readsInFlight);
                }
            },
            4 * 1024 * 1024)
        {
            IsBackground = true,
            Name = "Purchaser PDF reader",
        };
        worker.Start();

        // The PDF library cannot be cancelled; a read that overruns (a loop in a hostile file) is left to finish on
        // its background thread while the reply is answered without it.
        if (!worker.Join(budget + budget))
        {
            return PdfText.Failed($"{name}: reading the PDF took longer than {options.MaxPdfMilliseconds} ms and was stopped");
        }

        return result ?? PdfText.Failed($"{name}: the PDF could not be read");
    }

    private static PdfText ReadUnbounded(ReadOnlyMemory<byte> content, string name, QuoteParserOptions options, TimeSpan budget)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            using var document = PdfDocument.Open(content, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true, MaxStackDepth = 64 });
            var pageCount = document.NumberOfPages;
            if (pageCount <= 0)
            {
                return PdfText.Failed($"{name}: the PDF has no pages");
            }

            var text = new StringBuilder();
            var problems = new List<string>();
            var letters = 0;
            var pages = Math.Min(pageCount, options.MaxPdfPages);
            if (pageCount > options.MaxPdfPages)
            {
                problems.Add($"{name}: only the first {options.MaxPdfPages} of {pageCount} pages were read");
            }

            for (var number = 1; number <= pages; number++)
            {
                if (clock.Elapsed > budget)
                {
                    problems.Add($"{name}: the time budget of {options.MaxPdfMilliseconds} ms ran out after {number - 1} pages");
                    break;
                }

                var page = document.GetPage(number);
                letters += page.Letters.Count;
                if (letters > options.MaxPdfLetters)
                {
                    problems.Add($"{name}: more than {options.MaxPdfLetters} characters; the rest was not read");
                    break;
                }

                PdfPageLayout.AppendLines(page.Letters, text);
                text.Append('\n');
                if (text.Length > options.MaxTextChars)
                {
                    problems.Add($"{name}: only the first {options.MaxTextChars} characters were read");
                    text.Length = options.MaxTextChars;
                    break;
                }
            }

            var read = text.ToString();
            if (read.Trim().Length == 0 && problems.Count == 0)
            {
                problems.Add($"{name}: the PDF has no text layer (a scanned image?); it cannot be read without OCR");
            }

            return new PdfText(read, problems.Count > 0 ? string.Join("; ", problems) : null);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return PdfText.Failed($"{name}: the PDF could not be read ({ex.GetType().Name}: {First(ex.Message)})");
        }
    }

    private static bool HasHeader(ReadOnlySpan<byte> content)
    {
        var head = content[..Math.Min(content.Length, 1024)];
        return head.IndexOf("%PDF-"u8) >= 0;
    }

    private static string First(string message) => message.Length > 160 ? message[..160] : message;
}
