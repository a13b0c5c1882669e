#!/usr/bin/env python3
"""Writes replies u833..u848 (Corpus/u*.eml + expected u*.json) - the fifty-third blind round: six against
rfq-sample.json (NR-RFQ-0619, Date header, buyer and check() of make_blind.py), five against rfq-blind.json (HM-RFQ-2611,
those of make_blind4.py) and five against rfq-blind2.json (VM-RFQ-4418, those of make_blind6.py).

Like the earlier rounds, these replies were written BLIND: from the quote-parse normalization rules and the conventions
in ../../../../shared/quote-samples/README.md only, before the parser ran on them and without reading the extractor's
source. The expected values are what a human applying those rules arrives at; they were not adjusted to the parser's
output. The theme is EUROPEAN SUPPLIERS, ORDINARY WEEK: sixteen ordinary replies from continental European suppliers,
each in its own language or in the English of a non-native writer. A Reutlingen gasket maker in German with
"Staffelpreise je 100 Stück", "zzgl. MwSt.", Arbeitstage, a one-time die charge and "Bindefrist: 4 Wochen" above an
Outlook "Ursprüngliche Nachricht"; a Savoy spring maker in French (HTML) with "prix dégressifs" per thousand, "HT" and a
"quantité minimum" below the quantity; a Hengelo cable and fastener house in Dutch selling full 305 m reels (1,525 m
for 1,500) and screws "per 100 stuks", "uit voorraad"; an Italian industrial supplier quoting all five lines in
multipart/alternative ("/ 100 pz", "pronta consegna da magazzino", "IVA esclusa"); an Olomouc machine shop's PDF in the
English of a Czech writer, in USD, with a delivery DATE (24.07.2026) and a programming charge; a Swedish spring maker
who only asks two questions. A Wroclaw resin distributor in Polish (ISO-8859-2) with "ceny progowe" and a short
validity; an Ostrava bearing house in Czech with an XLSX offering a Kinex bearing instead of the SKF and O-rings "za
1000 ks", "skladem"; a Gothenburg hydraulics firm in Swedish (base64) pricing hose in SEK in whole 60 m rolls (840 m for
800); a Danish seal maker (multipart/alternative, quoted-printable) with "staffelpriser" per set, delivery "uge 34
(17.-21. august 2026)" and a tool charge; an Aveiro aluminium stockist in Portuguese with a semicolon CSV in
windows-1252 and a minimum of one pallet above the quantity. A Mannheim pneumatics distributor in German (windows-1252)
with "je 100 Stück", a house-brand ISO cylinder instead of the Festo, 15 Arbeitstage and "Bindefrist: 4 Wochen"; a
Besançon machine shop in French (HTML) with delivery dates "21/08/2026" and "prix dégressifs" for the bracket kits; a
Piedmont fitting maker in Italian with an XLSX priced per 100 and a "lotto minimo" above the quantity; a Dutch
distributor writing English with "staffel prices" for the original Festo cylinder; and a Basque foundry in Spanish with
a PDF "oferta", a one-time pattern and 17 weeks after pattern approval (late).
The Date headers are the usual ones of each RFQ module (Fri 05 Jun / Fri 12 Jun / Mon 15 Jun 2026).
All companies, people, addresses and numbers are fictitious (.example domains)."""
import json
import os

from make_corpus import line, nob, pdf, xlsx  # expected-line shapes, text-layer PDF writer, one-sheet workbook
from make_blind5 import check_page, file_part, multipart, row, text_part  # MIME parts and PDF rows
from blind_round import Round, close, plus, days, workdays  # the round's cases, checked and written; helpers
import make_blind as S  # rfq-sample.json: DATE Fri, 05 Jun 2026, buyer Nora Reyes, check()
import make_blind4 as H  # rfq-blind.json: DATE Fri, 12 Jun 2026, buyer Lena Marsh, check()
import make_blind6 as V  # rfq-blind2.json: DATE Mon, 15 Jun 2026, buyer Jonas Albers, check()

ROUND = Round(833)
sample, blind, blind2 = ROUND.sample, ROUND.blind, ROUND.blind2
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def classify(kind):
    """Sets the optional classification field on the case just added (a 'question' reason contains 'question')."""
    extra = {"classification": kind}
    if kind == "question":
        extra["reasonContains"] = "question"
    ROUND.cases[-1][2].update(extra)


def quoted(text, mark=">"):
    """Quotes text the way mail clients do (mark + " " before every line, a bare mark on empty ones)."""
    return "\n".join((mark + " " + t) if t else mark for t in text.split("\n"))


def request_table(rfq_file):
    """The buyer's line table as typed into the request mail, from the RFQ file itself (quantities and need-by dates)."""
    with open(os.path.join(S.OUT, rfq_file)) as f:
        rfq = json.load(f)
    rows = [("Line", "Part number", "Qty", "Unit", "Need by", "Description")]
    rows += [(str(l["lineNumber"]), l["partNumber"], str(l["quantity"]), l["unit"], l["needBy"], l["description"][:46])
             for l in rfq["lines"]]
    return "\n".join(f"{a:<6}{b:<21}{c:>7}  {d:<6}{e:<12}{f}" for a, b, c, d, e, f in rows)


# The buyers' requests as they appear quoted below some replies (quantities and need-by dates, never prices).
NR_REQUEST = """Hello,

Northridge Robotics would like to receive your quotation for the parts below (RFQ NR-RFQ-0619, AGV drive module).
Please quote in USD by June 12, 2026, with unit price, lead time, Incoterms and the validity of your offer.

""" + request_table("rfq-sample.json") + """

Thank you and best regards,
Nora Reyes
Purchasing | Northridge Robotics | +1 937 555 0100"""

HM_REQUEST = """Hello,

Halvorsen Manufacturing invites you to quote the items below for our PX-200 pump line (RFQ HM-RFQ-2611).
Prices in USD please, by June 19, 2026.

""" + request_table("rfq-blind.json") + """

Regards,
Lena Marsh
Purchasing, Halvorsen Manufacturing, Rockford, IL"""

VM_REQUEST = """Dear Sir or Madam,

for our VL-60 labelling machine we kindly ask for your offer on the parts below (RFQ VM-RFQ-4418), prices in EUR,
by 26 June 2026.

""" + request_table("rfq-blind2.json") + """

Kind regards
Jonas Albers
Einkauf / Purchasing, Vossberg Maschinenbau GmbH, Bielefeld"""


# ===================================== rfq-sample.json (NR-RFQ-0619, USD, 05 Jun 2026) =====================================
# need-by: L1 Aug 3, L2 Jul 20, L3 Jul 13, L4 Aug 17, L5 Jul 27; validity-short below Jun 12 + 14 = Jun 26.

