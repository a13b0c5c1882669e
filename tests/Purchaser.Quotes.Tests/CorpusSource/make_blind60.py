#!/usr/bin/env python3
"""Writes replies u945..u960 (Corpus/u*.eml + expected u*.json) - the sixtieth blind round: six against rfq-sample.json
(NR-RFQ-0619, Date header, buyer and check() of make_blind.py), five against rfq-blind.json (HM-RFQ-2611, those of
make_blind4.py) and five against rfq-blind2.json (VM-RFQ-4418, those of make_blind6.py).

Like the earlier rounds, these replies were written BLIND: from the quote-parse normalization rules and the conventions
in ../../../../shared/quote-samples/README.md only, before the parser ran on them and without reading the extractor's
source. The expected values are what a human applying those rules arrives at; they were not adjusted to the parser's
output. The theme is GERMAN, DUTCH AND NORDIC SUPPLIERS, AN ORDINARY WEEK: sixteen ordinary replies from suppliers in
Germany, Austria, Switzerland, the Netherlands, Flanders, Denmark, Sweden, Norway and Finland, written wholly or mostly
in their own language.
A Värnamo fastener and spring house in Swedish and SEK ("312,00 kr per 1000 st", "från lager", stafflade priser per
piece, springs only in whole cartons of 3 000, "fritt levererat" with the DAP code), the buyer's request quoted below a
Gmail "skrev" line; a Tilburg distributor's HTML table in Dutch and EUR ("prijs per stuk", "per doos à 200 st", "uit
voorraad", "levertijd 3 weken"); an Allgäu gasket and spring maker in German (ISO-8859-1 quoted-printable) with
"Stückpreis", a "Mindestmenge" above the gasket quantity and a "Preiseinheit 100" Staffel for the springs; a Stord
machine shop asking three questions in Norwegian before pricing the plate; an Aarhus distributor's XLSX in DKK for all
five lines with a "Pr." column (stk / m / 1000 stk / 100 stk) and "10 arbejdsdage"; a Biel CNC shop in CHF with
apostrophe thousands in a total, a break it does not reach and a one-time fixture ("Vorrichtungskosten") charge.
A Geel (Flanders) resin distributor with per-kg "staffelprijzen", 25 kg bags and a validity ending before the due date
plus 14 days; an Ålesund hydraulics firm in Nynorsk and NOK ("per 100 stk", "minste ordrekvantum", coils of 50 m,
"3 veker", "frå lager"); a Bremen trading house's German PDF Angebot with a "PE" (Preiseinheit) column, sheets "ab
Lager"; a Vaasa seal maker in Finland-Swedish (HTML) in EUR with O-rings per 1 000 and seal kits with a staffel; and a
Herning moulder declining the whole RFQ in Danish above the quoted request.
A Vorarlberg turning shop (multipart/alternative) with Staffelpreise for the shaft and "frei Haus" spelled out as DAP;
a Swiss pneumatics distributor's HTML Offerte in CHF with fittings per "Beutel à 10" and a house-brand cylinder
offered instead of the Festo one; a Doetinchem supplier quoting all five lines in Dutch with a "minimale afname" above
the bracket-set quantity (the buyer's request quoted below); a Lahti foundry writing English with space thousands, a
batch-size ladder and a late 16-17 week housing; and a Kolding pneumatics house in Danish with EUR prices, "fra
lager", "2-3 uger" and a 14-day validity.
VAT, payment, packing and freight remarks are no deviations; the one-time fixture charge is a note. The Date headers
are the usual ones of each RFQ module (Fri 05 Jun / Fri 12 Jun / Mon 15 Jun 2026).
All companies, people, addresses and numbers are fictitious (.example domains)."""
from make_corpus import line, nob, pdf, xlsx  # expected-line shapes, text-layer PDF writer, one-sheet workbook writer
from make_blind5 import check_page, row  # PDF page and row layout checks
from blind_round import Round, close, plus, days, workdays  # the round's cases, checked and written; helpers
import make_blind as S  # rfq-sample.json: DATE Fri, 05 Jun 2026, buyer Nora Reyes, check()
import make_blind4 as H  # rfq-blind.json: DATE Fri, 12 Jun 2026, buyer Lena Marsh, check(), RFQ_TABLE
import make_blind6 as V  # rfq-blind2.json: DATE Mon, 15 Jun 2026, buyer Jonas Albers, check(), RFQ_ROWS

ROUND = Round(945)
sample, blind, blind2 = ROUND.sample, ROUND.blind, ROUND.blind2
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def classify(kind):
    """Sets the optional classification field on the case just added (a 'question' reason contains 'question')."""
    extra = {"classification": kind}
    if kind == "question":
        extra["reasonContains"] = "question"
    ROUND.cases[-1][2].update(extra)


def quoted(text):
    """Quotes text the way a mail client does: '> ' before every line, a bare '>' on empty ones."""
    return "\n".join(("> " + t) if t else ">" for t in text.split("\n"))


# The buyers' requests as they appear quoted below some replies (history, never a quote).
NR_REQUEST = """Hello,

Northridge Robotics asks for your quotation on the parts below for our AGV drive module (RFQ NR-RFQ-0619).
Please state unit price, lead time, offer validity and Incoterms, and reply by June 12, 2026.

Ln  Part number      Description                                     Qty      Unit  Need by
1   GSK-EPDM-80      Gasket EPDM 70 Shore A, 80 OD x 62 ID x 3 mm     5,000   EA    2026-08-03
2   CBL-4C22-PUR     Cable 4 x 22 AWG shielded, PUR, black            1,500   M     2026-07-20
3   SCR-M4X10-A2     Socket head cap screw M4 x 10, A2-70            20,000   EA    2026-07-13
4   PLT-0915-R2      Motor base plate, 6082-T6, CNC milled              120   EA    2026-08-17
5   SPR-C0630-302    Compression spring 302 SS, 0.6 x 6.3 x 30        8,000   EA    2026-07-27

Best regards,
Nora Reyes
Purchasing, Northridge Robotics"""

HM_REQUEST = """Good afternoon,

please find below our request for quotation HM-RFQ-2611 (resin, sheet and MRO parts for the PX-200 pump line).
Quotes are due June 19, 2026; please include lead time, validity and delivery terms.

""" + H.RFQ_TABLE + """

Thank you,
Lena Marsh
Buyer, Halvorsen Manufacturing"""

VM_REQUEST = """Sehr geehrte Damen und Herren,

bitte senden Sie uns Ihr Angebot zu den folgenden Positionen (Anfrage VM-RFQ-4418) bis zum 26.06.2026,
mit Einzelpreis in EUR, Lieferzeit, Bindefrist und Lieferbedingung.

""" + "\n".join(f"{ln:<5}{pn:<21}{d:<44}{q:>5} {u:<4} {nb}" for ln, pn, d, q, u, nb in
                [("Pos.", "Teile-Nr.", "Bezeichnung", "Menge", "ME", "Bedarf")] + V.RFQ_ROWS) + """

Mit freundlichen Grüßen
Jonas Albers
Einkauf, Vossberg Maschinenbau GmbH, Bielefeld"""


# ===================================== rfq-sample.json (NR-RFQ-0619, USD, 05 Jun 2026) =====================================
# need-by: L1 Aug 3, L2 Jul 20, L3 Jul 13, L4 Aug 17, L5 Jul 27; validity-short below Jun 12 + 14 = Jun 26.
# quantities: L1 5,000 EA, L2 1,500 M, L3 20,000 EA, L4 120 EA, L5 8,000 EA.

