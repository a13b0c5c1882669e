using System.Text.RegularExpressions;

namespace Purchaser.Quotes.Text;

/// <summary>
/// Keeps only what the vendor wrote: drops "&gt;" quoted lines, everything from an "On ... wrote:" attribution, an
/// Outlook "From:/Sent:" header block, a forwarded or original-message marker, and a "-- " signature. A forwarded
/// answer is the vendor's own: when the forward carries a response template block and the text above it does not, the
/// block is kept. Two exceptions keep the history: a vendor who says the answers are in it ("prices in red in your
/// table below", "answers inline") keeps everything but the markers, an answer typed under the quoted line it
/// answers, with more of the quote after it, is read together with that line, which names the part, and a forwarded
/// message under a note with no price of its own is read as the answer.
/// </summary>
internal static partial class HistoryStripper
{
    public static string Strip(string text) => string.Join('\n', StripLines(text));

    /// <summary>
    /// The lines of the stripped text, as <see cref="TextPatterns.Lines"/> would split it again: trailing blank lines and
    /// the last line's trailing whitespace are gone, and nothing left is one empty line.
    /// </summary>
    /// <param name="text">The reply's text.</param>
    /// <param name="buyer">
    /// Marks of the people the reply is sent to (their mail domains, their names): a forwarded block from one of them is
    /// the request, never an answer, so a forwarder's note with prices of its own may go on to read what it forwards.
    /// </param>
    public static string[] StripLines(string text, IReadOnlyCollection<string>? buyer = null)
    {
        var lines = TextPatterns.Lines(text);
        var kept = new List<string>(lines.Length);
        var lastQuoted = Array.FindLastIndex(lines, IsQuoted);
        string? answered = null;
        var inline = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line is "-- " or "--" or "-- \u00A0" || line.TrimEnd() == "--")
            {
                // A signature holds no table: a quote system that signs before its table (Odoo) goes on below it.
                if (TableRowsAfter(lines, i + 1) < 2)
                {
                    break;
                }

                continue;
            }

            var header = IsHeaderBlock(lines, i);
            if (IsMarkerOrAttribution(lines, i) || header)
            {
                // A vendor forwarding a colleague's quote with no price of their own above it ("please see our quote
                // below"): the forwarded message is the answer, read up to its own history.
                // So is a forwarded Outlook block ("FW:" in its subject, or a note saying it forwards what is below). A note
                // with prices of its own ("forwarding Alan's quote with one correction: ... should read $0.172") amends
                // what it forwards, which is read after it, when the forwarded block is known not to be the buyer's.
                var next = i + 1;
                while (!header && next < lines.Length && next - i <= 3 && lines[next].AsSpan().Trim().IsEmpty)
                {
                    next++;
                }

                var block = header ? i : next < lines.Length && IsHeaderBlock(lines, next) ? next : -1;
                var forwarded = ForwardMarker().IsMatch(line) || block >= 0 && (IsForwardBlock(lines, block) || kept.Exists(l => ForwardingNote().IsMatch(l)));
                var fromBuyer = buyer is { Count: > 0 } && block >= 0 && buyer.Any(b => lines[block].Contains(b, StringComparison.OrdinalIgnoreCase));
                var forwardedAnswer = forwarded && !fromBuyer && (!kept.Exists(l => TextPatterns.HasMoney(l)) || buyer is { Count: > 0 } && block >= 0);
                if (forwardedAnswer || inline || (inline = kept.Exists(l => InlineAnswers().IsMatch(l)) || AnswersInQuote(lines, i + 1)))
                {
                    // Apple Mail leaves a blank line between "Begin forwarded message:" and the forwarded headers.
                    while (forwardedAnswer && i + 2 < lines.Length && lines[i + 1].AsSpan().Trim().IsEmpty && IsHeaderBlock(lines, i + 2))
                    {
                        i++;
                    }

                    // Outlook rules a line above its header block.
                    if (forwardedAnswer && !header && block > i)
                    {
                        i = block;
                    }

                    while ((header || forwardedAnswer) && i + 1 < lines.Length && !lines[i + 1].AsSpan().Trim().IsEmpty)
                    {
                        i++;
                    }

                    continue;
                }

                if (ForwardMarker().IsMatch(line) && !kept.Any(IsTemplateBegin))
                {
                    kept.AddRange(TemplateBlock(lines, i + 1));
                }

                break;
            }

