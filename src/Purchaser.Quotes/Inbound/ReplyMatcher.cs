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
internal sealed class ReplyMatcher(IRfqStore rfqs, IVendorStore vendors, IOutboundMailStore? outbound, string rfqNumberPrefix, string replyAddressTemplate)
{
    private const int BodyCharsSearched = 2000;
    // One pattern per RFQ number prefix for the process: a matcher is made per inbound message, building it is not cheap.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Regex> NumberPatterns = new(StringComparer.Ordinal);

    private readonly Regex _number = NumberPatterns.GetOrAdd(rfqNumberPrefix, static prefix =>
        new Regex($@"\b{Regex.Escape(prefix)}-\d{{4}}-\d{{6}}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));

    public async Task<ReplyMatch> MatchAsync(Id<Tenant> tenantId, MimeMessage message, CancellationToken cancellationToken)
    {
        var sender = message.From.Mailboxes.FirstOrDefault()?.Address;
        if (string.IsNullOrWhiteSpace(sender) || !sender.Contains('@', StringComparison.Ordinal))
        {
            return ReplyMatch.None("the message has no sender address");
        }

        if (await ByOutboundMailAsync(tenantId, message, sender, cancellationToken).ConfigureAwait(false) is { } replied)
        {
            return replied;
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

    /// <summary>The reply token in a recipient address, else a Message-ID this engine sent in In-Reply-To or References.</summary>
    private async Task<ReplyMatch?> ByOutboundMailAsync(Id<Tenant> tenantId, MimeMessage message, string sender, CancellationToken cancellationToken)
    {
        if (outbound is null)
        {
            return null;
        }

        var recipients = message.To.Mailboxes.Concat(message.Cc.Mailboxes).Select(m => m.Address)
            .Concat(message.Headers.Where(h => h.Field.Equals("Delivered-To", StringComparison.OrdinalIgnoreCase) || h.Field.Equals("X-Original-To", StringComparison.OrdinalIgnoreCase)).Select(h => h.Value.Trim().Trim('<', '>')));
        foreach (var token in recipients.Select(address => ReplyTokensIn(address)).OfType<string>().Distinct())
        {
            if (await outbound.FindByReplyAsync(token, null, cancellationToken).ConfigureAwait(false) is { } mail && mail.TenantId == tenantId)
            {
                return await ForMailAsync(mail, "reply-token", sender, cancellationToken).ConfigureAwait(false);
            }
        }

        foreach (var id in new[] { message.InReplyTo }.Concat(message.References.Reverse()).OfType<string>())
        {
            if (await outbound.FindByReplyAsync(null, id, cancellationToken).ConfigureAwait(false) is { } mail && mail.TenantId == tenantId)
            {
                return await ForMailAsync(mail, "thread", sender, cancellationToken).ConfigureAwait(false);
            }
        }

        return null;
    }

    private string? ReplyTokensIn(string address) => Purchaser.Quotes.Outbound.ReplyTokens.Find(replyAddressTemplate, address);

    private async Task<ReplyMatch> ForMailAsync(OutboundMail mail, string method, string sender, CancellationToken cancellationToken)
    {
        var rfq = await rfqs.FindAsync(mail.TenantId, mail.RfqId, cancellationToken).ConfigureAwait(false);
        var vendor = await vendors.FindAsync(mail.TenantId, mail.VendorId, cancellationToken).ConfigureAwait(false);
        if (rfq is null || vendor is null)
        {
            return ReplyMatch.None($"the RFQ or vendor of {mail.MessageId} no longer exists");
        }

        var domain = sender[(sender.LastIndexOf('@') + 1)..];
        var known = vendor.Contacts.Any(c => string.Equals(c.Email, sender, StringComparison.OrdinalIgnoreCase) || c.Email.EndsWith("@" + domain, StringComparison.OrdinalIgnoreCase));
        return new ReplyMatch(rfq, vendor, method, known ? null : $"{sender} is not a known contact or domain of {vendor.Name}") { Suspicious = !known };
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