# u945 a Värnamo (Sweden) fastener and spring house, wholly in Swedish, UTF-8 quoted-printable, Gmail-style reply above
# the buyer's request ("Den mån 1 juni 2026 kl 10:14 skrev ..." and "> " lines: history, never a quote). "Alla priser är
# i svenska kronor (SEK)" -> SEK. Pos 3 screws "312,00 kr per 1000 st" -> 312.00 / 1,000 = 0.312 SEK, "Antal: 20 000 st"
# as asked -> null, "från lager" -> 0. Pos 5 springs: "levereras endast i hela kartonger om 3 000 st, så vi offererar 3
# kartonger = 9 000 st" -> 8,000 / 3,000 = 2.67 -> 3 cartons = 9,000, not the 8,000 asked -> quantity 9000
# (quantity-differs); the staffel (kr/st) "1 - 4 999: 0,94 / 5 000 - 9 999: 0,81 / 10 000 och mer: 0,72" -> both 8,000
# and 9,000 fall in the middle row -> 0.81 SEK; "Leveranstid: 4 veckor" -> 28 (Jul 3, before Jul 27). "pos 1, 2 och 4
# ... kan vi tyvärr inte offerera" -> declined. "Offerten gäller t.o.m. 31 juli 2026" -> 2026-07-31 (not short);
# "fritt levererat Chicago (DAP Chicago, Incoterms 2020)" -> DAP. Payment terms are no deviation. Partial;
# currency-differs (SEK against USD), no-bid, quantity-differs.
assert close(312.00 / 1000, 0.312) and -(-8000 // 3000) * 3000 == 9000 and 5000 <= 8000 <= 9000 <= 9999
assert plus("2026-06-05", 28) == "2026-07-03" <= "2026-07-27"
sample("u945-varnamo-sek-per-1000-st-hela-kartonger", S.msg("Fredrik Åström <fredrik.astrom@smalandsfast.example>", "text/plain", """Hej Nora,

Tack för er förfrågan NR-RFQ-0619! Vi lämnar gärna offert på skruvarna och fjädrarna.
Alla priser är i svenska kronor (SEK), exkl. moms.

Pos 3   SCR-M4X10-A2   Insexskruv M4 x 10, ISO 4762, A2-70
        Antal: 20 000 st
        Pris: 312,00 kr per 1000 st
        Leveranstid: från lager

Pos 5   SPR-C0630-302   Tryckfjäder rostfri 302, tråd 0,6 mm, YD 6,3 mm, fri längd 30 mm
        Fjädrarna levereras endast i hela kartonger om 3 000 st, så vi offererar
        3 kartonger = 9 000 st.
        Stafflade priser (kr/st):
            1 - 4 999 st          0,94
            5 000 - 9 999 st      0,81
            10 000 st och mer     0,72
        Leveranstid: 4 veckor

Packningar, kabel och bottenplattor (pos 1, 2 och 4) ingår inte i vårt sortiment,
så dem kan vi tyvärr inte offerera.

Offerten gäller t.o.m. 31 juli 2026.
Leveransvillkor: fritt levererat Chicago (DAP Chicago, Incoterms 2020).
Betalningsvillkor: 30 dagar netto.

Hör gärna av dig om du har frågor.

Med vänliga hälsningar

Fredrik Åström
Innesäljare export
Smålands Fästelement AB
Industrigatan 14, 331 53 Värnamo, Sverige
Tel. +46 370 55 51 28 | Mobil +46 70 555 12 84

Den mån 1 juni 2026 kl 10:14 skrev Nora Reyes <nreyes@northridge.example>:

""" + quoted(NR_REQUEST) + "\n", cte="quoted-printable", subject="SV: RFQ NR-RFQ-0619 - Mechanical and cable parts"),
       "partial", "SEK", "2026-07-31", "DAP",
       [nob(1), nob(2), line(3, 0.312, "SEK", lead=0), nob(4), line(5, 0.81, "SEK", qty=9000, lead=28)],
       ["currency-differs", "no-bid", "quantity-differs"])


# u946 a Tilburg (Netherlands) technical distributor, HTML only (quoted-printable), in Dutch. "Alle prijzen in euro (EUR)"
# -> EUR. Table Pos | Artikelnummer | Omschrijving | Aantal | Prijs | Prijseenheid | Levertijd: gasket "€ 0,178" "per
# stuk" -> 0.178, "3 weken" -> 21 (Jun 26, before Aug 3); cable "€ 1,29" "per meter" on the metre line -> 1.29, "uit
# voorraad" -> 0; screws "€ 6,40" "per doos à 200 st" -> 6.40 / 200 = 0.032, "20.000 st" as asked (the note below says
# 100 dozen) -> null, "uit voorraad" -> 0. "Positie 4 (motorplaat) kunnen wij helaas niet aanbieden" -> declined. The
# springs (line 5) are never mentioned -> missing-line. "Geldigheid offerte: 30 dagen" from Fri 5 Jun -> 2026-07-05 (not
# short); "CIP Chicago" -> CIP. Partial; currency-differs, missing-line, no-bid.
assert close(6.40 / 200, 0.032) and 100 * 200 == 20000 and plus("2026-06-05", 30) == "2026-07-05"
assert plus("2026-06-05", 21) <= "2026-08-03"
U946_ROWS = [("Pos.", "Artikelnummer", "Omschrijving", "Aantal", "Prijs", "Prijseenheid", "Levertijd"),
             ("1", "GSK-EPDM-80", "Pakking EPDM 70 Shore A, 80 x 62 x 3 mm, gestanst", "5.000 st", "€ 0,178", "per stuk",
              "3 weken"),
             ("2", "CBL-4C22-PUR", "Kabel 4 x 22 AWG afgeschermd, PUR-mantel, zwart", "1.500 m", "€ 1,29", "per meter",
              "uit voorraad"),
             ("3", "SCR-M4X10-A2", "Inbusbout M4 x 10, ISO 4762, RVS A2-70", "20.000 st", "€ 6,40", "per doos à 200 st",
              "uit voorraad")]
sample("u946-tilburg-html-eur-per-doos-a-200-uit-voorraad", S.msg("Maarten de Groot <m.degroot@degroot-techniek.example>", "text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:10pt;color:#202020">
<p>Beste Nora,</p>
<p>Dank voor uw aanvraag NR-RFQ-0619. Hieronder vindt u onze offerte voor de artikelen die wij voeren.
Alle prijzen in euro (EUR), exclusief btw.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;border-color:#B4C6E7;font-size:9pt">
""" + "\n".join("<tr>" + "".join((f"<th style=\"background:#DDEBF7;text-align:left\">{c}</th>" if i == 0 else f"<td>{c}</td>")
                                 for c in r) + "</tr>" for i, r in enumerate(U946_ROWS)) + """
</table>
<p>De bouten leveren wij in dozen van 200 stuks (20.000 st = 100 dozen). De kabel snijden wij op lengte van onze haspels.</p>
<p>Positie 4 (motorplaat) kunnen wij helaas niet aanbieden; freeswerk doen wij niet zelf.</p>
<p>Geldigheid offerte: 30 dagen<br>
Leveringsconditie: CIP Chicago (Incoterms 2020)<br>
Betaling: 30 dagen na factuurdatum</p>
<p>Met vriendelijke groet,</p>
<p>Maarten de Groot<br>
Binnendienst Verkoop<br>
De Groot Techniek B.V.<br>
Ringbaan-Oost 212, 5013 CD Tilburg<br>
T +31 13 555 0147 | M +31 6 5550 1472</p>
<p style="font-size:8pt;color:#808080">Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Indien u dit
bericht onterecht heeft ontvangen, verzoeken wij u het te verwijderen en de afzender te informeren.</p>
</body></html>""", cte="quoted-printable", subject="RE: RFQ NR-RFQ-0619 - offerte De Groot Techniek"),
       "partial", "EUR", "2026-07-05", "CIP",
       [line(1, 0.178, "EUR", lead=21), line(2, 1.29, "EUR", lead=0), line(3, 0.032, "EUR", lead=0), nob(4)],
       ["currency-differs", "missing-line", "no-bid"])


# u947 an Allgäu (Germany) gasket and spring maker, wholly in German, ISO-8859-1 quoted-printable, reply above the
# buyer's request ("Am 01.06.2026 um 16:14 schrieb ..." and "> " lines: history). "Alle Preise verstehen sich in EUR"
# -> EUR. Pos. 1 gasket "Stückpreis: 0,164 EUR" -> 0.164; "Mindestmenge: 10.000 Stück" -> moq 10000, above the 5,000 asked
# (moq-above-quantity; no other quantity is quoted -> null); "Lieferzeit: 4-5 Wochen" -> upper bound 35 (Jul 10, before
# Aug 3). Pos. 5 springs "Preiseinheit 100 Stück", Staffel "ab 2.500 Stück 8,10 / ab 5.000 Stück 7,20 / ab 10.000 Stück
# 6,45 EUR / 100 Stück" -> 8,000 falls in "ab 5.000" -> 7.20 / 100 = 0.072; "Lieferzeit ca. 3 Wochen" -> 21 (Jun 26,
# before Jul 27). "Pos. 2, 3 und 4 ... hierzu leider kein Angebot" -> declined. "Angebot gültig bis 17.07.2026" ->
# 2026-07-17 (not short); "FCA Kempten" -> FCA. "zzgl. MwSt." and the Skonto term are no deviations. Partial;
# currency-differs (EUR against USD), moq-above-quantity, no-bid.
assert close(7.20 / 100, 0.072) and 5000 <= 8000 < 10000 and 10000 > 5000
assert plus("2026-06-05", 35) == "2026-07-10" <= "2026-08-03" and plus("2026-06-05", 21) <= "2026-07-27"
sample("u947-allgaeu-stueckpreis-mindestmenge-preiseinheit-100", S.msg("Carina Maurer <c.maurer@federn-allgaeu.example>", "text/plain", """Sehr geehrte Frau Reyes,

vielen Dank für Ihre Anfrage NR-RFQ-0619. Gerne bieten wir Ihnen die Flachdichtungen und die
Druckfedern an. Alle Preise verstehen sich in EUR, netto, zzgl. MwSt.

Pos. 1   GSK-EPDM-80   Flachdichtung EPDM 70 Shore A, 80 x 62 x 3 mm, gestanzt
         Stückpreis:    0,164 EUR
         Mindestmenge:  10.000 Stück
         Lieferzeit:    4-5 Wochen

Pos. 5   SPR-C0630-302   Druckfeder 1.4310 (AISI 302), Draht 0,6 mm, Da 6,3 mm, L0 30 mm
         Preiseinheit 100 Stück
         Staffel:   ab  2.500 Stück    8,10 EUR / 100 Stück
                    ab  5.000 Stück    7,20 EUR / 100 Stück
                    ab 10.000 Stück    6,45 EUR / 100 Stück
         Lieferzeit ca. 3 Wochen

Pos. 2, 3 und 4 (Kabel, Schrauben, Grundplatte) führen wir nicht - hierzu leider kein Angebot.

Lieferbedingung: FCA Kempten (Incoterms 2020)
Zahlung: 14 Tage 2 % Skonto, 30 Tage netto
Angebot gültig bis 17.07.2026

Für Rückfragen stehe ich Ihnen gerne zur Verfügung.

Mit freundlichen Grüßen

Carina Maurer
Vertrieb Innendienst
Allgäuer Federn- und Stanztechnik GmbH
Heisinger Straße 31, 87437 Kempten (Allgäu)
Tel. +49 831 555 40-17, Fax -99
Geschäftsführer: Alois Maurer | Amtsgericht Kempten HRB 5551

Am 01.06.2026 um 16:14 schrieb Nora Reyes <nreyes@northridge.example>:

""" + quoted(NR_REQUEST) + "\n", charset="iso-8859-1", cte="quoted-printable",
                  subject="AW: RFQ NR-RFQ-0619 - Mechanical and cable parts"),
       "partial", "EUR", "2026-07-17", "FCA",
       [line(1, 0.164, "EUR", lead=35, moq=10000), nob(2), nob(3), nob(4), line(5, 0.072, "EUR", lead=21)],
       ["currency-differs", "moq-above-quantity", "no-bid"])


# u948 a Stord (Norway) machine shop, in Norwegian bokmål, asks three questions before pricing the base plate ("før vi
# kan regne pris ... har vi tre spørsmål": through or blind M6 threads, one delivery or call-offs, a 3.1 certificate)
# and promises price and lead time afterwards. The numbers in it (120 stk, M6, 6082-T6, 3.1) are the buyer's part and
# quantity; it prices nothing and declines nothing -> unparseable, no lines, no deviation kinds; classification
# "question".
sample("u948-stord-norwegian-three-questions-on-plate", S.msg("Sigrid Haugland <sigrid.haugland@haugland-mek.example>", "text/plain", """Hei Nora,

Takk for forespørselen NR-RFQ-0619. Motorplaten PLT-0915-R2 (120 stk) er midt i blinken for oss, og vi
vil gjerne gi tilbud. Før vi kan regne pris, har vi tre spørsmål:

1. Skal de fire M6-gjengene gå gjennom platen, eller er det blindhull? Hvis blindhull: hvor dype?
2. Ønsker dere alle 120 stk levert samlet, eller fordelt på flere avrop? Vi kjører helst hele
   antallet i én serie.
3. Trenger dere materialsertifikat 3.1 for 6082-T6-materialet?

Så snart vi har svar, sender vi et tilbud med pris og leveringstid.

Med vennlig hilsen

Sigrid Haugland
Salgsingeniør
Haugland Mekaniske Verksted AS
Heiane 41, 5416 Stord, Norge
Tlf. +47 53 55 51 90 | Mob. +47 915 55 190
"""),
       "unparseable", None, None, None, [], [])
classify("question")


# u949 an Aarhus (Denmark) distributor: a short Danish cover note and an XLSX (title rows, then Pos. | Jeres varenr. |
# Beskrivelse | Antal | Enhed | Pris DKK | Pr. | Beløb DKK | Leveringstid). "Alle priser er i danske kroner (DKK)" ->
# DKK. The "Pr." column is the price basis: gasket 1.24 pr. stk -> 1.24, "3 uger" -> 21 (Jun 26, before Aug 3); cable
# 9.65 pr. m on the metre line -> 9.65, "fra lager" -> 0; screws 212 pr. "1000 stk" -> 0.212, "fra lager" -> 0; plate
# 298 pr. stk -> 298.00, "6 uger" -> 42 (Jul 17, before Aug 17); springs 48.50 pr. "100 stk" -> 0.485, "10 arbejdsdage"
# -> 10 x 7/5 = 14 (Jun 19, before Jul 27). The "Beløb DKK" column holds extensions, not unit prices. Quantities as
# asked -> null. Body: "Tilbuddet er gældende i 30 dage" from Fri 5 Jun -> 2026-07-05 (not short); "CPT Chicago" ->
# CPT. Every line priced -> parsed; currency-differs (DKK against USD).
assert close(212 / 1000, 0.212) and close(48.50 / 100, 0.485) and workdays(10) == 14
assert close(5000 * 1.24, 6200) and close(1500 * 9.65, 14475) and close(20000 * 0.212, 4240)
assert close(120 * 298, 35760) and close(8000 * 0.485, 3880) and plus("2026-06-05", 42) == "2026-07-17"
U949_XLSX = xlsx([
    ["Aarhus Industrisalg A/S - Tilbud nr. 26-1187"],
    ["Kunde: Northridge Robotics, att. Nora Reyes", "", "", "", "", "Dato: 05.06.2026"],
    ["Jeres forespørgsel: NR-RFQ-0619", "", "", "", "", "Valuta: DKK"],
    [""],
    ["Pos.", "Jeres varenr.", "Beskrivelse", "Antal", "Enhed", "Pris DKK", "Pr.", "Beløb DKK", "Leveringstid"],
    [1, "GSK-EPDM-80", "Pakning EPDM 70 Sh A 80x62x3 mm", 5000, "stk", 1.24, "stk", 6200, "3 uger"],
    [2, "CBL-4C22-PUR", "Kabel 4x22 AWG skærmet PUR sort", 1500, "m", 9.65, "m", 14475, "fra lager"],
    [3, "SCR-M4X10-A2", "Unbrakoskrue M4x10 ISO 4762 A2-70", 20000, "stk", 212, "1000 stk", 4240, "fra lager"],
    [4, "PLT-0915-R2", "Motorplade 6082-T6 CNC-fræset", 120, "stk", 298, "stk", 35760, "6 uger"],
    [5, "SPR-C0630-302", "Trykfjeder rustfri 302 0,6x6,3x30", 8000, "stk", 48.5, "100 stk", 3880, "10 arbejdsdage"],
    [""],
    ["Priser ekskl. moms. Levering CPT Chicago (Incoterms 2020)."],
])
sample("u949-aarhus-xlsx-dkk-pr-column-all-five", S.with_attachment("Kasper Lund Nielsen <kln@aarhus-industrisalg.example>", """Hej Nora

Tak for jeres forespørgsel NR-RFQ-0619. Hermed vores tilbud nr. 26-1187 som Excel-fil.

Alle priser er i danske kroner (DKK) ekskl. moms. Bemærk kolonnen "Pr.": skruerne er prissat pr. 1000 stk.
og fjedrene pr. 100 stk.

Tilbuddet er gældende i 30 dage. Levering: CPT Chicago (Incoterms 2020).

Med venlig hilsen

Kasper Lund Nielsen
Salgskonsulent, eksport
Aarhus Industrisalg A/S
Graham Bells Vej 18, 8200 Aarhus N
Tlf. +45 86 55 51 37""", XLSX, "Tilbud_26-1187.xlsx", U949_XLSX),
       "parsed", "DKK", "2026-07-05", "CPT",
       [line(1, 1.24, "DKK", lead=21), line(2, 9.65, "DKK", lead=0), line(3, 0.212, "DKK", lead=0),
        line(4, 298.00, "DKK", lead=42), line(5, 0.485, "DKK", lead=14)],
       ["currency-differs"])


# u950 a Biel (Switzerland) CNC shop, Swiss standard German (no "ß"), in CHF ("Preise in Schweizer Franken, CHF").
# Pos. 4 plate "Stückpreis: CHF 46.30" -> 46.30; "Staffel: ab 250 Stk. CHF 41.90" does not apply to the 120 asked;
# "Menge: 120 Stk." as asked -> null; "Lieferzeit: 7 Wochen ab Bestellung" -> 49 (Jul 24, before Aug 17). "Einmalige
# Vorrichtungskosten: CHF 680.00" -> one-time fixture charge: note. "Gesamtbetrag Pos. 4: CHF 5'556.00" is a total
# (120 x 46.30), not a unit price. "Die übrigen Positionen ... können wir leider nicht anbieten" -> lines 1, 2, 3, 5
# declined. "Offerte gültig 60 Tage" from Fri 5 Jun -> 2026-08-04 (not short); "EXW Biel" -> EXW. Partial;
# currency-differs (CHF against USD), no-bid, note.
assert close(120 * 46.30, 5556.00) and 120 < 250 and plus("2026-06-05", 49) == "2026-07-24" <= "2026-08-17"
assert plus("2026-06-05", 60) == "2026-08-04"
sample("u950-biel-chf-plate-vorrichtungskosten-einmalig", S.msg("Reto Zbinden <r.zbinden@zbinden-cnc.example>", "text/plain", """Grüezi Frau Reyes

Besten Dank für Ihre Anfrage NR-RFQ-0619. Gerne offerieren wir Ihnen die Motorplatte wie folgt
(Preise in Schweizer Franken, CHF, exkl. MWST):

Pos. 4   PLT-0915-R2   Motorplatte 10 mm, EN AW-6082 T6, CNC gefräst, 4x M6 Gewinde
         Menge:        120 Stk.
         Stückpreis:   CHF 46.30
         Staffel:      ab 250 Stk. CHF 41.90
         Lieferzeit:   7 Wochen ab Bestellung

Einmalige Vorrichtungskosten: CHF 680.00

Gesamtbetrag Pos. 4: CHF 5'556.00 zzgl. Vorrichtung

Die übrigen Positionen (Dichtungen, Kabel, Schrauben, Federn) können wir leider nicht anbieten.

Offerte gültig 60 Tage. Lieferbedingung: EXW Biel (Incoterms 2020).
Zahlungskonditionen: 30 Tage netto.

Freundliche Grüsse

Reto Zbinden
Zbinden CNC-Technik AG
Bözingenstrasse 87, 2502 Biel/Bienne
Tel. +41 32 555 18 40
www.zbinden-cnc.example
"""),
       "partial", "CHF", "2026-08-04", "EXW",
       [nob(1), nob(2), nob(3), line(4, 46.30, "CHF", lead=49), nob(5)],
       ["currency-differs", "no-bid", "note"])


# ===================================== rfq-blind.json (HM-RFQ-2611, USD, 12 Jun 2026) =====================================
# need-by: L1 Jul 20, L2 Aug 10, L3 Jul 27, L4 Aug 17, L5 Sep 1, L6 Sep 21; validity-short below Jun 19 + 14 = Jul 3.
# quantities: L1 2,500 KG, L2 90 EA, L3 400 EA, L4 50,000 EA, L5 800 M, L6 150 SET.

# u951 a Geel (Flanders, Belgium) resin distributor, in Dutch, plain text. "Alle prijzen in euro (EUR)" -> EUR. Pos. 1
# resin: "zakken van 25 kg, 2.500 kg = 100 zakken" -> the quantity asked -> null; "staffelprijzen (EUR per kg)":
# "1.000 - 2.499 kg 3,92 / 2.500 - 4.999 kg 3,71 / vanaf 5.000 kg 3,48" -> 2,500 kg falls in the second row -> 3.71;
# "Levertijd: 2 weken na bestelling" -> 14 (Jun 26, before Jul 20). "de overige posities behoren niet tot ons gamma" ->
# lines 2 to 6 declined. "Deze offerte is geldig tot 30 juni 2026" -> 2026-06-30, earlier than Jul 3 -> validity-short.
# "FCA Geel" -> FCA. Partial; currency-differs, no-bid, validity-short.
assert 100 * 25 == 2500 and 2500 <= 2500 <= 4999 and plus("2026-06-12", 14) == "2026-06-26" <= "2026-07-20"
blind("u951-geel-flemish-resin-staffelprijzen-per-kg-short", H.msg("Pieter Vermeulen <pieter.vermeulen@kunststofhandel-kempen.example>", "text/plain", """Beste Lena,

Bedankt voor uw prijsaanvraag HM-RFQ-2611. Hieronder onze offerte voor het PA66-granulaat;
de overige posities behoren niet tot ons gamma.

Pos. 1   RES-PA66-GF30   PA66 GF30, warmtegestabiliseerd, zwart
         Verpakking: zakken van 25 kg, 2.500 kg = 100 zakken (4 paletten van 25 zakken)
         Staffelprijzen (EUR per kg):
             1.000 - 2.499 kg      3,92
             2.500 - 4.999 kg      3,71
             vanaf 5.000 kg        3,48
         Levertijd: 2 weken na bestelling

Alle prijzen in euro (EUR), excl. btw.
Deze offerte is geldig tot 30 juni 2026 (de grondstofprijzen worden maandelijks aangepast).
Levering: FCA Geel (Incoterms 2020), palletten inbegrepen.

Met vriendelijke groeten,

Pieter Vermeulen
Verkoop binnendienst
Kempense Kunststofhandel NV
Industriezone Hagelberg 27, 2440 Geel, België
Tel. +32 14 55 57 12
BTW BE 0555.123.456
"""),
       "partial", "EUR", "2026-06-30", "FCA",
       [line(1, 3.71, "EUR", lead=14), nob(2), nob(3), nob(4), nob(5), nob(6)],
       ["currency-differs", "no-bid", "validity-short"])


# u952 an Ålesund (Norway) hydraulics firm writing Nynorsk, UTF-8 plain text. "Alle prisar er i norske kroner (NOK)"
# -> NOK. Pos. 4 O-rings "NOK 21,00 per 100 stk" -> 0.21; "Minste ordrekvantum: 10 000 stk" -> moq 10000 (below the
# 50,000 asked: no deviation); "frå lager" -> 0. Pos. 5 hose "NOK 78,50 per meter" on the metre line -> 78.50; "kveilar à
# 50 m: 800 m = 16 kveilar" is the quantity asked -> null; "3 veker" -> 21 (Jul 3, before Sep 1). "Pos. 6 ... kan vi
# dessverre ikkje tilby" -> declined. Resin, sheet and bearings (lines 1-3) are never mentioned -> missing-line.
# "Tilbodet gjeld i 30 dagar" from Fri 12 Jun -> 2026-07-12 (not short); "EXW Ålesund" -> EXW. Partial;
# currency-differs, missing-line, no-bid.
assert close(21.00 / 100, 0.21) and 16 * 50 == 800 and 10000 < 50000 and plus("2026-06-12", 30) == "2026-07-12"
assert plus("2026-06-12", 21) <= "2026-09-01"
blind("u952-alesund-nynorsk-nok-per-100-stk-veker", H.msg("Eirik Sætre <eirik.saetre@sunnmore-hydraulikk.example>", "text/plain", """Hei Lena,

Takk for førespurnaden HM-RFQ-2611. Vi kan gje tilbod på O-ringane og slangen.
Alle prisar er i norske kroner (NOK), eks. mva.

Pos. 4   OR-0120-NBR70   O-ring 12,0 x 2,0 mm, NBR 70, svart
         Pris: NOK 21,00 per 100 stk
         Minste ordrekvantum: 10 000 stk
         Leveringstid: frå lager

Pos. 5   HSE-2SN-08   Hydraulikkslange EN 853 2SN, DN12 (1/2"), 275 bar
         Vert levert i kveilar à 50 m: 800 m = 16 kveilar
         Pris: NOK 78,50 per meter
         Leveringstid: 3 veker

Pos. 6 (pakningssett PX-200) kan vi dessverre ikkje tilby.

Tilbodet gjeld i 30 dagar. Leveringsvilkår: EXW Ålesund (Incoterms 2020).
Betaling: 30 dagar netto.

Helsing

Eirik Sætre
Sal og service
Sunnmøre Hydraulikk AS
Breivika 12, 6018 Ålesund
Tlf. +47 70 55 53 80
"""),
       "partial", "NOK", "2026-07-12", "EXW",
       [line(4, 0.21, "NOK", lead=0, moq=10000), line(5, 78.50, "NOK", lead=21), nob(6)],
       ["currency-differs", "missing-line", "no-bid"])


# u953 a Bremen trading house: a German cover note and a one-page PDF Angebot with a text layer (letterhead, "ANGEBOT" with
# number and date, a table Pos. | Ihre Art.-Nr. | Bezeichnung | Menge | ME | Preis EUR | PE | Gesamt EUR | Lieferzeit,
# a PE legend and the terms at the foot). "Preise in EUR" -> EUR. Pos. 2 sheet "142,80" with PE 1 per "Tafel" (a sheet,
# the RFQ's EA) -> 142.80, "90" as asked -> null, "ab Lager" -> 0. Pos. 3 bearing "318,00" with PE 100 ("PE =
# Preiseinheit: Preis je 1 bzw. je 100 Stück", and the body repeats it) -> 318.00 / 100 = 3.18, "ca. 1 Woche" -> 7
# (Jun 19, before Jul 27). "Gesamt EUR" (12.852,00 / 1.272,00) are extensions. "Pos. 1, 4, 5 und 6 ... kein Angebot" ->
# declined. "Angebot gültig bis 15.07.2026" (not short); "DAP Chicago" -> DAP. Partial; currency-differs, no-bid.
assert close(90 * 142.80, 12852.00) and close(318.00 / 100, 3.18) and close(400 * 3.18, 1272.00)
assert plus("2026-06-12", 7) == "2026-06-19"
X953 = [50, 72, 146, 292, 324, 352, 400, 424, 486]
P953 = check_page(
    [(50, 800, 13, "Hanse Technikhandel GmbH"), (440, 800, 14, "ANGEBOT"),
     (50, 786, 8, "Hansator 9, 28217 Bremen  |  Tel. +49 421 555 73-0"), (440, 786, 9, "Nr. HT-26-0788"),
     (50, 775, 8, "HRB 55512 HB  |  USt-IdNr. DE555123456"), (440, 774, 9, "Datum: 12.06.2026"),
     (50, 748, 9, "Halvorsen Manufacturing, Ms. Lena Marsh"), (330, 748, 9, "Ihre Anfrage: HM-RFQ-2611")]
    + row(716, X953, ["Pos.", "Ihre Art.-Nr.", "Bezeichnung", "Menge", "ME", "Preis EUR", "PE", "Gesamt EUR",
                      "Lieferzeit"])
    + row(700, X953, ["2", "SHT-5052H32-030", "Alublech 5052-H32 3x1250x2500", "90", "Tafel", "142,80", "1",
                      "12.852,00", "ab Lager"])
    + row(688, X953, ["", "", "PVC-Folie einseitig", "", "", "", "", "", ""])
    + row(672, X953, ["3", "BRG 6205-2RS", "Rillenkugellager 6205-2RS C3", "400", "Stk", "318,00", "100", "1.272,00",
                      "ca. 1 Woche"])
    + row(660, X953, ["", "", "Fabrikat SKF", "", "", "", "", "", ""])
    + [(50, 632, 8, "PE = Preiseinheit: Preis je 1 bzw. je 100 Stück."),
       (50, 614, 8, "Pos. 1, 4, 5 und 6 gehören nicht zu unserem Lieferprogramm - kein Angebot."),
       (50, 596, 8, "Preise in EUR, netto. Lieferbedingung: DAP Chicago (Incoterms 2020), Verpackung inklusive."),
       (50, 584, 8, "Zahlung: 30 Tage netto."),
       (50, 572, 8, "Angebot gültig bis 15.07.2026."),
       (270, 60, 8, "Seite 1 von 1")])
blind("u953-bremen-pdf-angebot-pe-100-ab-lager", H.with_attachment("Heiko Brandes <h.brandes@hanse-technikhandel.example>", """Sehr geehrte Frau Marsh,

vielen Dank für Ihre Anfrage HM-RFQ-2611. Anbei erhalten Sie unser Angebot Nr. HT-26-0788 als PDF für die
Aluminiumbleche und die Kugellager. Bitte beachten Sie die Preiseinheit 100 bei den Lagern.

Mit freundlichen Grüßen

Heiko Brandes
Vertrieb Export
Hanse Technikhandel GmbH
Hansator 9, 28217 Bremen
Tel. +49 421 555 73-14""", "application/pdf", "Angebot_HT-26-0788.pdf", pdf([P953])),
       "partial", "EUR", "2026-07-15", "DAP",
       [nob(1), line(2, 142.80, "EUR", lead=0), line(3, 3.18, "EUR", lead=7), nob(4), nob(5), nob(6)],
       ["currency-differs", "no-bid"])


# u954 a Vaasa (Finland) seal maker writing Finland-Swedish, HTML only. "Priserna är i euro (EUR)" -> EUR. Pos 4
# O-rings "19,60" with "Prisenhet: per 1 000 st" -> 0.0196, "50 000 st" as asked -> null, "från lager" -> 0. Pos 6 seal
# kits "31,40" "per sats" -> 31.40, and the staffel below ("50-99 satser 34,90 / 100-249 satser 31,40 / från 250 satser
# 28,90") agrees for the 150 asked; "packas i kartonger om 10 satser (15 kartonger)" -> the 150 asked -> null; "5 veckor"
# -> 35 (Jul 17, before Sep 21). "Positionerna 1, 2, 3 och 5 kan vi tyvärr inte offerera" -> declined. "Offerten är
# giltig till 31.7.2026" -> 2026-07-31 (not short); "FOB Vasa" -> FOB. Partial; currency-differs, no-bid.
assert close(19.60 / 1000, 0.0196) and 100 <= 150 <= 249 and 15 * 10 == 150 and plus("2026-06-12", 35) == "2026-07-17"
U954_ROWS = [("Pos", "Artikelnummer", "Benämning", "Antal", "Pris EUR", "Prisenhet", "Leveranstid"),
             ("4", "OR-0120-NBR70", "O-ring 12,0 x 2,0 mm, NBR 70, svart", "50 000 st", "19,60", "per 1 000 st",
              "från lager"),
             ("6", "KIT-PX200-SEAL", "Tätningssats PX-200 (2 läpptätningar, 4 O-ringar, 1 packning), märkt", "150 satser",
              "31,40", "per sats", "5 veckor")]
blind("u954-vasa-finland-swedish-html-per-1000-st-sats", H.msg("Mikaela Sundqvist <mikaela.sundqvist@osterbotten-tatning.example>", "text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hej Lena,</p>
<p>Tack för förfrågan HM-RFQ-2611. Här kommer vår offert på O-ringarna och tätningssatserna.
Priserna är i euro (EUR), exkl. moms.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:10pt">
""" + "\n".join("<tr>" + "".join((f"<th style=\"background:#E2EFDA\">{c}</th>" if i == 0 else f"<td>{c}</td>") for c in r)
                + "</tr>" for i, r in enumerate(U954_ROWS)) + """
</table>
<p>Stafflade priser pos 6 (EUR/sats): 50-99 satser 34,90 &nbsp;|&nbsp; 100-249 satser 31,40 &nbsp;|&nbsp; från 250 satser 28,90<br>
Satserna packas i kartonger om 10 satser (15 kartonger).</p>
<p>Positionerna 1, 2, 3 och 5 kan vi tyvärr inte offerera, de ingår inte i vårt sortiment.</p>
<p>Offerten är giltig till 31.7.2026.<br>
Leveransvillkor: FOB Vasa (Incoterms 2020).<br>
Betalningsvillkor: 30 dagar netto.</p>
<p>Med vänlig hälsning<br>
Mikaela Sundqvist<br>
Försäljning<br>
Österbottens Tätning Ab<br>
Strandgatan 5, 65100 Vasa, Finland<br>
Tfn +358 6 555 3172</p>
</body></html>"""),
       "partial", "EUR", "2026-07-31", "FOB",
       [nob(1), nob(2), nob(3), line(4, 0.0196, "EUR", lead=0), nob(5), line(6, 31.40, "EUR", lead=35)],
       ["currency-differs", "no-bid"])


# u955 a Herning (Denmark) injection moulder declines the whole RFQ in Danish ("Vi må desværre melde pas på hele
# forespørgslen ... Vi kan derfor ikke give et tilbud denne gang"), above an Outlook "Fra: / Sendt: / Til: / Emne:"
# block with the buyer's request and its RFQ table (history, never a quote). Every line declined: six noBid lines,
# currency / validUntil / incoterms null, status no-bid, kinds {no-bid}.
blind("u955-herning-danish-full-decline-melde-pas", H.msg("Jens Peter Mølgaard <jpm@vestjysk-plast.example>", "text/plain", """Kære Lena Marsh

Tak for jeres forespørgsel HM-RFQ-2611, som vi har gennemgået.

Vi må desværre melde pas på hele forespørgslen. Vi sprøjtestøber selv, men handler ikke med granulat,
aluminiumsplader, lejer, slanger eller færdige pakningssæt, og O-ringe i NBR har vi ikke længere i
programmet. Vi kan derfor ikke give et tilbud denne gang.

Vi modtager meget gerne jeres forespørgsler på sprøjtestøbte emner fremover.

Med venlig hilsen

Jens Peter Mølgaard
Salgschef
Vestjysk Plast & Gummi ApS
Fuglsangvej 22, 7400 Herning
Tlf. +45 97 55 52 60

Fra: Lena Marsh <lmarsh@halvorsen-mfg.example>
Sendt: 8. juni 2026 16:40
Til: Jens Peter Mølgaard <jpm@vestjysk-plast.example>
Emne: RFQ HM-RFQ-2611 - Resin, sheet and MRO parts for PX-200 pump line

""" + HM_REQUEST + "\n", subject="SV: RFQ HM-RFQ-2611 - Resin, sheet and MRO parts for PX-200 pump line"),
       "no-bid", None, None, None, [nob(1), nob(2), nob(3), nob(4), nob(5), nob(6)], ["no-bid"])


# ===================================== rfq-blind2.json (VM-RFQ-4418, EUR, 15 Jun 2026) =====================================
# need-by: L1 Aug 28, L2 Oct 2, L3 Aug 14, L4 Sep 11, L5 Oct 9; validity-short below Jun 26 + 14 = Jul 10.
# quantities: L1 250 EA, L2 25 EA, L3 2,000 EA, L4 120 EA, L5 150 SET.

# u956 a Hohenems (Vorarlberg, Austria) turning shop, multipart/alternative (quoted-printable; the text and the HTML part
# carry the same offer), in German, EUR (the RFQ currency). Pos. 1 shaft "Staffelpreise je Stück: ab 100 Stück 41,20 /
# ab 250 Stück 38,90 / ab 500 Stück 36,70 EUR" -> 250 asked -> 38.90; "ca. 8 Wochen nach Auftragseingang" -> 56 (Aug 10,
# before Aug 28). Pos. 5 bracket set "Preis je Satz: 23,60 EUR" (Satz = the RFQ's SET) -> 23.60, "6 Wochen" -> 42 (Jul
# 27, before Oct 9). "Die Positionen 2, 3 und 4 ... kein Angebot" -> declined. "frei Haus Bielefeld (DAP, Incoterms
# 2020)" -> DAP; "Angebot gültig bis 31.08.2026" -> 2026-08-31 (not short). Partial; no-bid.
assert 250 <= 250 < 500 and plus("2026-06-15", 56) == "2026-08-10" <= "2026-08-28" and plus("2026-06-15", 42) == "2026-07-27"
U956_TEXT = """Sehr geehrter Herr Albers,

besten Dank für Ihre Anfrage VM-RFQ-4418. Zu den Positionen 1 und 5 bieten wir Ihnen wie folgt an
(Preise in EUR, netto):

Pos. 1   SH-2231-C rev B   Antriebswelle 42CrMo4 vergütet, Ø30 h6 x 412 mm, Passfedernut 8 P9
         Staffelpreise je Stück:
             ab 100 Stück    41,20 EUR
             ab 250 Stück    38,90 EUR
             ab 500 Stück    36,70 EUR
         Lieferzeit: ca. 8 Wochen nach Auftragseingang

Pos. 5   2231-004-03   Sensorhalter-Satz links/rechts inkl. Schrauben, EN AW-6082 T6, schwarz eloxiert
         Preis je Satz: 23,60 EUR
         Lieferzeit: 6 Wochen

Die Positionen 2, 3 und 4 (Gussgehäuse, Verschraubung, Zylinder) liegen außerhalb unseres
Fertigungsprogramms; hierzu können wir Ihnen leider kein Angebot machen.

Lieferung: frei Haus Bielefeld (DAP, Incoterms 2020)
Angebot gültig bis 31.08.2026
Zahlungsbedingungen: 30 Tage netto

Mit freundlichen Grüßen

Thomas Fink
Fink Drehteile GmbH
Schweizer Straße 58, 6845 Hohenems, Österreich
Tel. +43 5576 555 21-12
"""
U956_HTML = """<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Sehr geehrter Herr Albers,</p>
<p>besten Dank für Ihre Anfrage VM-RFQ-4418. Zu den Positionen 1 und 5 bieten wir Ihnen wie folgt an (Preise in EUR, netto):</p>
<p><b>Pos. 1 &nbsp; SH-2231-C rev B</b> &nbsp; Antriebswelle 42CrMo4 vergütet, Ø30 h6 x 412 mm, Passfedernut 8 P9</p>
<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">
<tr><th colspan="2">Staffelpreise je Stück</th></tr>
<tr><td>ab 100 Stück</td><td align="right">41,20 EUR</td></tr>
<tr><td>ab 250 Stück</td><td align="right">38,90 EUR</td></tr>
<tr><td>ab 500 Stück</td><td align="right">36,70 EUR</td></tr>
</table>
<p>Lieferzeit: ca. 8 Wochen nach Auftragseingang</p>
<p><b>Pos. 5 &nbsp; 2231-004-03</b> &nbsp; Sensorhalter-Satz links/rechts inkl. Schrauben, EN AW-6082 T6, schwarz eloxiert<br>
Preis je Satz: 23,60 EUR<br>
Lieferzeit: 6 Wochen</p>
<p>Die Positionen 2, 3 und 4 (Gussgehäuse, Verschraubung, Zylinder) liegen außerhalb unseres Fertigungsprogramms;
hierzu können wir Ihnen leider kein Angebot machen.</p>
<p>Lieferung: frei Haus Bielefeld (DAP, Incoterms 2020)<br>
Angebot gültig bis 31.08.2026<br>
Zahlungsbedingungen: 30 Tage netto</p>
<p>Mit freundlichen Grüßen</p>
<p>Thomas Fink<br>Fink Drehteile GmbH<br>Schweizer Straße 58, 6845 Hohenems, Österreich<br>Tel. +43 5576 555 21-12</p>
</body></html>"""
blind2("u956-hohenems-alt-staffelpreise-je-stueck-frei-haus", V.alternative("Thomas Fink <t.fink@fink-drehteile.example>", U956_TEXT, U956_HTML,
                                                                          "=_fink_956", cte="quoted-printable",
                                                                          subject="AW: Anfrage VM-RFQ-4418 - Angebot 2026-318"),
       "partial", "EUR", "2026-08-31", "DAP",
       [line(1, 38.90, "EUR", lead=56), nob(2), nob(3), nob(4), line(5, 23.60, "EUR", lead=42)],
       ["no-bid"])


# u957 a Swiss pneumatics distributor (Emmen), HTML only (quoted-printable), in German, "Alle Preise in Schweizer Franken
# (CHF)" -> CHF. Pos. 3 fitting "44.60" with "Preiseinheit: Beutel à 10 Stk." -> 44.60 / 10 = 4.46, "2'000 Stk. = 200
# Beutel" as asked -> null, "ab Lager" -> 0. Pos. 4: "Den Festo-Zylinder DSBC-32-80-PPVA-N3 können wir nicht liefern. Wir
# bieten als gleichwertigen Ersatz unseren Zylinder ZP-15552-32-080-PPV an" -> alternatePartNumber ZP-15552-32-080-PPV
# (alternate-part), "118.40" per Stk. -> 118.40, "3 Wochen" -> 21 (Jul 6, before Sep 11). Shaft, housing and bracket set
# (lines 1, 2, 5) are never mentioned -> missing-line. "Offerte gültig 30 Tage" from Mon 15 Jun -> 2026-07-15 (not
# short); "DAP Bielefeld" -> DAP; the customs remark is no deviation. Partial; alternate-part, currency-differs
# (CHF against EUR), missing-line.
assert close(44.60 / 10, 4.46) and 200 * 10 == 2000 and plus("2026-06-15", 30) == "2026-07-15"
assert plus("2026-06-15", 21) == "2026-07-06" <= "2026-09-11"
U957_ROWS = [("Pos.", "Ihre Art.-Nr.", "Angebotener Artikel", "Menge", "Preis CHF", "Preiseinheit", "Lieferzeit"),
             ("3", "FIT-316-G12-10", "Gerade Einschraubverschraubung G1/2 - Rohr 10 mm, 1.4404", "2'000 Stk.", "44.60",
              "Beutel à 10 Stk.", "ab Lager"),
             ("4", "DSBC-32-80-PPVA-N3", "Normzylinder ISO 15552, 32/80, einstellbare Dämpfung, Typ ZP-15552-32-080-PPV",
              "120 Stk.", "118.40", "Stk.", "3 Wochen")]
blind2("u957-emmen-html-chf-beutel-a-10-hausmarke-zylinder", V.msg("Nicole Bühlmann <n.buehlmann@pneumatik-zs.example>", "text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">
<p>Guten Tag Herr Albers</p>
<p>Vielen Dank für Ihre Anfrage VM-RFQ-4418. Gerne unterbreiten wir Ihnen unsere Offerte für die Verschraubungen
und die Pneumatikzylinder. Alle Preise in Schweizer Franken (CHF), exkl. MWST.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:9pt">
""" + "\n".join("<tr>" + "".join((f"<th style=\"background:#FCE4D6\">{c}</th>" if i == 0 else f"<td>{c}</td>") for c in r)
                + "</tr>" for i, r in enumerate(U957_ROWS)) + """
</table>
<p>Pos. 3: 2'000 Stk. = 200 Beutel à 10 Stk.</p>
<p>Pos. 4: Den Festo-Zylinder DSBC-32-80-PPVA-N3 können wir nicht liefern. Wir bieten als gleichwertigen Ersatz
unseren Zylinder ZP-15552-32-080-PPV an (gleiche Einbaumasse nach ISO 15552).</p>
<p>Offerte gültig 30 Tage. Lieferbedingung: DAP Bielefeld (Incoterms 2020), Verzollung zu Ihren Lasten.</p>
<p>Freundliche Grüsse</p>
<p>Nicole Bühlmann<br>
Verkauf Innendienst<br>
Pneumatik Zentralschweiz AG<br>
Gerliswilstrasse 102, 6020 Emmenbrücke<br>
Tel. +41 41 555 27 63</p>
</body></html>""", cte="quoted-printable", subject="AW: Anfrage VM-RFQ-4418 - Offerte 26-4471"),
       "partial", "CHF", "2026-07-15", "DAP",
       [line(3, 4.46, "CHF", lead=0), line(4, 118.40, "CHF", lead=21, alt="ZP-15552-32-080-PPV")],
       ["alternate-part", "currency-differs", "missing-line"])


# u958 a Doetinchem (Netherlands) contract supplier quoting all five lines in Dutch, plain text, reply above the buyer's
# request ("Op di 9 jun 2026 om 09:20 schreef ..." and "> " lines: history). "onze prijzen in euro (EUR)" -> EUR. Shaft
# "€ 37,50" per stuk, "9 weken" -> 63 (Aug 17, before Aug 28). Housing "€ 1.184,00", "14 weken" -> 98 (Sep 21, before
# Oct 2). Fitting "€ 4,12", "uit voorraad" -> 0. Cylinder "Festo ..." (the part asked) "€ 96,80", "2 weken" -> 14.
# Bracket set "€ 24,30 per set", "7 weken" -> 49 (Aug 3, before Oct 9); "minimale afname 200 sets" -> moq 200, above
# the 150 asked (moq-above-quantity); the table keeps 150 sets -> quantity null. "Deze offerte is 45 dagen geldig" from
# Mon 15 Jun -> 2026-07-30 (not short); "DDP Bielefeld" -> DDP. Every line priced -> parsed; moq-above-quantity.
assert plus("2026-06-15", 63) == "2026-08-17" and plus("2026-06-15", 98) == "2026-09-21" and plus("2026-06-15", 49) == "2026-08-03"
assert plus("2026-06-15", 45) == "2026-07-30" and 200 > 150
blind2("u958-doetinchem-all-five-minimale-afname-sets", V.msg("Sanne Kuipers <s.kuipers@achterhoekse-toelevering.example>", "text/plain", """Geachte heer Albers,

Hartelijk dank voor uw aanvraag VM-RFQ-4418. Als toeleverancier kunnen wij alle vijf posities leveren;
de koppelingen en de cilinders kopen wij in en leveren wij mee. Hieronder onze prijzen in euro (EUR),
excl. btw.

Pos  Artikelnummer        Omschrijving                           Aantal     Prijs                  Levertijd
1    SH-2231-C rev B      Aandrijfas 42CrMo4, Ø30 h6 x 412 mm    250 st     € 37,50 per stuk       9 weken
2    HSG-1180-GJL         Tandwielkasthuis GJL-250, bewerkt      25 st      € 1.184,00 per stuk    14 weken
3    FIT-316-G12-10       Inschroefkoppeling G1/2 - 10 mm, 316L  2.000 st   € 4,12 per stuk        uit voorraad
4    DSBC-32-80-PPVA-N3   Festo cilinder ISO 15552, 32/80        120 st     € 96,80 per stuk       2 weken
5    2231-004-03          Sensorbeugelset L+R, zwart geanod.     150 sets   € 24,30 per set        7 weken

Opmerking pos. 5: minimale afname 200 sets (één productiebatch).

Deze offerte is 45 dagen geldig.
Levering: DDP Bielefeld (Incoterms 2020), verpakking inbegrepen.
Betaling: 30 dagen netto.

Met vriendelijke groet,

Sanne Kuipers
Accountmanager
Achterhoekse Toelevering B.V.
Havenstraat 40, 7005 AG Doetinchem
T +31 314 55 58 20

Op di 9 jun 2026 om 09:20 schreef Jonas Albers <j.albers@vossberg-maschinenbau.example>:

""" + quoted(VM_REQUEST) + "\n", subject="RE: RFQ VM-RFQ-4418 - Machined and purchased parts for VL-60"),
       "parsed", "EUR", "2026-07-30", "DDP",
       [line(1, 37.50, "EUR", lead=63), line(2, 1184.00, "EUR", lead=98), line(3, 4.12, "EUR", lead=0),
        line(4, 96.80, "EUR", lead=14), line(5, 24.30, "EUR", lead=49, moq=200)],
       ["moq-above-quantity"])


# u959 a Lahti (Finland) grey-iron foundry writing English with Finnish number habits (space thousands, decimal commas):
# "Prices are in euros (EUR)" -> EUR. Item 2 housing, price per piece by batch size "10 - 24 pcs 1 312,00 / 25 - 49 pcs
# 1 236,00 / 50 pcs and up 1 174,00" -> 25 asked -> 1236.00; "Delivery time: 16-17 weeks from order" -> upper bound 119
# -> Jun 15 + 119 = Oct 12, AFTER the Oct 2 need-by -> lead-time-after-need-by. "Items 1, 3, 4 and 5 we must decline" ->
# declined. "valid until 14 August 2026" (not short); "FCA Lahti" -> FCA. Partial; lead-time-after-need-by, no-bid.
assert 25 <= 25 <= 49 and plus("2026-06-15", 17 * 7) == "2026-10-12" > "2026-10-02"
blind2("u959-lahti-foundry-english-space-thousands-late", V.msg("Antti Kallio <antti.kallio@hameen-valimo.example>", "text/plain", """Dear Mr Albers,

Thank you for your enquiry VM-RFQ-4418. We are a grey iron foundry with our own machining shop, so we
quote item 2 only.

Item 2   HSG-1180-GJL   Gearbox housing EN-GJL-250, machined complete, primed RAL 7035
         Price per piece (EUR) by batch size:
             10 - 24 pcs        1 312,00
             25 - 49 pcs        1 236,00
             50 pcs and up      1 174,00
         Delivery time: 16-17 weeks from order

Items 1, 3, 4 and 5 we must decline - turned parts and purchased components are outside our scope.

Prices are in euros (EUR), net. The offer is valid until 14 August 2026.
Delivery terms: FCA Lahti (Incoterms 2020). Payment 30 days net.

Best regards,

Antti Kallio
Sales Manager
Hämeen Valimo Oy
Valimotie 6, 15170 Lahti, Finland
Tel. +358 3 555 4021 | Mob. +358 40 555 4021
"""),
       "partial", "EUR", "2026-08-14", "FCA",
       [nob(1), line(2, 1236.00, "EUR", lead=119), nob(3), nob(4), nob(5)],
       ["lead-time-after-need-by", "no-bid"])


# u960 a Kolding (Denmark) pneumatics house, in Danish with prices in EUR ("Alle priser er i EUR") -> EUR, above an
# Outlook "Fra: / Sendt: / Til: / Emne:" block with the buyer's request (history). Pos. 3 fitting "3,96 EUR pr. stk.",
# "Pakningsenhed: 25 stk. (2.000 stk. = 80 poser)" -> the quantity asked -> null, "fra lager" -> 0. Pos. 4 Festo cylinder
# (the part asked) "102,40 EUR pr. stk.", "2-3 uger" -> upper bound 21 (Jul 6, before Sep 11). "Pos. 1, 2 og 5 ... dem
# må vi desværre melde pas på" -> declined. "Tilbuddet gælder 14 dage" from Mon 15 Jun -> 2026-06-29, earlier than Jul 10
# -> validity-short. "CPT Bielefeld" -> CPT. Partial; no-bid, validity-short.
assert 80 * 25 == 2000 and plus("2026-06-15", 14) == "2026-06-29" < "2026-07-10" and plus("2026-06-15", 21) <= "2026-09-11"
blind2("u960-kolding-danish-eur-fra-lager-14-dage-short", V.msg("Louise Damgaard <ld@trekant-pneumatik.example>", "text/plain", """Hej Jonas

Tak for forespørgslen VM-RFQ-4418. Vi kan tilbyde forskruningerne og cylindrene.
Alle priser er i EUR, ekskl. moms.

Pos. 3   FIT-316-G12-10   Lige forskruning G1/2 - 10 mm rør, rustfri 316L
         Pris: 3,96 EUR pr. stk.
         Pakningsenhed: 25 stk. (2.000 stk. = 80 poser)
         Leveringstid: fra lager

Pos. 4   DSBC-32-80-PPVA-N3   Festo normcylinder ISO 15552, Ø32, slaglængde 80 mm
         Pris: 102,40 EUR pr. stk.
         Leveringstid: 2-3 uger

Pos. 1, 2 og 5 er tegningsdele, som vi ikke fremstiller - dem må vi desværre melde pas på.

Tilbuddet gælder 14 dage. Levering: CPT Bielefeld (Incoterms 2020).
Betaling: netto 30 dage.

Venlig hilsen

Louise Damgaard
Teknisk salg
Trekantens Pneumatik A/S
Vejlevej 121, 6000 Kolding
Tlf. +45 75 55 50 83

Fra: Jonas Albers <j.albers@vossberg-maschinenbau.example>
Sendt: 9. juni 2026 09:20
Til: Louise Damgaard <ld@trekant-pneumatik.example>
Emne: Anfrage VM-RFQ-4418

""" + VM_REQUEST + "\n", subject="SV: Anfrage VM-RFQ-4418"),
       "partial", "EUR", "2026-06-29", "CPT",
       [nob(1), nob(2), line(3, 3.96, "EUR", lead=0), line(4, 102.40, "EUR", lead=21), nob(5)],
       ["no-bid", "validity-short"])


if __name__ == "__main__":
    ROUND.write()
