using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Purchaser.AspNetCore.Infrastructure;
using Purchaser.Contracts;
using Microsoft.Extensions.Options;
using Purchaser.Domain;
using Purchaser.Mail;
using Purchaser.Quotes.Inbound;
using Purchaser.Quotes.Mime;
using Purchaser.Services;
using Purchaser.Storage;

namespace Purchaser.AspNetCore.Endpoints;

/// <summary>Inbound email: raw MIME posted by a mail provider, the messages received, and a vendor's thread on an RFQ.</summary>
internal static class InboundEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var inbound = api.MapGroup("/inbound").WithTags("Inbound email");
        inbound.MapPost("/email", ReceiveAsync).WithName("ReceiveEmail")
            .WithSummary("Receive one raw email (message/rfc822): stored raw, matched to an RFQ and vendor, read as a quote.")
            .ProducesProblem(400).ProducesProblem(413).ProducesProblem(415);
        inbound.MapGet("/messages", ListAsync).WithName("ListInboundMessages").WithSummary("Inbound messages newest first; status=unmatched shows what needs a person.").ProducesProblem(400);
        inbound.MapGet("/messages/{id:guid}", GetAsync).WithName("GetInboundMessage").ProducesProblem(404);
        inbound.MapGet("/messages/{id:guid}/attachments/{attachmentId}", InboundAttachmentAsync).WithName("GetInboundMessageAttachment")
            .WithSummary("One attachment of an inbound message, as the sender attached it.").ProducesProblem(404);
        inbound.MapPost("/messages/{id:guid}/assign", AssignAsync).WithName("AssignInboundMessage")
            .WithSummary("Take a held (suspicious or unmatched) message as a quote, naming the RFQ and vendor when it matched none.").ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        api.MapGet("/rfqs/{id:guid}/vendors/{vendorId:guid}/messages", ThreadAsync).WithTags("Inbound email").WithName("ListVendorThread")
            .WithSummary("The vendor's thread on the RFQ: mail sent and received, oldest first.").ProducesProblem(404);
        api.MapGet("/rfqs/{id:guid}/vendors/{vendorId:guid}/messages/{messageId:guid}/attachments/{attachmentId}", ThreadAttachmentAsync).WithTags("Inbound email").WithName("GetVendorThreadAttachment")
            .WithSummary("One attachment of a mail in the vendor's thread (the response template sent, a spreadsheet received).").ProducesProblem(404);
        api.MapPost("/rfqs/{id:guid}/vendors/{vendorId:guid}/messages", SendAsync).WithTags("Inbound email").WithName("SendVendorMessage")
            .WithSummary("Send the vendor a message in its RFQ thread (a clarification, a counter-offer).").ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
    }

    private static async Task<Results<Accepted<InboundMessageResource>, ProblemHttpResult>> ReceiveAsync(HttpRequest request, ClaimsPrincipal user, InboundMailProcessor processor, IOptions<MailOptions> mail, CancellationToken cancellationToken)
    {
        var maxMessageBytes = mail.Value.Inbound.MaxMessageBytes;
        if (!string.Equals(request.ContentType?.Split(';')[0].Trim(), "message/rfc822", StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.Problem(ProblemWriter.Create(415, ErrorCodes.MalformedRequest, "Send the raw email with Content-Type: message/rfc822."));
        }

        if (request.ContentLength > maxMessageBytes)
        {
            return TypedResults.Problem(ProblemWriter.Create(413, ErrorCodes.MalformedRequest, $"The message is larger than {maxMessageBytes} bytes."));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxMessageBytes)
            {
                return TypedResults.Problem(ProblemWriter.Create(413, ErrorCodes.MalformedRequest, $"The message is larger than {maxMessageBytes} bytes."));
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            return TypedResults.Problem(ProblemWriter.Create(400, ErrorCodes.MalformedRequest, "The request body is empty; send the raw email."));
        }

        var message = await processor.ProcessAsync(user.Tenant(), buffer.ToArray(), "api", cancellationToken).ConfigureAwait(false);
        return TypedResults.Accepted($"/api/v1/inbound/messages/{message.Id}", message.ToResource() with { Attachments = Attachments(message.Raw) });
    }

    private static async Task<Ok<PageDto<InboundMessageResource>>> ListAsync(ClaimsPrincipal user, IInboundMessageStore messages, string? status, string? cursor, int? limit, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var filter = StatusFilter.Read<InboundMessageStatus>(status, errors);
        var page = Paging.Read(cursor, limit, errors);
        errors.ThrowIfAny();
        var result = await messages.ListAsync(user.Tenant(), filter, page, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new PageDto<InboundMessageResource>([.. result.Items.Select(m => m.ToResource() with { Attachments = Attachments(m.Raw) })], result.NextCursor));
    }

    private static async Task<Ok<InboundMessageResource>> GetAsync(Guid id, ClaimsPrincipal user, IInboundMessageStore messages, CancellationToken cancellationToken)
    {
        var message = await FindAsync(id, user, messages, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(message.ToResource() with { Attachments = Attachments(message.Raw), Text = ReadableText(message) });
    }

    /// <summary>The message's text for a person; none for a message refused at the inbound limits, which is not parsed again.</summary>
    private static string? ReadableText(InboundMessage message) =>
        message.Status == InboundMessageStatus.Refused ? null : MailText.Read(message.Raw);

    private static async Task<FileContentHttpResult> InboundAttachmentAsync(Guid id, string attachmentId, HttpContext context, IInboundMessageStore messages, CancellationToken cancellationToken)
    {
        var message = await FindAsync(id, context.User, messages, cancellationToken).ConfigureAwait(false);
        return AttachmentFile(message.Raw, attachmentId, context);
    }

    private static async Task<InboundMessage> FindAsync(Guid id, ClaimsPrincipal user, IInboundMessageStore messages, CancellationToken cancellationToken) =>
        await messages.FindAsync(user.Tenant(), new Id<InboundMessage>(id), cancellationToken).ConfigureAwait(false)
            ?? throw new PurchaserException(new PurchaserError("inbound.message_not_found", $"No inbound message with id {id} exists.", ErrorKind.NotFound));

    private static async Task<Ok<InboundMessageResource>> AssignAsync(Guid id, AssignInboundMessageRequest request, ClaimsPrincipal user, InboundMailProcessor processor, CancellationToken cancellationToken) =>
        TypedResults.Ok((await processor.AssignAsync(
            user.Tenant(),
            new Id<InboundMessage>(id),
            request.RfqId is { } rfq ? new Id<Rfq>(rfq) : null,
            request.VendorId is { } vendor ? new Id<Vendor>(vendor) : null,
            user.Actor(),
            cancellationToken).ConfigureAwait(false)).ToResource());

    private static async Task<Ok<IReadOnlyList<ThreadMessageResource>>> ThreadAsync(Guid id, Guid vendorId, ClaimsPrincipal user, VendorMessageService messages, CancellationToken cancellationToken)
    {
        var (outbound, inbound) = await messages.ThreadAsync(user.Tenant(), new Id<Rfq>(id), new Id<Vendor>(vendorId), cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok<IReadOnlyList<ThreadMessageResource>>(
        [
            .. outbound.Select(m => m.ToThreadMessage() with { Attachments = Attachments(m.Mime) })
                .Concat(inbound.Select(m => m.ToThreadMessage() with { Text = ReadableText(m), Attachments = Attachments(m.Raw) }))
                .OrderBy(m => m.At),
        ]);
    }

    private static async Task<FileContentHttpResult> ThreadAttachmentAsync(Guid id, Guid vendorId, Guid messageId, string attachmentId, HttpContext context, VendorMessageService messages, CancellationToken cancellationToken)
    {
        var (outbound, inbound) = await messages.ThreadAsync(context.User.Tenant(), new Id<Rfq>(id), new Id<Vendor>(vendorId), cancellationToken).ConfigureAwait(false);
        var raw = outbound.FirstOrDefault(m => m.Id.Value == messageId)?.Mime ?? inbound.FirstOrDefault(m => m.Id.Value == messageId)?.Raw
            ?? throw new PurchaserException(new PurchaserError("mail.message_not_found", $"No message {messageId} in this vendor's thread.", ErrorKind.NotFound));
        return AttachmentFile(raw, attachmentId, context);
    }

    private static IReadOnlyList<AttachmentResource> Attachments(ReadOnlyMemory<byte> raw) =>
        [.. MailAttachments.List(raw).Select(a => new AttachmentResource(a.Id, a.FileName, a.ContentType, a.Size))];

    /// <summary>
    /// The attachment as a download: always <c>Content-Disposition: attachment</c> with a cleaned file name, and
    /// <c>nosniff</c>, so a vendor's HTML or script is never rendered in the API's origin.
    /// </summary>
    private static FileContentHttpResult AttachmentFile(ReadOnlyMemory<byte> raw, string attachmentId, HttpContext context)
    {
        var attachment = MailAttachments.Find(raw, attachmentId)
            ?? throw new PurchaserException(new PurchaserError("mail.attachment_not_found", $"The message has no attachment {attachmentId}.", ErrorKind.NotFound));
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.File(attachment.Content!, attachment.ContentType, SafeFileName(attachment.FileName, attachment.Id));
    }

    private static string SafeFileName(string? name, string id)
    {
        var leaf = Path.GetFileName((name ?? string.Empty).Replace('\\', '/'));
        var cleaned = new string([.. leaf.Where(c => !char.IsControl(c) && c is not ('"' or '/' or '\\' or ':' or '*' or '?' or '<' or '>' or '|'))]).Trim().TrimStart('.');
        return cleaned.Length is 0 or > 200 ? $"attachment-{id}" : cleaned;
    }

    private static async Task<Accepted<ThreadMessageResource>> SendAsync(Guid id, Guid vendorId, SendVendorMessageRequest request, ClaimsPrincipal user, VendorMessageService messages, CancellationToken cancellationToken)
    {
        var mail = await messages.SendAsync(user.Tenant(), new Id<Rfq>(id), new Id<Vendor>(vendorId), request.Subject, request.Text, user.Actor(), cancellationToken).ConfigureAwait(false);
        return TypedResults.Accepted($"/api/v1/rfqs/{id}/vendors/{vendorId}/messages", mail.ToThreadMessage());
    }
}
