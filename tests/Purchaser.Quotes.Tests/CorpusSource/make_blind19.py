#!/usr/bin/env python3
"""Writes replies u289..u304 (Corpus/u*.eml + expected u*.json) - the nineteenth blind round: six against rfq-sample.json
(NR-RFQ-0619, Date header, buyer and check() of make_blind.py), five against rfq-blind.json (HM-RFQ-2611, those of
make_blind4.py) and five against rfq-blind2.json (VM-RFQ-4418, those of make_blind6.py).

Like the eighteen earlier rounds, these replies were written BLIND: from the quote-parse normalization rules and the
conventions in ../../../../shared/quote-samples/README.md only, before the parser ran on them and without reading the
extractor's source. The expected values are what a human applying those rules arrives at; they were not adjusted to
the parser's output. The theme is EVERYDAY REPLIES, WRITTEN FAST: sixteen short, ordinary plain-text replies of the kind
a buyer gets every day, each with one quirk - terse one-liners per part ("$.178 ea 4 wks"), a numbered list with
"per M" / "per C" prices and working days, a quick table typed with tabs, a reply typed on a phone (lower case, part
numbers in lower case, "til end of june", "sent from my phone"), answers typed inline under each quoted RFQ line (the
quoted quantities and need-by dates must not be read), a reply with typos in words (never in numbers: "Gaskit",
"weks", "cabel", "vaild"), a table typed with spaces and a price per 25 kg bag, Dutch, German, French, Spanish and
Italian mixed with English (decimal commas, "per stuk", "pro Satz", "délai 3 semaines", "plazo", "per confezione da 50
pz", "pronta consegna"), one whole no-bid, one reply that only asks a question (classification "question",
unparseable, no lines), pipe-separated shorthand with a lead time past the need-by date, and a two-line reply offering
an alternate cylinder with a 14-day validity.
The Date headers are the usual ones of each RFQ module (Fri 05 Jun / Fri 12 Jun / Mon 15 Jun 2026).
All companies, people, addresses and numbers are fictitious (.example domains)."""
from make_corpus import line, nob  # expected-line shapes
from blind_round import Round, close, plus  # the round's cases, checked and written; date and amount helpers
import make_blind as S  # rfq-sample.json: DATE Fri, 05 Jun 2026, buyer Nora Reyes, check()
import make_blind4 as H  # rfq-blind.json: DATE Fri, 12 Jun 2026, buyer Lena Marsh, check()
import make_blind6 as V  # rfq-blind2.json: DATE Mon, 15 Jun 2026, buyer Jonas Albers, check()
import datetime

ROUND = Round(289)
sample, blind, blind2 = ROUND.sample, ROUND.blind, ROUND.blind2


def classify(kind):
    """Sets the optional classification field on the case just added."""
    ROUND.cases[-1][2].update({"classification": kind, "reasonContains": kind})


# ===================================== rfq-sample.json (NR-RFQ-0619, USD, 05 Jun 2026) =====================================
# need-by: L1 Aug 3, L2 Jul 20, L3 Jul 13, L4 Aug 17, L5 Jul 27; validity-short below Jun 12 + 14 = Jun 26.

# u289 terse one-liners, one per part, all five lines priced. Gasket "$.178 ea 4 wks" -> 0.178, 28 (Jun 5 + 28 = Jul 3,
# before Aug 3); cable "$1.29/m 2 wks" on the metre line -> 1.29, 14 (Jun 19, before Jul 20); screws "$.0305 ea stock" ->
# 0.0305, 0; plate "$44.10 ea 6 wks" -> 44.10, 42 (Jul 17, before Aug 17); springs "$.0688 ea 3 wks" -> 0.0688, 21
# (Jun 26, before Jul 27). Quantities not restated -> null. "USD" stated. "good 30 days" from Fri 5 Jun -> 2026-07-05
# (not short); "FOB Akron" -> FOB. Every line priced -> parsed, no deviations.
assert plus("2026-06-05", 30) == "2026-07-05" and plus("2026-06-05", 42) == "2026-07-17"
sample("u289-terse-one-liners", S.msg("Pete Varga <pvarga@summit-fastparts.example>", "text/plain", """Nora -

GSK-EPDM-80    $.178 ea   4 wks
CBL-4C22-PUR   $1.29/m    2 wks
SCR-M4X10-A2   $.0305 ea  stock
PLT-0915-R2    $44.10 ea  6 wks
SPR-C0630-302  $.0688 ea  3 wks

USD, FOB Akron, good 30 days.

Pete
Summit Fast Parts
"""),
       "parsed", "USD", "2026-07-05", "FOB",
       [line(1, 0.178, lead=28), line(2, 1.29, lead=14), line(3, 0.0305, lead=0), line(4, 44.10, lead=42),
        line(5, 0.0688, lead=21)],
       [])


