using Microsoft.Extensions.DependencyInjection;
using Purchaser.Contracts;
using Purchaser.Domain;
using Purchaser.Services;

namespace Purchaser.Storage.ContractTests;

/// <summary>
/// The specification every Purchaser store must meet. A store's test project derives from this class and says only how
/// its store is chosen; every test runs against the real database.
/// </summary>
public abstract class StoreContractTests : StoreContract
{
    private Id<Tenant> A => Fixture.TenantA;

    private Id<Tenant> B => Fixture.TenantB;

    [Fact]
    public async Task Initializing_twice_is_harmless()
    {
        await Fixture.Get<IStoreInitializer>().InitializeAsync(CancellationToken.None);
        Assert.True(await Fixture.Get<ITenantStore>().AnyTenantAsync(CancellationToken.None));
    }

    [Fact]
    public async Task An_rfq_round_trips_with_every_field()
    {
        var created = await Fixture.CreateRfqAsync(A);
        var read = await Fixture.Get<IRfqStore>().FindAsync(A, created.Id, CancellationToken.None);

        Assert.NotNull(read);
        Assert.Equal(created.Number, read.Number);
        Assert.Equal("SO-88123", read.Reference);
        Assert.Equal(CurrencyCode.Usd, read.Currency);
        Assert.Equal(created.ResponseDueAt, read.ResponseDueAt);
        Assert.Equal(RfqStatus.Draft, read.Status);
        Assert.Equal(2, read.Lines.Count);
        Assert.Equal(new RfqLine(1, "BRK-4471", "Bracket, 6061-T6 aluminium, anodised", 500, UnitOfMeasure.Each, new DateOnly(2027, 1, 15)), read.Lines[0]);
        Assert.Equal(1500.5m, read.Lines[1].Quantity);
        Assert.Equal("M", read.Lines[1].Unit.Code);
        Assert.Null(read.Lines[1].NeedBy);
        Assert.Equal(1, read.Version);
        Assert.Equal(StoreFixture.Start, read.CreatedAt);
    }

    [Fact]
    public async Task Rfq_numbers_count_up_per_tenant_and_year()
    {
        var first = await Fixture.CreateRfqAsync(A);
        var second = await Fixture.CreateRfqAsync(A);
        var other = await Fixture.CreateRfqAsync(B);

        Assert.Equal("RFQ-2026-000001", first.Number);
        Assert.Equal("RFQ-2026-000002", second.Number);
        Assert.Equal("RFQ-2026-000001", other.Number);
        Fixture.Time.SetUtcNow(new DateTimeOffset(2027, 1, 2, 0, 0, 0, TimeSpan.Zero));
        Assert.Equal(1, await Fixture.Get<IRfqStore>().NextNumberAsync(A, 2027, CancellationToken.None));
    }

    [Fact]
    public async Task Another_tenant_cannot_read_an_rfq()
    {
        var rfq = await Fixture.CreateRfqAsync(A);

        Assert.Null(await Fixture.Get<IRfqStore>().FindAsync(B, rfq.Id, CancellationToken.None));
        var page = await Fixture.Get<IRfqStore>().ListAsync(B, new RfqQuery(null, null, new PageRequest(null, 10)), CancellationToken.None);
        Assert.Empty(page.Items);
    }

    [Fact]
    public async Task A_stale_update_is_refused_and_writes_nothing()
    {
        var store = Fixture.Get<IRfqStore>();
        var rfq = await Fixture.CreateRfqAsync(A);
        var stale = rfq with { Title = "first" };
        await store.UpdateAsync(stale, StateChange.AuditOnly(new AuditEntry(A, "rfq", rfq.Id.Value, "test.first", Fixture.Actor, StoreFixture.Start, null)), null, CancellationToken.None);

        var conflict = await Assert.ThrowsAsync<PurchaserException>(() => store.UpdateAsync(
            rfq with { Title = "second" },
            StateChange.AuditOnly(new AuditEntry(A, "rfq", rfq.Id.Value, "test.second", Fixture.Actor, StoreFixture.Start, null)),
            null,
            CancellationToken.None));

        Assert.Equal(ErrorCodes.RfqConcurrencyConflict, conflict.Error.Code);
        var read = await store.FindAsync(A, rfq.Id, CancellationToken.None);
        Assert.Equal("first", read!.Title);
        Assert.Equal(2, read.Version);
        var audit = await Fixture.Get<IAuditStore>().ListAsync(A, rfq.Id.Value, 0, 50, CancellationToken.None);
        Assert.DoesNotContain(audit, e => e.Action == "test.second");
    }