# u833 a Reutlingen gasket maker in German, quoted-printable, above an Outlook "Ursprüngliche Nachricht" block quoting
# the request. Pos. 1 GSK-EPDM-80 "Staffelpreise je 100 Stück (netto, zzgl. MwSt.)": ab 1.000 Stück 19,80 € / ab 5.000
# Stück 17,40 € / ab 10.000 Stück 15,90 € -> the 5,000 asked fall in "ab 5.000" -> 17.40 / 100 = 0.174 EUR each;
# "Menge: 5.000 Stück" as asked -> null. "15 Arbeitstage nach Auftragseingang" -> 15 x 7/5 = 21 (Jun 26, before Aug 3).
# "Einmalige Stanzwerkzeugkosten: 285,00 € netto" -> one-off die charge: note ("zzgl. MwSt." is a VAT remark, no
# deviation). "Die Positionen 2 bis 5 (Kabel, Schrauben, Grundplatte, Federn) ... kein Angebot" -> lines 2-5 declined.
# "Bindefrist: 4 Wochen" -> 28 days from Fri 5 Jun -> 2026-07-03 (not short: Jul 3 >= Jun 26); "FCA Reutlingen" -> FCA.
# EUR against the USD RFQ -> currency-differs. Partial.
assert close(17.40 / 100, 0.174) and 5000 <= 5000 < 10000 and workdays(15) == 21 and plus("2026-06-05", 21) == "2026-06-26"
assert plus("2026-06-05", 28) == "2026-07-03"
sample("u833-german-gaskets-staffel-je-100-bindefrist", S.msg("Markus Eberle <m.eberle@sdt-dichtungen.example>", "text/plain", """Sehr geehrte Frau Reyes,

vielen Dank für Ihre Anfrage NR-RFQ-0619. Gerne bieten wir Ihnen die Flachdichtungen an:

Pos. 1   GSK-EPDM-80   Flachdichtung EPDM 70 Shore A, gestanzt, 80 x 62 x 3 mm
         Menge: 5.000 Stück
         Staffelpreise je 100 Stück (netto, zzgl. MwSt.):
            ab  1.000 Stück     19,80 €
            ab  5.000 Stück     17,40 €
            ab 10.000 Stück     15,90 €
         Lieferzeit: 15 Arbeitstage nach Auftragseingang
         Einmalige Stanzwerkzeugkosten: 285,00 € netto

Die Positionen 2 bis 5 (Kabel, Schrauben, Grundplatte, Federn) gehören nicht zu unserem Lieferprogramm - hierfür
können wir Ihnen leider kein Angebot abgeben.

Lieferbedingung: FCA Reutlingen (Incoterms 2020)
Zahlungsbedingung: 30 Tage netto
Bindefrist: 4 Wochen

Mit freundlichen Grüßen

i.A. Markus Eberle
Vertrieb Innendienst

Schwäbische Dichtungstechnik GmbH
Siemensstraße 22, 72766 Reutlingen
Tel. +49 7121 555 0833 | Fax +49 7121 555 0834
Geschäftsführer: Dr. Rainer Kienzle | HRB 355102 Amtsgericht Stuttgart

-----Ursprüngliche Nachricht-----
Von: Nora Reyes <nreyes@northridge.example>
Gesendet: Montag, 1. Juni 2026 15:20
An: info@sdt-dichtungen.example
Betreff: RFQ NR-RFQ-0619 - Mechanical and cable parts

""" + NR_REQUEST + "\n", cte="quoted-printable", subject="AW: RFQ NR-RFQ-0619 - Mechanical and cable parts"),
       "partial", "EUR", "2026-07-03", "FCA",
       [line(1, 0.174, "EUR", lead=21), nob(2), nob(3), nob(4), nob(5)],
       ["currency-differs", "no-bid", "note"])


