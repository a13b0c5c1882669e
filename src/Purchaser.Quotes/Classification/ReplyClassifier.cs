using System.Text.RegularExpressions;
using Purchaser.Domain;
using Purchaser.Quotes.Extraction;
using Purchaser.Quotes.Text;

namespace Purchaser.Quotes.Classification;

/// <summary>
/// Says what a reply is once it has been read: a quote, a revised quote, a no-bid, a question or another message. A
/// question or other message is never a quote, even when it mentions a price ("before we quote, would $12 work in
/// 6082?"): it comes out unparseable with the reason, so the inbound pipeline keeps it in the vendor's thread only.
/// </summary>
internal static partial class ReplyClassifier
{
    public static NormalizedQuote Classify(QuoteDocument document, QuoteFindings findings, NormalizedQuote quote)
    {
        var text = document.Text;
        switch (quote.Status)
        {
            case QuoteStatus.NoBid:
                return quote with { Classification = QuoteClassification.NoBid };
            case QuoteStatus.Parsed or QuoteStatus.Partial:
                // A question before quoting, with at most a ballpark figure; a vendor who asks about one line and prices the
                // others ("the rest I can quote now") has sent a quote.
                if (PreQuote().IsMatch(text) && Question(text) is { } asked && quote.Lines.All(l => l.Confidence is null or <= FreeTextExtractor.Confidence)
                    && quote.Lines.Count(l => l is { NoBid: false, UnitPrice: not null }) < 2)
                {
                    return NotAQuote(quote, QuoteClassification.Question, asked);
                }

                return quote with { Classification = IsRevision(text) || IsRevision(document.Subject ?? string.Empty) ? QuoteClassification.RevisedQuote : QuoteClassification.Quote };
            default:
                if (findings.Problems.Count > 0 || document.Attachments.Any(a => a.ContentType != "text/html"))
                {
                    // Something was sent that could not be read (a scanned PDF, an attachment over the limits): treat it as a quote the team must look at.
                    return quote with { Classification = QuoteClassification.Quote };
                }

                if (Question(text) is { } question)
                {
                    return NotAQuote(quote, QuoteClassification.Question, question);
                }

                if (OtherMessage().IsMatch(text) || !TextPatterns.MoneyToken().IsMatch(text))
                {
                    return NotAQuote(quote, QuoteClassification.Other, FirstSentence(text));
                }

                return quote with { Classification = QuoteClassification.Quote };
        }
    }

    /// <summary>
    /// Whether the reply revises the vendor's own earlier quote: it says so ("revised quote", "supersedes our previous"),
    /// or compares with it ("best and final", "down from $0.189", "bisher 42,60 €", "we can extend the validity of our").
    /// </summary>
    private static bool IsRevision(string text) => Revised().IsMatch(text) || (RevisionWords.Occurs(text) && ComparedWithEarlier().IsMatch(text));

    private static readonly TriggerSet RevisionWords = TriggerSet.Guard("best", "down", "reduced", "previously", "extend", "final", "feedback", "überarbeit", "aktualisiert", "geändert", "neues", "bisher");

    private static NormalizedQuote NotAQuote(NormalizedQuote quote, QuoteClassification classification, string sentence)
    {
        var word = classification == QuoteClassification.Question ? "question" : "not a quote";
        return new NormalizedQuote
        {
            VendorEmail = quote.VendorEmail,
            Status = QuoteStatus.Unparseable,
            Classification = classification,
            Reason = sentence.Length > 0 ? $"{word}: {sentence}" : word,
        };
    }

    /// <summary>The first sentence that asks the buyer something, leaving out courtesy lines ("any questions?").</summary>
    private static string? Question(string text)
    {
        foreach (var sentence in Sentences(text))
        {
            if (Courtesy().IsMatch(sentence))
            {
                continue;
            }

            if (sentence.EndsWith('?') || Request().IsMatch(sentence))
            {
                return sentence;
            }
        }

        return null;
    }

    private static string FirstSentence(string text) => Sentences(text).FirstOrDefault(s => !Greeting().IsMatch(s)) ?? string.Empty;

    private static IEnumerable<string> Sentences(string text) =>
        SentenceBreak().Split(text).Select(s => Regex.Replace(s, @"\s+", " ").Trim()).Where(s => s.Length > 0).Select(s => s.Length > 200 ? s[..200] : s);

