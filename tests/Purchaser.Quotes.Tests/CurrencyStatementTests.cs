using Purchaser.Quotes.Text;

namespace Purchaser.Quotes.Tests;

/// <summary>Currencies a document names in words, codes or marks, in any case, decide what its marks mean.</summary>
public class CurrencyStatementTests
{
    [Theory]
    [InlineData("All prices in ZŁOTY, net.", "PLN")]
    [InlineData("Ceny w złoty netto.", "PLN")]
    [InlineData("Prices are in Canadian dollars.", "CAD")]
    [InlineData("Voici notre soumission (prix en dollars canadiens, CAD) :", "CAD")]
    [InlineData("Tous les prix sont en dollars australiens.", "AUD")]
    [InlineData("Total CA$ 1,250.00", "CAD")]
    [InlineData("Preise in EUR, zzgl. MwSt.", "EUR")]
    [InlineData("Unit price 12,50 €", "EUR")]
    [InlineData("Price: ₹ 450 each", "INR")]
    public void A_stated_currency_is_found_whatever_its_case_or_mark(string text, string code)
    {
        Assert.Contains(code, new CurrencyResolver(text).Stated);
    }

    [Fact]
    public void Dollars_follow_the_stated_currency()
    {
        Assert.Equal("CAD", new CurrencyResolver("All prices in Canadian dollars.").Resolve("$")?.Code);
        Assert.Equal("USD", new CurrencyResolver("Thank you for the request.").Resolve("$")?.Code);
    }
}
