using System.Text.RegularExpressions;
using MimeKit;
using Purchaser.Domain;
using Purchaser.Storage;

namespace Purchaser.Quotes.Inbound;

/// <summary>
/// Finds the RFQ and vendor a reply answers: the RFQ number in the subject (or the first lines of the body) together
/// with a sender who is a contact of a vendor on that RFQ; otherwise a sender who is a contact of a vendor with exactly
/// one open RFQ. A sender who matches no vendor by address or domain matches nothing.
/// </summary>
internal sealed class ReplyMatcher(IRfqStore rfqs, IVendorStore vendors, string rfqNumberPrefix)
{
    private const int BodyCharsSearched = 2000;
    private readonly Regex _number = new($@"\b{Regex.Escape(rfqNumberPrefix)}-\d{{4}}-\d{{6}}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public async Task<ReplyMatch> MatchAsync(Id<Tenant> tenantId, MimeMessage message, CancellationToken cancellationToken)
    {
        var sender = message.From.Mailboxes.FirstOrDefault()?.Address;
        if (string.IsNullOrWhiteSpace(sender) || !sender.Contains('@', StringComparison.Ordinal))
        {
            return ReplyMatch.None("the message has no sender address");
        }

        var candidates = await vendors.FindByContactAsync(tenantId, sender, cancellationToken).ConfigureAwait(false);
        var number = _number.Match(message.Subject ?? string.Empty) is { Success: true } inSubject ? inSubject.Value : FirstNumberInBody(message);
        if (number is not null && await rfqs.FindByNumberAsync(tenantId, number, cancellationToken).ConfigureAwait(false) is { } numbered)
        {
            var vendor = candidates.FirstOrDefault(v => numbered.HasVendor(v.Id));
            return vendor is null
                ? ReplyMatch.None($"{sender} is not a contact of a vendor invited to {numbered.Number}")
                : new ReplyMatch(numbered, vendor, "rfq-number", null);
        }

        if (candidates.Count == 0)
        {
            return ReplyMatch.None($"{sender} is not a contact of any vendor");
        }

        var open = new List<(Rfq Rfq, Vendor Vendor)>();
        foreach (var vendor in candidates)
        {
            open.AddRange((await rfqs.ListOpenForVendorAsync(tenantId, vendor.Id, cancellationToken).ConfigureAwait(false)).Select(r => (r, vendor)));
        }

        return open.Count switch
        {
            1 => new ReplyMatch(open[0].Rfq, open[0].Vendor, "sender", null),
            0 => ReplyMatch.None($"{sender} has no open RFQ"),
            _ => ReplyMatch.None($"{sender} is invited to {open.Count} open RFQs and the message names none of them"),
        };
    }

    private string? FirstNumberInBody(MimeMessage message)
    {
        var text = message.TextBody ?? message.HtmlBody;
        if (text is null)
        {
            return null;
        }

        var match = _number.Match(text.Length > BodyCharsSearched ? text[..BodyCharsSearched] : text);
        return match.Success ? match.Value : null;
    }
}