    [GeneratedRegex(@"(?<=[.?!])\s+|\n\s*\n", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"^(?:hi|hello|dear|good\s+(?:morning|afternoon))\b[^.?!]{0,40}[,!]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Greeting();

    [GeneratedRegex(@"\b(?:any\s+(?:further\s+|other\s+)?questions|hesitate|how\s+are\s+you|hope\s+(?:you|this|all))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Courtesy();

    [GeneratedRegex(@"\b(?:please|kindly)\s+(?:confirm|advise|clarify|specify|send|provide|let\s+(?:us|me)\s+know\s+(?:whether|if|what|which|how))\b|\b(?:could|can|would)\s+you\s+(?:please\s+)?(?:confirm|clarify|advise|send|provide|specify|share)\b|\bwe\s+(?:need|require)\s+(?:the|a|more|further|your)\b[^.]{0,60}\bbefore\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Request();

    [GeneratedRegex(@"\b(?:before|prior\s+to|in\s+order\s+to|so\s+(?:that\s+)?(?:we|i)\s+can)\s+(?:we\s+|i\s+)?(?:can\s+)?(?:quot\w*|pric\w+|submit|offer|complete\s+our\s+(?:quote|offer))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex PreQuote();

    [GeneratedRegex(@"\b(?:revised|updated|amended|corrected|new)\s+(?:quot\w*|pric\w*|offer|proposal)|\b(?:supersedes|replaces)\s+(?:our|the)\s+(?:previous|earlier|last|prior)\b|\bquot\w*\s+rev(?:ision)?\.?\s*\d|\brevision\s+of\s+our\b|\b(?:supersedes|replaces)\s+(?:our\s+|the\s+)?rev(?:ision)?\.?\s*\w{1,2}\b|\brev(?:ision)?\.?\s*\w{1,2}\s+(?:of\s+our\s+(?:quot|offer)|in\s+full\b)|\bre-?issued\s+(?:quot\w*|offer)|\b(?:as\s+in|than\s+in|from)\s+our\s+(?:first|previous|earlier|original|last)\s+(?:offer|quot\w*|proposal)|\bextend(?:ed)?\s+(?:our\s+)?(?:quot\w*|offer)\s+[\w/-]*\d[\w/-]*\s+(?:to|until|through|thru)\b|\bextend(?:ed)?\s+the\s+validity\s+of\s+(?:our\s+)?(?:offer|quot\w*)|\bconfirm\s+our\s+prices\s+unchanged\b|\bcounter[- ]?offer\b|\b(?:offer|quot\w*)\s+(?:now\s+reads|as\s+it\s+now\s+reads)\b|\b(?:offer|quot\w*)\s+[\w/-]*\d[\w/-]*\s+rev(?:ision)?\.?\s*\d|\bupdate\s+(?:on|to)\s+our\s+(?:offer|quot\w*)|\bwithdraw\s+our\s+(?:offer|quot\w*)\s+(?:on|for)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Revised();

    [GeneratedRegex(@"\b(?:out\s+of\s+(?:the\s+)?office|auto(?:matic)?[- ]?reply|(?:received|receipt\s+of)\s+your\s+(?:rfq|request|inquiry|enquiry)|(?:will|shall)\s+(?:send|get\s+back|revert|come\s+back|follow\s+up|provide|quote|reply|respond)|working\s+on\s+(?:it|your|the)|thank(?:s|\s+you)\s+for\s+(?:the|your)\s+(?:rfq|request|inquiry|enquiry))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex OtherMessage();

    [GeneratedRegex(@"\bbest\s+and\s+final\b|\b(?:down|reduced)\s+from\s+(?:[$€£]|[A-Z]{3}\b)|\bpreviously\s+(?:[$€£]|[A-Z]{3}\b)|\bextend(?:ed)?\s+the\s+validity\s+of\s+our\b|\bfinal\s+prices\b|\bfeedback\s+on\s+our\s+(?:offer|quot\w*)|\b(?:überarbeitet|aktualisiert|geändert)\w*\s+angebot|\bneues\s+angebot\b|\bbisher\s+\d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex ComparedWithEarlier();
}
