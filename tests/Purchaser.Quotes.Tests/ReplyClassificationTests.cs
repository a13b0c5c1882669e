using Purchaser.Domain;

namespace Purchaser.Quotes.Tests;

/// <summary>Each reply is classified; a question or other message never comes out as a quote, and a decline in any words is a no-bid.</summary>
public class ReplyClassificationTests
{
    private readonly QuoteParser _parser = new();

    [Theory]
    [InlineData("Part | Qty | Unit price\r\nABC-100 | 1000 | $2.45\r\nXYZ-200 | 50 | $11.00\r\n\r\nPlease let us know if you have any questions.", QuoteClassification.Quote)]
    [InlineData("Our revised quote: ABC-100 $2.30 each, XYZ-200 $10.50 each.", QuoteClassification.RevisedQuote)]
    [InlineData("Here is our best and final offer: ABC-100 $2.30 each, XYZ-200 $10.50 each.", QuoteClassification.RevisedQuote)]
    [InlineData("ABC-100 $2.30 each (down from $2.45), XYZ-200 $10.50 each.", QuoteClassification.RevisedQuote)]
    [InlineData("Unser überarbeitetes Angebot: ABC-100 2,30 € je Stück, XYZ-200 10,50 € je Stück.", QuoteClassification.RevisedQuote)]
    [InlineData("ABC-100 $2.40 each. XYZ-200: no quote, obsolete.", QuoteClassification.Quote)]
    [InlineData("We must respectfully decline to quote this RFQ.", QuoteClassification.NoBid)]
    [InlineData("Nous devons malheureusement décliner l’ensemble de la demande : nos presses sont réservées.", QuoteClassification.NoBid)]
    [InlineData("Ces pièces ne font pas partie de notre offre.", QuoteClassification.NoBid)]
    [InlineData("Rev. 1 below replaces Rev. 0 in full.\r\nABC-100 $2.30 each, XYZ-200 $10.50 each.", QuoteClassification.RevisedQuote)]
    [InlineData("We can match the other supplier on the bracket. All other items stay as in our first offer:\r\nABC-100 $2.30 each, XYZ-200 $10.50 each.", QuoteClassification.RevisedQuote)]
    [InlineData("As discussed, we have extended quote HM-44817 to September 15, 2026: ABC-100 $2.30 each, XYZ-200 $10.50 each.", QuoteClassification.RevisedQuote)]
    [InlineData("Here is SQ-5531 rev 1 in full: ABC-100 $2.30 each, XYZ-200 $10.50 each.", QuoteClassification.RevisedQuote)]
    [InlineData("We confirm our prices unchanged and extend the validity of offer OF-26/0744 to 30 September 2026. ABC-100 EUR 2,30, XYZ-200 EUR 10,50.", QuoteClassification.RevisedQuote)]
    [InlineData("ABC-100 $2.30 each to drawing rev 2, XYZ-200 $10.50 each.", QuoteClassification.Quote)]
    [InlineData("Our counter-offer is for 1,200 pcs: ABC-100 $2.30 each, XYZ-200 $10.50 each.", QuoteClassification.RevisedQuote)]
    [InlineData("I have to withdraw our offer on line 2. Our quote now reads: ABC-100 $2.30 each. XYZ-200: no quote.", QuoteClassification.RevisedQuote)]
    [InlineData("Please find attached our offer 112/2026 rev. 1: ABC-100 $2.30 each, XYZ-200 $10.50 each.", QuoteClassification.RevisedQuote)]
    public void Quotes_and_declines_are_classified(string body, QuoteClassification expected)
    {
        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        Assert.Equal(expected, quote.Classification);
        Assert.NotEqual(QuoteStatus.Unparseable, quote.Status);
    }