# u834 a spring maker from the Arve valley in French, HTML only (quoted-printable). SPR-C0630-302 "Prix dégressifs (HT,
# le mille)": de 5 000 à 9 999 pièces 74,80 € / de 10 000 à 24 999 pièces 68,50 € / 25 000 pièces et plus 63,20 € ->
# the 8,000 asked fall in 5 000 - 9 999 -> 74.80 / 1,000 = 0.0748 EUR each; quantity not restated -> null. "Quantité
# minimum de commande : 5 000 pièces" -> moq 5000 (below 8,000: no deviation). "4 à 5 semaines" -> upper bound 35
# (Jul 10, before Jul 27). "nous ne sommes pas en mesure de vous proposer les autres articles de votre demande (joints,
# câble, vis, plaque)" -> lines 1-4 declined. "Offre valable jusqu'au 15/07/2026" -> 2026-07-15 (not short); "FCA
# Cluses" -> FCA. EUR -> currency-differs. Partial.
assert close(74.80 / 1000, 0.0748) and 5000 <= 8000 <= 9999 and plus("2026-06-05", 35) == "2026-07-10"
sample("u834-french-html-springs-degressifs-le-mille", S.msg("Sophie Mermoud <s.mermoud@ressorts-arve.example>", "text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt;color:#222222">
<p>Bonjour Madame Reyes,</p>
<p>Suite &agrave; votre demande de prix NR-RFQ-0619, nous avons le plaisir de vous remettre notre offre pour les
ressorts de compression.</p>
<p><b>R&eacute;f. SPR-C0630-302</b> &ndash; Ressort de compression inox 302, fil 0,6 mm, &Oslash; ext. 6,3 mm,
longueur libre 30 mm</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;border-color:#A6A6A6">
<tr style="background:#DCE6F1"><th colspan="2">Prix d&eacute;gressifs (HT, en euros, le mille)</th></tr>
<tr><td>de 5&nbsp;000 &agrave; 9&nbsp;999 pi&egrave;ces</td><td align="right">74,80 &euro;</td></tr>
<tr><td>de 10&nbsp;000 &agrave; 24&nbsp;999 pi&egrave;ces</td><td align="right">68,50 &euro;</td></tr>
<tr><td>25&nbsp;000 pi&egrave;ces et plus</td><td align="right">63,20 &euro;</td></tr>
</table>
<p>Quantit&eacute; minimum de commande&nbsp;: 5&nbsp;000 pi&egrave;ces.<br>
D&eacute;lai de livraison&nbsp;: 4 &agrave; 5 semaines &agrave; r&eacute;ception de commande.</p>
<p>En revanche, nous ne sommes pas en mesure de vous proposer les autres articles de votre demande (joints, c&acirc;ble,
vis, plaque)&nbsp;: ils ne font pas partie de notre fabrication.</p>
<p>Conditions&nbsp;: FCA Cluses (Incoterms 2020) &ndash; paiement &agrave; 45 jours fin de mois.<br>
Offre valable jusqu'au 15/07/2026.</p>
<p>Restant &agrave; votre disposition,<br>Cordialement,</p>
<p><b>Sophie Mermoud</b><br>Service commercial<br>Ressorts de la Vall&eacute;e de l'Arve SAS<br>
145 avenue des Lacs, 74300 Cluses, France<br>T&eacute;l. +33 4 50 55 08 34</p>
</body></html>""", cte="quoted-printable", subject="RE: RFQ NR-RFQ-0619 - Mechanical and cable parts"),
       "partial", "EUR", "2026-07-15", "FCA",
       [nob(1), nob(2), nob(3), nob(4), line(5, 0.0748, "EUR", lead=35, moq=5000)],
       ["currency-differs", "no-bid"])


# u835 a Hengelo cable and fastener house in Dutch, plain text above the "> " quoted request. Cable "uitsluitend per volle
# haspel van 305 m", "Uw 1.500 m = 5 haspels = 1.525 m", "€ 433,10 per haspel van 305 m" -> 433.10 / 305 = 1.42 EUR per m;
# quantity 1525 (quantity-differs; 1,500 / 305 = 4.92 -> 5 reels); "10 werkdagen" -> 14 (Jun 19, before Jul 20).
# Screws "20.000 stuks" as asked -> null, "€ 2,95 per 100 stuks" -> 0.0295, "uit voorraad" (from stock) -> 0.
# "Pakkingen (pos 1), motorplaten (pos 4) en drukveren (pos 5) kunnen wij helaas niet aanbieden" -> declined. "geldig tot
# 10-07-2026" -> 2026-07-10 (not short); "CPT Dayton, OH" -> CPT. EUR ("excl. BTW" is a VAT remark) -> currency-differs.
# Partial.
assert close(433.10 / 305, 1.42) and 5 * 305 == 1525 and 4 < 1500 / 305 <= 5 and close(2.95 / 100, 0.0295)
assert workdays(10) == 14 and plus("2026-06-05", 14) == "2026-06-19"
sample("u835-dutch-full-reels-per-100-stuks", S.msg("Bram Veldhuis <b.veldhuis@kbtwente.example>", "text/plain", """Goedemorgen mevrouw Reyes,

Hartelijk dank voor uw aanvraag NR-RFQ-0619. Hieronder onze aanbieding, prijzen in EUR excl. BTW.

Pos 2  CBL-4C22-PUR  Kabel 4 x 22 AWG afgeschermd, PUR mantel, zwart
       Levering uitsluitend per volle haspel van 305 m.
       Uw 1.500 m = 5 haspels = 1.525 m
       Prijs: € 433,10 per haspel van 305 m
       Levertijd: 10 werkdagen

Pos 3  SCR-M4X10-A2  Inbusbout M4 x 10 ISO 4762, RVS A2-70
       20.000 stuks
       Prijs: € 2,95 per 100 stuks
       Levertijd: uit voorraad

Pakkingen (pos 1), motorplaten (pos 4) en drukveren (pos 5) kunnen wij helaas niet aanbieden, die voeren
wij niet in ons assortiment.

Leveringsconditie: CPT Dayton, OH (Incoterms 2020)
Deze aanbieding is geldig tot 10-07-2026.

Met vriendelijke groet,

Bram Veldhuis
Binnendienst Verkoop
Kabel & Bevestiging Twente B.V.
Industrieweg 61, 7554 SM Hengelo
T +31 74 555 0835 | KvK 06098312

Op di 2 jun 2026 om 09:14 schreef Nora Reyes <nreyes@northridge.example>:
""" + quoted(NR_REQUEST) + "\n", subject="RE: RFQ NR-RFQ-0619 - Mechanical and cable parts"),
       "partial", "EUR", "2026-07-10", "CPT",
       [nob(1), line(2, 1.42, "EUR", qty=1525, lead=14), line(3, 0.0295, "EUR", lead=0), nob(4), nob(5)],
       ["currency-differs", "no-bid", "quantity-differs"])


# u836 an Italian industrial supplier quoting all five lines, multipart/alternative (text + HTML with the same table),
# "prezzi netti in EUR, IVA esclusa". Gasket "€ 18,60 / 100 pz" -> 0.186, 4 settimane -> 28 (Jul 3, before Aug 3).
# Cable "€ 1,46 / m", "1.500 m tagliati a misura" (as asked -> null), 3 settimane -> 21 (Jun 26, before Jul 20). Screws
# "€ 3,18 / 100 pz" -> 0.0318, "pronta consegna da magazzino" (from stock) -> 0. Plate "€ 43,90 cad." -> 43.90,
# 6 settimane -> 42 (Jul 17, before Aug 17). Springs "€ 71,50 / 1000 pz" -> 0.0715, 5 settimane -> 35 (Jul 10, before
# Jul 27). Quantities as asked -> null. "Validità offerta: 30 giorni" from Fri 5 Jun -> 2026-07-05 (not short); "Resa:
# EXW Lumezzane (BS)" -> EXW. EUR -> currency-differs. Every line priced -> parsed.
assert close(18.60 / 100, 0.186) and close(3.18 / 100, 0.0318) and close(71.50 / 1000, 0.0715)
assert plus("2026-06-05", 42) == "2026-07-17" and plus("2026-06-05", 30) == "2026-07-05"
U836_ROWS = [("Pos.", "Codice cliente", "Descrizione", "Q.tà", "Prezzo netto", "Consegna"),
             ("1", "GSK-EPDM-80", "Guarnizione EPDM 70 Sh A fustellata 80x62x3", "5.000 pz", "€ 18,60 / 100 pz", "4 settimane"),
             ("2", "CBL-4C22-PUR", "Cavo 4x22 AWG schermato, guaina PUR nera", "1.500 m", "€ 1,46 / m", "3 settimane"),
             ("3", "SCR-M4X10-A2", "Vite TCEI M4x10 ISO 4762 A2-70", "20.000 pz", "€ 3,18 / 100 pz", "pronta consegna da magazzino"),
             ("4", "PLT-0915-R2", "Piastra base motore 6082-T6, fresata CNC", "120 pz", "€ 43,90 cad.", "6 settimane"),
             ("5", "SPR-C0630-302", "Molla a compressione inox 302, filo 0,6", "8.000 pz", "€ 71,50 / 1000 pz", "5 settimane")]
U836_TERMS = ["Prezzi netti in EUR, IVA esclusa.", "Il cavo viene fornito in 1.500 m tagliati a misura.",
              "Resa: EXW Lumezzane (BS) - Incoterms 2020", "Pagamento: bonifico bancario 60 gg d.f.f.m.",
              "Validità offerta: 30 giorni"]
U836_SIGN = ["Cordiali saluti", "", "Chiara Bonomi", "Ufficio Commerciale", "Bonomi Forniture Industriali S.r.l.",
             "Via Matteotti 118, 25065 Lumezzane (BS)", "Tel. +39 030 555 0836 - P.IVA 02871540987"]
U836_TEXT = ("Gentile Sig.ra Reyes,\n\nin riferimento alla Vostra richiesta d'offerta NR-RFQ-0619 Vi rimettiamo la nostra "
             "migliore offerta:\n\n"
             + "\n".join(f"{a:<5}{b:<15}{c:<46}{d:<11}{e:<19}{f}" for a, b, c, d, e, f in U836_ROWS)
             + "\n\n" + "\n".join(U836_TERMS) + "\n\n" + "\n".join(U836_SIGN) + "\n")
U836_HTML = ("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Verdana,sans-serif;font-size:9pt">
<p>Gentile Sig.ra Reyes,</p>
<p>in riferimento alla Vostra richiesta d'offerta NR-RFQ-0619 Vi rimettiamo la nostra migliore offerta:</p>
<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">
""" + "\n".join("<tr>" + "".join((f"<th style=\"background:#F2F2F2\">{c}</th>" if i == 0 else f"<td>{c}</td>") for c in r) + "</tr>"
                for i, r in enumerate(U836_ROWS)) + """
</table>
<p>""" + "<br>\n".join(U836_TERMS) + "</p>\n<p>" + "<br>\n".join(U836_SIGN) + "</p>\n</body></html>")
sample("u836-italian-alt-all-five-per-100-pz", S.alternative("Chiara Bonomi <c.bonomi@bonomi-forniture.example>", U836_TEXT, U836_HTML),
       "parsed", "EUR", "2026-07-05", "EXW",
       [line(1, 0.186, "EUR", lead=28), line(2, 1.46, "EUR", lead=21), line(3, 0.0318, "EUR", lead=0),
        line(4, 43.90, "EUR", lead=42), line(5, 0.0715, "EUR", lead=35)],
       ["currency-differs"])


# u837 an Olomouc machine shop, a PDF "OFFER" under a cover mail in the English of a Czech writer; "prices are in USD
# like requested" -> USD (no currency-differs). Pos. 4 PLT-0915-R2 "120 pcs", unit price "41,60" (total "4 992,00" is no
# price) -> 41.60, as asked -> null; "Delivery date 24.07.2026" -> Jun 5 to Jul 24 = 49 days (before Aug 17).
# "One-time costs for CNC programming and fixture: 380,00 USD" -> note. "Other items from the RFQ we do not produce, so we
# can not offer them" -> lines 1, 2, 3, 5 declined. "Validity of offer: 30.06.2026" -> 2026-06-30 (not short: Jun 30 >=
# Jun 26); "FCA Olomouc" -> FCA. Partial.
assert close(120 * 41.60, 4992.00) and days("2026-06-05", "2026-07-24") == 49 and "2026-07-24" < "2026-08-17"
X837 = [40, 66, 140, 330, 378, 450, 508]
P837 = ([(40, 800, 13, "HANACKE STROJIRNY s.r.o."), (440, 800, 14, "OFFER"),
         (40, 786, 8, "Prumyslova 27, 779 00 Olomouc, Czech Republic  |  +420 585 555 083"),
         (440, 786, 9, "No. NAB-26-0217"), (440, 774, 9, "Date: 05.06.2026"),
         (40, 748, 9, "Customer: Northridge Robotics, Mrs. Nora Reyes"), (330, 748, 9, "Your RFQ: NR-RFQ-0619")]
        + row(716, X837, ["Pos.", "Your part no.", "Description", "Qty", "Unit price", "Total USD", "Delivery date"])
        + row(700, X837, ["4", "PLT-0915-R2", "Motor base plate 6082-T6, CNC milled", "120 pcs", "41,60", "4 992,00", "24.07.2026"])
        + row(686, X837, ["", "", "10 mm, 4 x M6 tapped, acc. to drawing R2", "", "", "", ""])
        + [(40, 656, 8, "All prices in USD, net, per piece."),
           (40, 644, 8, "One-time costs for CNC programming and fixture: 380,00 USD"),
           (40, 632, 8, "Delivery terms: FCA Olomouc (Incoterms 2020)"),
           (40, 620, 8, "Payment: 30 days net"),
           (40, 608, 8, "Validity of offer: 30.06.2026"),
           (40, 580, 8, "Hanacke strojirny s.r.o.  -  Petr Novotny, sales"),
           (260, 60, 8, "Page 1/1")])
sample("u837-czech-english-pdf-usd-delivery-date-programming", S.with_attachment("Petr Novotný <novotny@hanacke-strojirny.example>", """Dear Mrs. Reyes,

thank you for your inquiry. In attachment you find our offer no. NAB-26-0217 for the motor base plate
PLT-0915-R2 from your RFQ NR-RFQ-0619. Prices are in USD like requested.

Other items from the RFQ we do not produce, so we can not offer them.

If you have some question, please contact me.

Best regards
Petr Novotný
sales department
Hanácké strojírny s.r.o.
Průmyslová 27, 779 00 Olomouc, Czech Republic
tel. +420 585 555 083""", "application/pdf", "NAB-26-0217.pdf", pdf([check_page(P837)])),
       "partial", "USD", "2026-06-30", "FCA",
       [nob(1), nob(2), nob(3), line(4, 41.60, lead=49), nob(5)],
       ["no-bid", "note"])


# u838 a Swedish spring maker asks two questions about the springs before quoting (end type; tolerance of the free length)
# and promises a price afterwards. It prices nothing and declines nothing; the quantities in the quoted request below are
# the buyer's, and "±0,3 mm" / "DIN 2095" are no prices -> unparseable, no lines, no deviation kinds; classification
# "question".
sample("u838-swedish-spring-question-end-type-tolerance", S.msg("Anna Lindqvist <anna.lindqvist@gnosjofjader.example>", "text/plain", """Hej Nora,

Tack för er förfrågan NR-RFQ-0619. Innan vi kan lämna pris på tryckfjädrarna SPR-C0630-302 har vi två frågor:

1. Ska fjäderändarna vara tillslutna och slipade, eller räcker tillslutna oslipade ändar?
   (Slipning påverkar både pris och leveranstid för en tråd på 0,6 mm.)
2. Vilken tolerans gäller för den fria längden 30 mm - ±0,3 mm enligt DIN 2095 klass 2, eller snävare?

Så snart vi har era svar återkommer vi med en offert, normalt inom två arbetsdagar.

Med vänliga hälsningar

Anna Lindqvist
Försäljning
Gnosjö Fjäderfabrik AB
Industrigatan 9, 335 32 Gnosjö
Tel. +46 370 555 083

Den 2 juni 2026 kl. 08:40 skrev Nora Reyes <nreyes@northridge.example>:
""" + quoted(NR_REQUEST) + "\n", cte="quoted-printable", subject="SV: RFQ NR-RFQ-0619 - Mechanical and cable parts"),
       "unparseable", None, None, None, [], [])
classify("question")


# ===================================== rfq-blind.json (HM-RFQ-2611, USD, 12 Jun 2026) =====================================
# need-by: L1 Jul 20, L2 Aug 10, L3 Jul 27, L4 Aug 17, L5 Sep 1, L6 Sep 21; validity-short below Jun 19 + 14 = Jul 3.

# u839 a Wroclaw resin distributor in Polish (ISO-8859-2, quoted-printable). Poz. 1 RES-PA66-GF30 "Ceny progowe (netto,
# EUR/kg)": od 1 000 kg 3,58 / od 2 500 kg 3,42 / od 5 000 kg 3,29 -> the 2,500 kg asked fall in "od 2 500 kg" -> 3.42
# EUR per kg; "2 500 kg = 100 worków po 25 kg" as asked -> null. "Minimalna ilość zamówienia: 1 000 kg" -> moq 1000
# (below 2,500). "10 dni roboczych" -> 14 (Jun 26, before Jul 20). "Pozostałych pozycji (blacha, łożyska, o-ringi, węże,
# zestawy uszczelek) nie mamy w ofercie" -> lines 2-6 declined. "Oferta ważna do 30.06.2026" -> 2026-06-30, earlier than
# Jul 3 -> validity-short. "FCA Wrocław" -> FCA. EUR -> currency-differs. Partial.
assert 2500 <= 2500 < 5000 and 100 * 25 == 2500 and workdays(10) == 14 and plus("2026-06-12", 14) == "2026-06-26"
blind("u839-polish-resin-ceny-progowe-short", H.msg("Tomasz Zieliński <t.zielinski@polimer-trade.example>", "text/plain", """Szanowna Pani,

dziękujemy za zapytanie ofertowe HM-RFQ-2611. Przedstawiamy naszą ofertę na granulat:

Poz. 1  RES-PA66-GF30  Poliamid 66 z 30% włókna szklanego, stabilizowany termicznie, czarny, worki 25 kg

   Ceny progowe (netto, EUR/kg, + VAT wg obowiązujących przepisów):
      od 1 000 kg      3,58 EUR/kg
      od 2 500 kg      3,42 EUR/kg
      od 5 000 kg      3,29 EUR/kg

   Ilość: 2 500 kg = 100 worków po 25 kg
   Minimalna ilość zamówienia: 1 000 kg
   Termin dostawy: 10 dni roboczych od otrzymania zamówienia

Pozostałych pozycji (blacha, łożyska, o-ringi, węże, zestawy uszczelek) nie mamy w ofercie.

Warunki dostawy: FCA Wrocław (Incoterms 2020)
Płatność: przelew 30 dni
Oferta ważna do 30.06.2026.

Z poważaniem

Tomasz Zieliński
Dział Handlowy
Polimer-Trade Sp. z o.o.
ul. Krakowska 180, 52-015 Wrocław
tel. +48 71 555 08 39, kom. +48 601 555 839
NIP 898-555-08-39
""", charset="iso-8859-2", cte="quoted-printable", subject="Odp: RFQ HM-RFQ-2611 - Resin, sheet and MRO parts for PX-200 pump line"),
       "partial", "EUR", "2026-06-30", "FCA",
       [line(1, 3.42, "EUR", lead=14, moq=1000), nob(2), nob(3), nob(4), nob(5), nob(6)],
       ["currency-differs", "no-bid", "validity-short"])


# u840 an Ostrava bearing house in Czech, an XLSX offer under a Czech cover mail. The SKF bearing is not in stock; "nabízíme
# alternativní typ KNX-6205-2RS-C3" (also in the "Nabízený typ" column) -> alternatePartNumber KNX-6205-2RS-C3
# (alternate-part), 2.46 EUR "za 1 ks", "2 týdny" -> 14 (Jun 26, before Jul 27). O-rings 17.20 EUR "za 1000 ks" -> 0.0172,
# "skladem" (in stock) -> 0. Quantities as asked -> null. "Ostatní položky (granulát, plech, hadice, těsnicí sady)
# nenabízíme" -> lines 1, 2, 5, 6 declined. "Nabídka platí do 31. 7. 2026" -> 2026-07-31 (not short); "FCA Ostrava" ->
# FCA. EUR ("bez DPH") -> currency-differs. Partial.
assert close(17.20 / 1000, 0.0172) and plus("2026-06-12", 14) == "2026-06-26"
U840_ROWS = [["Ložiska Morava s.r.o. - nabídka č. NB-2026-0442"], ["Zákazník: Halvorsen Manufacturing, poptávka HM-RFQ-2611"], [""],
             ["Pol.", "Vaše číslo", "Nabízený typ", "Popis", "Množství", "MJ", "Cena EUR", "Za", "Dodací lhůta"],
             [3, "BRG 6205-2RS", "KNX-6205-2RS-C3", "Kuličkové ložisko 25x52x15, 2RS, vůle C3 (Kinex)", 400, "ks", 2.46, "1 ks", "2 týdny"],
             [4, "OR-0120-NBR70", "", "O-kroužek 12,0 x 2,0 NBR 70, černý", 50000, "ks", 17.2, "1000 ks", "skladem"],
             [""], ["Ceny bez DPH. Dodací podmínky FCA Ostrava (Incoterms 2020)."]]
blind("u840-czech-xlsx-kinex-alternate-orings-za-1000", H.with_attachment("Lenka Horáková <horakova@loziska-morava.example>", """Dobrý den, paní Marsh,

děkujeme za Vaši poptávku HM-RFQ-2611. V příloze Vám zasíláme naši nabídku č. NB-2026-0442 na ložiska a O-kroužky.

Ložisko SKF 6205-2RS C3 momentálně nemáme skladem, proto nabízíme alternativní typ KNX-6205-2RS-C3
(výrobce Kinex, rozměry i vůle C3 shodné). O-kroužky máme skladem.

Ostatní položky (granulát, plech, hadice, těsnicí sady) nenabízíme.

Ceny jsou uvedeny v EUR bez DPH. Dodací podmínky: FCA Ostrava (Incoterms 2020).
Nabídka platí do 31. 7. 2026.

S pozdravem

Lenka Horáková
obchodní oddělení
Ložiska Morava s.r.o.
Vítkovická 3110, 702 00 Ostrava
tel.: +420 596 555 840""", XLSX, "NB-2026-0442.xlsx", xlsx(U840_ROWS)),
       "partial", "EUR", "2026-07-31", "FCA",
       [nob(1), nob(2), line(3, 2.46, "EUR", lead=14, alt="KNX-6205-2RS-C3"), line(4, 0.0172, "EUR", lead=0), nob(5), nob(6)],
       ["alternate-part", "currency-differs", "no-bid"])


# u841 a Gothenburg hydraulics firm in Swedish, base64 plain text, "Alla priser i SEK, exkl. moms" -> SEK
# (currency-differs). Hose "41,80 SEK/m" -> 41.80 per m; "levereras i hela rullar om 60 m. Era 800 m blir 14 rullar = 840
# m" -> quantity 840 (quantity-differs; 800 / 60 = 13.3 -> 14 rolls); "3-4 veckor" -> upper bound 28 (Jul 10, before
# Sep 1). "O-ringar (OR-0120-NBR70) och tätningssatser (KIT-PX200-SEAL) kan vi tyvärr inte offerera" -> lines 4 and 6
# declined. Resin, sheet and bearings never mentioned -> missing-line. "Offerten gäller i 30 dagar" from Fri 12 Jun ->
# 2026-07-12 (not short); "FCA Göteborg" -> FCA. Partial.
assert 13 < 800 / 60 <= 14 and 14 * 60 == 840 and plus("2026-06-12", 28) == "2026-07-10" and plus("2026-06-12", 30) == "2026-07-12"
blind("u841-swedish-hose-sek-whole-rolls", H.msg("Johan Bergström <johan.bergstrom@vk-hydraulik.example>", "text/plain", """Hej Lena,

Tack för er förfrågan HM-RFQ-2611. Vi lämnar härmed offert på hydraulslangen.
Alla priser i SEK, exkl. moms.

HSE-2SN-08   Hydraulslang EN 853 2SN, DN12 (1/2"), 275 bar
   Pris:          41,80 SEK/m
   Förpackning:   Slangen levereras i hela rullar om 60 m. Era 800 m blir 14 rullar = 840 m.
   Leveranstid:   3-4 veckor

O-ringar (OR-0120-NBR70) och tätningssatser (KIT-PX200-SEAL) kan vi tyvärr inte offerera,
de ingår inte i vårt sortiment.

Leveransvillkor: FCA Göteborg (Incoterms 2020)
Betalningsvillkor: 30 dagar netto
Offerten gäller i 30 dagar.

Med vänliga hälsningar

Johan Bergström
Innesäljare
Västkustens Hydraulik AB
Ringögatan 14, 417 07 Göteborg
Tel. 031-555 08 41 | Org.nr 556555-0841
""", cte="base64", subject="SV: RFQ HM-RFQ-2611 - Resin, sheet and MRO parts for PX-200 pump line"),
       "partial", "SEK", "2026-07-12", "FCA",
       [nob(4), line(5, 41.80, "SEK", qty=840, lead=28), nob(6)],
       ["currency-differs", "missing-line", "no-bid", "quantity-differs"])


# u842 a Danish seal maker, multipart/alternative in quoted-printable (text + HTML), "priser i EUR ekskl. moms" -> EUR
# (currency-differs). O-rings "21,50 EUR pr. 1.000 stk." -> 0.0215, "levering fra lager" -> 0. Seal kit "staffelpriser
# pr. sæt": fra 50 sæt 41,20 / fra 100 sæt 36,90 / fra 250 sæt 32,40 -> the 150 sets asked fall in "fra 100 sæt" -> 36.90;
# "Levering: uge 34 (17.-21. august 2026)" -> upper bound Fri Aug 21 -> 70 days from Jun 12 (before Sep 21).
# "Engangsomkostning til stanseværktøj for pakningen: 450,00 EUR" -> one-off tool charge: note. "Øvrige positioner
# (granulat, aluminiumsplader, lejer og slange) kan vi desværre ikke tilbyde" -> lines 1, 2, 3, 5 declined. "Tilbuddet er
# gældende til 15.07.2026" -> 2026-07-15 (not short); "DAP Rockford, IL" -> DAP. Partial.
assert close(21.50 / 1000, 0.0215) and 100 <= 150 < 250 and days("2026-06-12", "2026-08-21") == 70
U842_TEXT = """Kære Lena Marsh

Tak for jeres forespørgsel HM-RFQ-2611. Vi kan tilbyde følgende (priser i EUR ekskl. moms):

Pos. 4  OR-0120-NBR70  O-ring 12,0 x 2,0 mm, NBR 70, sort
        21,50 EUR pr. 1.000 stk. - levering fra lager

Pos. 6  KIT-PX200-SEAL  Pakningssæt til PX-200 (2 læbepakninger, 4 O-ringe, 1 pakning, posepakket og mærket)
        Staffelpriser pr. sæt:
           fra  50 sæt    41,20 EUR
           fra 100 sæt    36,90 EUR
           fra 250 sæt    32,40 EUR
        Levering: uge 34 (17.-21. august 2026)
        Engangsomkostning til stanseværktøj for pakningen: 450,00 EUR

Øvrige positioner (granulat, aluminiumsplader, lejer og slange) kan vi desværre ikke tilbyde.

Leveringsbetingelse: DAP Rockford, IL (Incoterms 2020)
Betaling: netto 30 dage
Tilbuddet er gældende til 15.07.2026.

Med venlig hilsen

Mette Kjærgaard
Salgskonsulent
Fyns Tætningsteknik ApS
Havnegade 40, 5000 Odense C
Tlf. +45 66 55 08 42 | CVR 38 55 08 42
"""
U842_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Kære Lena Marsh</p>
<p>Tak for jeres forespørgsel HM-RFQ-2611. Vi kan tilbyde følgende (priser i EUR ekskl. moms):</p>
<p><b>Pos. 4 &nbsp;OR-0120-NBR70</b> &nbsp;O-ring 12,0 x 2,0 mm, NBR 70, sort<br>
21,50 EUR pr. 1.000 stk. - levering fra lager</p>
<p><b>Pos. 6 &nbsp;KIT-PX200-SEAL</b> &nbsp;Pakningssæt til PX-200 (2 læbepakninger, 4 O-ringe, 1 pakning, posepakket og mærket)<br>
Staffelpriser pr. sæt:</p>
<table border="0" cellpadding="2" style="margin-left:20px">
<tr><td>fra 50 sæt</td><td align="right">41,20 EUR</td></tr>
<tr><td>fra 100 sæt</td><td align="right">36,90 EUR</td></tr>
<tr><td>fra 250 sæt</td><td align="right">32,40 EUR</td></tr>
</table>
<p>Levering: uge 34 (17.-21. august 2026)<br>
Engangsomkostning til stanseværktøj for pakningen: 450,00 EUR</p>
<p>Øvrige positioner (granulat, aluminiumsplader, lejer og slange) kan vi desværre ikke tilbyde.</p>
<p>Leveringsbetingelse: DAP Rockford, IL (Incoterms 2020)<br>Betaling: netto 30 dage<br>
Tilbuddet er gældende til 15.07.2026.</p>
<p>Med venlig hilsen</p>
<p>Mette Kjærgaard<br>Salgskonsulent<br>Fyns Tætningsteknik ApS<br>Havnegade 40, 5000 Odense C<br>
Tlf. +45 66 55 08 42 | CVR 38 55 08 42</p>
</body></html>"""
blind("u842-danish-alt-seal-kit-staffel-uge-34-tool", H.alternative("Mette Kjærgaard <mk@fyns-taetning.example>", U842_TEXT, U842_HTML, cte="quoted-printable"),
       "partial", "EUR", "2026-07-15", "DAP",
       [nob(1), nob(2), nob(3), line(4, 0.0215, "EUR", lead=0), nob(5), line(6, 36.90, "EUR", lead=70)],
       ["currency-differs", "no-bid", "note"])


# u843 an Aveiro aluminium stockist in Portuguese: a semicolon CSV in windows-1252 with decimal commas. Sheet "148,60" EUR
# "por chapa" (the EA line) -> 148.60; "Quantidade: 90" as asked -> null; "Qtd. mínima: 100" chapas (one full pallet) ->
# moq 100 above the 90 asked -> moq-above-quantity; "6 semanas" -> 42 (Jul 24, before Aug 10). The other lines are never
# mentioned -> missing-line. Body: "Preços em EUR, sem IVA" -> EUR (currency-differs); "Validade da proposta: 45 dias"
# from Fri 12 Jun -> 2026-07-27 (not short); "FCA Aveiro" -> FCA. Partial.
assert 100 > 90 and plus("2026-06-12", 42) == "2026-07-24" and plus("2026-06-12", 45) == "2026-07-27"
U843_CSV = S.crlf("""Ref. cliente;Descrição;Quantidade;Unidade;Preço unitário (EUR);Por;Qtd. mínima;Prazo de entrega
SHT-5052H32-030;Chapa alumínio 5052-H32 3,0 x 1250 x 2500 mm, filme PVC 1 face;90;chapa;148,60;chapa;100;6 semanas
""").encode("windows-1252")
blind("u843-portuguese-csv-sheet-pallet-minimum", H.with_attachment("Inês Marques <ines.marques@aluvouga.example>", """Exma. Sra. Lena Marsh,

Agradecemos o vosso pedido de cotação HM-RFQ-2611. Em anexo enviamos a nossa proposta para a chapa de alumínio
5052-H32 (ficheiro CSV).

A chapa é fornecida em paletes completas de 100 chapas; a quantidade mínima de encomenda consta do ficheiro.
Preços em EUR, sem IVA.
Condições de entrega: FCA Aveiro (Incoterms 2020).
Validade da proposta: 45 dias.

Com os melhores cumprimentos,

Inês Marques
Departamento Comercial
Alumínios do Vouga, Lda.
Zona Industrial de Taboeira, Lote 12, 3800-055 Aveiro
Tel. +351 234 555 843""", 'text/csv; charset="windows-1252"', "Proposta_HM-RFQ-2611.csv", U843_CSV),
       "partial", "EUR", "2026-07-27", "FCA",
       [line(2, 148.60, "EUR", lead=42, moq=100)],
       ["currency-differs", "missing-line", "moq-above-quantity"])


# ===================================== rfq-blind2.json (VM-RFQ-4418, EUR, 15 Jun 2026) =====================================
# need-by: L1 Aug 28, L2 Oct 2, L3 Aug 14, L4 Sep 11, L5 Oct 9; validity-short below Jun 26 + 14 = Jul 10.

# u844 a Mannheim pneumatics distributor in German, windows-1252 plain text, "alle Preise netto, zzgl. MwSt.". Pos. 3
# fitting "412,00 € je 100 Stück" -> 4.12, "Menge 2.000 Stück" as asked -> null, "ab Lager" -> 0. Pos. 4: the Festo
# cylinder is not carried; "Alternativ bieten wir unseren baugleichen Normzylinder ... Typ RNP-ISO-32-80-DA" ->
# alternatePartNumber RNP-ISO-32-80-DA (alternate-part), "86,40 € je Stück" -> 86.40, "15 Arbeitstage" -> 21 (Jul 6,
# before Sep 11). "Die Positionen 1, 2 und 5 ... kein Angebot" -> declined. "Bindefrist: 4 Wochen" -> 28 days from Mon 15
# Jun -> 2026-07-13 (not short: Jul 13 >= Jul 10); "CPT Bielefeld" -> CPT. Skonto terms are no deviation. EUR. Partial.
assert close(412.00 / 100, 4.12) and workdays(15) == 21 and plus("2026-06-15", 21) == "2026-07-06" and plus("2026-06-15", 28) == "2026-07-13"
blind2("u844-german-pneumatik-je-100-house-cylinder-bindefrist", V.msg("Sabine Hoffmann <s.hoffmann@rn-pneumatik.example>", "text/plain", """Sehr geehrter Herr Albers,

vielen Dank für Ihre Anfrage VM-RFQ-4418. Wir bieten Ihnen an (alle Preise netto, zzgl. MwSt.):

Pos. 3   FIT-316-G12-10   Gerade Einschraubverschraubung G1/2 – Rohr 10 mm, Edelstahl 1.4404
         Menge:       2.000 Stück
         Preis:       412,00 € je 100 Stück
         Lieferzeit:  ab Lager

Pos. 4   DSBC-32-80-PPVA-N3 (Festo)
         Den Festo-Zylinder führen wir nicht. Alternativ bieten wir unseren baugleichen Normzylinder
         nach ISO 15552 an: Typ RNP-ISO-32-80-DA, Kolben 32 mm, Hub 80 mm, einstellbare Endlagendämpfung.
         Menge:       120 Stück
         Preis:       86,40 € je Stück
         Lieferzeit:  15 Arbeitstage

Die Positionen 1, 2 und 5 (Welle, Getriebegehäuse, Sensorhalter) sind Zeichnungsteile – hierzu können wir
Ihnen leider kein Angebot unterbreiten.

Lieferbedingung:   CPT Bielefeld (Incoterms 2020)
Zahlung:           14 Tage 2 % Skonto, 30 Tage netto
Bindefrist:        4 Wochen

Mit freundlichen Grüßen

Sabine Hoffmann
Technischer Vertrieb

Rhein-Neckar Pneumatik GmbH
Floßwörthstraße 57, 68199 Mannheim
Telefon +49 621 555 0844
www.rn-pneumatik.example
Sitz der Gesellschaft: Mannheim, Registergericht: Amtsgericht Mannheim HRB 705844
""", charset="windows-1252", subject="AW: Anfrage VM-RFQ-4418"),
       "partial", "EUR", "2026-07-13", "CPT",
       [nob(1), nob(2), line(3, 4.12, "EUR", lead=0), line(4, 86.40, "EUR", lead=21, alt="RNP-ISO-32-80-DA"), nob(5)],
       ["alternate-part", "no-bid"])


# u845 a Besançon machine shop in French, HTML only (quoted-printable), "prix HT, en euros". Shaft Pos. 1 "35,90 €" per
# piece, 250 as asked -> null; "Livraison 21/08/2026" -> Jun 15 to Aug 21 = 67 days (before Aug 28). Bracket kit Pos. 5
# (left + right with screws = the RFQ's SET), "Prix dégressifs (HT, par kit)": de 100 à 199 kits 24,30 € / de 200 à 499
# kits 21,70 € / 500 kits et plus 19,90 € -> the 150 asked -> 24.30; "Quantité minimum : 100 kits" -> moq 100 (below
# 150); "Livraison 31/07/2026" -> 46 days (before Oct 9). "Positions 2, 3 et 4 : nous ne pouvons pas vous faire d'offre"
# -> declined. "Offre valable jusqu'au 17/07/2026" -> 2026-07-17 (not short); "DAP Bielefeld" -> DAP. EUR. Partial.
assert days("2026-06-15", "2026-08-21") == 67 and days("2026-06-15", "2026-07-31") == 46 and 100 <= 150 <= 199
blind2("u845-french-html-delivery-dates-kit-degressifs", V.msg("Julien Faivre <j.faivre@upj-usinage.example>", "text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Bonjour Monsieur Albers,</p>
<p>Nous vous remercions de votre consultation VM-RFQ-4418 et vous prions de trouver ci-dessous notre offre
(prix HT, en euros)&nbsp;:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#DDEBF7"><th>Pos.</th><th>R&eacute;f&eacute;rence</th><th>D&eacute;signation</th><th>Quantit&eacute;</th><th>Prix unitaire HT</th><th>Livraison</th></tr>
<tr><td>1</td><td>SH-2231-C rev B</td><td>Arbre d'entra&icirc;nement 42CrMo4 tremp&eacute;-revenu, &Oslash;30 h6 x 412, rainure 8 P9</td><td>250</td><td>35,90&nbsp;&euro;</td><td>21/08/2026</td></tr>
<tr><td>5</td><td>2231-004-03</td><td>Kit &eacute;querres capteur (gauche + droite, visserie incluse), anodis&eacute; noir</td><td>150 kits</td><td>voir prix d&eacute;gressifs</td><td>31/07/2026</td></tr>
</table>
<p><b>Prix d&eacute;gressifs pour le kit 2231-004-03 (HT, par kit)&nbsp;:</b></p>
<ul>
<li>de 100 &agrave; 199 kits&nbsp;: 24,30&nbsp;&euro;</li>
<li>de 200 &agrave; 499 kits&nbsp;: 21,70&nbsp;&euro;</li>
<li>500 kits et plus&nbsp;: 19,90&nbsp;&euro;</li>
</ul>
<p>Quantit&eacute; minimum&nbsp;: 100 kits.</p>
<p>Positions 2, 3 et 4&nbsp;: nous ne pouvons pas vous faire d'offre (pi&egrave;ces de fonderie et composants catalogue).</p>
<p>Conditions de livraison&nbsp;: DAP Bielefeld (Incoterms 2020)<br>Paiement&nbsp;: 30 jours fin de mois<br>
Offre valable jusqu'au 17/07/2026.</p>
<p>Bien cordialement,</p>
<p><b>Julien Faivre</b><br>Charg&eacute; d'affaires<br>Usinage de Pr&eacute;cision du Jura SARL<br>
12 rue Lavoisier, 25000 Besan&ccedil;on<br>T&eacute;l. +33 3 81 55 08 45</p>
</body></html>""", cte="quoted-printable", subject="RE: Consultation VM-RFQ-4418"),
       "partial", "EUR", "2026-07-17", "DAP",
       [line(1, 35.90, "EUR", lead=67), nob(2), nob(3), nob(4), line(5, 24.30, "EUR", lead=46, moq=100)],
       ["no-bid"])


