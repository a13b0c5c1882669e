using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Utils;
using Purchaser.Domain;
using Purchaser.Mail;

namespace Purchaser.Quotes.Outbound;

/// <summary>Composes RFQ invitations and thread messages with MimeKit: readable text and HTML, the response template, a CSV copy of it.</summary>
internal sealed class RfqMailComposer(IOptionsMonitor<MailOptions> options) : IRfqMailComposer
{
    public OutboundMail ComposeInvitation(Rfq rfq, Vendor vendor, Actor requestedBy, DateTimeOffset now)
    {
        var text = InvitationText(rfq, vendor);
        var body = new BodyBuilder { TextBody = text, HtmlBody = InvitationHtml(rfq, vendor) };
        body.Attachments.Add($"{rfq.Number}-response.csv", ResponseTemplate.Csv(rfq), new ContentType("text", "csv") { Charset = "utf-8" });
        return Compose(rfq, vendor, "invitation", $"Request for quotation {rfq.Number}: {rfq.Title}", text, body, ReplyTokens.New(), null, requestedBy, now);
    }

    public OutboundMail ComposeMessage(Rfq rfq, Vendor vendor, string subject, string text, OutboundMail? inReplyTo, Actor requestedBy, DateTimeOffset now) =>
        Compose(rfq, vendor, "message", subject, text, new BodyBuilder { TextBody = text }, inReplyTo?.ReplyToken ?? ReplyTokens.New(), inReplyTo?.MessageId, requestedBy, now);

    private OutboundMail Compose(Rfq rfq, Vendor vendor, string kind, string subject, string text, BodyBuilder body, string token, string? inReplyTo, Actor requestedBy, DateTimeOffset now)
    {
        var settings = options.CurrentValue;
        var domain = settings.From[(settings.From.IndexOf('@', StringComparison.Ordinal) + 1)..];
        using var message = new MimeMessage { Subject = subject, Date = now, MessageId = MimeUtils.GenerateMessageId(domain) };
        message.From.Add(new MailboxAddress(settings.FromName, settings.From));
        message.ReplyTo.Add(new MailboxAddress(settings.FromName, settings.ReplyAddressFor(token)));
        message.To.AddRange(vendor.Contacts.Select(c => new MailboxAddress(c.Name ?? vendor.Name, c.Email)));
        if (inReplyTo is not null)
        {
            message.InReplyTo = inReplyTo;
            message.References.Add(inReplyTo);
        }

        message.Headers.Add("X-Purchaser-Rfq", rfq.Number);
        message.Body = body.ToMessageBody();
        using var stream = new MemoryStream();
        message.WriteTo(FormatOptions.Default, stream);
        return new OutboundMail
        {
            Id = Id<OutboundMail>.New(),
            TenantId = rfq.TenantId,
            RfqId = rfq.Id,
            VendorId = vendor.Id,
            Kind = kind,
            MessageId = message.MessageId,
            ReplyToken = token,
            From = settings.From,
            Recipients = [.. vendor.Contacts.Select(c => c.Email)],
            Subject = subject,
            Text = text,
            Mime = stream.ToArray(),
            NextAttemptAt = now,
            CreatedAt = now,
            RequestedBy = requestedBy,
        };
    }

    private static string InvitationText(Rfq rfq, Vendor vendor)
    {
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Dear {vendor.Name},")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"please quote the items below for {rfq.Number} ({rfq.Title}).")
            .AppendLine(rfq.ResponseDueAt is { } due ? string.Create(CultureInfo.InvariantCulture, $"Responses are due by {due:yyyy-MM-dd HH:mm} UTC.") : "Please respond at your earliest convenience.")
            .AppendLine(CultureInfo.InvariantCulture, $"Prices per unit in {rfq.Currency.Code}, please; state lead time, minimum order quantity, validity and Incoterms.")
            .AppendLine();
        foreach (var line in rfq.Lines)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {line.LineNumber}. {line.PartNumber} - {line.Description} - {line.Quantity} {line.Unit}{(line.NeedBy is { } needBy ? $" - needed by {needBy:yyyy-MM-dd}" : string.Empty)}");
        }

        return text
            .AppendLine()
            .AppendLine("The easiest way to answer: reply to this email and fill in the table between the markers (or the attached CSV).")
            .AppendLine()
            .Append(ResponseTemplate.Text(rfq))
            .AppendLine()
            .AppendLine("Thank you.")
            .ToString();
    }

    private static string InvitationHtml(Rfq rfq, Vendor vendor)
    {
        static string E(string? value) => WebUtility.HtmlEncode(value ?? string.Empty);
        var html = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<p>Dear {E(vendor.Name)},</p><p>please quote the items below for <strong>{E(rfq.Number)}</strong> ({E(rfq.Title)}).")
            .Append(rfq.ResponseDueAt is { } due ? string.Create(CultureInfo.InvariantCulture, $" Responses are due by <strong>{due:yyyy-MM-dd HH:mm} UTC</strong>.") : string.Empty)
            .Append(CultureInfo.InvariantCulture, $"</p><table border=\"1\" cellpadding=\"4\" cellspacing=\"0\"><tr><th>Line</th><th>Part number</th><th>Description</th><th>Quantity</th><th>Unit</th><th>Need by</th></tr>");
        foreach (var line in rfq.Lines)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{line.LineNumber}</td><td>{E(line.PartNumber)}</td><td>{E(line.Description)}</td><td>{line.Quantity}</td><td>{line.Unit}</td><td>{line.NeedBy:yyyy-MM-dd}</td></tr>");
        }

        return html
            .Append(CultureInfo.InvariantCulture, $"</table><p>Prices per unit in {rfq.Currency.Code}, please. Reply to this email and fill in the template below, or the attached CSV.</p><pre>")
            .Append(E(ResponseTemplate.Text(rfq)))
            .Append("</pre><p>Thank you.</p>")
            .ToString();
    }
}
