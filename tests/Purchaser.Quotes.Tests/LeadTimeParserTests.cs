using Purchaser.Quotes.Text;

namespace Purchaser.Quotes.Tests;

public class LeadTimeParserTests
{
    [Theory]
    [InlineData("3 weeks", 21)]
    [InlineData("Delivery: 30 gg lavorativi (working days) from order confirmation", 42)]
    [InlineData("consegna 20 gg", 20)]
    [InlineData("7 wks + 1 wk", 56)]
    [InlineData("2-3 weeks ARO for machining, plus 5 working days at the anodizer", 28)]
    [InlineData("3 wks to first articles, then 2 wks", 35)]
    [InlineData("castings 12-13 weeks ARO, then machining and priming 15 working days", 112)]
    [InlineData("3 weeks (+/- 1 week)", 21)]
    [InlineData("uit voorraad", 0)]
    [InlineData("dodací lhůta 3–4 týdny", 28)]
    [InlineData("15 pracovních dnů", 21)]
    [InlineData("skladem", 0)]
    [InlineData("2 måneder", 60)]
    [InlineData("4 uger", 28)]
    [InlineData("3 uker", 21)]
    [InlineData("3 veker", 21)]
    [InlineData("10 virkedager", 14)]
    [InlineData("frå lager", 0)]
    [InlineData("3-5 arbejdsdage", 7)]
    [InlineData("25 munkanap", 35)]
    [InlineData("2 hét", 14)]
    [InlineData("10 zile lucrătoare", 14)]
    [InlineData("2 săptămâni", 14)]
    [InlineData("din stoc", 0)]
    [InlineData("pronta entrega", 0)]
    [InlineData("från lager", 0)]
    [InlineData("8 hafta", 56)]
    [InlineData("production is running about four weeks", 28)]
    [InlineData("three or four weeks", 28)]
    [InlineData("20 iş günü", 28)]
    [InlineData("6–8 veckor", 56)]
    [InlineData("15 werkdagen", 21)]
    [InlineData("5 tot 6 weken", 42)]
    [InlineData("2 maanden", 60)]
    [InlineData("4-5 wks", 35)]
    [InlineData("7–8 weeks ARO", 56)]
    [InlineData("3 months", 90)]
    [InlineData("30 days", 30)]
    [InlineData("15 working days", 21)]
    [InlineData("25 Arbeitstage", 35)]
    [InlineData("10 business days", 14)]
    [InlineData("ex stock", 0)]
    [InlineData("from stock", 0)]
    [InlineData("2 to 3 weeks after PO", 21)]
    [InlineData("6 Wochen", 42)]
    [InlineData("4 semaines", 28)]
    [InlineData("10 jours ouvrés", 14)]
    [InlineData("2 mois", 60)]
    [InlineData("$6.80 per 100 - 20 working days", 28)]
    [InlineData("$3.60 per box of 100 - stock", 0)]
    [InlineData("Delivery: six (6) weeks after receipt of order", 42)]
    [InlineData("Item 3:  $5.12 each, stock (Mississauga warehouse)", 0)]
    [InlineData("SCR-M4X10-A2 / 0.0299 USD per pc / stock / MOQ 10k", 0)]
    [InlineData("SCR-M4X10-A2 ........ $2.95/C ........ stock", 0)]
    [InlineData("SCR-M4X10-A2    20000   .0305 ea   stk", 0)]
    [InlineData("Plazo de entrega: en stock", 0)]
    [InlineData("Délai : sur stock", 0)]
    [InlineData("dodací lhůta: na skladě", 0)]
    [InlineData("teslim: stokta", 0)]
    [InlineData("6-7 týždňov / weeks", 49)]
    [InlineData("termin: z magazynu", 0)]
    [InlineData("Unit price: 3.05 Lead time: stock Minimum order qty: Comments:", 0)]
    [InlineData("Prazo de entrega: em estoque", 0)]
    [InlineData("15 días laborables", 21)]
    [InlineData("10 dias úteis", 14)]
    [InlineData("8 tygodni", 56)]
    [InlineData("10 dni roboczych", 14)]
    [InlineData("consegna 4 settimane", 28)]
    [InlineData("15 giorni lavorativi", 21)]
    [InlineData("$0.185 each, 5 weks", 35)]
    [InlineData("5.000 Stk.   0,19 EUR/Stk.            Lieferzeit 3-4 Wochen", 28)]
    public void Converts_to_calendar_days(string text, int days)
    {
        Assert.Equal(days, LeadTimeParser.Parse(text));
    }

    [Theory]
    [InlineData("stock", 0)]
    [InlineData("Stock", 0)]
    [InlineData("14", 14)]
    public void A_whole_cell_may_be_just_stock_or_a_number(string cell, int days)
    {
        Assert.Equal(days, LeadTimeParser.Parse(cell, wholeCell: true));
    }

    [Fact]
    public void No_duration_is_null() => Assert.Null(LeadTimeParser.Parse("call us"));

    [Fact]
    public void A_count_in_german_stueck_is_not_stock() => Assert.Null(LeadTimeParser.Parse("SCR-M4X10-A2  250  Stk"));
}