# u846 a Piedmont fitting maker in Italian, an XLSX offer under an Italian cover mail. Pos. 3 FIT-316-G12-10 "Prezzo netto
# EUR" 438.50 "Per" "100 pz" -> 4.385; "Q.tà richiesta" 2000 as asked -> null; "Lotto minimo" 2500 -> moq 2500 above the
# 2,000 asked -> moq-above-quantity; "20 giorni lavorativi" -> 20 x 7/5 = 28 (Jul 13, before Aug 14). The other lines
# are never mentioned -> missing-line. Body: "Validità offerta: 60 giorni" from Mon 15 Jun -> 2026-08-14 (not short);
# "Resa: DAP Bielefeld" -> DAP. EUR. Partial.
assert close(438.50 / 100, 4.385) and workdays(20) == 28 and plus("2026-06-15", 28) == "2026-07-13" and plus("2026-06-15", 60) == "2026-08-14"
U846_ROWS = [["VALSESIA RACCORDI S.r.l. - Offerta n. 26/0738 del 15/06/2026"], ["Cliente: Vossberg Maschinenbau GmbH - Vs. rif. VM-RFQ-4418"], [""],
             ["Pos.", "Vs. codice", "Descrizione", "Q.tà richiesta", "U.M.", "Prezzo netto EUR", "Per", "Lotto minimo", "Consegna"],
             [3, "FIT-316-G12-10", "Raccordo diritto maschio G1/2 - tubo 10 mm, AISI 316L", 2000, "pz", 438.5, "100 pz", 2500,
              "20 giorni lavorativi"]]