# u290 a numbered list. 1. gasket "$0.181 each, 20 working days" -> 0.181, 20 x 7/5 = 28 (Jul 3, before Aug 3).
# 2. cable "no quote, we don't carry cable" -> declined. 3. screws "$31.50 per M, from stock" -> 31.50 / 1000 = 0.0315, 0.
# 4. plate "$43.75 each, 7 weeks" -> 43.75, 49 (Jul 24, before Aug 17). 5. springs "$6.95 per C, 12 working days" ->
# 6.95 / 100 = 0.0695, 12 x 7/5 = 16.8 -> 17 (Jun 22, before Jul 27). Quantities as asked -> null. "Valid until June 30,
# 2026" -> 2026-06-30 (not short: Jun 30 >= Jun 26); "CPT Northridge" -> CPT. Partial, no-bid.
assert close(31.50 / 1000, 0.0315) and close(6.95 / 100, 0.0695) and plus("2026-06-05", 17) == "2026-06-22"
sample("u290-numbered-list-per-m-per-c", S.msg("Angela Moreau <amoreau@lakeshore-supply.example>", "text/plain", """Hi Nora,

Our quote for NR-RFQ-0619, prices in USD:

1. GSK-EPDM-80 gasket - $0.181 each, 20 working days
2. CBL-4C22-PUR cable - no quote, we don't carry cable
3. SCR-M4X10-A2 screws - $31.50 per M, from stock
4. PLT-0915-R2 base plate - $43.75 each, 7 weeks
5. SPR-C0630-302 springs - $6.95 per C, 12 working days

Valid until June 30, 2026. CPT Northridge.

Thanks,
Angela Moreau
Lakeshore Industrial Supply
"""),
       "partial", "USD", "2026-06-30", "CPT",
       [line(1, 0.181, lead=28), nob(2), line(3, 0.0315, lead=0), line(4, 43.75, lead=49), line(5, 0.0695, lead=17)],
       ["no-bid"])


# u291 a quick table typed with TABS. Gasket $0.183, 4 wks -> 28. Cable: qty "1525" m with the remark "cable rounded up to
# 5 full spools (5 x 305 m)" -> quantity 1525 (differs from 1500 -> quantity-differs), "$1.31/m" -> 1.31, 2 wks -> 14.
# Screws $0.0299, stock -> 0. Plate $42.40, 6 wks -> 42. Springs $0.0705, 3 wks -> 21. Other quantities as asked ->
# null. All lead times before need-by (see u289). "good till 7/15/2026" -> 2026-07-15 (not short); "FCA Toledo" -> FCA.
# All priced -> parsed.
assert 5 * 305 == 1525
sample("u291-tab-typed-table-spools", S.msg("Rick Oyelaran <royelaran@maumee-ind.example>", "text/plain", """Nora,

quick quote below, USD:

Part#\tQty\tUnit\tPrice\tLead
GSK-EPDM-80\t5000\tea\t$0.183\t4 wks
CBL-4C22-PUR\t1525\tm\t$1.31/m\t2 wks
SCR-M4X10-A2\t20000\tea\t$0.0299\tstock
PLT-0915-R2\t120\tea\t$42.40\t6 wks
SPR-C0630-302\t8000\tea\t$0.0705\t3 wks

Cable rounded up to 5 full spools (5 x 305 m).
FCA Toledo, good till 7/15/2026.

Rick
Maumee Industrial
"""),
       "parsed", "USD", "2026-07-15", "FCA",
       [line(1, 0.183, lead=28), line(2, 1.31, qty=1525, lead=14), line(3, 0.0299, lead=0), line(4, 42.40, lead=42),
        line(5, 0.0705, lead=21)],
       ["quantity-differs"])


