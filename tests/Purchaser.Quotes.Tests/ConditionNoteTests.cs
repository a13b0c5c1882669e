using Purchaser.Quotes.Extraction;

namespace Purchaser.Quotes.Tests;

public class ConditionNoteTests
{
    [Theory]
    [InlineData("Price subject to copper surcharge at time of shipment.")]
    [InlineData("All prices shown are net of a 3% prompt-order discount, which applies to POs received by June 30, 2026.")]
    [InlineData("The cable is cut from our production run, so the delivered length may vary by ±10%.")]
    [InlineData("We invoice the actual length shipped.")]
    [InlineData("One-time tooling charge of USD 450.00.")]
    [InlineData("Welding fixture $1,250.00, invoiced with the first order.")]
    [InlineData("Sample fee USD50 (refundable when you place order)")]
    [InlineData("A price increase of 3,5% will apply to deliveries after 31/08/2026.")]
    [InlineData("Price escalation: Prices are based on current SS wire rod prices.")]
    [InlineData("In case steel price change more than 5% until delivery, the price will be adjusted.")]
    [InlineData("Note: Price is based on exchange rate 1USD=7.10RMB. If the rate change more than 3%, price need to be adjusted.")]
    [InlineData("Der Metallzuschlag wird bei Lieferung nach Tageskurs angepasst.")]
    [InlineData("Für die Erstbemusterung berechnen wir einmalig 280,00 € je Position.")]
    [InlineData("Attrezzatura (modello): € 3.900,00 una tantum, fatturata con il primo ordine.")]
    [InlineData("Frais d'outillage (modèle de fonderie) : 2 650,00 € HT, facturés une seule fois.")]
    [InlineData("If the TRY/USD rate changes more than 5% before your order, we will revise the prices.")]
    [InlineData("Technical exception: the 0,01 mm flatness cannot be held on grey iron; we offer 0,03 mm.")]
    [InlineData("We can't hold the +/-0.5 mm in your spec without sawing.")]
    [InlineData("Please note: we calculated this price from drawing rev A, which we have on file.")]
    [InlineData("Material certs: $35.00 per shipment if you need them.")]
    [InlineData("Preisgleitklausel: Ändert sich der Materialpreis um mehr als 5 %, behalten wir uns eine Anpassung des Preises vor.")]
    [InlineData("Aluminum Midwest premium (MWP) is adjusted at time of shipment - the sheet price may move up or down with the MWP.")]
    [InlineData("Embalagem de exportação (caixa de madeira ISPM 15): US$ 95,00 por pedido, cobrada à parte.")]
    [InlineData("Export crating is billed separately.")]
    [InlineData("The sheet price is subject to the Midwest aluminum premium in effect on the ship date.")]
    [InlineData("Test certificate EN 10204 3.1, one per order $45.00")]
    [InlineData("Rapport de contrôle premier article (FAI) : 250,00 € forfait unique")]
    [InlineData("One-time pattern cost EUR 2.900,00 (the pattern remains your property and is stored free of charge).")]
    [InlineData("Embalaje de exportación: USD 60,00 por envío.")]
    [InlineData("Minimum line charge $75.00 CAD.")]
    [InlineData("Material shipping on or after July 1 will be invoiced at the quoted price plus $0.15/kg.")]
    [InlineData("Frais de modèle : 2 850,00 € HT, facturés une seule fois")]
    [InlineData("Ferramenta de corte para a junta do kit: 450,00 € (valor único, não se repete em encomendas futuras)")]
    [InlineData("Herramental y puesta a punto (dispositivo de sujeción): USD 320,00, por única vez.")]
    [InlineData("Item 1: o preço do veio poderá ser acrescido de uma sobretaxa de liga, de acordo com o índice do aço.")]
    [InlineData("Price is based on current PA66 raw material price. if PA66 raw material price go up more than 5% before shipment, we have to adjust the price.")]
    public void A_stated_condition_on_price_or_quantity_is_a_note(string clause)
    {
        Assert.True(FreeTextExtractor.IsNote(clause));
    }

    [Theory]
    [InlineData("Payment terms: net 30 days.")]
    [InlineData("Tolerance ±0.1 mm on all dimensions as per drawing.")]
    [InlineData("No tooling charge.")]
    [InlineData("Thank you for the opportunity to quote.")]
    [InlineData("PLT-0915-R2 - $46.80 each - minimum order 150 pcs (one fixture run) - 7 weeks")]
    [InlineData("Just let us know and we will revise the quote.")]
    [InlineData("We hold stock of 5,000 pcs for you.")]
    [InlineData("Less 2% cash discount if paid within 10 days  -$705.43")]
    [InlineData("Precios sin IVA ni recargo de equivalencia.")]
    [InlineData("Wegen der aktuellen LME-Entwicklung ist unser Angebot gültig bis 30.06.2026.")]
    [InlineData("Quote valid for 14 days (steel surcharges are moving).")]
    [InlineData("Revised because of the 316L price increase of our manufacturer.")]
    public void Terms_specifications_and_courtesies_are_not_notes(string clause)
    {
        Assert.False(FreeTextExtractor.IsNote(clause));
    }
}