blind2("u846-italian-xlsx-fitting-per-100-lotto-minimo", V.message("Luca Bertolini <l.bertolini@valsesia-raccordi.example>", multipart("mixed", "=_valsesia_846", [
        text_part("text/plain", """Egregio Sig. Albers,

in allegato Le inviamo la nostra offerta n. 26/0738 relativa alla Vs. richiesta VM-RFQ-4418 per il raccordo
diritto maschio in AISI 316L.

Prezzi netti in EUR, IVA esclusa.
Resa: DAP Bielefeld (Incoterms 2020)
Pagamento: RiBa 60 gg d.f.
Validità offerta: 60 giorni

Il lotto minimo di produzione è indicato nell'offerta.

Restiamo a disposizione per qualsiasi chiarimento.

Distinti saluti
Luca Bertolini
Ufficio Vendite
Valsesia Raccordi S.r.l.
Via per Civiasco 21, 13019 Varallo (VC)
Tel. +39 0163 555 846
"""),
        file_part(XLSX, "Offerta_26-0738.xlsx", xlsx(U846_ROWS))]), subject="R: Richiesta VM-RFQ-4418"),
       "partial", "EUR", "2026-08-14", "DAP",
       [line(3, 4.385, "EUR", lead=28, moq=2500)],
       ["missing-line", "moq-above-quantity"])


