using System.Net;
using System.Net.Http.Json;
using PuppeteerSharp;
using Purchaser.AspNetCore.Tests.Processes;
using Purchaser.Contracts;

namespace Purchaser.AspNetCore.Tests;

/// <summary>
/// The procurement UI in a real headless Chromium against the sample host process: the team enters its key, opens an
/// RFQ, sees the quotes side by side with deviations and the lowest prices marked, and awards line by line.
/// </summary>
public sealed class ProcurementUiTests(UiHost ui) : IClassFixture<UiHost>, IAsyncLifetime
{
    private static readonly TimeSpan Patience = UiHost.Patience;
    private readonly HttpClient _api = ui.Api;
    private readonly string _key = ui.Key;
    private IPage? _page;

    public Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_team_compares_the_quotes_and_awards_each_line_to_its_lowest_offer()
    {
        var (rfq, acme, boreal) = await QuotedRfqAsync();
        var page = await OpenWithKeyAsync(_key);

        await page.WaitForSelectorAsync($"#rfqs a[href='#/rfqs/{rfq.Id}']");
        await page.ClickAsync($"#rfqs a[href='#/rfqs/{rfq.Id}']");
        await page.WaitForSelectorAsync("#comparison");

        Assert.Equal(["Acme Machining", "Boreal Fasteners"], await page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('th.vendor > div:first-child')].map(e => e.textContent)"));
        Assert.Equal(["1", "2"], await page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('#comparison tbody tr')].map(r => r.dataset.line)"));
        Assert.False(await page.EvaluateExpressionAsync<bool>("/null|undefined|\\[object/.test(document.getElementById('view').textContent)"), "the page shows no placeholder of a missing value");
        Assert.Equal("12.50 USD", await TextAsync(page, Cell(1, acme.Id) + " .price"));
        Assert.Equal("no-bid", await TextAsync(page, Cell(1, boreal.Id) + " .badge"));
        Assert.True(await HasClassAsync(page, Cell(1, acme.Id), "lowest"));
        Assert.True(await HasClassAsync(page, Cell(2, boreal.Id), "lowest"));
        Assert.False(await HasClassAsync(page, Cell(2, acme.Id), "lowest"));
        Assert.Equal(1, await page.EvaluateExpressionAsync<int>($"document.querySelectorAll(\"{Cell(2, boreal.Id)} .badge.deviation[data-kind='moq-above-quantity']\").length"));

        // The vendor's note is shown as the text it is; markup in it never becomes an element, let alone runs.
        Assert.Contains("<img src=x onerror=", await TextAsync(page, Cell(2, boreal.Id) + " .notes"), StringComparison.Ordinal);
        Assert.Equal(0, await page.EvaluateExpressionAsync<int>("document.querySelectorAll('#comparison img').length"));

        // Each line's lowest offer is preselected; the team keeps the choice and awards.
        Assert.Equal(acme.Id.ToString(), await page.EvaluateExpressionAsync<string>("document.querySelector('input[name=award-line-1]:checked').value"));
        Assert.Equal(boreal.Id.ToString(), await page.EvaluateExpressionAsync<string>("document.querySelector('input[name=award-line-2]:checked').value"));
        await page.ClickAsync("#award-lines");
        await page.WaitForSelectorAsync("#award-confirm-yes");
        Assert.Equal("Award line 1 to Acme Machining, line 2 to Boreal Fasteners? An award is final.", await TextAsync(page, "#award-confirm p"));
        await page.ClickAsync("#award-confirm-yes");
        await page.WaitForSelectorAsync("#award-summary");

        Assert.Equal($"{rfq.Number} is awarded.", await TextAsync(page, "#message"));
        Assert.True(await HasClassAsync(page, Cell(1, acme.Id), "awarded"));
        Assert.True(await HasClassAsync(page, Cell(2, boreal.Id), "awarded"));
        Assert.Equal(0, await page.EvaluateExpressionAsync<int>("document.querySelectorAll('#award-lines, input[type=radio]').length"));
        var awarded = await (await _api.GetAsync($"/api/v1/rfqs/{rfq.Id}")).ReadAsync<RfqResource>();
        Assert.Equal("awarded", awarded.Status);
        Assert.Equal([(1, acme.Id), (2, boreal.Id)], awarded.Award!.Lines.Select(l => (l.LineNumber, l.VendorId)));
    }