    [Theory]
    [InlineData("XYZ-200: no podemos cotizar este artículo.")]
    [InlineData("XYZ-200: descatalogado.")]
    [InlineData("XYZ-200 - sin oferta.")]
    [InlineData("XYZ-200: obsoleto, no disponible.")]
    [InlineData("XYZ-200 ist abgekündigt.")]
    [InlineData("XYZ-200 können wir leider nicht anbieten.")]
    [InlineData("XYZ-200 ist nicht mehr lieferbar.")]
    [InlineData("XYZ-200 : non disponible.")]
    [InlineData("XYZ-200 : produit obsolète.")]
    [InlineData("La posición 2 (soporte de aluminio) no la ofertamos.")]
    [InlineData("A posição 2 não podemos cotar.")]
    [InlineData("Pozycji 2 nie oferujemy.")]
    [InlineData("XYZ-200: unfortunately we do not work with these products.")]
    [InlineData("XYZ-200: we are not producing this item, sorry.")]
    [InlineData("XYZ-200: we have to withdraw our offer on this item.")]
    [InlineData("XYZ-200 bieten wir weiterhin nicht an.")]
    [InlineData("XYZ-200 remains without offer.")]
    [InlineData("XYZ-200 we cant do sorry")]
    [InlineData("XYZ-200: not our product, sorry.")]
    [InlineData("Pos 2 | XYZ-200 | not for us")]
    [InlineData("Líneas 2: no ofertamos.")]
    [InlineData("Die übrigen Positionen gehören nicht zu unserem Programm, hierzu geben wir kein Angebot ab.")]
    [InlineData("De overige posities bieden wij niet aan, dit valt buiten ons pakket.")]
    [InlineData("Le altre posizioni non rientrano nella nostra produzione e pertanto non le quotiamo.")]
    [InlineData("Les autres articles ne font pas partie de notre fabrication : nous ne pouvons pas les fournir.")]
    [InlineData("Pozostałych pozycji zapytania nie oferujemy.")]
    [InlineData("Die other items: no quote.")]
    [InlineData("Die übrigen Positionen (Halter, Winkel) gehören nicht zu unserem Programm, hierzu geben wir kein Angebot ab.")]
    [InlineData("2): regret, we cannot offer this.")]
    [InlineData("Las posiciones 2 y 3 no se ofertan.")]
    [InlineData("The brackets we can't help with, sorry.")]
    [InlineData("Pozície 2 neponúkame (odliatky nerobíme).")]
    [InlineData("Pol. 2 nenabízíme (nejsou to odlitky).")]
    [InlineData("XYZ-200 bieten wir leider nicht an, Fertigungsteile gehören nicht zu unserem Sortiment.")]
    [InlineData("Item 2 (bracket): não fornecemos, lamentamos.")]
    [InlineData("Partida 2 (bracket): fuera de nuestro alcance por el momento.")]
    [InlineData("Pozostałych pozycji (wsporniki) nie mamy w ofercie.")]
    [InlineData("Positie 2 (beugel) kunnen wij helaas niet aanbieden.")]
    [InlineData("Positionerna 2 och 3 kan vi tyvärr inte offerera.")]
    [InlineData("Sl. 2: Regret, not in our manufacturing range.")]
    [InlineData("Pos. 2 (beslag) kan vi dessverre ikkje tilby.")]
    [InlineData("Pos. 2 er en tegningsdel - den må vi desværre melde pas på.")]
    [InlineData("Position 2 : nous ne pouvons pas vous faire d'offre (pièces de fonderie).")]
    [InlineData("Pos. 1 cotizada arriba; el resto de posiciones no las ofertamos, ya que no fabricamos soportes.")]
    public void A_line_declined_in_spanish_german_or_french_is_a_no_bid_beside_the_priced_line(string decline)
    {
        var quote = _parser.Parse(TestRfq.Mail("text/plain", "ABC-100: $2.40 each, 3 weeks.\r\n\r\n" + decline), TestRfq.Create());

        Assert.Equal(QuoteStatus.Partial, quote.Status);
        Assert.Equal(2.40m, quote.Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
        Assert.True(quote.Lines.Single(l => l.LineNumber == 2).NoBid, decline);
    }

    [Theory]
    [InlineData("XYZ-200 no disponible hasta marzo, 8 semanas.")]
    [InlineData("XYZ-200 nicht verfügbar bis März, 8 Wochen.")]
    public void Not_available_until_a_date_is_a_lead_time_not_a_decline(string text)
    {
        var quote = _parser.Parse(TestRfq.Mail("text/plain", "ABC-100: $2.40 each, 3 weeks.\r\nXYZ-200: $11.00 each.\r\n\r\n" + text), TestRfq.Create());

        Assert.False(quote.Lines.Single(l => l.LineNumber == 2).NoBid, text);
        Assert.Equal(11m, quote.Lines.Single(l => l.LineNumber == 2).UnitPrice?.Amount);
    }

    [Theory]
    [InlineData("Hi, could you confirm the material grade before we quote?")]
    [InlineData("What is the required finish?")]
    [InlineData("Hello,\r\n\r\nPlease send the drawing for XYZ-200.\r\n\r\nThanks")]
    [InlineData("Before we can quote ABC-100, could you confirm the tolerance? We would be at roughly $2.50 each in 1.4301.")]
    public void A_question_is_unparseable_with_the_question_as_its_reason(string body)
    {
        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        Assert.Equal(QuoteClassification.Question, quote.Classification);
        Assert.Equal(QuoteStatus.Unparseable, quote.Status);
        Assert.Empty(quote.Lines);
        Assert.StartsWith("question: ", quote.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("I am out of the office until 15 June with limited access to email.")]
    [InlineData("Thank you for your RFQ. We are working on it and will send our quote by Friday.")]
    public void Other_messages_are_unparseable_and_not_quotes(string body)
    {
        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        Assert.Equal(QuoteClassification.Other, quote.Classification);
        Assert.Equal(QuoteStatus.Unparseable, quote.Status);
        Assert.StartsWith("not a quote: ", quote.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reply_whose_attachment_could_not_be_read_stays_a_quote_for_the_team_to_check()
    {
        var dir = TestFiles.Corpus();
        var quote = _parser.Parse(File.ReadAllBytes(Path.Combine(dir, "c45-pdf-scanned.eml")), TestFiles.LoadRfq(Path.Combine(dir, "rfq-corpus.json")));

        Assert.Equal(QuoteStatus.Unparseable, quote.Status);
        Assert.Equal(QuoteClassification.Quote, quote.Classification);
    }

    [Fact]
    public void German_positions_declined_by_range_are_no_bids()
    {
        var body = "Sehr geehrte Damen und Herren,\r\n\r\nPos. 1 ABC-100: 2,45 € je Stück, Lieferzeit 3 Wochen.\r\n\r\nDie Positionen 2 bis 2 können wir leider nicht anbieten.";

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        Assert.Equal(2.45m, quote.Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
        Assert.True(quote.Lines.Single(l => l.LineNumber == 2).NoBid);
    }

    [Fact]
    public void A_dutch_table_and_a_dutch_regret_are_read()
    {
        var body = "Regel  Artikelnummer   Aantal    Prijs                  Levertijd\r\n1      ABC-100         1.000 st. € 245,00 per 100 st.   15 werkdagen\r\n\r\nRegel 2 kunnen wij helaas niet leveren.";

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        Assert.Equal(2.45m, quote.Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
        Assert.Equal(21, quote.Lines.Single(l => l.LineNumber == 1).LeadTimeDays);
        Assert.True(quote.Lines.Single(l => l.LineNumber == 2).NoBid);
    }

    [Fact]
    public void A_swedish_table_and_regret_are_read()
    {
        var body = "Pos  Artikelnr   Antal     À-pris          Leveranstid\r\n1    ABC-100     1 000 st  2,45 kr/st      3 veckor\r\n\r\nPos 2 kan vi tyvärr inte offerera.";

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        Assert.Equal(2.45m, quote.Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
        Assert.Equal(21, quote.Lines.Single(l => l.LineNumber == 1).LeadTimeDays);
        Assert.True(quote.Lines.Single(l => l.LineNumber == 2).NoBid);
    }

    [Fact]
    public void A_question_about_one_line_with_the_others_priced_is_a_quote_and_its_ballpark_is_no_price()
    {
        var body = "One question before I can price XYZ-200: is the bracket anodised? It would come in somewhere around $12 each, but I'd rather quote it properly.\r\n\r\nThe rest I can quote now:\r\n\r\nABC-100    1,000 pcs    $2.45 each    4 weeks";
        var rfq = TestRfq.Create() with { Lines = [.. TestRfq.Create().Lines, new RfqLine(3, "PIN-300", "Dowel pin", 200, UnitOfMeasure.Each, null)] };
        body += "\r\nPIN-300      200 pcs      $0.40 each    stock";

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), rfq);

        Assert.Equal(QuoteClassification.Quote, quote.Classification);
        Assert.Equal(2.45m, quote.Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
        Assert.DoesNotContain(quote.Lines, l => l.LineNumber == 2 && l.UnitPrice is not null);
    }

    [Fact]
    public void A_minimum_order_charge_under_a_declined_line_is_a_note_and_no_price_of_that_line()
    {
        var body = "ABC-100   $2.45 each   4 wks\r\n\r\nWe have to pass on the bracket (XYZ-200), no quote on that one.\r\n\r\nOur minimum order value is $250.00; orders under $250.00 carry a $35.00 handling charge.";

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        Assert.True(quote.Lines.Single(l => l.LineNumber == 2).NoBid);
        Assert.Contains(quote.Deviations, d => d.Kind == "note");
    }

    [Fact]
    public void A_regret_naming_two_lines_after_abbreviated_position_numbers_declines_both()
    {
        var body = "Poz. 1 (ABC-100) ve Poz. 2 (XYZ-200) için teklif veremiyoruz; bu ürünler ürün gamımızda yoktur.";

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        Assert.Equal(QuoteStatus.NoBid, quote.Status);
        Assert.All(quote.Lines, l => Assert.True(l.NoBid));
    }

    [Theory]
    [InlineData("ABC-100: $2.45 each, 3 weeks.\r\n\r\nWe don't do brackets, so no quote\r\non the XYZ-200 either.")]
    [InlineData("ABC-100: $2.45 each, 3 weeks.\r\n\r\nWe do not supply brackets, so no quote on PIN-9, PIN-10 and\r\nXYZ-200.")]
    [InlineData("1) ABC-100 - $2.45 each, 3 weeks ARO\r\n\r\nThe rest we will pass on - brackets are not products we carry.")]
    public void A_regret_wrapped_onto_the_next_line_or_said_in_other_words_declines_its_lines(string body)
    {
        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        Assert.Equal(2.45m, quote.Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
        Assert.True(quote.Lines.Single(l => l.LineNumber == 2).NoBid);
    }

    [Fact]
    public void Chatty_paragraphs_with_durations_in_words_tooling_on_the_shelf_and_sitting_one_out_are_read()
    {
        var body = "For the widgets (ABC-100) the tooling is already on the shelf, so I can do $2.45 apiece. Production is running about four weeks right now.\r\n\r\nThe bracket (XYZ-200) isn't our thing, so I'll have to sit that one out.";

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        Assert.Equal(28, quote.Lines.Single(l => l.LineNumber == 1).LeadTimeDays);
        Assert.True(quote.Lines.Single(l => l.LineNumber == 2).NoBid);
    }

    [Fact]
    public void A_decline_of_the_entire_request_is_a_no_bid_whatever_other_products_it_prices()
    {
        var body = "Sorry, we can not offer any items in this inquiry. We only supply steel widgets of our own.\r\n\r\nFor your reference, our products this month:\r\nWidget W-1    USD1.18/pc\r\nBracket B-7   USD9.65/pc\r\n";

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        Assert.Equal(QuoteStatus.NoBid, quote.Status);
        Assert.All(quote.Lines, l => Assert.Null(l.UnitPrice));
    }

    [Fact]
    public void A_delivery_report_carrying_the_original_request_is_another_message_and_never_a_quote()
    {
        const string mime = "From: Mail Delivery System <MAILER-DAEMON@buyer.example>\r\nTo: b@buyer.example\r\nSubject: Undeliverable: RFQ T-RFQ-1\r\nDate: Tue, 2 Jun 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"r\"\r\n\r\n--r\r\nContent-Type: text/plain\r\n\r\nDelivery has failed to these recipients.\r\n"
            + "--r\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.buyer.example\r\n\r\nFinal-Recipient: rfc822; v@vendor.example\r\nAction: failed\r\nStatus: 5.1.1\r\n"
            + "--r\r\nContent-Type: message/rfc822\r\n\r\nFrom: b@buyer.example\r\nSubject: RFQ T-RFQ-1\r\n\r\nABC-100  1000 EA  target $2.40\r\nXYZ-200  50 EA\r\n--r--\r\n";

        var quote = _parser.Parse(System.Text.Encoding.ASCII.GetBytes(mime), TestRfq.Create());

        Assert.Equal(QuoteStatus.Unparseable, quote.Status);
        Assert.Equal(QuoteClassification.Other, quote.Classification);
        Assert.Empty(quote.Lines);
    }

    [Fact]
    public void A_read_receipt_is_another_message()
    {
        const string mime = "From: Vendor <v@vendor.example>\r\nTo: b@buyer.example\r\nSubject: Read: RFQ T-RFQ-1\r\nDate: Tue, 2 Jun 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: multipart/report; report-type=disposition-notification; boundary=\"r\"\r\n\r\n--r\r\nContent-Type: text/plain\r\n\r\nYour message was read.\r\n"
            + "--r\r\nContent-Type: message/disposition-notification\r\n\r\nDisposition: manual-action/MDN-sent-manually; displayed\r\n--r--\r\n";

        var quote = _parser.Parse(System.Text.Encoding.ASCII.GetBytes(mime), TestRfq.Create());

        Assert.Equal(QuoteClassification.Other, quote.Classification);
        Assert.Contains("read receipt", quote.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Prices_in_the_subject_over_a_body_that_points_to_it_are_the_quote()
    {
        var mail = TestRfq.Mail("text/plain", "see subject\r\n\r\nSent from my iPhone").ToList();
        var text = System.Text.Encoding.UTF8.GetString([.. mail]).Replace("Subject: Re: T-RFQ-1", "Subject: Re: T-RFQ-1 - ABC-100 $2.45 ea, 4 wks", StringComparison.Ordinal);

        var quote = _parser.Parse(System.Text.Encoding.UTF8.GetBytes(text), TestRfq.Create());

        Assert.Equal(2.45m, quote.Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
        Assert.Equal(28, quote.Lines.Single(l => l.LineNumber == 1).LeadTimeDays);
    }

    [Fact]
    public void Declines_beside_a_line_answered_without_a_readable_price_leave_that_line_undeclined()
    {
        var quote = _parser.Parse(TestRfq.Mail("text/plain", "XYZ-200: priced on request, lead time 6 weeks.\r\n\r\nABC-100: no quote."), TestRfq.Create());

        Assert.NotEqual(QuoteStatus.NoBid, quote.Status);
        Assert.True(quote.Lines.Single(l => l.LineNumber == 1).NoBid);
        Assert.DoesNotContain(quote.Lines, l => l.LineNumber == 2 && l.NoBid);
    }

    [Fact]
    public void A_dash_under_the_price_beside_a_quote_pending_from_the_manufacturer_is_no_decline()
    {
        const string body = """
            Line  Part number  Qty       Unit price  Lead time / status
            1     ABC-100      1,000 EA  $2.45       3 weeks
            2     XYZ-200      50 EA     -           Quote pending from manufacturer
            """;

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        Assert.Equal(QuoteStatus.Partial, quote.Status);
        Assert.DoesNotContain(quote.Lines, l => l.NoBid);
    }

    [Theory]
    [InlineData("Line 2 - we'll pass, that isn't a machined part.", true)]
    [InlineData("Line 2: we will pass this to our engineers and come back to you.", false)]
    public void Passing_on_a_line_declines_it_but_passing_something_along_does_not(string sentence, bool declined)
    {
        var quote = _parser.Parse(TestRfq.Mail("text/plain", "ABC-100: $2.45 each, 3 weeks.\r\n" + sentence), TestRfq.Create());

        Assert.Equal(declined, quote.Lines.Any(l => l.LineNumber == 2 && l.NoBid));
    }
}