# u292 typed on a phone: lower case, part numbers in lower case (matching ignores case). "gsk-epdm-80 0.19 ea 5 wks" ->
# 0.19, 35 (Jun 5 + 35 = Jul 10, before Aug 3); "spr-c0630-302 0.072 ea 4 wks" -> 0.072, 28 (Jul 3, before Jul 27).
# "cable screws and plates we cant do sorry" -> lines 2, 3, 4 declined. "usd" and "exw" stated. "price good til end of
# june" -> 2026-06-30 (not short). Partial, no-bid.
assert plus("2026-06-05", 35) == "2026-07-10"
sample("u292-typed-on-phone", S.msg("Dana Kim <dkim@keystone-rubber.example>", "text/plain", """hi nora
gsk-epdm-80 0.19 ea 5 wks
spr-c0630-302 0.072 ea 4 wks
cable screws and plates we cant do sorry
usd exw reading pa, price good til end of june
dana

sent from my phone
"""),
       "partial", "USD", "2026-06-30", "EXW",
       [line(1, 0.19, lead=35), nob(2), nob(3), nob(4), line(5, 0.072, lead=28)],
       ["no-bid"])


# u293 answers typed inline under each quoted RFQ line ("> "); the quoted lines carry the requested quantities and need-by
# dates, which are not the vendor's. Gasket "$0.176 each, 4 weeks" -> 0.176, 28. Cable "Not our product, sorry." ->
# declined. Screws "$0.0292 each, 8 weeks - our A2 stock is out" -> 0.0292, 56 (Jun 5 + 56 = Jul 31, AFTER the Jul 13
# need-by -> lead-time-after-need-by). Plate "$42.90 each, 5 weeks" -> 42.90, 35 (Jul 10, before Aug 17). Springs
# "$0.0715 each, 3 weeks" -> 0.0715, 21. Quantities not restated by the vendor -> null. "USD, DAP your dock" -> DAP;
# "valid until 10 July 2026" -> 2026-07-10 (not short). Partial, lead-time-after-need-by and no-bid.
assert plus("2026-06-05", 56) == "2026-07-31"
sample("u293-inline-under-quoted-lines", S.msg("Owen Pryce <opryce@allegheny-mfg.example>", "text/plain", """Hi Nora,

Answers inline below each line. All prices USD, DAP your dock, valid until 10 July 2026.

Owen Pryce
Allegheny Mfg Supply

On Tue, Jun 2, 2026 at 8:30 AM Nora Reyes <nreyes@northridge.example> wrote:
> Please quote the following (RFQ NR-RFQ-0619):
>
> 1  GSK-EPDM-80    Gasket, EPDM 70 Shore A, die-cut, 80 x 62 x 3 mm   5,000 EA   need by 2026-08-03
$0.176 each, 4 weeks.
>
> 2  CBL-4C22-PUR   Cable, 4 x 22 AWG shielded, PUR, black            1,500 M    need by 2026-07-20
Not our product, sorry.
>
> 3  SCR-M4X10-A2   Socket head cap screw M4 x 10, A2-70             20,000 EA   need by 2026-07-13
$0.0292 each, 8 weeks - our A2 stock is out.
>
> 4  PLT-0915-R2    Motor base plate, 10 mm 6082-T6                      120 EA   need by 2026-08-17
$42.90 each, 5 weeks.
>
> 5  SPR-C0630-302  Compression spring, 302 SS, 0.6 x 6.3 x 30        8,000 EA   need by 2026-07-27
$0.0715 each, 3 weeks.
>
> Regards,
> Nora Reyes
"""),
       "partial", "USD", "2026-07-10", "DAP",
       [line(1, 0.176, lead=28), nob(2), line(3, 0.0292, lead=56), line(4, 42.90, lead=35), line(5, 0.0715, lead=21)],
       ["lead-time-after-need-by", "no-bid"])