# u847 a Dutch pneumatics distributor writing English ("Hereby we send you our offer", "we can not offer"), plain text
# above the "> " quoted request. Cylinder "original Festo" with "Staffel prices per piece": 1 - 49 pcs € 104,20 / 50 - 149
# pcs € 98,75 / 150 pcs and more € 94,10 -> the 120 asked -> 98.75 (quantity as asked -> null); "2-3 weeks after order"
# -> 21 (Jul 6, before Sep 11). "The connectors FIT-316-G12-10 we can not offer" -> line 3 declined. Shaft, housing and
# bracket sets never mentioned -> missing-line. "valid until 17-07-2026" -> 2026-07-17 (not short); "CPT Bielefeld" ->
# CPT. EUR. Partial.
assert 50 <= 120 <= 149 and plus("2026-06-15", 21) == "2026-07-06"
blind2("u847-dutch-english-festo-staffel-connectors-declined", V.msg("Joost van den Heuvel <j.vandenheuvel@brabant-pneumatiek.example>", "text/plain", """Dear mr. Albers,

Thank you for your request VM-RFQ-4418. Hereby we send you our offer for the pneumatic cylinders.

DSBC-32-80-PPVA-N3  original Festo, ISO 15552, bore 32 mm, stroke 80 mm, adjustable cushioning
Quantity: 120 pcs

Staffel prices per piece:
   1 - 49 pcs           € 104,20
   50 - 149 pcs         €  98,75
   150 pcs and more     €  94,10

Delivery time: 2-3 weeks after order

The connectors FIT-316-G12-10 we can not offer, stainless fittings are not in our program.

Prices are in euro, excluding VAT. Delivery CPT Bielefeld (Incoterms 2020).
This offer is valid until 17-07-2026.

If you have any questions, please let me know.

With kind regards / Met vriendelijke groet,

Joost van den Heuvel
Sales engineer
Brabant Pneumatiek B.V.
Kanaaldijk 88, 5683 CR Best, The Netherlands
T +31 499 555 847 | M +31 6 5555 0847

On Wed, 10 Jun 2026 at 09:30, Jonas Albers <j.albers@vossberg-maschinenbau.example> wrote:
""" + quoted(VM_REQUEST) + "\n", subject="RE: RFQ VM-RFQ-4418 - Machined and purchased parts for VL-60"),
       "partial", "EUR", "2026-07-17", "CPT",
       [nob(3), line(4, 98.75, "EUR", lead=21)],
       ["missing-line", "no-bid"])