    [Fact]
    public async Task An_emailed_price_shows_the_text_it_was_read_from_and_the_team_answers_in_the_vendors_thread()
    {
        var acme = await _api.CreateVendorAsync("Acme Machining");
        var boreal = await _api.CreateVendorAsync("Boreal Fasteners");
        var rfq = await _api.CreateRfqAsync();
        await (await _api.PostAsJsonAsync($"/api/v1/rfqs/{rfq.Id}/vendors", new AttachVendorsRequest { VendorIds = [acme.Id, boreal.Id] }, Api.Json)).ReadAsync<RfqResource>();
        await (await _api.PostAsync($"/api/v1/rfqs/{rfq.Id}/publish", null)).ReadAsync<RfqResource>();
        var inbound = await _api.PostEmailAsync(Api.Email(boreal.Contacts[0].Email!, $"Re: {rfq.Number} <i>prices</i>", "<q1@boreal.example>",
            "Hello,\n\nSCR-M4X10-A2: USD 35.00 per 1000 pcs, 3 weeks.\nBRK-4471: no quote, we do not machine aluminium.\n<img src=x onerror=\"window.pwned = true\"><b>Boreal</b>"));
        Assert.Equal("quoted", inbound.Status);

        var page = await OpenWithKeyAsync(_key);
        await page.GoToAsync(new Uri(ui.Url, $"/ui/#/rfqs/{rfq.Id}").AbsoluteUri);
        await page.WaitForSelectorAsync("#comparison");

        Assert.Equal("0.035 USD", await TextAsync(page, Cell(2, boreal.Id) + " .price"));
        Assert.Contains("USD 35.00 per 1000 pcs", await TextAsync(page, Cell(2, boreal.Id) + " details.sources dd[data-field=unitPrice]"), StringComparison.Ordinal);

        await page.ClickAsync($"th.vendor[data-vendor='{boreal.Id}'] button.thread-open");
        await page.WaitForSelectorAsync($"#thread[data-vendor='{boreal.Id}']");
        Assert.Contains("USD 35.00 per 1000 pcs", await TextAsync(page, "#thread li.inbound pre"), StringComparison.Ordinal);
        Assert.Contains("<img src=x", await TextAsync(page, "#thread li.inbound pre"), StringComparison.Ordinal);
        Assert.Equal($"Re: {rfq.Number} <i>prices</i>", await TextAsync(page, "#thread li.inbound .subject"));
        Assert.Equal(0, await page.EvaluateExpressionAsync<int>("document.querySelectorAll('#thread img, #thread b, #thread i').length"));

        // The invitation's response template is an attachment; it needs the key, so the page fetches it and hands it over as a file.
        await page.EvaluateExpressionAsync("window.downloaded = []; const original = URL.createObjectURL; URL.createObjectURL = b => { b.text().then(t => window.downloaded.push(t)); return original(b); }; true");
        await page.ClickAsync("#thread li.outbound button.attachment");
        await page.WaitForFunctionAsync("() => window.downloaded.length > 0");
        Assert.Contains("SCR-M4X10-A2", await page.EvaluateExpressionAsync<string>("window.downloaded[0]"), StringComparison.Ordinal);

        await page.TypeAsync("#thread-text", "Can you meet 2 weeks on line 2 at the same price?");
        await page.ClickAsync("#thread-form button");
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('#thread li.outbound pre')].some(p => p.textContent.includes('meet 2 weeks'))");