# u294 typos in words, never in numbers ("Thnaks", "Gaskit", "weks", "Scerws", "Sprigns", "cabel", "sory", "vaild").
# Gasket "$0.185 each, 5 weks" -> 0.185, 35. Screws "$0.031 each, from stock" -> 0.031, 0. Plate "$45.60 each, 6 weeks"
# -> 45.60, 42, "plus a one time set-up charge of $180.00 for the fixture" -> note. Springs "$0.0698 each, 3 weeks" ->
# 0.0698, 21. "Cabel: sory, we dont sell cabel" -> line 2 declined. Quantities as asked -> null. "Quote vaild 45 days"
# from Fri 5 Jun -> 2026-07-20 (not short); "FOB Dayton" -> FOB. Partial, no-bid and note.
assert plus("2026-06-05", 45) == "2026-07-20"
sample("u294-typos-in-words", S.msg("Gus Lindqvist <glindqvist@miami-valley-parts.example>", "text/plain", """Hi Nora,

Thnaks for the RFQ. Our prices in USD:

- Gaskit GSK-EPDM-80: $0.185 each, 5 weks
- Scerws SCR-M4X10-A2: $0.031 each, from stock
- Base plate PLT-0915-R2: $45.60 each, 6 weeks, plus a one time set-up charge of $180.00 for the fixture
- Sprigns SPR-C0630-302: $0.0698 each, 3 weeks
- Cabel: sory, we dont sell cabel.

Quote vaild 45 days, FOB Dayton.

Gus
Miami Valley Parts
"""),
       "partial", "USD", "2026-07-20", "FOB",
       [line(1, 0.185, lead=35), nob(2), line(3, 0.031, lead=0), line(4, 45.60, lead=42), line(5, 0.0698, lead=21)],
       ["no-bid", "note"])


# ===================================== rfq-blind.json (HM-RFQ-2611, USD, 12 Jun 2026) =====================================
# need-by: L1 Jul 20, L2 Aug 10, L3 Jul 27, L4 Aug 17, L5 Sep 1, L6 Sep 21; validity-short below Jun 19 + 14 = Jul 3.

# u295 Dutch mixed with English, prices in euro against the USD RFQ -> currency-differs. Bearing "€ 2,95 per stuk,
# levertijd 2 weken" -> 2.95 EUR, 14 (Jun 12 + 14 = Jun 26, before Jul 27). O-rings "€ 18,40 per 1000 stuks, uit
# voorraad" -> 18.40 / 1000 = 0.0184 EUR, from stock -> 0. Hose "€ 4,10 per meter, levertijd 3 weken" on the metre line
# -> 4.10 EUR, 21 (Jul 3, before Sep 1). Quantities not restated -> null. "Regel 1, 2 en 6 kunnen wij niet aanbieden"
# (we cannot offer lines 1, 2 and 6) -> declined. "Geldig tot 31 juli 2026" -> 2026-07-31 (not short); "FCA Venlo" ->
# FCA. Partial, currency-differs and no-bid.
assert close(18.40 / 1000, 0.0184) and plus("2026-06-12", 21) == "2026-07-03"
blind("u295-dutch-mixed-eur", H.msg("Sanne de Vries <s.devries@maasdal-techniek.example>", "text/plain", """Beste Lena,

Thanks for the RFQ HM-RFQ-2611. Hierbij onze prijzen / our prices (in EUR):

BRG 6205-2RS - € 2,95 per stuk, levertijd 2 weken
OR-0120-NBR70 - € 18,40 per 1000 stuks, uit voorraad
HSE-2SN-08 - € 4,10 per meter, levertijd 3 weken

Regel 1, 2 en 6 kunnen wij niet aanbieden.

Geldig tot 31 juli 2026, FCA Venlo.

Met vriendelijke groet / kind regards,
Sanne de Vries
Maasdal Techniek B.V.
"""),
       "partial", "EUR", "2026-07-31", "FCA",
       [nob(1), nob(2), line(3, 2.95, "EUR", lead=14), line(4, 0.0184, "EUR", lead=0), line(5, 4.10, "EUR", lead=21),
        nob(6)],
       ["currency-differs", "no-bid"])


# u296 one whole no-bid in three lines: "we'll have to pass on HM-RFQ-2611 - shop is booked solid through September".
# Every line declined -> all six noBid, currency / validUntil / incoterms null, status no-bid, kinds {no-bid}.
blind("u296-whole-no-bid-short", H.msg("Carl Mendes <cmendes@riverbend-fab.example>", "text/plain", """Hi Lena,

Thanks for sending HM-RFQ-2611 but we'll have to pass on this one - shop is booked solid through September.
Please keep us on your list for the next one.

Carl Mendes
Riverbend Fabrication
"""),
       "no-bid", None, None, None, [nob(1), nob(2), nob(3), nob(4), nob(5), nob(6)], ["no-bid"])