# u848 a Basque foundry in Spanish, a PDF "OFERTA" under a Spanish cover mail. Pos. 2 HSG-1180-GJL "25 uds", "1.265,00 €"
# per unit (the amount "31.625,00 €" is no price) -> 1265.00, as asked -> null. "Plazo de entrega: 17 semanas desde la
# aprobación del modelo" -> 119 -> Jun 15 + 119 = Oct 12, AFTER the Oct 2 need-by -> lead-time-after-need-by. "Modelo de
# fundición (pago único): 2.900,00 €" -> one-off pattern charge: note. Cover: "El resto de posiciones no las ofertamos"
# -> lines 1, 3, 4, 5 declined. "Validez de la oferta: hasta el 31/07/2026" -> 2026-07-31 (not short); "FCA Azpeitia" ->
# FCA. "Precios sin IVA" is a VAT remark. EUR. Partial.
assert close(25 * 1265.00, 31625.00) and plus("2026-06-15", 119) == "2026-10-12" and days("2026-06-15", "2026-10-02") < 119
X848 = [40, 66, 146, 352, 402, 478]
P848 = ([(40, 800, 13, "FUNDICIONES UROLA, S.A."), (450, 800, 14, "OFERTA"),
         (40, 786, 8, "Poligono Industrial Landeta, 20730 Azpeitia (Gipuzkoa)  |  Tel. +34 943 555 848"),
         (450, 786, 9, "N.: OF-2026-0512"), (450, 774, 9, "Fecha: 15/06/2026"),
         (40, 748, 9, "Cliente: Vossberg Maschinenbau GmbH - Sr. Jonas Albers"), (330, 748, 9, "Su consulta: VM-RFQ-4418")]
        + row(716, X848, ["Pos.", "Su referencia", "Descripción", "Cantidad", "Precio unitario", "Importe"])
        + row(700, X848, ["2", "HSG-1180-GJL", "Carcasa reductor EN-GJL-250, mecanizada", "25 uds", "1.265,00 €", "31.625,00 €"])
        + row(686, X848, ["", "", "completa, imprimación RAL 7035", "", "", ""])
        + [(40, 656, 8, "Modelo de fundición (pago único): 2.900,00 €"),
           (40, 644, 8, "Plazo de entrega: 17 semanas desde la aprobación del modelo"),
           (40, 632, 8, "Condiciones de entrega: FCA Azpeitia (Incoterms 2020)"),
           (40, 620, 8, "Precios sin IVA. Forma de pago: transferencia a 60 días"),
           (40, 608, 8, "Validez de la oferta: hasta el 31/07/2026"),
           (40, 580, 8, "Fundiciones Urola, S.A.  -  Departamento Comercial"),
           (260, 60, 8, "Página 1 de 1")])
