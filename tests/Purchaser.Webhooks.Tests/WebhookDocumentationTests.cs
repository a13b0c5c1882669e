using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Purchaser.Contracts;
using Purchaser.Services;

namespace Purchaser.Webhooks.Tests;

/// <summary>
/// <c>docs/webhooks.md</c> shows one JSON example per event type. This test produces every event type for real, catches
/// what a receiver gets, and checks that each documented example has exactly the shape (every member, at every depth)
/// of what is sent, so the page cannot drift from the wire.
/// </summary>
public sealed partial class WebhookDocumentationTests() : EngineWithReceiver(new Engine(mail: true))
{

    [Fact]
    public async Task Every_event_type_is_documented_with_the_shape_that_is_sent()
    {
        var sent = await ProduceEveryEventAsync();
        if (Environment.GetEnvironmentVariable("PURCHASER_DUMP_WEBHOOKS") is { Length: > 0 } dump)
        {
            // Refreshing the page's examples: write what was sent, one file per type.
            foreach (var (type, body) in sent)
            {
                await File.WriteAllTextAsync(Path.Combine(dump, type + ".json"), body);
            }
        }

        var documented = DocumentedExamples();

        Assert.Equal(EventTypes.All.Order(), documented.Keys.Order());
        foreach (var type in EventTypes.All)
        {
            var expected = Shape(JsonDocument.Parse(documented[type]).RootElement);
            var actual = Shape(JsonDocument.Parse(sent[type]).RootElement);
            Assert.True(expected.SetEquals(actual), $"{type}: documented but not sent: [{string.Join(", ", expected.Except(actual))}]; sent but not documented: [{string.Join(", ", actual.Except(expected))}]\nSent: {sent[type]}");
            Assert.Equal(type, JsonDocument.Parse(documented[type]).RootElement.GetProperty("type").GetString());
        }
    }

    private async Task<Dictionary<string, string>> ProduceEveryEventAsync()
    {
        var (endpoint, _) = await Engine.RegisterAsync(Receiver.Url);
        var (gone, _) = await Engine.RegisterAsync(Receiver.UrlFor("gone"), EventTypes.RfqCancelled);
        Receiver.Default = context => context.Request.Path == "/gone" ? Receiver.Status(410)(context) : Task.CompletedTask;

        var rfq = await Engine.PublishRfqAsync();
        await Engine.UseAsync(async sp =>
        {
            var vendorId = rfq.Vendors[0].VendorId;
            var revision = await sp.GetRequiredService<QuoteService>().RecordManualAsync(Engine.Tenant, rfq.Id, new RecordQuoteRequest
            {
                VendorId = vendorId.Value,
                Incoterms = "FOB",
                ValidUntil = new DateOnly(2027, 1, 31),
                Lines = [new RecordQuoteLineRequest { LineNumber = 1, UnitPrice = 12.5m, LeadTimeDays = 28, Moq = 250 }],
            }, Engine.Actor);
            return await sp.GetRequiredService<RfqService>().AwardAsync(Engine.Tenant, rfq.Id, new AwardRfqRequest { VendorId = vendorId.Value, QuoteRevisionId = revision.Id.Value }, null, Engine.Actor);
        });
        var second = await Engine.PublishRfqAsync("SO-88124");
        await Engine.UseAsync(sp => sp.GetRequiredService<RfqService>().CancelAsync(Engine.Tenant, second.Id, "order withdrawn", null, Engine.Actor));
        await Engine.UseAsync(sp => sp.GetRequiredService<WebhookEndpointService>().SendTestAsync(Engine.Tenant, endpoint.Id));
        await BounceInvitationAsync(rfq);

        foreach (var type in EventTypes.All)
        {
            await Receiver.WaitForAsync(r => r.Path == "/hooks" && r.Type == type);
        }

        Assert.False((await Engine.UseAsync(sp => sp.GetRequiredService<WebhookEndpointService>().GetAsync(Engine.Tenant, gone.Id))).Enabled);
        return Receiver.Requests.Where(r => r.Path == "/hooks").GroupBy(r => r.Type).ToDictionary(g => g.Key, g => g.First().Body);
    }

    /// <summary>The vendor's mail server returns the RFQ's invitation: <c>mail.bounced</c>.</summary>
    private async Task BounceInvitationAsync(Purchaser.Domain.Rfq rfq)
    {
        var invitation = await WaitForInvitationAsync(rfq);
        var dsn = $"""
            From: Mail Delivery System <MAILER-DAEMON@mx.customer.example>
            To: purchasing@customer.example
            Subject: Undelivered Mail Returned to Sender
            Message-ID: <bounce-{rfq.Number}@mx.customer.example>
            MIME-Version: 1.0
            Content-Type: multipart/report; report-type=delivery-status; boundary="b1"

            --b1
            Content-Type: text/plain

            Your message could not be delivered.
            --b1
            Content-Type: message/delivery-status

            Reporting-MTA: dns; mx.customer.example

            Final-Recipient: rfc822; {invitation.Recipients[0]}
            Action: failed
            Status: 5.1.1
            Diagnostic-Code: smtp; 550 5.1.1 User unknown

            --b1
            Content-Type: text/rfc822-headers

            Message-ID: <{invitation.MessageId}>
            Subject: {invitation.Subject}

            --b1--
            """.ReplaceLineEndings("\r\n");
        await Engine.UseAsync(sp => sp.GetRequiredService<Purchaser.Quotes.Inbound.InboundMailProcessor>().ProcessAsync(Engine.Tenant, System.Text.Encoding.UTF8.GetBytes(dsn), "api"));
    }

    private async Task<Purchaser.Domain.OutboundMail> WaitForInvitationAsync(Purchaser.Domain.Rfq rfq)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var mail = await Engine.UseAsync(sp => sp.GetRequiredService<Purchaser.Storage.IOutboundMailStore>().ListForRfqAsync(Engine.Tenant, rfq.Id, CancellationToken.None));
            if (mail.FirstOrDefault(m => m.Status == Purchaser.Domain.OutboundMailStatus.Sent) is { } sent)
            {
                return sent;
            }

            Assert.True(DateTime.UtcNow < deadline, "The invitation was not sent.");
            await Task.Delay(25);
        }
    }

    private static Dictionary<string, string> DocumentedExamples()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "webhooks.md"));
        return ExampleBlock().Matches(text).ToDictionary(m => m.Groups["type"].Value, m => m.Groups["json"].Value);
    }

    /// <summary>The clone's root, found from the test binaries (CI builds map source paths away, so no CallerFilePath).</summary>
    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Purchaser.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No Purchaser.sln above {AppContext.BaseDirectory}.");
    }

    /// <summary>Every member path in a JSON value; array items collapse into <c>[]</c>.</summary>
    private static HashSet<string> Shape(JsonElement element, string path = "$")
    {
        var paths = new HashSet<string>(StringComparer.Ordinal) { path };
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var member in element.EnumerateObject())
                {
                    paths.UnionWith(Shape(member.Value, $"{path}.{member.Name}"));
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    paths.UnionWith(Shape(item, $"{path}[]"));
                }

                break;
        }

        return paths;
    }

    [GeneratedRegex(@"###\s+`(?<type>[a-z.]+)`[^\n]*\n(?:(?!###)[\s\S])*?```json\n(?<json>[\s\S]*?)```")]
    private static partial Regex ExampleBlock();
}