# u297 a reply that only asks a question (hose cut to length with fittings or bulk on reels?) and promises a quote the
# same day. No price, no decline -> unparseable, no lines, no deviation kinds; classification "question" as for
# c47 / u88 / u186.
blind("u297-question-only-hose-lengths", H.msg("Priya Raman <praman@tri-county-hydraulics.example>", "text/plain", """Hi Lena,

Quick question before I quote HM-RFQ-2611: the hose HSE-2SN-08 - do you want it cut to length with crimped
fittings, or bulk on reels? If cut, can you send the cut list?

I'll price everything as soon as I hear back.

Thanks,
Priya
Tri-County Hydraulics
"""),
       "unparseable", None, None, None, [], [])
classify("question")


# u298 a quick table typed with SPACES. Resin "$82.50/bag" with the unit column "25 kg bag" -> 82.50 / 25 = 3.30 per kg,
# 3 wks -> 21 (Jun 12 + 21 = Jul 3, before Jul 20). Sheet "$138.00" per "ea", 4 wks -> 28 (Jul 10, before Aug 10).
# O-rings "$21.00" per "M" (thousand, counted pieces) -> 0.021, 2 wks -> 14 (Jun 26, before Aug 17). Bearings, hose and
# kits "no quote" -> declined. Quantities as asked -> null. "valid 30 days" from Fri 12 Jun -> 2026-07-12 (not short);
# "FOB Gary, IN" -> FOB. Partial, no-bid.
assert close(82.50 / 25, 3.30) and close(21.00 / 1000, 0.021) and plus("2026-06-12", 30) == "2026-07-12"
blind("u298-space-table-per-bag", H.msg("Walt Brzezinski <wbrz@calumet-plastics.example>", "text/plain", """Lena,

Part              Qty        Per          Price      Lead
RES-PA66-GF30     2,500 kg   25 kg bag    $82.50     3 wks
SHT-5052H32-030   90         ea           $138.00    4 wks
BRG 6205-2RS      400        ea           no quote
OR-0120-NBR70     50,000     M            $21.00     2 wks
HSE-2SN-08        800 m      m            no quote
KIT-PX200-SEAL    150        set          no quote

USD, FOB Gary, IN. Prices valid 30 days.

Walt
Calumet Plastics & Metals
"""),
       "partial", "USD", "2026-07-12", "FOB",
       [line(1, 3.30, lead=21), line(2, 138.00, lead=28), nob(3), line(4, 0.021, lead=14), nob(5), nob(6)],
       ["no-bid"])


# u299 German mixed with English, prices "in USD" with decimal commas. Bearing "USD 3,10/Stk., ab Lager" -> 3.10, 0.
# Hose "USD 4,45/m, 10 Arbeitstage" -> 4.45, 10 working days x 7/5 = 14 (Jun 26, before Sep 1). Kit "USD 38,50 pro
# Satz, 6 Wochen" -> 38.50, 42 (Jul 24, before Sep 21). "O-Ringe: leider kein Angebot" -> line 4 declined. Resin and
# sheet never mentioned -> missing-line. Quantities not restated -> null. "Angebot gültig bis 15.07.2026" ->
# 2026-07-15 (not short); "FCA Hamburg" -> FCA. Partial, missing-line and no-bid.
assert plus("2026-06-12", 42) == "2026-07-24"
blind("u299-german-mixed-usd", H.msg("Jens Ohlendorf <j.ohlendorf@elbe-industriebedarf.example>", "text/plain", """Hallo Lena,

thanks for HM-RFQ-2611. Unsere Preise in USD:

BRG 6205-2RS: USD 3,10/Stk., ab Lager
HSE-2SN-08: USD 4,45/m, 10 Arbeitstage
KIT-PX200-SEAL: USD 38,50 pro Satz, 6 Wochen
O-Ringe: leider kein Angebot.

Angebot gültig bis 15.07.2026, FCA Hamburg.

Viele Grüße / best regards
Jens Ohlendorf
Elbe Industriebedarf GmbH
""", cte="quoted-printable"),
       "partial", "USD", "2026-07-15", "FCA",
       [line(3, 3.10, lead=0), nob(4), line(5, 4.45, lead=14), line(6, 38.50, lead=42)],
       ["missing-line", "no-bid"])


