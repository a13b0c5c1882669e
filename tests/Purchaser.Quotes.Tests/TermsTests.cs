using Purchaser.Quotes.Extraction;
using Purchaser.Quotes.Text;

namespace Purchaser.Quotes.Tests;

public class TermsTests
{
    private static readonly DateOnly Sent = new(2026, 6, 2);

    [Theory]
    [InlineData("All prices FOB Cedar Rapids, good for 60 days.", "2026-08-01")]
    [InlineData("Offer valid 30 days", "2026-07-02")]
    [InlineData("Mantenimiento de oferta: 30 días corridos.", "2026-07-02")]
    [InlineData("Nabídka platí do 31. 7. 2026.", "2026-07-31")]
    [InlineData("Bindefrist: 30 Tage", "2026-07-02")]
    [InlineData("Platnost nabídky: 30 dní", "2026-07-02")]
    [InlineData("Platnost nabídky: do 14. 8. 2026\nPlatební podmínky: 30 dní", "2026-08-14")]
    [InlineData("Tilbuddet er gældende i 14 dage.", "2026-06-16")]
    [InlineData("Valabilitatea ofertei: 30 de zile", "2026-07-02")]
    [InlineData("Validade da proposta: 20 dias.", "2026-06-22")]
    [InlineData("Az ajánlat érvényes: 2026. július 31-ig", "2026-07-31")]
    [InlineData("Quote valid until 06/30/2026.", "2026-06-30")]
    [InlineData("Revised prices valid through July 31, 2026", "2026-07-31")]
    [InlineData("Quotation valid until: 2026/07/15", "2026-07-15")]
    [InlineData("Angebot gültig bis 15.07.2026", "2026-07-15")]
    [InlineData("Quote expires 10 July 2026.", "2026-07-10")]
    [InlineData("valid for 4 weeks", "2026-06-30")]
    [InlineData("Pricing firm through 07/15/2026, CPT Atlanta.", "2026-07-15")]
    [InlineData("Prices honored until August 31, 2026.", "2026-08-31")]
    [InlineData("This offer remains valid for sixty (60) days from the date of this letter.", "2026-08-01")]
    [InlineData("Vigencia de la cotización: 15 días.", "2026-06-17")]
    [InlineData("Prices valid through the end of June 2026.", "2026-06-30")]
    [InlineData("prices good 30 days, fob erie pa", "2026-07-02")]
    [InlineData("Deze offerte is geldig tot en met 31 juli 2026.", "2026-07-31")]
    [InlineData("Geldig tot 5 mei 2026", "2026-05-05")]
    [InlineData("Offerten är giltig t.o.m. 31 juli 2026.", "2026-07-31")]
    [InlineData("These prices are valid for two weeks.", "2026-06-16")]
    [InlineData("Teklif geçerlilik süresi: 30 gün", "2026-07-02")]
    [InlineData("Everything is in US dollars, and I can hold these prices through the end of\nJuly. Let me know.", "2026-07-31")]
    [InlineData("Mike\n\nUSD, FOB Toledo OH, 30 days.\n", "2026-07-02")]
    [InlineData("Ważność oferty: do 31.07.2026", "2026-07-31")]
    [InlineData("Dieses Angebot ist bis 17.07.2026 gültig.", "2026-07-17")]
    [InlineData("usd exw reading pa, price good til end of june", "2026-06-30")]
    [InlineData("Dieses Angebot ist 45 Tage ab Angebotsdatum gueltig.", "2026-07-17")]
    [InlineData("Angebot vom 01.06.2026, gültig 30 Tage.", "2026-07-02")]
    [InlineData("Platnost nabídky do 31.07.2026", "2026-07-31")]
    [InlineData("Validez de la oferta: 30 días.", "2026-07-02")]
    [InlineData("Quote good thru end of month.", "2026-06-30")]
    [InlineData("Prices are valid until the end of this month because of the volatility of resin.", "2026-06-30")]
    [InlineData("Prices held through Q3 2026. Ex-Works Apodaca.", "2026-09-30")]
    [InlineData("Valid from 12.06.2026 to 30.06.2026", "2026-06-30")]
    [InlineData("Offertgültigkeit: 60 Tage", "2026-08-01")]
    [InlineData("Deze offerte is 6 weken geldig.", "2026-07-14")]
    [InlineData("Let op: deze prijzen zijn 14 dagen geldig.", "2026-06-16")]
    [InlineData("Validità offerta: 60 giorni.", "2026-08-01")]
    [InlineData("Oferta ważna do 31 lipca 2026 r.", "2026-07-31")]
    [InlineData("Pricing firm 7 days - aluminum has been moving.", "2026-06-09")]
    [InlineData("Tilbodet gjeld i 30 dagar.", "2026-07-02")]
    [InlineData("Tilbudet gjelder i 30 dager.", "2026-07-02")]
    public void Reads_validity(string text, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), TermsReader.Validity(text, Sent));
    }

    [Theory]
    [InlineData("USD, FOB Toledo OH, net 30 days.")]
    [InlineData("Shipping, packing, 30 days.")]
    [InlineData("Delivery to your dock takes 30 days.")]
    public void A_bare_day_count_is_validity_only_beside_stated_terms(string text)
    {
        Assert.Null(TermsReader.Validity(text, Sent));
    }

    [Theory]
    [InlineData("Ex-Works Saint Paul", "EXW")]
    [InlineData("delivered DAP Minneapolis", "DAP")]
    [InlineData("Free on board Shanghai", "FOB")]
    [InlineData("Price term: FCA Linz", "FCA")]
    [InlineData("Cost, Insurance and Freight", "CIF")]
    [InlineData("Delivered Duty Paid your dock", "DDP")]
    [InlineData("prices good 30 days, fob erie pa", "FOB")]
    [InlineData("We changed the delivery terms from EXW Schweinfurt to DAP Rockford, IL.", "DAP")]
    [InlineData("usd exw reading pa, price good til end of june", "EXW")]
    [InlineData("F.O.B.  PITTSBURGH,  PA.", "FOB")]
    [InlineData("All prices are net in EUR, delivered dap your plant in Bremen.", "DAP")]
    [InlineData("Prices are fob our dock in Muncie, IN.", "FOB")]
    public void Reads_incoterms(string text, string code)
    {
        Assert.Equal(code, Incoterms.Find(text)?.Code);
    }

    [Theory]
    [InlineData("$", "", "USD")]
    [InlineData("$", "All prices in CAD.", "CAD")]
    [InlineData("$", "Important: all prices are in USD, NOT in MXN pesos.", "USD")]
    [InlineData("¥", "", "JPY")]
    [InlineData("¥", "Prices in RMB", "CNY")]
    [InlineData("€", "", "EUR")]
    [InlineData("£", "", "GBP")]
    public void Resolves_currency_marks(string mark, string document, string code)
    {
        Assert.Equal(code, new CurrencyResolver(document).Resolve(mark)?.Code);
    }

    [Theory]
    [InlineData("Prices in Swedish kronor, all items from stock.", "SEK")]
    [InlineData("Priser i SEK.", "SEK")]
    [InlineData("Quoted in Norwegian kroner.", "NOK")]
    [InlineData("All amounts in Danish krone.", "DKK")]
    public void Reads_a_stated_krone_currency(string document, string code)
    {
        Assert.Contains(code, new CurrencyResolver(document).Stated);
    }

    [Theory]
    [InlineData("We can ship 500 or 1000 pieces, whichever you prefer. Our other offer stands.")]
    [InlineData("Either way, the order is confirmed after your drawing review.")]
    public void Ordinary_words_state_no_currency(string document)
    {
        Assert.Empty(new CurrencyResolver(document).Stated);
    }

    [Theory]
    [InlineData("Our new key fob holder is in stock.")]
    [InlineData("Ordered by Bob, shipped in a fob.")]
    public void Lowercase_words_are_not_incoterms(string text)
    {
        Assert.Null(Incoterms.Find(text));
    }
}