    [Fact]
    public async Task Two_concurrent_awards_cannot_both_succeed()
    {
        var (rfq, vendor) = await Fixture.PublishedRfqAsync(A);
        var other = await Fixture.CreateVendorAsync(A, "Second Vendor");
        await Fixture.Get<RfqService>().AttachVendorsAsync(A, rfq.Id, new AttachVendorsRequest { VendorIds = [other.Id.Value] }, null, Fixture.Actor);
        var first = await Fixture.QuoteAsync(A, rfq, vendor, 12.5m, 3m);
        var second = await Fixture.QuoteAsync(A, rfq, other, 11m, 2.9m);
        var service = Fixture.Get<RfqService>();

        var results = await Task.WhenAll(
            Attempt(() => service.AwardAsync(A, rfq.Id, new AwardRfqRequest { VendorId = vendor.Id.Value, QuoteRevisionId = first.Id.Value }, null, Fixture.Actor)),
            Attempt(() => service.AwardAsync(A, rfq.Id, new AwardRfqRequest { VendorId = other.Id.Value, QuoteRevisionId = second.Id.Value }, null, Fixture.Actor)));

        Assert.Single(results, r => r is null);
        Assert.Single(results, r => r is { Error.Kind: ErrorKind.Conflict });
        var awarded = await Fixture.Get<IRfqStore>().FindAsync(A, rfq.Id, CancellationToken.None);
        Assert.Equal(RfqStatus.Awarded, awarded!.Status);
        var outbox = await Fixture.Get<IOutboxStore>().ReadAsync(0, 100, CancellationToken.None);
        Assert.Single(outbox, m => m.EventType == EventTypes.RfqAwarded && m.SubjectId == rfq.Id.Value);

        static async Task<PurchaserException?> Attempt(Func<Task> award)
        {
            try
            {
                await award();
                return null;
            }
            catch (PurchaserException ex)
            {
                return ex;
            }
        }
    }

    [Fact]
    public async Task Every_state_change_writes_its_event_and_audit_entry_in_order()
    {
        var (rfq, vendor) = await Fixture.PublishedRfqAsync(A);
        var revision = await Fixture.QuoteAsync(A, rfq, vendor, 12.5m, 3m);
        await Fixture.Get<RfqService>().AwardAsync(A, rfq.Id, new AwardRfqRequest { VendorId = vendor.Id.Value, QuoteRevisionId = revision.Id.Value }, null, Fixture.Actor);

        var events = (await Fixture.Get<IOutboxStore>().ReadAsync(0, 100, CancellationToken.None)).Where(m => m.SubjectId == rfq.Id.Value).ToList();
        Assert.Equal([EventTypes.RfqCreated, EventTypes.RfqPublished, EventTypes.QuoteReceived, EventTypes.RfqClosed, EventTypes.RfqAwarded], events.Select(e => e.EventType));
        Assert.True(events.Zip(events.Skip(1)).All(p => p.First.Sequence < p.Second.Sequence));
        Assert.All(events, e => Assert.StartsWith("msg_", e.Id, StringComparison.Ordinal));
        Assert.Contains("\"type\":\"rfq.awarded\"", events[^1].Payload, StringComparison.Ordinal);
        Assert.Contains("\"unitPrice\":{\"amount\":12.5,\"currency\":\"USD\"}", events[^1].Payload, StringComparison.Ordinal);

        var audit = await Fixture.Get<IAuditStore>().ListAsync(A, rfq.Id.Value, 0, 100, CancellationToken.None);
        Assert.Equal(["rfq.created", "rfq.vendors_attached", "rfq.published", "quote.received", "rfq.closed", "rfq.awarded"], audit.Select(a => a.Action));
        Assert.All(audit, a => Assert.Equal(Fixture.Actor, a.Actor));
        Assert.Empty(await Fixture.Get<IAuditStore>().ListAsync(B, rfq.Id.Value, 0, 100, CancellationToken.None));
    }

    [Fact]
    public async Task A_commit_that_writes_events_raises_the_outbox_signal_once_they_can_be_read()
    {
        var outbox = Fixture.Get<IOutboxStore>();
        var visibleWhenRaised = new List<int>();
        void OnRaised(object? sender, EventArgs e) =>
            visibleWhenRaised.Add(outbox.ReadAsync(0, 100, CancellationToken.None).GetAwaiter().GetResult().Count);
        Fixture.Get<OutboxSignal>().Raised += OnRaised;
        try
        {
            var before = (await outbox.ReadAsync(0, 100, CancellationToken.None)).Count;
            await Fixture.CreateRfqAsync(A);
            await Fixture.Get<IRfqStore>().NextNumberAsync(A, 2026, CancellationToken.None);
            await Fixture.Get<ILeaseStore>().TryAcquireAsync("mailbox:signal", "host-1", TimeSpan.FromSeconds(10), CancellationToken.None);

            Assert.Equal([before + 1], visibleWhenRaised);
        }
        finally
        {
            Fixture.Get<OutboxSignal>().Raised -= OnRaised;
        }
    }

    [Fact]
    public async Task The_award_round_trips_with_vendor_revision_price_who_and_when()
    {
        var (rfq, vendor) = await Fixture.PublishedRfqAsync(A);
        var revision = await Fixture.QuoteAsync(A, rfq, vendor, 12.5m, 3.125m);
        Fixture.Time.Advance(TimeSpan.FromHours(3));
        await Fixture.Get<RfqService>().AwardAsync(A, rfq.Id, new AwardRfqRequest
        {
            Lines = [new AwardLineRequest { LineNumber = 2, VendorId = vendor.Id.Value, QuoteRevisionId = revision.Id.Value, Quantity = 1000 }],
        }, null, Fixture.Actor);

        var award = (await Fixture.Get<IRfqStore>().FindAsync(A, rfq.Id, CancellationToken.None))!.Award;

        Assert.NotNull(award);
        Assert.Equal(AwardMode.PerLine, award.Mode);
        Assert.Equal(Fixture.Actor, award.AwardedBy);
        Assert.Equal(StoreFixture.Start.AddHours(3), award.AwardedAt);
        var line = Assert.Single(award.Lines);
        Assert.Equal(new AwardedLine(2, vendor.Id, revision.Id, Money.Of(3.125m, "USD"), 1000), line);
        Assert.Equal(3125m, line.ExtendedPrice.Amount);
    }