# ===================================== rfq-blind2.json (VM-RFQ-4418, EUR, 15 Jun 2026) =====================================
# need-by: L1 Aug 28, L2 Oct 2, L3 Aug 14, L4 Sep 11, L5 Oct 9; validity-short below Jun 26 + 14 = Jul 10.

# u300 French mixed with English. Pos. 3 fitting "4,15 € HT / pièce, délai 3 semaines" -> 4.15, 21 (Jun 15 + 21 =
# Jul 6, before Aug 14); "HT" (excluding VAT) is a VAT remark. Pos. 4 cylinder "96,80 € HT / pièce, délai 5 semaines"
# -> 96.80, 35 (Jul 20, before Sep 11). "Pos. 1, 2 et 5 : pas d'offre" -> declined. Quantities not restated -> null.
# "Offre valable 60 jours" from Mon 15 Jun -> 2026-08-14 (not short); "DAP Bielefeld" -> DAP. EUR. Partial, no-bid.
assert plus("2026-06-15", 60) == "2026-08-14" and plus("2026-06-15", 35) == "2026-07-20"
blind2("u300-french-mixed", V.msg("Claire Dubois <c.dubois@rhone-pneumatique.example>", "text/plain", """Bonjour M. Albers,

Thanks for VM-RFQ-4418. Voici notre offre / here is our offer:

Pos. 3 FIT-316-G12-10 : 4,15 € HT / pièce, délai 3 semaines
Pos. 4 DSBC-32-80-PPVA-N3 : 96,80 € HT / pièce, délai 5 semaines
Pos. 1, 2 et 5 : pas d'offre (machined parts, not our business).

Offre valable 60 jours, DAP Bielefeld.

Cordialement / best regards,
Claire Dubois
Rhône Pneumatique SARL
"""),
       "partial", "EUR", "2026-08-14", "DAP",
       [nob(1), nob(2), line(3, 4.15, "EUR", lead=21), line(4, 96.80, "EUR", lead=35), nob(5)],
       ["no-bid"])


# u301 Spanish mixed with English. Shaft "39,60 EUR/ud., plazo 8 semanas" -> 39.60, 56 (Jun 15 + 56 = Aug 10, before
# Aug 28). Housing "1.095,00 EUR/ud., plazo 14 semanas" -> 1095.00, 98 (Sep 21, before Oct 2). Bracket set "11,20
# EUR/juego, plazo 4 semanas" -> 11.20 per set, 28 (Jul 13, before Oct 9). "Líneas 3 y 4: no ofertamos" -> declined.
# Quantities not restated -> null. "Validez de la oferta: 30 días" from Mon 15 Jun -> 2026-07-15 (not short);
# "EXW Valencia" -> EXW. Partial, no-bid.
assert plus("2026-06-15", 56) == "2026-08-10" and plus("2026-06-15", 98) == "2026-09-21"
blind2("u301-spanish-mixed", V.msg("Javier Soler <jsoler@turia-mecanizados.example>", "text/plain", """Hola Jonas,

thanks for VM-RFQ-4418. Nuestra oferta / our offer:

SH-2231-C rev B: 39,60 EUR/ud., plazo 8 semanas
HSG-1180-GJL: 1.095,00 EUR/ud., plazo 14 semanas
2231-004-03: 11,20 EUR/juego, plazo 4 semanas
Líneas 3 y 4: no ofertamos (catalogue parts).

Validez de la oferta: 30 días. EXW Valencia.

Saludos / regards,
Javier Soler
Turia Mecanizados S.L.
"""),
       "partial", "EUR", "2026-07-15", "EXW",
       [line(1, 39.60, "EUR", lead=56), line(2, 1095.00, "EUR", lead=98), nob(3), nob(4), line(5, 11.20, "EUR", lead=28)],
       ["no-bid"])


