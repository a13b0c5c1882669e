using System.Text;
using System.Text.RegularExpressions;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Search;
using MailKit.Security;
using MimeKit;

namespace Purchaser.Email.MailKit.Tests;

/// <summary>
/// A vendor's salesperson with a mailbox on the real server: reads the RFQ invitation over IMAP and answers over SMTP,
/// as a person with an ordinary mail client would.
/// </summary>
internal sealed partial class SimulatedVendor(string box, string address)
{
    public string Address { get; } = address;

    /// <summary>The newest message to this vendor whose subject names <paramref name="rfqNumber"/>, read over IMAP.</summary>
    public Task<MimeMessage> ReadInvitationAsync(string rfqNumber) => MailServer.EventuallyAsync(
        async () =>
        {
            using var client = await MailServer.OpenAsync(box);
            var uids = await client.Inbox.SearchAsync(SearchQuery.ToContains(Address).And(SearchQuery.SubjectContains(rfqNumber)));
            var message = uids.Count == 0 ? null : await client.Inbox.GetMessageAsync(uids.Max());
            await client.DisconnectAsync(true);
            return message is not null && message.To.Mailboxes.Any(m => m.Address == Address) ? message : null;
        },
        $"the invitation for {rfqNumber} in {Address}'s mailbox");

    /// <summary>Replies to the invitation (to its Reply-To, threaded) with the template filled in: one price per line.</summary>
    public Task<string> ReplyWithPricesAsync(MimeMessage invitation, params (int Line, decimal Price, int LeadDays)[] prices)
    {
        var reply = Reply(invitation, Address);
        reply.Body = new TextPart("plain") { Text = "Thank you for the request. Our prices:\n\n" + FillTemplate(invitation.TextBody!, prices) + "\nBest regards\n" + Quote(invitation.TextBody!) };
        return SendAsync(reply);
    }

    /// <summary>A colleague forwards the vendor's answer to the reply address, the answer quoted under a forward header.</summary>
    public Task<string> ForwardPricesAsync(MimeMessage invitation, string colleague, params (int Line, decimal Price, int LeadDays)[] prices)
    {
        var forward = Reply(invitation, colleague);
        forward.Subject = "Fwd: " + invitation.Subject;
        forward.InReplyTo = null;
        forward.References.Clear();
        forward.Body = new TextPart("plain")
        {
            Text = "Forwarding our answer, my colleague is out today.\n\n---------- Forwarded message ---------\n" +
                   $"From: Sales <{Address}>\nSubject: Re: {invitation.Subject}\n\n" + FillTemplate(invitation.TextBody!, prices),
        };
        return SendAsync(forward);
    }

    public static async Task<string> SendAsync(MimeMessage message)
    {
        message.MessageId ??= MimeKit.Utils.MimeUtils.GenerateMessageId("vendor.example");
        using var client = new SmtpClient();
        await client.ConnectAsync(MailServer.SmtpHost, MailServer.SmtpPort, SecureSocketOptions.None);
        await client.SendAsync(message);
        await client.DisconnectAsync(true);
        return message.MessageId;
    }

    private static MimeMessage Reply(MimeMessage invitation, string from)
    {
        var reply = new MimeMessage();
        reply.From.Add(MailboxAddress.Parse(from));
        reply.To.AddRange(invitation.ReplyTo.Count > 0 ? invitation.ReplyTo : invitation.From);
        reply.Subject = "Re: " + invitation.Subject;
        reply.InReplyTo = invitation.MessageId;
        reply.References.Add(invitation.MessageId!);
        reply.Date = DateTimeOffset.UtcNow;
        return reply;
    }

    private static string Quote(string text) => "\nOn an earlier day, Purchasing wrote:\n" + string.Join("\n", text.ReplaceLineEndings("\n").Split('\n').Select(l => "> " + l));

    /// <summary>The template block with price, lead time and MOQ filled into each answered row.</summary>
    private static string FillTemplate(string body, (int Line, decimal Price, int LeadDays)[] prices)
    {
        var filled = new StringBuilder();
        foreach (var row in body.ReplaceLineEndings("\n").Split('\n'))
        {
            var cells = row.Split('|').Select(c => c.Trim()).ToArray();
            var answer = prices.FirstOrDefault(p => cells.Length == 9 && cells[0] == p.Line.ToString(System.Globalization.CultureInfo.InvariantCulture));
            filled.AppendLine(answer.Line == 0
                ? row
                : string.Join(" | ", cells[0], cells[1], cells[2], cells[3], answer.Price.ToString(System.Globalization.CultureInfo.InvariantCulture), cells[5], answer.LeadDays.ToString(System.Globalization.CultureInfo.InvariantCulture), string.Empty, cells[8]));
        }

        var text = filled.ToString();
        var start = text.IndexOf("----- BEGIN QUOTE", StringComparison.Ordinal);
        var end = EndMarker().Match(text, start);
        return text[start..(end.Index + end.Length)];
    }

    [GeneratedRegex(@"----- END QUOTE [^\n]*-----")]
    private static partial Regex EndMarker();
}