        Assert.Equal("Message to Boreal Fasteners queued for sending.", await TextAsync(page, "#message"));
        var thread = await (await _api.GetAsync($"/api/v1/rfqs/{rfq.Id}/vendors/{boreal.Id}/messages")).ReadAsync<List<ThreadMessageResource>>();
        Assert.Contains(thread, m => m.Direction == "outbound" && m.Text!.Contains("meet 2 weeks", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unmatched_reply_is_read_in_the_inbox_and_assigned_to_its_rfq_and_vendor_which_reads_it_as_a_quote()
    {
        var (rfq, acme, _) = await QuotedRfqAsync();
        var unmatched = await _api.PostEmailAsync(Api.Email("dana.private@mail.example", "our prices", "<stray1@mail.example>",
            "Sending from my own address, sorry.\nBRK-4471: USD 11.00 each, 4 weeks.\nSCR-M4X10-A2: USD 0.036 each."));
        Assert.Equal("unmatched", unmatched.Status);

        var page = await OpenWithKeyAsync(_key);
        await page.ClickAsync("#nav-inbox");
        var row = $"#inbox tr[data-message='{unmatched.Id}']";
        await page.WaitForSelectorAsync(row);
        Assert.Equal(unmatched.Reason, await TextAsync(page, row + " td.reason"));
        await page.ClickAsync(row + " summary");
        await page.WaitForFunctionAsync("s => document.querySelector(s).textContent.includes('BRK-4471: USD 11.00 each')", row + " pre");

        // The RFQ is found by a search over the open ones, however many there are.
        await page.TypeAsync(row + " input.assign-search", rfq.Number.ToLowerInvariant());
        await page.WaitForFunctionAsync("(s, text) => document.querySelector(s).dataset.search === text", row + " select.assign-rfq", rfq.Number.ToLowerInvariant());
        Assert.Equal(2, await page.EvaluateFunctionAsync<int>("s => document.querySelectorAll(s).length", row + " select.assign-rfq option"));
        Assert.Equal(rfq.Id.ToString(), await page.EvaluateFunctionAsync<string>("s => document.querySelectorAll(s)[1].value", row + " select.assign-rfq option"));
        await page.SelectAsync(row + " select.assign-rfq", rfq.Id.ToString());
        await page.WaitForSelectorAsync(row + $" select.assign-vendor option[value='{acme.Id}']");
        Assert.Equal(["Vendor…", "Acme Machining", "Boreal Fasteners"], await page.EvaluateFunctionAsync<string[]>("s => [...document.querySelectorAll(s)].map(o => o.textContent)", row + " select.assign-vendor option"));
        await page.SelectAsync(row + " select.assign-vendor", acme.Id.ToString());
        await page.ClickAsync(row + " button.assign");
        await page.WaitForFunctionAsync("s => document.querySelector(s).textContent.length > 0 || !document.getElementById('message').hidden", row + " .outcome");

        Assert.Equal($"Message from dana.private@mail.example assigned.", await TextAsync(page, "#message"));
        Assert.Equal("quoted", await TextAsync(page, row + " .outcome"));
        var comparison = await (await _api.GetAsync($"/api/v1/rfqs/{rfq.Id}/comparison")).ReadAsync<RfqComparisonResource>();
        Assert.Equal(2, comparison.Vendors.Single(v => v.VendorId == acme.Id).Revision);
        Assert.Equal(new MoneyDto(11m, "USD"), comparison.Lines[0].Offers.Single(o => o.VendorId == acme.Id).Line!.UnitPrice);
    }

    [Fact]
    public async Task The_inbox_pages_back_to_older_unmatched_mail_instead_of_cutting_it_off()
    {
        var posted = new List<InboundMessageResource>();
        for (var i = 0; i < 51; i++)
        {
            posted.Add(await _api.PostEmailAsync(Api.Email($"stray{i}@mail.example", "prices", $"<inbox-page-{i}-{Guid.NewGuid():N}@mail.example>", "Our price is USD 1.00 each.")));
        }

        Assert.All(posted, p => Assert.Equal("unmatched", p.Status));
        var page = await OpenWithKeyAsync(_key);
        await page.ClickAsync("#nav-inbox");
        var newest = $"#inbox section[data-status='unmatched'] tr[data-message='{posted[^1].Id}']";
        var oldest = $"#inbox section[data-status='unmatched'] tr[data-message='{posted[0].Id}']";
        await page.WaitForSelectorAsync(newest);
        Assert.Equal(50, await page.EvaluateExpressionAsync<int>("document.querySelectorAll(\"#inbox section[data-status='unmatched'] tbody tr\").length"));
        Assert.Null(await page.QuerySelectorAsync(oldest));

        await page.ClickAsync("#inbox button.more-messages[data-status='unmatched']");
        await page.WaitForSelectorAsync(oldest);
        Assert.Equal(1, await page.EvaluateFunctionAsync<int>("s => document.querySelectorAll(s).length", oldest));
    }

    [Fact]
    public async Task A_line_left_unawarded_is_not_in_the_award()
    {
        var (rfq, _, boreal) = await QuotedRfqAsync();
        var page = await OpenWithKeyAsync(_key);
        await page.GoToAsync(new Uri(ui.Url, $"/ui/#/rfqs/{rfq.Id}").AbsoluteUri);
        await page.WaitForSelectorAsync("#award-lines");

        await page.ClickAsync("input[name=award-line-1][value='']");
        await page.ClickAsync("#award-lines");
        await page.WaitForSelectorAsync("#award-confirm-yes");
        Assert.Equal("Award line 2 to Boreal Fasteners? 1 line(s) stay unawarded and cannot be awarded later. An award is final.", await TextAsync(page, "#award-confirm p"));
        await page.ClickAsync("#award-confirm-yes");
        await page.WaitForSelectorAsync("#award-summary");

        var awarded = await (await _api.GetAsync($"/api/v1/rfqs/{rfq.Id}")).ReadAsync<RfqResource>();
        Assert.Equal([(2, boreal.Id)], awarded.Award!.Lines.Select(l => (l.LineNumber, l.VendorId)));
    }

    [Fact]
    public async Task A_refused_award_shows_the_api_problem_and_changes_nothing()
    {
        var (rfq, acme, _) = await QuotedRfqAsync();
        var page = await OpenWithKeyAsync(_key);
        await page.GoToAsync(new Uri(ui.Url, $"/ui/#/rfqs/{rfq.Id}").AbsoluteUri);
        await page.WaitForSelectorAsync("#award-lines");

        // Someone else awards the RFQ meanwhile; this page still offers the award.
        await (await _api.PostAsJsonAsync($"/api/v1/rfqs/{rfq.Id}/award", new AwardRfqRequest
        {
            Lines = [new AwardLineRequest { LineNumber = 1, VendorId = acme.Id, QuoteRevisionId = (await LatestRevisionAsync(rfq.Id, acme.Id)) }],
        }, Api.Json)).ReadAsync<RfqResource>();
        await page.ClickAsync("#award-lines");
        await page.ClickAsync("#award-confirm-yes");
        await page.WaitForFunctionAsync("() => !document.getElementById('message').hidden");

        Assert.Equal($"Cannot award {rfq.Number}: it is awarded.", await TextAsync(page, "#message"));
        Assert.False(await HasClassAsync(page, "#message", "ok"));
        var unchanged = await (await _api.GetAsync($"/api/v1/rfqs/{rfq.Id}")).ReadAsync<RfqResource>();
        Assert.Equal([1], unchanged.Award!.Lines.Select(l => l.LineNumber));
    }

    [Fact]
    public async Task The_rfq_list_pages_back_to_older_rfqs()
    {
        var created = new List<RfqResource>();
        for (var i = 0; i < 51; i++)
        {
            created.Add(await _api.CreateRfqAsync(Api.Rfq($"SO-PAGE-{i:D2}")));
        }

        var page = await OpenWithKeyAsync(_key);
        var oldest = $"#rfqs a[href='#/rfqs/{created[0].Id}']";

        Assert.Equal(50, await page.EvaluateExpressionAsync<int>("document.querySelectorAll('#rfqs tbody tr').length"));
        Assert.Equal(0, await page.EvaluateFunctionAsync<int>("s => document.querySelectorAll(s).length", oldest));
        Assert.NotNull(await page.QuerySelectorAsync($"#rfqs a[href='#/rfqs/{created[^1].Id}']"));
        await page.ClickAsync("#more-rfqs");
        await page.WaitForSelectorAsync(oldest);
        Assert.True(await page.EvaluateExpressionAsync<int>("document.querySelectorAll('#rfqs tbody tr').length") > 50);
    }

    [Fact]
    public async Task The_rfq_list_filters_by_status_reference_and_search_and_keeps_the_filter_in_the_address()
    {
        var reference = $"SO-FILTER-{Guid.NewGuid():N}"[..20];
        var vendor = await _api.CreateVendorAsync("Filter Supply");
        var draft = await _api.CreateRfqAsync(Api.Rfq(reference));
        var published = await _api.CreateRfqAsync(Api.Rfq(reference));
        await (await _api.PostAsJsonAsync($"/api/v1/rfqs/{published.Id}/vendors", new AttachVendorsRequest { VendorIds = [vendor.Id] }, Api.Json)).ReadAsync<RfqResource>();
        await (await _api.PostAsync($"/api/v1/rfqs/{published.Id}/publish", null)).ReadAsync<RfqResource>();
        await _api.CreateRfqAsync(Api.Rfq("SO-FILTER-OTHER"));
        const string Rows = "document.querySelectorAll('#rfqs tbody tr').length";

        var page = await OpenWithKeyAsync(_key);
        await page.TypeAsync("#reference-filter", reference);
        await page.ClickAsync("#rfq-filter button");
        await page.WaitForFunctionAsync($"() => location.hash.includes('reference=') && {Rows} === 2");
        Assert.NotNull(await page.QuerySelectorAsync($"#rfqs a[href='#/rfqs/{draft.Id}']"));

        await page.SelectAsync("#status-filter", "published");
        await page.ClickAsync("#rfq-filter button");
        await page.WaitForFunctionAsync($"() => location.hash.includes('status=published') && {Rows} === 1");
        Assert.NotNull(await page.QuerySelectorAsync($"#rfqs a[href='#/rfqs/{published.Id}']"));

        // The filter is in the address: a reload shows the same list with the same choices.
        await page.ReloadAsync();
        await page.WaitForFunctionAsync($"() => document.getElementById('rfqs') && {Rows} === 1");
        Assert.Equal("published", await page.EvaluateExpressionAsync<string>("document.getElementById('status-filter').value"));
        Assert.Equal(reference, await page.EvaluateExpressionAsync<string>("document.getElementById('reference-filter').value"));

        // A search over number, title and reference, whatever the case.
        await page.SelectAsync("#status-filter", string.Empty);
        await page.EvaluateExpressionAsync("document.getElementById('reference-filter').value = ''");
        await page.TypeAsync("#search-filter", "so-filter-oth");
        await page.ClickAsync("#rfq-filter button");
        // Waits for the searched list itself: the list before it also had one row.
        await page.WaitForFunctionAsync("() => location.hash.includes('search=so-filter-oth') && document.querySelector('#rfqs tbody tr td:nth-child(3)')?.textContent === 'SO-FILTER-OTHER'");
        Assert.Equal(1, await page.EvaluateExpressionAsync<int>(Rows));

        await page.SelectAsync("#status-filter", "cancelled");
        await page.ClickAsync("#rfq-filter button");
        await page.WaitForSelectorAsync("#no-rfqs");
        Assert.Equal("No RFQ matches this filter.", await page.EvaluateExpressionAsync<string>("document.getElementById('no-rfqs').textContent"));
    }

    [Fact]
    public async Task A_vendors_quote_history_shows_each_revision_and_marks_what_changed()
    {
        var (rfq, acme, _) = await QuotedRfqAsync();
        await _api.RecordQuoteAsync(rfq.Id, new RecordQuoteRequest
        {
            VendorId = acme.Id,
            Lines = [new RecordQuoteLineRequest { LineNumber = 1, UnitPrice = 11.75m, LeadTimeDays = 21 }, new RecordQuoteLineRequest { LineNumber = 2, UnitPrice = 0.0385m }],
        });
        var page = await OpenWithKeyAsync(_key);
        await page.GoToAsync(new Uri(ui.Url, $"/ui/#/rfqs/{rfq.Id}").AbsoluteUri);
        await page.WaitForSelectorAsync("#comparison");

        Assert.Equal("11.75 USD", await TextAsync(page, Cell(1, acme.Id) + " .price"));
        await page.ClickAsync($"th.vendor[data-vendor='{acme.Id}'] button.history-open");
        await page.WaitForSelectorAsync("#history");

        Assert.Equal(["12.50 USD", "11.75 USD"], await page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('#history tr[data-line=\"1\"] td[data-revision]')].map(c => c.textContent)"));
        Assert.Equal(new[] { false, true }, await page.EvaluateExpressionAsync<bool[]>("[...document.querySelectorAll('#history tr[data-line=\"1\"] td[data-revision]')].map(c => c.classList.contains('changed'))"));
        Assert.Equal(new[] { false, false }, await page.EvaluateExpressionAsync<bool[]>("[...document.querySelectorAll('#history tr[data-line=\"2\"] td[data-revision]')].map(c => c.classList.contains('changed'))"));
    }

    [Fact]
    public async Task A_vendor_pricing_every_line_can_be_awarded_the_whole_rfq_after_confirming()
    {
        var (rfq, acme, boreal) = await QuotedRfqAsync();
        var page = await OpenWithKeyAsync(_key);
        await page.GoToAsync(new Uri(ui.Url, $"/ui/#/rfqs/{rfq.Id}").AbsoluteUri);
        await page.WaitForSelectorAsync("#comparison");

        Assert.Null(await page.QuerySelectorAsync($"th.vendor[data-vendor='{boreal.Id}'] button.award-whole"));
        await page.ClickAsync($"th.vendor[data-vendor='{acme.Id}'] button.award-whole");
        await page.WaitForSelectorAsync("#award-confirm-yes");
        Assert.Equal("Award every line to Acme Machining? An award is final.", await TextAsync(page, "#award-confirm p"));
        await page.ClickAsync("#award-confirm-yes");
        await page.WaitForSelectorAsync("#award-summary");

        var awarded = await (await _api.GetAsync($"/api/v1/rfqs/{rfq.Id}")).ReadAsync<RfqResource>();
        Assert.Equal("whole", awarded.Award!.Mode);
        Assert.All(awarded.Award.Lines, l => Assert.Equal(acme.Id, l.VendorId));
    }

    [Fact]
    public async Task A_wrong_key_is_told_and_shows_no_data()
    {
        await QuotedRfqAsync();
        var page = await OpenWithKeyAsync("pur_not-a-key");

        await page.WaitForFunctionAsync("() => !document.getElementById('message').hidden");

        Assert.Equal("The API key was refused.", await TextAsync(page, "#message"));
        Assert.Equal(0, await page.EvaluateExpressionAsync<int>("document.querySelectorAll('#rfqs').length"));
    }

    [Fact]
    public async Task The_page_is_served_with_a_policy_that_runs_only_its_own_script()
    {
        using var anonymous = new HttpClient();
        var response = await anonymous.GetAsync(new Uri(ui.Url, "/ui/"));
        var unknown = await anonymous.GetAsync(new Uri(ui.Url, "/ui/secrets.txt"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(
            "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
            response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("<meta name=\"purchaser-api\" content=\"/api/v1\">", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    public async Task DisposeAsync()
    {
        if (_page is not null)
        {
            await _page.CloseAsync();
        }
    }

    private async Task<IPage> OpenWithKeyAsync(string key)
    {
        var page = _page = await ui.Browser.NewPageAsync();
        page.DefaultTimeout = (int)Patience.TotalMilliseconds;
        await page.GoToAsync(new Uri(ui.Url, "/ui/").AbsoluteUri);
        await page.TypeAsync("#api-key", key);
        await page.ClickAsync("#key-form button");

        // The list (or the refusal) is on the page before a test navigates on, so it cannot arrive over the next view.
        await page.WaitForFunctionAsync("() => document.getElementById('rfq-list') || !document.getElementById('message').hidden");
        return page;
    }

    private async Task<(RfqResource Rfq, VendorResource Acme, VendorResource Boreal)> QuotedRfqAsync()
    {
        var acme = await _api.CreateVendorAsync("Acme Machining");
        var boreal = await _api.CreateVendorAsync("Boreal Fasteners");
        var rfq = await _api.CreateRfqAsync();
        await (await _api.PostAsJsonAsync($"/api/v1/rfqs/{rfq.Id}/vendors", new AttachVendorsRequest { VendorIds = [acme.Id, boreal.Id] }, Api.Json)).ReadAsync<RfqResource>();
        await (await _api.PostAsync($"/api/v1/rfqs/{rfq.Id}/publish", null)).ReadAsync<RfqResource>();
        await _api.RecordQuoteAsync(rfq.Id, new RecordQuoteRequest
        {
            VendorId = acme.Id,
            Lines = [new RecordQuoteLineRequest { LineNumber = 1, UnitPrice = 12.5m, LeadTimeDays = 28 }, new RecordQuoteLineRequest { LineNumber = 2, UnitPrice = 0.0385m }],
        });
        await _api.RecordQuoteAsync(rfq.Id, new RecordQuoteRequest
        {
            VendorId = boreal.Id,
            Lines =
            [
                new RecordQuoteLineRequest { LineNumber = 1, NoBid = true },
                new RecordQuoteLineRequest { LineNumber = 2, UnitPrice = 0.035m, Moq = 25000, Notes = "<img src=x onerror=\"window.pwned = true\"> reel packed" },
            ],
        });
        return (rfq, acme, boreal);
    }

    private async Task<Guid> LatestRevisionAsync(Guid rfqId, Guid vendorId) =>
        (await (await _api.GetAsync($"/api/v1/rfqs/{rfqId}/quotes")).ReadAsync<List<QuoteResource>>()).Single(q => q.VendorId == vendorId).QuoteRevisionId;

    private static string Cell(int line, Guid vendor) => $"td.offer[data-line='{line}'][data-vendor='{vendor}']";

    private static Task<string> TextAsync(IPage page, string selector) =>
        page.EvaluateFunctionAsync<string>("s => document.querySelector(s).textContent", selector);

    private static Task<bool> HasClassAsync(IPage page, string selector, string name) =>
        page.EvaluateFunctionAsync<bool>("(s, c) => document.querySelector(s).classList.contains(c)", selector, name);
}
