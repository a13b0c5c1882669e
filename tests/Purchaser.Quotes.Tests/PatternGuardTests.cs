using MimeKit;
using Purchaser.Quotes.Text;

namespace Purchaser.Quotes.Tests;

/// <summary>
/// A guard only skips a pattern where the pattern cannot match: on every line of both corpora and on phrases for each
/// alternative, the guarded test answers as the bare pattern does.
/// </summary>
public class PatternGuardTests
{
    // MimeKit looks a charset up once and keeps the answer: windows-1252 must be known before this class decodes the
    // corpus (the parser registers the code pages itself, but a test may run before any parser exists).
    static PatternGuardTests() => System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

    private static readonly string[] Phrases =
    [
        "No bid on line 2", "no-quote", "N/Q", "NQ", "we regret", "Regretfully we pass", "cannot supply", "can't quote", "can not offer",
        "unable to bid", "won't make", "will not supply", "do not manufacture", "don’t produce", "we decline", "declined", "out of scope",
        "outside our scope", "not in our range", "EOL part", "end-of-life", "obsolete", "obsolète", "discontinued", "not available",
        "unavailable", "kein Angebot", "nicht mehr lieferbar", "nicht verfügbar", "abgekündigt", "können wir leider nicht anbieten",
        "pas d'offre", "ne pouvons pas coter", "non disponible", "nous déclinons", "no podemos cotizar", "no cotizamos", "sin oferta",
        "no disponible", "descatalogado", "not something we can supply", "no other items", "décliner l’ensemble de la demande", "ne font pas partie de notre offre", "hors de notre gamme", "nie oferujemy", "brak oferty", "nenabízíme", "nemůžeme nabídnout", "não fazem parte da nossa gama", "não apresentamos proposta", "no las ofertamos", "we do not work with these products", "we are not producing these items", "Pos. 1 und 5 bieten wir nicht an", "gehören nicht zu unserem Sortiment", "withdraw our offer on item 3", "remain without offer", "bieten wir weiterhin nicht an", "we cant do sorry", "not our product", "not for us", "无法报价", "不能供货", "不报价", "不在我司产品范围内",
        "não cotamos", "declinamos cotizar", "kan vi desværre ikke tilbyde", "nem tudunk ajánlatot adni", "nem áll módunkban", "nu putem oferta", "nu ofertăm", "non possiamo offrire", "non quotiamo", "we'll pass, those aren't machined parts", "we will pass this to our engineers",
        "one-time tooling charge USD 450", "NRE $1,200", "set-up charge EUR 80", "setup 50 USD", "mould cost £300", "fixture $90",
        "first article $120", "programming fee $60", "engineering charge $75", "die charge $40", "steel rule die $85",
        "subject to metal surcharge", "Preisgleitklausel", "eine Anpassung des Preises", "is adjusted at time of shipment",
        "the sheet price may move up or down", "Midwest premium", "bieden wij niet aan", "dit valt buiten ons pakket", "non le quotiamo",
        "non rientrano nella nostra produzione", "copper adjustment", "price adjustment clause", "escalation clause", "fuel surcharge applies",
        "subject to change", "material index", "certs $35.00 per shipment", "freight 40 per order",
        "USD 12.50", "12,50 €", "$3.10", "3.10 dollars", "¥1200", "1.200 kr", "Rs. 450", "Fr. 12.40", "12 zł", "120 Kč", "900 Ft", "18,40 lei", "12,50 TL", "AED 545.00", "C$ 4.20",
        "não fornecemos", "não temos condições de atender", "vamos declinar", "fuera de nuestro alcance", "nie mamy w ofercie", "melde pas", "kan vi tyvärr inte offerera", "ikkje tilby", "behoren niet tot ons gamma", "nous ne pouvons pas vous faire d'offre",
        "Ferramenta de corte: 450,00 €", "Herramental: USD 320,00", "USD 320,00, por única vez", "valor único", "sobretaxa de liga", "recargo por aleación",
        "£ each 4.10  3.86", "5,000 £ each 4.10",
        "Price 12.50 each", "no minimum", "ZŁOTY 12", "plain words without any of them", "",
    ];

    public static TheoryData<string> Texts()
    {
        // Each text once: repeated lines (">" and the like) would be the same test case twice.
        var texts = new HashSet<string>(Phrases, StringComparer.Ordinal);

        foreach (var file in Directory.GetFiles(TestFiles.Corpus(), "*.eml").Concat(Directory.GetFiles(TestFiles.SharedSamples(), "*.eml", SearchOption.AllDirectories)))
        {
            var message = MimeMessage.Load(file);
            foreach (var line in TextPatterns.Lines((message.TextBody ?? string.Empty) + "\n" + (message.HtmlBody ?? string.Empty)))
            {
                if (line.Trim().Length > 0)
                {
                    texts.Add(line);
                }
            }
        }

        var data = new TheoryData<string>();
        foreach (var text in texts)
        {
            data.Add(text);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Each_guarded_test_answers_as_its_pattern(string text)
    {
        Assert.Equal(TextPatterns.NoBid().IsMatch(text), TextPatterns.IsNoBid(text));
        Assert.Equal(TextPatterns.OneOffCharge().IsMatch(text), TextPatterns.IsOneOffCharge(text));
        Assert.Equal(TextPatterns.Surcharge().IsMatch(text) && !TextPatterns.PaymentDiscount().IsMatch(text) && !TextPatterns.HoldReason().IsMatch(text), TextPatterns.IsSurcharge(text));
        Assert.Equal(TextPatterns.MoneyToken().IsMatch(text), TextPatterns.HasMoney(text));
    }
}