# u302 Italian mixed with English. Fitting "€ 212,50 per confezione da 50 pz, pronta consegna (ex stock)" -> 212.50 / 50
# = 4.25 per piece, 0; 2,000 pcs = 40 packs exactly, so the quantity is as asked -> null. Cylinder "€ 99,40 cad.,
# consegna 4 settimane" -> 99.40 each, 28 (Jun 15 + 28 = Jul 13, before Sep 11). Shaft, housing and bracket set never
# mentioned -> missing-line. "Validità offerta: 31/07/2026" -> 2026-07-31 (not short); "Resa FCA Milano" -> FCA. EUR.
# Partial, missing-line.
assert close(212.50 / 50, 4.25) and 2000 % 50 == 0
blind2("u302-italian-mixed-pack-of-50", V.msg("Marco Ferri <m.ferri@lombarda-raccordi.example>", "text/plain", """Buongiorno Sig. Albers,

thank you for VM-RFQ-4418. Ecco la nostra offerta for the two catalogue items:

FIT-316-G12-10: € 212,50 per confezione da 50 pz, pronta consegna (ex stock)
DSBC-32-80-PPVA-N3: € 99,40 cad., consegna 4 settimane

Validità offerta: 31/07/2026. Resa FCA Milano.

Cordiali saluti / kind regards,
Marco Ferri
Lombarda Raccordi S.r.l.
"""),
       "partial", "EUR", "2026-07-31", "FCA",
       [line(3, 4.25, "EUR", lead=0), line(4, 99.40, "EUR", lead=28)],
       ["missing-line"])


# u303 pipe-separated shorthand, one position per line, decimal points. Shaft "EUR 41.20/pc | 9 wks" -> 41.20, 63 (Jun 15
# + 63 = Aug 17, before Aug 28). Housing "EUR 1,150.00/pc | 17 wks" -> 1150.00, 119 (Oct 12, AFTER the Oct 2 need-by ->
# lead-time-after-need-by). Bracket set "EUR 12.90/set | 5 wks" -> 12.90, 35 (Jul 20, before Oct 9). "Pos 3 + 4 | not
# for us" -> declined. Quantities not restated -> null. "valid to 2026-07-31" (not short); "EXW Tilburg" -> EXW.
# Partial, lead-time-after-need-by and no-bid.
assert plus("2026-06-15", 119) == "2026-10-12" and plus("2026-06-15", 63) == "2026-08-17"
blind2("u303-pipe-shorthand-late-housing", V.msg("Ruud Jansen <r.jansen@brabant-cnc.example>", "text/plain", """Jonas,

VM-RFQ-4418, quick reply:

Pos 1 | SH-2231-C rev B | EUR 41.20/pc | 9 wks
Pos 2 | HSG-1180-GJL | EUR 1,150.00/pc | 17 wks
Pos 5 | 2231-004-03 | EUR 12.90/set | 5 wks
Pos 3 + 4 | not for us

EXW Tilburg, valid to 2026-07-31.

Ruud
Brabant CNC
"""),
       "partial", "EUR", "2026-07-31", "EXW",
       [line(1, 41.20, "EUR", lead=63), line(2, 1150.00, "EUR", lead=119), nob(3), nob(4), line(5, 12.90, "EUR", lead=35)],
       ["lead-time-after-need-by", "no-bid"])


# u304 a two-line reply: fitting "EUR 3,98 each, stock" -> 3.98, 0; cylinder offered as "our equivalent AIR-ISO-32-80
# instead of the Festo DSBC-32-80-PPVA-N3 ... EUR 74,90 each, 2 weeks" -> alternatePartNumber AIR-ISO-32-80, 74.90, 14
# (Jun 29, before Sep 11) -> alternate-part. Quantities not restated -> null. Shaft, housing and brackets never
# mentioned -> missing-line. "Prices valid 14 days" from Mon 15 Jun -> 2026-06-29, earlier than Jul 10 ->
# validity-short. "EXW Eindhoven" -> EXW. EUR. Partial.
assert plus("2026-06-15", 14) == "2026-06-29"
blind2("u304-two-liner-alternate-cylinder", V.msg("Lotte Bakker <l.bakker@kempen-fluid.example>", "text/plain", """Hi Jonas,

FIT-316-G12-10: EUR 3,98 each, stock.
DSBC-32-80-PPVA-N3: we offer our equivalent AIR-ISO-32-80 instead of the Festo, EUR 74,90 each, 2 weeks.

Prices valid 14 days, EXW Eindhoven.

Lotte
Kempen Fluid Power
"""),
       "partial", "EUR", "2026-06-29", "EXW",
       [line(3, 3.98, "EUR", lead=0), line(4, 74.90, "EUR", lead=14, alt="AIR-ISO-32-80")],
       ["alternate-part", "missing-line", "validity-short"])


if __name__ == "__main__":
    ROUND.write()