    [Fact]
    public async Task Listing_pages_by_cursor_newest_first_and_filters()
    {
        var created = new List<Rfq>();
        for (var i = 0; i < 5; i++)
        {
            created.Add(await Fixture.CreateRfqAsync(A, reference: i % 2 == 0 ? "SO-EVEN" : "SO-ODD"));
        }

        var store = Fixture.Get<IRfqStore>();
        var first = await store.ListAsync(A, new RfqQuery(null, null, new PageRequest(null, 2)), CancellationToken.None);
        var second = await store.ListAsync(A, new RfqQuery(null, null, new PageRequest(first.NextCursor, 2)), CancellationToken.None);
        var third = await store.ListAsync(A, new RfqQuery(null, null, new PageRequest(second.NextCursor, 2)), CancellationToken.None);

        Assert.Equal(created.AsEnumerable().Reverse().Select(r => r.Id), first.Items.Concat(second.Items).Concat(third.Items).Select(r => r.Id));
        Assert.NotNull(second.NextCursor);
        Assert.Null(third.NextCursor);
        var even = await store.ListAsync(A, new RfqQuery(null, "SO-EVEN", new PageRequest(null, 10)), CancellationToken.None);
        Assert.Equal(3, even.Items.Count);
        var drafts = await store.ListAsync(A, new RfqQuery(RfqStatus.Draft, null, new PageRequest(null, 10)), CancellationToken.None);
        Assert.Equal(5, drafts.Items.Count);
        Assert.Empty((await store.ListAsync(A, new RfqQuery(RfqStatus.Published, null, new PageRequest(null, 10)), CancellationToken.None)).Items);
    }

    [Fact]
    public async Task Search_finds_text_in_the_number_title_or_reference_ignoring_case_and_reads_wildcards_as_text()
    {
        var percent = await Fixture.CreateRfqAsync(A, reference: "SO-100%");
        var plain = await Fixture.CreateRfqAsync(A, reference: "SO-1005");
        var underscore = await Fixture.CreateRfqAsync(A, reference: "PO_7");
        await Fixture.CreateRfqAsync(B, reference: "SO-100%");
        var store = Fixture.Get<IRfqStore>();
        async Task<IEnumerable<Id<Rfq>>> SearchAsync(string text) =>
            (await store.ListAsync(A, new RfqQuery(null, null, new PageRequest(null, 10)) { Search = text }, CancellationToken.None)).Items.Select(r => r.Id);

        Assert.Equal([percent.Id], await SearchAsync("so-100%"));
        Assert.Equal([plain.Id, percent.Id], await SearchAsync("  SO-100 "));
        Assert.Equal([underscore.Id], await SearchAsync("_"));
        Assert.Equal([underscore.Id, plain.Id, percent.Id], await SearchAsync("COMPLEX parts"));
        Assert.Equal([plain.Id], await SearchAsync(plain.Number.ToLowerInvariant()));
        Assert.Empty(await SearchAsync("no such text"));
    }