blind2("u848-spanish-foundry-pdf-modelo-17-semanas-late", V.message("Iñaki Etxeberria <i.etxeberria@fundiciones-urola.example>", multipart("mixed", "=_urola_848", [
        text_part("text/plain", """Estimado Sr. Albers:

Le agradecemos su consulta VM-RFQ-4418. Adjuntamos nuestra oferta n.º OF-2026-0512 para la carcasa de
reductor (pos. 2).

El resto de posiciones no las ofertamos, ya que no fabricamos piezas torneadas, racores, cilindros ni chapa.

Quedamos a su disposición para cualquier aclaración.

Un cordial saludo,

Iñaki Etxeberria
Departamento Comercial
Fundiciones Urola, S.A.
Polígono Industrial Landeta, 20730 Azpeitia (Gipuzkoa)
Tel. +34 943 555 848
""", cte="quoted-printable"),
        file_part("application/pdf", "Oferta_OF-2026-0512.pdf", pdf([check_page(P848)]))]), subject="RE: Consulta VM-RFQ-4418"),
       "partial", "EUR", "2026-07-31", "FCA",
       [nob(1), line(2, 1265.00, "EUR", lead=119), nob(3), nob(4), nob(5)],
       ["lead-time-after-need-by", "no-bid", "note"])


if __name__ == "__main__":
    ROUND.write()