            if (IsQuoted(line))
            {
                var quoted = line.AsSpan().TrimStart().TrimStart('>').Trim();
                if (inline && AnswerArrow().IsMatch(quoted))
                {
                    // "> 3  BRG 6205-2RS  400 EA  ==> $3.48 ea, ex-stock": the answer typed onto the quoted line.
                    kept.Add(quoted.ToString());
                    answered = null;
                    continue;
                }

                if (!quoted.IsEmpty)
                {
                    answered = quoted.ToString();
                }

                continue;
            }

            if (!line.AsSpan().Trim().IsEmpty)
            {
                if (answered is not null && i < lastQuoted)
                {
                    line = answered + " — " + line.Trim();
                }

                answered = null;
            }

            kept.Add(line);
        }

        while (kept.Count > 0 && kept[^1].AsSpan().Trim().IsEmpty)
        {
            kept.RemoveAt(kept.Count - 1);
        }

        if (kept.Count == 0)
        {
            return [string.Empty];
        }

        kept[^1] = kept[^1].TrimEnd();
        return [.. kept];
    }

    // A quoted request the vendor answered in place: answers typed onto its lines ("==> $3.48 ea") or between them, under
    // the line they answer. Two such answers at least, so a lone remark between two quoted messages is not taken for it.
    private static bool AnswersInQuote(string[] lines, int start)
    {
        var answers = 0;
        var quotedBefore = false;
        var pending = 0;
        for (var k = start; k < lines.Length && answers < 2; k++)
        {
            var line = lines[k];
            if (IsQuoted(line))
            {
                answers += pending + (AnswerArrow().IsMatch(line) ? 1 : 0);
                pending = 0;
                quotedBefore = true;
            }
            else if (!line.AsSpan().Trim().IsEmpty)
            {
                if (IsMarkerOrAttribution(lines, k) || IsHeaderBlock(lines, k))
                {
                    break;
                }

                pending += quotedBefore ? 1 : 0;
            }
        }

        return answers >= 2;
    }

    // A forwarded- or original-message marker, or an "On ... wrote:" attribution: where history starts.
    private static bool IsMarkerOrAttribution(string[] lines, int index) =>
        MayBeMarker(lines[index]) && Marker().IsMatch(lines[index]) || IsAttribution(lines, index);

    [GeneratedRegex(@"(?:==+>|--+>|=>|→)\s*\S", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex AnswerArrow();

    private static int TableRowsAfter(string[] lines, int start)
    {
        var rows = 0;
        for (var k = start; k < lines.Length && rows < 2; k++)
        {
            var trimmed = lines[k].AsSpan().Trim();
            rows += trimmed.Length > 2 && trimmed[0] == '|' && trimmed[^1] == '|' && !IsQuoted(lines[k]) ? 1 : 0;
        }

        return rows;
    }

    private static bool IsQuoted(string line) => line.AsSpan().TrimStart().StartsWith('>');

    /// <summary>A marker starts with dashes, underscores or "Begin": most lines are ruled out without the pattern.</summary>
    private static bool MayBeMarker(string line) => line.AsSpan().TrimStart() is [ '-' or '_' or 'B' or 'b', ..];

    private static bool IsTemplateBegin(string line) => line.TrimStart().StartsWith("----- BEGIN QUOTE ", StringComparison.Ordinal);

    /// <summary>The first unquoted template block (BEGIN to END marker) from line <paramref name="start"/> on, or nothing.</summary>
    private static IEnumerable<string> TemplateBlock(string[] lines, int start)
    {
        var begin = Array.FindIndex(lines, start, IsTemplateBegin);
        if (begin < 0)
        {
            return [];
        }

        var end = Array.FindIndex(lines, begin, l => l.TrimStart().StartsWith("----- END QUOTE ", StringComparison.Ordinal));
        return end < 0 ? [] : lines[begin..(end + 1)];
    }

    private static bool IsAttribution(string[] lines, int i)
    {
        var line = lines[i].AsSpan().TrimStart() is [ 'O' or 'A' or 'L' or 'E' or 'I' or 'D', ..] ? lines[i].Trim() : string.Empty;
        if (line.Length == 0 || !Attribution().IsMatch(line))
        {
            return false;
        }

        if (Wrote().IsMatch(line))
        {
            return true;
        }

        for (var k = i + 1; k < Math.Min(lines.Length, i + 3); k++)
        {
            if (Wrote().IsMatch(lines[k].Trim()))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsHeaderBlock(string[] lines, int i)
    {
        if (!lines[i].Contains(':', StringComparison.Ordinal) || !FromHeader().IsMatch(lines[i]))
        {
            return false;
        }

        return AnyLineMatches(lines, i + 1, 4, SentHeader(), stopAtBlank: false);
    }

    /// <summary>Whether one of the <paramref name="count"/> lines from <paramref name="start"/> matches <paramref name="pattern"/>.</summary>
    private static bool AnyLineMatches(string[] lines, int start, int count, Regex pattern, bool stopAtBlank)
    {
        for (var k = start; k < Math.Min(lines.Length, start + count) && !(stopAtBlank && lines[k].AsSpan().Trim().IsEmpty); k++)
        {
            if (pattern.IsMatch(lines[k]))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^\s*(?:-{2,}\s*(?:Original Message|Forwarded message|Ursprüngliche Nachricht|Weitergeleitete Nachricht|Message d'origine|Message transféré)\s*-{2,}|Begin forwarded message:|_{10,}\s*$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Marker();

    [GeneratedRegex(@"^\s*(?:-{2,}\s*(?:Forwarded message|Weitergeleitete Nachricht|Message transféré)\s*-{2,}|Begin forwarded message:)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex ForwardMarker();

    /// <summary>Whether the header block at <paramref name="start"/> has a forward's subject ("FW:", "Fwd:", "WG:", "TR:").</summary>
    private static bool IsForwardBlock(string[] lines, int start) => AnyLineMatches(lines, start, 8, ForwardSubject(), stopAtBlank: true);

    [GeneratedRegex(@"^\s*\**(?:Subject|Betreff|Objet|Asunto|Oggetto|Onderwerp|Ämne|Emne|Assunto|Temat)\s*:\**\s*(?:(?:RE|AW|SV|VS|R|RIF)\s*:\s*)*(?:FW|FWD|WG|TR|RV|I|ENC|Doorst|VB|PD)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex ForwardSubject();

    // The forwarder's note above a forwarded quote: "Forwarding Mark's quote below", "FYI - see below".
    [GeneratedRegex(@"\b(?:forward\w*|fwd|relay\w*|passing\s+(?:on|along)|see\s+below|below|FYI|weiterge\w*|weiterleit\w*|unten|ci-dessous|transf[eé]r\w*|abajo|(?:qui\s+)?sotto|hieronder)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex ForwardingNote();

    [GeneratedRegex(@"^(?:On|Am|Le|El|Il|Op|Den|Em)\s.{4,}", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Attribution();

    [GeneratedRegex(@"(?:wrote|schrieb|a écrit|escribió|ha scritto|schreef|skrev|escreveu|napisał\(a\)|napisał|napisała|napsal\(a\)|napsal|írta|yazdı|a scris)\s*:\s*$|\bschrieb\s+[^\n]{1,100}:\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Wrote();

    [GeneratedRegex(@"^\s*\**(?:From|Von|De|Da|Van|Från|Fra|Od|Feladó|Kimden|De\s+la)\s*:\**\s+\S", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex FromHeader();

    [GeneratedRegex(@"^\s*\**(?:Sent|Date|Gesendet|Datum|Envoyé|Enviado|Enviada|Inviato|Verzonden|Skickat|Sendt|To|An|À|Wysłano|Odesláno|Elküldve|Gönderildi|Trimis|Data)\s*:\**\s", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex SentHeader();

    [GeneratedRegex(@"\b(?:in[- ]?line|in\s+(?:red|blue|green|bold|colou?r)|(?:in|into)\s+your\s+(?:table|list|rfq|request|e-?mail|message|spreadsheet))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex InlineAnswers();
}