    [Fact]
    public async Task Published_rfqs_past_their_due_time_are_listed_for_closing()
    {
        var (rfq, _) = await Fixture.PublishedRfqAsync(A);
        var store = Fixture.Get<IRfqStore>();

        Assert.DoesNotContain(await store.ListPastDueAsync(StoreFixture.Start.AddDays(13), 10, CancellationToken.None), r => r.Id == rfq.Id);
        Assert.Contains(await store.ListPastDueAsync(StoreFixture.Start.AddDays(14), 10, CancellationToken.None), r => r.Id == rfq.Id);

        Fixture.Time.SetUtcNow(StoreFixture.Start.AddDays(15));
        Assert.Equal(1, await Fixture.Get<RfqService>().ClosePastDueAsync());
        Assert.Equal(RfqStatus.Closed, (await store.FindAsync(A, rfq.Id, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task Quote_revisions_keep_history_and_the_latest_wins()
    {
        var (rfq, vendor) = await Fixture.PublishedRfqAsync(A);
        var first = await Fixture.QuoteAsync(A, rfq, vendor, 12.5m, 3m);
        var second = await Fixture.QuoteAsync(A, rfq, vendor, 11.75m, 2.95m);
        var quotes = Fixture.Get<IQuoteStore>();

        var latest = Assert.Single(await quotes.ListLatestAsync(A, rfq.Id, CancellationToken.None));
        Assert.Equal(second.Id, latest.Id);
        Assert.Equal(2, latest.Revision);
        Assert.Equal(first.QuoteId, second.QuoteId);
        Assert.Equal(Money.Of(11.75m, "USD"), latest.Quote.Lines[0].UnitPrice);
        Assert.Equal(21, latest.Quote.Lines[0].LeadTimeDays);
        var history = await quotes.ListRevisionsAsync(A, first.QuoteId, CancellationToken.None);
        Assert.Equal([first.Id, second.Id], history.Select(r => r.Id));
        Assert.Null(await quotes.FindRevisionAsync(B, first.Id, CancellationToken.None));
        Assert.Equal(RfqVendorStatus.Quoted, (await Fixture.Get<IRfqStore>().FindAsync(A, rfq.Id, CancellationToken.None))!.Vendors[0].Status);
    }

    [Fact]
    public async Task Saving_an_rfq_keeps_exactly_its_lines_and_vendors_in_order()
    {
        var store = Fixture.Get<IRfqStore>();
        var acme = await Fixture.CreateVendorAsync(A, "Acme Machining");
        var boreal = await Fixture.CreateVendorAsync(A, "Boreal Fasteners");
        var corvid = await Fixture.CreateVendorAsync(A, "Corvid Castings");
        var rfq = await Fixture.CreateRfqAsync(A, "SO-LINES");
        var at = StoreFixture.Start;
        var line3 = new RfqLine(3, "SCR-M4X10-A2", null, 20000, UnitOfMeasure.Parse("EA"), null);
        rfq = await store.UpdateAsync(
            rfq with { Lines = [.. rfq.Lines, line3], Vendors = [new(acme.Id, RfqVendorStatus.Pending, at), new(boreal.Id, RfqVendorStatus.Pending, at), new(corvid.Id, RfqVendorStatus.Pending, at)] },
            StateChange.AuditOnly(new AuditEntry(A, "rfq", rfq.Id.Value, "test.grow", Fixture.Actor, at, null)), null, CancellationToken.None);

        // Line 2 goes, line 1 changes, line 3 stays; Acme goes, Corvid's status changes and it moves before Boreal.
        var changedLine1 = rfq.Lines[0] with { Description = "Bracket, 6061-T6, clear anodised", Quantity = 750 };
        var saved = await store.UpdateAsync(
            rfq with { Lines = [changedLine1, line3], Vendors = [new(corvid.Id, RfqVendorStatus.Quoted, at.AddHours(1)), new(boreal.Id, RfqVendorStatus.Pending, at)] },
            StateChange.AuditOnly(new AuditEntry(A, "rfq", rfq.Id.Value, "test.shrink", Fixture.Actor, at, null)), null, CancellationToken.None);

        var read = (await store.FindAsync(A, rfq.Id, CancellationToken.None))!;
        Assert.Equal([changedLine1, line3], read.Lines);
        Assert.Equal([new RfqVendor(corvid.Id, RfqVendorStatus.Quoted, at.AddHours(1)), new RfqVendor(boreal.Id, RfqVendorStatus.Pending, at)], read.Vendors);
        Assert.Equal(saved.Version, read.Version);
        var emptied = await store.UpdateAsync(read with { Vendors = [] }, StateChange.AuditOnly(new AuditEntry(A, "rfq", rfq.Id.Value, "test.empty", Fixture.Actor, at, null)), null, CancellationToken.None);
        Assert.Empty((await store.FindAsync(A, rfq.Id, CancellationToken.None))!.Vendors);
        Assert.Equal([changedLine1, line3], (await store.FindAsync(A, emptied.Id, CancellationToken.None))!.Lines);
    }

    [Fact]
    public async Task An_inbound_message_becomes_at_most_one_quote_revision()
    {
        var (rfq, vendor) = await Fixture.PublishedRfqAsync(A);
        var manual = await Fixture.QuoteAsync(A, rfq, vendor, 12.5m, 3m);
        var (inbound, _) = await Fixture.Get<IInboundMessageStore>().AddAsync(new InboundMessage
        {
            Id = Id<InboundMessage>.New(),
            TenantId = A,
            MessageId = "twice@acme.example",
            ContentHash = "hash-twice",
            ReceivedAt = StoreFixture.Start,
            Source = "imap",
            Raw = new byte[] { 1, 2, 3 },
        }, CancellationToken.None);
        var quotes = Fixture.Get<QuoteService>();

        var first = await quotes.StoreAsync(A, rfq.Id, vendor.Id, manual.Quote, QuoteSource.Email, inbound, Fixture.Actor);
        var again = await quotes.StoreAsync(A, rfq.Id, vendor.Id, manual.Quote, QuoteSource.Email, inbound, Fixture.Actor);

        Assert.Equal(first.Id, again.Id);
        Assert.Equal(2, first.Revision);
        Assert.Equal(inbound.Id, first.InboundMessageId);
        Assert.Equal("twice@acme.example", first.MessageId);
        Assert.Equal(first.Id, (await Fixture.Get<IQuoteStore>().FindByInboundMessageAsync(A, inbound.Id, CancellationToken.None))?.Id);
        Assert.Null(await Fixture.Get<IQuoteStore>().FindByInboundMessageAsync(B, inbound.Id, CancellationToken.None));

        // Two hosts reading the message at once both get past the lookup; the store itself refuses the second, and its
        // transaction (RFQ change, revision, audit entry) leaves nothing behind.
        var store = Fixture.Get<IRfqStore>();
        var current = (await store.FindAsync(A, rfq.Id, CancellationToken.None))!;
        var duplicate = first with { Id = Id<QuoteRevision>.New(), Revision = 3 };
        var change = StateChange.AuditOnly(new AuditEntry(A, "rfq", rfq.Id.Value, "test.duplicate", Fixture.Actor, StoreFixture.Start, null));
        var refused = await Assert.ThrowsAsync<PurchaserException>(() => store.UpdateAsync(current, change, duplicate, CancellationToken.None));

        Assert.Equal(ErrorCodes.InboundMessageAlreadyQuoted, refused.Error.Code);
        Assert.Equal([manual.Id, first.Id], (await Fixture.Get<IQuoteStore>().ListRevisionsAsync(A, first.QuoteId, CancellationToken.None)).Select(r => r.Id));
        var received = (await Fixture.Get<IOutboxStore>().ReadAsync(0, 100, CancellationToken.None)).Where(m => m.SubjectId == rfq.Id.Value && m.EventType == EventTypes.QuoteReceived);
        Assert.Equal(2, received.Count());
        Assert.Equal(current.Version, (await store.FindAsync(A, rfq.Id, CancellationToken.None))!.Version);
        Assert.DoesNotContain(await Fixture.Get<IAuditStore>().ListAsync(A, rfq.Id.Value, 0, 50, CancellationToken.None), e => e.Action == "test.duplicate");
    }

    [Fact]
    public async Task Vendors_round_trip_and_codes_are_unique_per_tenant()
    {
        var vendor = await Fixture.CreateVendorAsync(A, "Acme Machining", "V-1001");
        var store = Fixture.Get<IVendorStore>();

        var read = await store.FindAsync(A, vendor.Id, CancellationToken.None);
        Assert.Equal(vendor with { Contacts = [] }, read! with { Contacts = [] });
        Assert.Equal(vendor.Contacts, read.Contacts);
        var duplicate = await Assert.ThrowsAsync<PurchaserException>(() => Fixture.CreateVendorAsync(A, "Acme Two", "V-1001"));
        Assert.Equal(ErrorCodes.VendorCodeTaken, duplicate.Error.Code);
        await Fixture.CreateVendorAsync(B, "Acme Machining", "V-1001");
        Assert.Null(await store.FindAsync(B, vendor.Id, CancellationToken.None));

        var updated = await Fixture.Get<VendorService>().UpdateAsync(A, vendor.Id, new UpdateVendorRequest { Name = "Acme Machining Inc." }, 1, Fixture.Actor);
        Assert.Equal(2, updated.Version);
        Assert.Equal("Acme Machining Inc.", (await store.FindAsync(A, vendor.Id, CancellationToken.None))!.Name);
        var stale = await Assert.ThrowsAsync<PurchaserException>(() => store.UpdateAsync(vendor with { Name = "stale" }, StateChange.AuditOnly(new AuditEntry(A, "vendor", vendor.Id.Value, "x", Fixture.Actor, StoreFixture.Start, null)), CancellationToken.None));
        Assert.Equal(ErrorKind.PreconditionFailed, stale.Error.Kind);
    }

    [Fact]
    public async Task Vendor_lists_keep_member_order_and_drop_deleted_vendors()
    {
        var one = await Fixture.CreateVendorAsync(A, "One");
        var two = await Fixture.CreateVendorAsync(A, "Two");
        var three = await Fixture.CreateVendorAsync(A, "Three");
        var service = Fixture.Get<VendorService>();
        var list = await service.CreateListAsync(A, new CreateVendorListRequest { Name = "Complex Parts", VendorIds = [three.Id.Value, one.Id.Value, two.Id.Value] }, Fixture.Actor);

        Assert.Equal([three.Id, one.Id, two.Id], (await Fixture.Get<IVendorStore>().FindListAsync(A, list.Id, CancellationToken.None))!.VendorIds);
        var taken = await Assert.ThrowsAsync<PurchaserException>(() => service.CreateListAsync(A, new CreateVendorListRequest { Name = "Complex Parts" }, Fixture.Actor));
        Assert.Equal(ErrorCodes.VendorListNameTaken, taken.Error.Code);

        await service.DeleteAsync(A, one.Id, Fixture.Actor);
        Assert.Equal([three.Id, two.Id], (await Fixture.Get<IVendorStore>().FindListAsync(A, list.Id, CancellationToken.None))!.VendorIds);
        Assert.Null(await Fixture.Get<IVendorStore>().FindAsync(A, one.Id, CancellationToken.None));
        Assert.Null(await Fixture.Get<IVendorStore>().FindListAsync(B, list.Id, CancellationToken.None));
        var page = await Fixture.Get<IVendorStore>().ListAsync(A, new PageRequest(null, 10), CancellationToken.None);
        Assert.Equal([three.Id, two.Id], page.Items.Select(v => v.Id));
    }

    [Fact]
    public async Task Attaching_a_vendor_list_attaches_every_vendor_on_it()
    {
        var one = await Fixture.CreateVendorAsync(A, "One");
        var two = await Fixture.CreateVendorAsync(A, "Two");
        var list = await Fixture.Get<VendorService>().CreateListAsync(A, new CreateVendorListRequest { Name = "Complex Parts", VendorIds = [one.Id.Value, two.Id.Value] }, Fixture.Actor);

        var rfq = await Fixture.CreateRfqAsync(A, vendorListId: list.Id.Value);

        var read = await Fixture.Get<IRfqStore>().FindAsync(A, rfq.Id, CancellationToken.None);
        Assert.Equal([one.Id, two.Id], read!.Vendors.Select(v => v.VendorId));
        Assert.All(read.Vendors, v => Assert.Equal(RfqVendorStatus.Pending, v.Status));
        var foreign = await Assert.ThrowsAsync<PurchaserException>(() => Fixture.CreateRfqAsync(B, vendorListId: list.Id.Value));
        Assert.Equal(ErrorCodes.VendorListNotFound, foreign.Error.Code);
    }

    [Fact]
    public async Task Api_keys_are_found_by_hash_and_revoked()
    {
        var keys = Fixture.Get<ApiKeyService>();
        var (key, secret) = await keys.CreateAsync(A, "ERP integration", Fixture.Actor);

        Assert.StartsWith(ApiKeyService.KeyPrefix, secret, StringComparison.Ordinal);
        Assert.Equal(key.Id, (await keys.AuthenticateAsync(secret))?.Id);
        Assert.Null(await keys.AuthenticateAsync(secret + "x"));
        Assert.DoesNotContain(secret, (await Fixture.Get<ITenantStore>().FindApiKeyByHashAsync(ApiKeyService.Hash(secret), CancellationToken.None))!.SecretHash, StringComparison.Ordinal);

        var other = await Assert.ThrowsAsync<PurchaserException>(() => keys.RevokeAsync(B, key.Id, Fixture.Actor));
        Assert.Equal(ErrorCodes.ApiKeyNotFound, other.Error.Code);
        await keys.RevokeAsync(A, key.Id, Fixture.Actor);
        Assert.Null(await keys.AuthenticateAsync(secret));
        Assert.NotNull(Assert.Single(await keys.ListAsync(A)).RevokedAt);
    }

    [Fact]
    public async Task An_idempotency_key_is_claimed_by_one_request_then_keeps_its_response()
    {
        var store = Fixture.Get<IIdempotencyStore>();
        var now = StoreFixture.Start;
        var abandonedAfter = TimeSpan.FromMinutes(1);

        Assert.True(await store.TryClaimAsync(A, "k-1", "h1", "token-k-1-h1", now, abandonedAfter, CancellationToken.None));
        Assert.False(await store.TryClaimAsync(A, "k-1", "h1", "token-k-1-h1", now.AddSeconds(1), abandonedAfter, CancellationToken.None));
        Assert.True(await store.TryClaimAsync(B, "k-1", "h1", "token-k-1-h1", now, abandonedAfter, CancellationToken.None));
        var pending = await store.FindAsync(A, "k-1", CancellationToken.None);
        Assert.True(pending!.IsPending);
        Assert.Equal("h1", pending.RequestHash);

        await store.CompleteAsync(new IdempotencyRecord { TenantId = A, Key = "k-1", RequestHash = "h1", StatusCode = 201, ContentType = "application/json", Location = "/x", ETag = "\"1\"", Body = [1, 2, 3], CreatedAt = now.AddSeconds(2) }, "token-k-1-h1", CancellationToken.None);
        var read = await store.FindAsync(A, "k-1", CancellationToken.None);
        Assert.False(read!.IsPending);
        Assert.Equal(201, read.StatusCode);
        Assert.Equal([1, 2, 3], read.Body);
        Assert.Equal("\"1\"", read.ETag);
        Assert.False(await store.TryClaimAsync(A, "k-1", "h2", "token-k-1-h2", now.AddHours(1), abandonedAfter, CancellationToken.None));
        await store.ReleaseAsync(A, "k-1", "token-k-1-h1", CancellationToken.None);
        Assert.Equal(201, (await store.FindAsync(A, "k-1", CancellationToken.None))!.StatusCode);
        Assert.Null(await store.FindAsync(A, "k-2", CancellationToken.None));
    }

    [Fact]
    public async Task Idempotency_keys_past_their_retention_are_forgotten_by_the_hosted_purge()
    {
        var store = Fixture.Get<IIdempotencyStore>();
        var twoDaysAgo = StoreFixture.Start.AddDays(-2);
        var abandonedAfter = TimeSpan.FromMinutes(1);
        Assert.True(await store.TryClaimAsync(A, "old", "h1", "token-old-h1", twoDaysAgo, abandonedAfter, CancellationToken.None));
        await store.CompleteAsync(new IdempotencyRecord { TenantId = A, Key = "old", RequestHash = "h1", StatusCode = 201, Body = [1], CreatedAt = twoDaysAgo }, "token-old-h1", CancellationToken.None);
        Assert.True(await store.TryClaimAsync(B, "old-claim", "h1", "token-old-claim-h1", twoDaysAgo, abandonedAfter, CancellationToken.None));
        Assert.True(await store.TryClaimAsync(A, "recent", "h1", "token-recent-h1", StoreFixture.Start.AddHours(-1), abandonedAfter, CancellationToken.None));

        // The purge runs when the host starts, then hourly, against the host's clock (the fixture's, at Start).
        var purge = Fixture.Get<IEnumerable<Microsoft.Extensions.Hosting.IHostedService>>().Single(s => s.GetType().Name == "IdempotencyRetention");
        await purge.StartAsync(CancellationToken.None);
        try
        {
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (await store.FindAsync(A, "old", CancellationToken.None) is not null && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
        }
        finally
        {
            await purge.StopAsync(CancellationToken.None);
        }

        Assert.Null(await store.FindAsync(A, "old", CancellationToken.None));
        Assert.Null(await store.FindAsync(B, "old-claim", CancellationToken.None));
        Assert.NotNull(await store.FindAsync(A, "recent", CancellationToken.None));
        Assert.Equal(0, await store.PurgeAsync(StoreFixture.Start.AddDays(-1), CancellationToken.None));
        Assert.Equal(1, await store.PurgeAsync(StoreFixture.Start, CancellationToken.None));
    }

    [Fact]
    public async Task A_released_or_abandoned_idempotency_claim_can_be_claimed_again()
    {
        var store = Fixture.Get<IIdempotencyStore>();
        var now = StoreFixture.Start;
        var abandonedAfter = TimeSpan.FromMinutes(1);
        Assert.True(await store.TryClaimAsync(A, "failed", "h1", "token-failed-h1", now, abandonedAfter, CancellationToken.None));
        Assert.True(await store.TryClaimAsync(A, "died", "h1", "token-died-h1", now, abandonedAfter, CancellationToken.None));

        await store.ReleaseAsync(A, "failed", "token-failed-h2", CancellationToken.None);
        Assert.NotNull(await store.FindAsync(A, "failed", CancellationToken.None));
        await store.ReleaseAsync(A, "failed", "token-failed-h1", CancellationToken.None);

        Assert.Null(await store.FindAsync(A, "failed", CancellationToken.None));
        Assert.True(await store.TryClaimAsync(A, "failed", "h1", "token-failed-h1", now.AddSeconds(1), abandonedAfter, CancellationToken.None));
        Assert.False(await store.TryClaimAsync(A, "died", "h2", "token-died-h2", now.AddSeconds(59), abandonedAfter, CancellationToken.None));
        Assert.True(await store.TryClaimAsync(A, "died", "h2", "token-died-h2", now.AddSeconds(61), abandonedAfter, CancellationToken.None));
        Assert.Equal("h2", (await store.FindAsync(A, "died", CancellationToken.None))!.RequestHash);

        // The request that was taken over (it was only slow) can no longer release, renew or complete the new claim.
        Assert.False(await store.RenewAsync(A, "died", "token-died-h1", now.AddSeconds(62), CancellationToken.None));
        await store.ReleaseAsync(A, "died", "token-died-h1", CancellationToken.None);
        await store.CompleteAsync(new IdempotencyRecord { TenantId = A, Key = "died", RequestHash = "h1", StatusCode = 201, Body = [9], CreatedAt = now.AddSeconds(63) }, "token-died-h1", CancellationToken.None);
        Assert.True((await store.FindAsync(A, "died", CancellationToken.None))!.IsPending);
    }

    [Fact]
    public async Task A_renewed_idempotency_claim_is_not_taken_over_while_its_request_runs()
    {
        var store = Fixture.Get<IIdempotencyStore>();
        var now = StoreFixture.Start;
        var abandonedAfter = TimeSpan.FromMinutes(1);
        Assert.True(await store.TryClaimAsync(A, "slow", "h1", "token-slow", now, abandonedAfter, CancellationToken.None));

        Assert.True(await store.RenewAsync(A, "slow", "token-slow", now.AddSeconds(50), CancellationToken.None));

        Assert.False(await store.TryClaimAsync(A, "slow", "h1", "token-copy", now.AddSeconds(61), abandonedAfter, CancellationToken.None));
        Assert.True(await store.TryClaimAsync(A, "slow", "h1", "token-copy", now.AddSeconds(111), abandonedAfter, CancellationToken.None));
    }

    [Fact]
    public async Task Inbound_messages_are_kept_raw_and_deduplicated_by_message_id_or_content()
    {
        var store = Fixture.Get<IInboundMessageStore>();
        var (rfq, vendor) = await Fixture.PublishedRfqAsync(A);
        var message = new InboundMessage
        {
            Id = Id<InboundMessage>.New(),
            TenantId = A,
            MessageId = "q1@acme.example",
            ContentHash = "hash-1",
            From = "sales@acme.example",
            Subject = "Re: quote",
            SentAt = StoreFixture.Start,
            ReceivedAt = StoreFixture.Start.AddMinutes(1),
            Source = "api",
            Raw = new byte[] { 13, 10, 0, 255 },
        };

        var (stored, created) = await store.AddAsync(message, CancellationToken.None);
        var (sameId, createdAgain) = await store.AddAsync(message with { Id = Id<InboundMessage>.New(), ContentHash = "hash-2" }, CancellationToken.None);
        var (sameContent, createdThird) = await store.AddAsync(message with { Id = Id<InboundMessage>.New(), MessageId = null }, CancellationToken.None);
        var (_, otherTenant) = await store.AddAsync(message with { Id = Id<InboundMessage>.New(), TenantId = B }, CancellationToken.None);

        Assert.True(created);
        Assert.False(createdAgain);
        Assert.False(createdThird);
        Assert.True(otherTenant);
        Assert.Equal(stored.Id, sameId.Id);
        Assert.Equal(stored.Id, sameContent.Id);

        await store.UpdateAsync(stored with { Status = InboundMessageStatus.Unparseable, RfqId = rfq.Id, VendorId = vendor.Id, MatchMethod = "sender", Reason = "a question" }, CancellationToken.None);
        var read = await store.FindAsync(A, stored.Id, CancellationToken.None);
        Assert.Equal(new byte[] { 13, 10, 0, 255 }, read!.Raw.ToArray());
        Assert.Equal(InboundMessageStatus.Unparseable, read.Status);
        Assert.Equal("a question", read.Reason);
        Assert.Equal(StoreFixture.Start, read.SentAt);
        Assert.Equal(stored.Id, Assert.Single(await store.ListThreadAsync(A, rfq.Id, vendor.Id, CancellationToken.None)).Id);
        Assert.Single((await store.ListAsync(A, InboundMessageStatus.Unparseable, new PageRequest(null, 10), CancellationToken.None)).Items);
        Assert.Empty((await store.ListAsync(A, InboundMessageStatus.Unmatched, new PageRequest(null, 10), CancellationToken.None)).Items);
        Assert.Null(await store.FindAsync(B, stored.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Replies_can_be_matched_by_rfq_number_vendor_contact_and_open_rfqs()
    {
        var (rfq, vendor) = await Fixture.PublishedRfqAsync(A);
        var rfqs = Fixture.Get<IRfqStore>();
        var vendors = Fixture.Get<IVendorStore>();

        Assert.Equal(rfq.Id, (await rfqs.FindByNumberAsync(A, rfq.Number.ToLowerInvariant(), CancellationToken.None))?.Id);
        Assert.Null(await rfqs.FindByNumberAsync(B, rfq.Number, CancellationToken.None));
        var email = vendor.Contacts[0].Email;
        Assert.Equal(vendor.Id, Assert.Single(await vendors.FindByContactAsync(A, email.ToUpperInvariant(), CancellationToken.None)).Id);
        Assert.Equal(vendor.Id, Assert.Single(await vendors.FindByContactAsync(A, "someone.else@" + email.Split('@')[1], CancellationToken.None)).Id);
        Assert.Empty(await vendors.FindByContactAsync(B, email, CancellationToken.None));
        Assert.Equal(rfq.Id, Assert.Single(await rfqs.ListOpenForVendorAsync(A, vendor.Id, CancellationToken.None)).Id);
        await Fixture.Get<RfqService>().CancelAsync(A, rfq.Id, null, null, Fixture.Actor);
        Assert.Empty(await rfqs.ListOpenForVendorAsync(A, vendor.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Mailbox_checkpoints_are_kept_per_mailbox_and_folder_and_overwritten()
    {
        var store = Fixture.Get<Purchaser.Mail.IMailboxCheckpointStore>();
        Assert.Null(await store.FindAsync("buyer@mail.example", "INBOX", CancellationToken.None));

        await store.SaveAsync(new("buyer@mail.example", "INBOX", 1234, 7), CancellationToken.None);
        await store.SaveAsync(new("buyer@mail.example", "Quotes", uint.MaxValue, uint.MaxValue - 1), CancellationToken.None);
        await store.SaveAsync(new("other@mail.example", "INBOX", 99, 1), CancellationToken.None);
        Assert.Equal(new("buyer@mail.example", "INBOX", 1234, 7), await store.FindAsync("buyer@mail.example", "INBOX", CancellationToken.None));
        Assert.Equal(new("buyer@mail.example", "Quotes", uint.MaxValue, uint.MaxValue - 1), await store.FindAsync("buyer@mail.example", "Quotes", CancellationToken.None));

        await store.SaveAsync(new("buyer@mail.example", "INBOX", 1234, 12), CancellationToken.None);
        await store.SaveAsync(new("buyer@mail.example", "INBOX", 5678, 0), CancellationToken.None);
        Assert.Equal(new("buyer@mail.example", "INBOX", 5678, 0), await store.FindAsync("buyer@mail.example", "INBOX", CancellationToken.None));
        Assert.Equal(new("other@mail.example", "INBOX", 99, 1), await store.FindAsync("other@mail.example", "INBOX", CancellationToken.None));
    }

    [Fact]
    public async Task A_lease_has_one_owner_until_it_expires_or_is_released()
    {
        var leases = Fixture.Get<ILeaseStore>();
        var duration = TimeSpan.FromSeconds(10);
        Assert.Null(await leases.FindAsync("mailbox:a", CancellationToken.None));

        Assert.True(await leases.TryAcquireAsync("mailbox:a", "host-1", duration, CancellationToken.None));
        Assert.False(await leases.TryAcquireAsync("mailbox:a", "host-2", duration, CancellationToken.None));
        Assert.True(await leases.TryAcquireAsync("mailbox:b", "host-2", duration, CancellationToken.None));
        Assert.Equal(new Lease("mailbox:a", "host-1", StoreFixture.Start + duration), await leases.FindAsync("mailbox:a", CancellationToken.None));

        Fixture.Time.Advance(TimeSpan.FromSeconds(6));
        Assert.True(await leases.TryAcquireAsync("mailbox:a", "host-1", duration, CancellationToken.None));
        Fixture.Time.Advance(TimeSpan.FromSeconds(6));
        Assert.False(await leases.TryAcquireAsync("mailbox:a", "host-2", duration, CancellationToken.None));
        await leases.ReleaseAsync("mailbox:a", "host-2", CancellationToken.None);
        Assert.Equal("host-1", (await leases.FindAsync("mailbox:a", CancellationToken.None))?.Owner);

        Fixture.Time.Advance(duration);
        Assert.True(await leases.TryAcquireAsync("mailbox:a", "host-2", duration, CancellationToken.None));
        Assert.False(await leases.TryAcquireAsync("mailbox:a", "host-1", duration, CancellationToken.None));

        await leases.ReleaseAsync("mailbox:a", "host-2", CancellationToken.None);
        Assert.Null(await leases.FindAsync("mailbox:a", CancellationToken.None));
        Assert.True(await leases.TryAcquireAsync("mailbox:a", "host-1", duration, CancellationToken.None));
    }

    [Fact]
    public async Task Of_hosts_racing_for_a_free_lease_exactly_one_wins()
    {
        var leases = Fixture.Get<ILeaseStore>();

        var won = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => leases.TryAcquireAsync("mailbox:race", $"host-{i}", TimeSpan.FromSeconds(10), CancellationToken.None))));

        Assert.Single(won, w => w);
    }
}
