#!/usr/bin/env python3
"""Writes replies u417..u432 (Corpus/u*.eml + expected u*.json) - the twenty-seventh blind round: six against
rfq-sample.json (NR-RFQ-0619, Date header, buyer and check() of make_blind.py), five against rfq-blind.json
(HM-RFQ-2611, those of make_blind4.py) and five against rfq-blind2.json (VM-RFQ-4418, those of make_blind6.py).

Like the twenty-six earlier rounds, these replies were written BLIND: from the quote-parse normalization rules and the
conventions in ../../../../shared/quote-samples/README.md only, before the parser ran on them and without reading the
extractor's source. The expected values are what a human applying those rules arrives at; they were not adjusted to
the parser's output. The theme is REPLIES WRITTEN WHOLLY IN ONE OTHER LANGUAGE: sixteen replies each written entirely
in Dutch, Swedish, Danish, Czech, Hungarian, Romanian, Brazilian Portuguese, Mexican Spanish or Italian, the way a
native vendor writes them - greetings and sign-offs, unit words ("stuks" / "st.", "st", "stk.", "ks", "db", "fm",
"buc", "pç", "pzas" / "c/u", "cad."), lead-time words ("levertijd", "leveranstid", "leveringstid", "dodací lhůta",
"szállítási határidő", "termen de livrare", "prazo de entrega", "tiempo de entrega", "consegna"), working days in each
language ("werkdagen", "arbetsdagar", "arbejdsdage", "pracovních dnů", "munkanap", "zile lucrătoare", "dias úteis",
"días hábiles", "giorni lavorativi"), stock words ("uit voorraad", "från lager", "fra lager", "skladem", "raktárról",
"din stoc", "pronta entrega", "en existencia", "pronta consegna"), decimal commas with dot, space or no thousands
(and the Mexican decimal point), local currencies named once by code and then by their local sign (CZK "Kč", HUF "Ft",
RON "lei", SEK / DKK "kr", BRL "R$" named only as "reais", MXN "$ ... MXN") or EUR / USD, per-100 and per-1000 prices
("per 100 st.", "Kč/100 ks", "pr. 1.000 stk.", "lei / 1.000 buc", "Ft/1000 db", Brazilian "o milheiro"), sack, box and
roll prices, price breaks, MOQs, an alternate bearing, pack rounding, one-off charges and a metal-price clause (note),
no-bid phrases in each language ("nenabízíme", "nem tudunk ajánlatot adni", "nu putem oferta", "não cotamos",
"declinamos cotizar", "non quotiamo", "kan vi tyvärr inte offerera", "kan vi desværre ikke tilbyde", "geen
aanbieding"), a whole Hungarian no-bid, a Romanian reply that only asks questions (classification "question") and
local validity phrases and date formats ("14. 8. 2026", "2026. július 31-ig", "30.09.2026", "tot en met 17 juli 2026",
"15 gg", "30 días naturales"). One reply (Danish) gives its terms in English.
The Date headers are the usual ones of each RFQ module (Fri 05 Jun / Fri 12 Jun / Mon 15 Jun 2026).
All companies, people, addresses and numbers are fictitious (.example domains)."""
from make_corpus import line, nob  # expected-line shapes
from blind_round import Round, close, plus  # the round's cases, checked and written; date and amount helpers
import make_blind as S  # rfq-sample.json: DATE Fri, 05 Jun 2026, buyer Nora Reyes, check()
import make_blind4 as H  # rfq-blind.json: DATE Fri, 12 Jun 2026, buyer Lena Marsh, check()
import make_blind6 as V  # rfq-blind2.json: DATE Mon, 15 Jun 2026, buyer Jonas Albers, check()
import datetime

ROUND = Round(417)
sample, blind, blind2 = ROUND.sample, ROUND.blind, ROUND.blind2


def classify(kind):
    """Sets the optional classification field on the case just added."""
    ROUND.cases[-1][2].update({"classification": kind, "reasonContains": kind})


# ===================================== rfq-sample.json (NR-RFQ-0619, USD, 05 Jun 2026) =====================================
# need-by: L1 Aug 3, L2 Jul 20, L3 Jul 13, L4 Aug 17, L5 Jul 27; validity-short below Jun 12 + 14 = Jun 26.

# u417 Brazilian Portuguese, prices in reais ("valores em reais (R$)", no ISO code written) -> BRL, currency-differs.
# Item 1 gasket "R$ 0,94", "25 dias úteis" -> 0.94, 25 x 7/5 = 35 (Jun 5 + 35 = Jul 10, before Aug 3). Item 3 screws
# "R$ 158,00 o milheiro" (per thousand) -> 158.00 / 1000 = 0.158, "pronta entrega" -> 0. Item 5 springs "R$ 0,36",
# "30 dias" (calendar days) -> 0.36, 30 (Jul 5, before Jul 27). "5.000 pç" etc. restate the requested quantities
# (dot thousands) -> null. "Itens 2 e 4 ... não cotamos" -> declined. ICMS / IPI percentages are tax remarks and
# "28 ddl" is a payment term - neither a deviation nor a lead time. "Validade da proposta: 20 dias" from Fri 5 Jun ->
# 2026-06-25, earlier than Jun 26 -> validity-short. "FCA Campinas/SP" -> FCA. Partial.
assert close(158.00 / 1000, 0.158) and plus("2026-06-05", 20) == "2026-06-25" and plus("2026-06-05", 35) == "2026-07-10"
sample("u417-portuguese-br-milheiro-dias-uteis", S.msg("Camila Ribeiro <camila.ribeiro@paulista-vedacoes.example>", "text/plain", """Prezada Nora, boa tarde!

Agradecemos a oportunidade de cotar a sua solicitação NR-RFQ-0619. Segue abaixo a nossa proposta, com valores em reais (R$):

Item 1 – GSK-EPDM-80 – Junta de EPDM 80 x 62 x 3 mm
   Qtde: 5.000 pç | Preço unit.: R$ 0,94 | Prazo de entrega: 25 dias úteis

Item 3 – SCR-M4X10-A2 – Parafuso Allen M4 x 10, inox A2-70
   Qtde: 20.000 pç | Preço: R$ 158,00 o milheiro | Prazo de entrega: pronta entrega

Item 5 – SPR-C0630-302 – Mola de compressão, inox 302
   Qtde: 8.000 pç | Preço unit.: R$ 0,36 | Prazo de entrega: 30 dias

Itens 2 e 4 (cabo e placa usinada): não cotamos, estão fora da nossa linha de fornecimento.

Impostos: ICMS 12% incluso; IPI 6,5% não incluso.
Frete: FCA Campinas/SP (Incoterms 2020).
Condição de pagamento: 28 ddl.
Validade da proposta: 20 dias.

Ficamos à disposição para qualquer esclarecimento.

Atenciosamente,
Camila Ribeiro
Depto. Comercial – Paulista Vedações e Fixadores Ltda.
Tel.: +55 19 5555-0187
"""),
       "partial", "BRL", "2026-06-25", "FCA",
       [line(1, 0.94, "BRL", lead=35), nob(2), line(3, 0.158, "BRL", lead=0), nob(4), line(5, 0.36, "BRL", lead=30)],
       ["currency-differs", "no-bid", "validity-short"])


# u418 Mexican Spanish, Mexican pesos stated ("pesos mexicanos (MXN)", "$... MXN" on every price) -> MXN,
# currency-differs. Mexico writes the decimal POINT and the thousands comma: "$3.28 MXN c/u" (c/u = each) -> 3.28;
# "$26.40 MXN por metro" on the metre line -> 26.40; "$0.61 MXN c/u" -> 0.61; "$1,045.00 MXN c/u" -> 1045.00. The
# quantities "5,000 pzas", "1,500 m", "20,000 pzas", "120 pzas" are the requested ones -> null. Lead times: "4 semanas"
# -> 28 (Jul 3, before Aug 3); "15 días hábiles" -> 15 x 7/5 = 21 (Jun 26, before Jul 20); "en existencia" -> 0;
# "6 a 8 semanas" -> upper bound 56 (Jul 31, before Aug 17). "Partida 5 ... declinamos cotizar" -> declined. "Vigencia:
# 30 días naturales" from Fri 5 Jun -> 2026-07-05 (not short); "FCA Querétaro" -> FCA. "Crédito 30 días" is payment.
# Partial, currency-differs and no-bid.
assert plus("2026-06-05", 56) == "2026-07-31" and plus("2026-06-05", 30) == "2026-07-05"
sample("u418-mexican-spanish-mxn-decimal-point", S.msg("Fernando Castañeda <fcastaneda@bajio-industrial.example>", "text/plain", """Estimada Nora:

Por medio del presente le hacemos llegar nuestra cotización para su requisición NR-RFQ-0619.
Precios en pesos mexicanos (MXN), más IVA.

Partida  No. de parte     Cantidad       Precio unitario          Tiempo de entrega
1        GSK-EPDM-80      5,000 pzas     $3.28 MXN c/u            4 semanas
2        CBL-4C22-PUR     1,500 m        $26.40 MXN por metro     15 días hábiles
3        SCR-M4X10-A2     20,000 pzas    $0.61 MXN c/u            en existencia
4        PLT-0915-R2      120 pzas       $1,045.00 MXN c/u        6 a 8 semanas

Partida 5 (resortes SPR-C0630-302): declinamos cotizar, no es nuestra línea de productos.

Condiciones comerciales:
- Incoterm: FCA Querétaro, Qro.
- Vigencia: 30 días naturales
- Forma de pago: crédito 30 días

Quedo a sus órdenes para cualquier duda o aclaración.

Saludos cordiales,
Ing. Fernando Castañeda
Ventas Industriales - Bajío Industrial, S.A. de C.V.
Tel. +52 442 555 0139
"""),
       "partial", "MXN", "2026-07-05", "FCA",
       [line(1, 3.28, "MXN", lead=28), line(2, 26.40, "MXN", lead=21), line(3, 0.61, "MXN", lead=0),
        line(4, 1045.00, "MXN", lead=56), nob(5)],
       ["currency-differs", "no-bid"])


# u419 Czech, windows-1250, "Ceny jsou uvedeny v CZK" then "Kč" on every price -> CZK, currency-differs. Space
# thousands and decimal commas. Pol. 1 gasket "4,35 Kč/ks", "dodací lhůta 3–4 týdny" -> 4.35, upper bound 28 (Jul 3,
# before Aug 3), plus "jednorázové náklady na výsekový nůž 3 800,00 Kč" (one-off cutting-die charge) -> note. Pol. 3
# screws "68,00 Kč/100 ks" -> 0.68, "skladem" -> 0. Pol. 4 plate "1 085,00 Kč/ks", "6 týdnů" -> 1085.00, 42 (Jul 17,
# before Aug 17). Pol. 5 springs "1,62 Kč/ks", "15 pracovních dnů" -> 15 x 7/5 = 21 (Jun 26, before Jul 27). The "ks"
# quantities restate the requested ones -> null. "Pol. 2 ... nenabízíme" -> declined. "Platnost nabídky: 30 dní" from
# Fri 5 Jun -> 2026-07-05 (not short); "FCA Brno" -> FCA; "Splatnost faktur: 30 dní" is payment. Partial.
assert close(68.00 / 100, 0.68) and plus("2026-06-05", 42) == "2026-07-17" and plus("2026-06-05", 21) == "2026-06-26"
sample("u419-czech-czk-per-100-ks-die", S.msg("Petra Dvořáková <dvorakova@moravske-tesneni.example>", "text/plain", """Dobrý den, paní Reyes,

děkujeme za Vaši poptávku NR-RFQ-0619. Níže zasíláme naši cenovou nabídku. Ceny jsou uvedeny v CZK bez DPH.

Pol. 1  GSK-EPDM-80     těsnění EPDM 80 x 62 x 3 mm        5 000 ks   4,35 Kč/ks         dodací lhůta 3–4 týdny
        + jednorázové náklady na výsekový nůž 3 800,00 Kč
Pol. 3  SCR-M4X10-A2    šroub M4 x 10, A2-70              20 000 ks   68,00 Kč/100 ks    skladem
Pol. 4  PLT-0915-R2     základová deska motoru 6082-T6      120 ks   1 085,00 Kč/ks     dodací lhůta 6 týdnů
Pol. 5  SPR-C0630-302   tlačná pružina, nerez 302          8 000 ks   1,62 Kč/ks         dodací lhůta 15 pracovních dnů

Pol. 2 (kabel CBL-4C22-PUR) nenabízíme – kabely nejsou v našem sortimentu.

Dodací podmínky: FCA Brno (Incoterms 2020)
Platnost nabídky: 30 dní
Splatnost faktur: 30 dní

S pozdravem

Ing. Petra Dvořáková
obchodní oddělení
Moravské těsnění s.r.o., Brno
tel.: +420 545 555 017
""", charset="windows-1250"),
       "partial", "CZK", "2026-07-05", "FCA",
       [line(1, 4.35, "CZK", lead=28), nob(2), line(3, 0.68, "CZK", lead=0), line(4, 1085.00, "CZK", lead=42),
        line(5, 1.62, "CZK", lead=21)],
       ["currency-differs", "no-bid", "note"])


# u420 Danish, ISO-8859-1, "alle priser i DKK" then "kr." -> DKK, currency-differs. Dot thousands, decimal commas.
# Gasket "1,28 kr./stk.", "3 uger" -> 1.28, 21 (Jun 26, before Aug 3). Screws "0,21 kr./stk.", "fra lager" -> 0.21, 0.
# Plate "2.340,00 kr./stk.", "2 måneder" -> 2340.00, 2 x 30 = 60 (Aug 4, before Aug 17). Springs "485,00 kr. pr. 1.000
# stk." -> 485.00 / 1000 = 0.485, "4 uger" -> 28 (Jul 3, before Jul 27). Quantities restate the requested ones -> null.
# "Kablet ... kan vi desværre ikke tilbyde" -> line 2 declined. "Tilbuddet er gældende i 14 dage" from Fri 5 Jun ->
# 2026-06-19, earlier than Jun 26 -> validity-short. "EXW Odense (ab fabrik)" -> EXW. Partial.
assert close(485.00 / 1000, 0.485) and plus("2026-06-05", 60) == "2026-08-04" and plus("2026-06-05", 14) == "2026-06-19"
sample("u420-danish-dkk-pr-1000-stk-14-dage", S.msg("Mette Kjær Andersen <mka@fyns-fjedre.example>", "text/plain", """Kære Nora

Tak for jeres forespørgsel NR-RFQ-0619. Vi kan tilbyde følgende - alle priser i DKK, ekskl. moms:

Varenr.          Antal         Pris                         Leveringstid
GSK-EPDM-80      5.000 stk.    1,28 kr./stk.                3 uger
SCR-M4X10-A2     20.000 stk.   0,21 kr./stk.                fra lager
PLT-0915-R2      120 stk.      2.340,00 kr./stk.            2 måneder
SPR-C0630-302    8.000 stk.    485,00 kr. pr. 1.000 stk.    4 uger

Kablet (CBL-4C22-PUR) kan vi desværre ikke tilbyde.

Levering: EXW Odense (ab fabrik).
Betaling: netto 30 dage.
Tilbuddet er gældende i 14 dage.

Med venlig hilsen
Mette Kjær Andersen
Salgskoordinator
Fyns Fjedre & Pakninger ApS
Tlf. +45 66 55 50 21 - CVR 39 55 50 21
""", charset="iso-8859-1"),
       "partial", "DKK", "2026-06-19", "EXW",
       [line(1, 1.28, "DKK", lead=21), nob(2), line(3, 0.21, "DKK", lead=0), line(4, 2340.00, "DKK", lead=60),
        line(5, 0.485, "DKK", lead=28)],
       ["currency-differs", "no-bid", "validity-short"])


# u421 Dutch, prices "in USD" with decimal commas ("USD 0,192") -> USD, the RFQ currency. 1. gasket "USD 0,192 per stuk
# - levertijd 20 werkdagen" -> 0.192, 20 x 7/5 = 28 (Jul 3, before Aug 3). 2. cable "USD 1,36 per meter - 3 weken" on
# the metre line -> 1.36, 21 (Jun 26, before Jul 20). 3. screws "USD 2,95 per 100 st. - uit voorraad leverbaar" ->
# 0.0295, 0. 5. springs "USD 0,0712 per stuk - minimale afname 10.000 stuks - levertijd 4 à 5 weken" -> 0.0712, moq
# 10000 (above the 8,000 requested -> moq-above-quantity; quantity not restated -> null), "4 à 5 weken" is the Dutch
# range 4 to 5 -> 35 (Jul 10, before Jul 27). The plate (line 4) is never mentioned -> missing-line. "geldig tot en
# met 17 juli 2026" -> 2026-07-17 (not short); "DAP Dayton, OH" -> DAP; "exclusief btw" is a VAT remark. Partial.
assert close(2.95 / 100, 0.0295) and plus("2026-06-05", 35) == "2026-07-10" and 10000 > 8000
sample("u421-dutch-usd-werkdagen-moq", S.msg("Jeroen Bakker <j.bakker@twentse-technische-handel.example>", "text/plain", """Geachte mevrouw Reyes,

Hartelijk dank voor uw aanvraag NR-RFQ-0619. Graag bieden wij u het volgende aan (prijzen in USD, exclusief btw):

1. GSK-EPDM-80, pakking EPDM 80 x 62 x 3 mm
   USD 0,192 per stuk - levertijd 20 werkdagen
2. CBL-4C22-PUR, kabel 4 x 22 AWG afgeschermd, PUR-mantel
   USD 1,36 per meter - levertijd 3 weken
3. SCR-M4X10-A2, inbusbout M4 x 10, A2-70
   USD 2,95 per 100 st. - uit voorraad leverbaar
5. SPR-C0630-302, drukveer RVS 302
   USD 0,0712 per stuk - minimale afname 10.000 stuks - levertijd 4 à 5 weken

Leveringsconditie: DAP Dayton, OH (Incoterms 2020).
Deze offerte is geldig tot en met 17 juli 2026.

Wij vertrouwen erop u hiermee een passende aanbieding te hebben gedaan.

Met vriendelijke groet,
Jeroen Bakker
Binnendienst Verkoop
Twentse Technische Handel B.V. - Hengelo
T +31 74 555 0163
"""),
       "partial", "USD", "2026-07-17", "DAP",
       [line(1, 0.192, lead=28), line(2, 1.36, lead=21), line(3, 0.0295, lead=0), line(5, 0.0712, lead=35, moq=10000)],
       ["missing-line", "moq-above-quantity"])


# u422 Hungarian, ISO-8859-2 quoted-printable, a whole no-bid: "a kért tételekre jelenleg nem tudunk ajánlatot adni"
# (we cannot quote the requested items), capacity booked to the end of the third quarter. The tax number and phone in
# the signature are no prices. Every line declined -> all five noBid, currency / validUntil / incoterms null, status
# no-bid, kinds {no-bid}.
sample("u422-hungarian-whole-no-bid", S.msg("Kovács Eszter <kovacs.eszter@tisza-gumi.example>", "text/plain", """Tisztelt Reyes Asszony!

Köszönjük megtisztelő ajánlatkérését (NR-RFQ-0619).

Sajnálattal értesítjük, hogy a kért tételekre jelenleg nem tudunk ajánlatot adni: gyártókapacitásunk a
harmadik negyedév végéig teljesen le van kötve, így a kért szállítási határidőket nem tudnánk tartani.

Kérjük, a jövőbeni ajánlatkéréseinél továbbra is gondoljon ránk.

Üdvözlettel:

Kovács Eszter
értékesítési vezető
Tisza-Gumi Kft., 6000 Kecskemét, Ipari út 12.
Tel.: +36 76 555 0134
Adószám: 24555013-2-03
""", charset="iso-8859-2", cte="quoted-printable"),
       "no-bid", None, None, None, [nob(1), nob(2), nob(3), nob(4), nob(5)], ["no-bid"])


# ===================================== rfq-blind.json (HM-RFQ-2611, USD, 12 Jun 2026) =====================================
# need-by: L1 Jul 20, L2 Aug 10, L3 Jul 27, L4 Aug 17, L5 Sep 1, L6 Sep 21; validity-short below Jun 19 + 14 = Jul 3.

# u423 Swedish, base64 UTF-8, "priser i SEK" then "kr" -> SEK, currency-differs. Space thousands, decimal commas.
# Pos 1 resin "1 187,50 kr/säck à 25 kg" against the KG line -> 1187.50 / 25 = 47.50 per kg, "3 veckor" -> 21 (Jul 3,
# before Jul 20). Pos 2 sheet "1 640,00 kr/st", "5–6 veckor" -> 1640.00, upper bound 42 (Jul 24, before Aug 10). Pos 3
# bearing "41,90 kr/st", "från lager" -> 41.90, 0. Pos 4 O-rings, two break rows "0,34 kr/st vid 10 000 st" / "0,27
# kr/st vid 50 000 st" -> the 50,000 break applies to the 50,000 requested -> 0.27, "10 arbetsdagar" -> 14 (Jun 26,
# before Aug 17). Pos 5 hose "58,50 kr/m" on the metre line -> 58.50, "4 veckor" -> 28 (Jul 10, before Sep 1). The
# quantities restate the requested ones -> null. "Pos 6 ... kan vi tyvärr inte offerera" -> declined. "Offerten gäller
# till och med 2026-07-31" (not short); "FCA Göteborg" -> FCA. Partial, currency-differs and no-bid.
assert close(1187.50 / 25, 47.50) and plus("2026-06-12", 42) == "2026-07-24" and plus("2026-06-12", 14) == "2026-06-26"
blind("u423-swedish-sek-sack-break-rows", H.msg("Karin Sjöberg <karin.sjoberg@vastkust-industri.example>", "text/plain", """Hej Lena,

Tack för förfrågan HM-RFQ-2611! Här kommer vår offert. Alla priser i SEK, exkl. moms.

Pos  Artikel           Antal       Pris                          Leveranstid
1    RES-PA66-GF30     2 500 kg    1 187,50 kr/säck à 25 kg      3 veckor
2    SHT-5052H32-030   90 st       1 640,00 kr/st                5–6 veckor
3    BRG 6205-2RS      400 st      41,90 kr/st                   från lager
4    OR-0120-NBR70     50 000 st   0,34 kr/st vid 10 000 st      10 arbetsdagar
                                   0,27 kr/st vid 50 000 st
5    HSE-2SN-08        800 m       58,50 kr/m                    4 veckor

Pos 6 (tätningssats KIT-PX200-SEAL) kan vi tyvärr inte offerera.

Leveransvillkor: FCA Göteborg (Incoterms 2020)
Betalningsvillkor: 30 dagar netto
Offerten gäller till och med 2026-07-31.

Med vänlig hälsning
Karin Sjöberg
Innesäljare, Västkust Industriförnödenheter AB
Tel. 031-555 01 46
""", cte="base64"),
       "partial", "SEK", "2026-07-31", "FCA",
       [line(1, 47.50, "SEK", lead=21), line(2, 1640.00, "SEK", lead=42), line(3, 41.90, "SEK", lead=0),
        line(4, 0.27, "SEK", lead=14), line(5, 58.50, "SEK", lead=28), nob(6)],
       ["currency-differs", "no-bid"])


# u424 Romanian, "prețurile sunt exprimate în lei (RON)" then "lei" -> RON, currency-differs. Poz. 3 bearing "18,40
# lei/buc", "din stoc" -> 18.40, 0. Poz. 4 O-rings "96,00 lei / 1.000 buc" -> 96.00 / 1000 = 0.096, "2 săptămâni" -> 14
# (Jun 26, before Aug 17). Poz. 5 hose "24,75 lei/m" on the metre line -> 24.75, "10 zile lucrătoare" -> 10 x 7/5 = 14.
# Poz. 6 kit "142,00 lei/set", "8 săptămâni" -> 142.00, 56 (Aug 7, before Sep 21), "cantitate minimă de comandă: 200
# seturi" -> moq 200, above the 150 requested -> moq-above-quantity (quantity not restated -> null). The restated
# "400 buc", "50.000 buc", "800 m" are the requested quantities -> null. "Pentru pozițiile 1 și 2 ... nu putem oferta"
# -> declined. "Valabilitatea ofertei: 30 de zile" from Fri 12 Jun -> 2026-07-12 (not short: Jul 12 >= Jul 3);
# "CPT Chicago" -> CPT; "Plata: OP la 30 de zile" is payment. Partial.
assert close(96.00 / 1000, 0.096) and plus("2026-06-12", 56) == "2026-08-07" and plus("2026-06-12", 30) == "2026-07-12"
blind("u424-romanian-ron-per-1000-buc-moq", H.msg("Andreea Popescu <andreea.popescu@carpati-hidraulic.example>", "text/plain", """Bună ziua, doamna Marsh,

Vă mulțumim pentru cererea de ofertă HM-RFQ-2611. Vă transmitem mai jos oferta noastră; prețurile sunt exprimate în lei (RON), fără TVA.

Poz. 3 – Rulment BRG 6205-2RS (SKF), 400 buc
         Preț: 18,40 lei/buc – termen de livrare: din stoc
Poz. 4 – Garnitură O-ring OR-0120-NBR70, 50.000 buc
         Preț: 96,00 lei / 1.000 buc – termen de livrare: 2 săptămâni
Poz. 5 – Furtun hidraulic HSE-2SN-08, 800 m
         Preț: 24,75 lei/m – termen de livrare: 10 zile lucrătoare
Poz. 6 – Set garnituri pompă KIT-PX200-SEAL
         Preț: 142,00 lei/set – termen de livrare: 8 săptămâni
         Cantitate minimă de comandă: 200 seturi

Pentru pozițiile 1 și 2 (granule PA66 și tablă de aluminiu) nu putem oferta.

Condiții de livrare: CPT Chicago (Incoterms 2020)
Valabilitatea ofertei: 30 de zile
Plata: OP la 30 de zile de la data facturii

Cu stimă,
Andreea Popescu
Departament Vânzări – Carpați Hidraulic SRL, Brașov
Tel.: +40 268 555 014
"""),
       "partial", "RON", "2026-07-12", "CPT",
       [nob(1), nob(2), line(3, 18.40, "RON", lead=0), line(4, 0.096, "RON", lead=14), line(5, 24.75, "RON", lead=14),
        line(6, 142.00, "RON", lead=56, moq=200)],
       ["currency-differs", "moq-above-quantity", "no-bid"])


# u425 Italian, "prezzi in EUR" against the USD RFQ -> currency-differs. Pos. 1 resin "€ 4,18/kg", "consegna 4
# settimane" -> 4.18, 28 (Jul 10, before Jul 20). Pos. 2 sheet "€ 131,60 cad.", "20 giorni lavorativi" -> 131.60,
# 20 x 7/5 = 28 (Jul 10, before Aug 10). Pos. 3 bearing: the SKF is not available at short notice, "in alternativa
# offriamo il cuscinetto FAG codice 6205-2RSR-C3" -> alternatePartNumber 6205-2RSR-C3 (alternate-part), "€ 3,05 cad.,
# pronta consegna" -> 3.05, 0. "Per le posizioni 4, 5 e 6 non possiamo fare offerta" -> declined. "Validità offerta:
# 15 gg" from Fri 12 Jun -> 2026-06-27, earlier than Jul 3 -> validity-short. "Resa: franco fabbrica (EXW) Brescia" ->
# EXW; "60 gg d.f.f.m." is payment. Partial.
assert plus("2026-06-12", 15) == "2026-06-27" and plus("2026-06-12", 28) == "2026-07-10"
blind("u425-italian-eur-alternate-fag-15-gg", H.msg("Luca Bonetti <l.bonetti@bonetti-forniture.example>", "text/plain", """Gentile Sig.ra Marsh,

in riferimento alla Vs. richiesta di offerta HM-RFQ-2611, Vi sottoponiamo la nostra migliore offerta (prezzi in EUR, IVA esclusa):

Pos. 1 - RES-PA66-GF30 - PA66 GF30 nero, in sacchi da 25 kg
         € 4,18/kg - consegna 4 settimane
Pos. 2 - SHT-5052H32-030 - lamiera alluminio 5052-H32, 3 x 1250 x 2500 mm
         € 131,60 cad. - consegna 20 giorni lavorativi
Pos. 3 - BRG 6205-2RS - lo SKF richiesto non è disponibile a breve; in alternativa offriamo
         il cuscinetto FAG codice 6205-2RSR-C3 (stesse dimensioni, gioco C3)
         € 3,05 cad. - pronta consegna

Per le posizioni 4, 5 e 6 non possiamo fare offerta.

Resa: franco fabbrica (EXW) Brescia
Validità offerta: 15 gg
Pagamento: bonifico bancario 60 gg d.f.f.m.

Distinti saluti,
Luca Bonetti
Ufficio Commerciale
Bonetti Forniture Industriali S.r.l. - Brescia
Tel. +39 030 555 0172
""", cte="quoted-printable"),
       "partial", "EUR", "2026-06-27", "EXW",
       [line(1, 4.18, "EUR", lead=28), line(2, 131.60, "EUR", lead=28), line(3, 3.05, "EUR", lead=0, alt="6205-2RSR-C3"),
        nob(4), nob(5), nob(6)],
       ["alternate-part", "currency-differs", "no-bid", "validity-short"])


# u426 Dutch, "prijzen in euro" against the USD RFQ -> EUR, currency-differs. Regel 3 bearing "€ 2,89 per stuk, uit
# voorraad" -> 2.89, 0. Regel 4 O-rings "€ 9,75 per doos à 500 stuks (100 dozen)" -> 9.75 / 500 = 0.0195; 100 boxes =
# 50,000, the requested quantity -> null; "levertijd 2 à 3 weken" -> upper bound 21 (Jul 3, before Aug 17). Regel 5
# hose "€ 198,00 per rol van 50 meter (16 rollen)" -> 198.00 / 50 = 3.96 per metre; 16 rolls = 800 m as requested ->
# null; "3 weken" -> 21. Regel 6 kit "€ 27,40 per set, levertijd 7 weken" -> 27.40, 49 (Jul 31, before Sep 21).
# "Regel 1 en 2 ... geen aanbieding" -> declined. "offerte geldig 6 weken" from Fri 12 Jun -> 2026-07-24 (not short);
# "FCA Rotterdam" -> FCA. Partial, currency-differs and no-bid.
assert close(9.75 / 500, 0.0195) and close(198.00 / 50, 3.96) and 100 * 500 == 50000 and 16 * 50 == 800
assert plus("2026-06-12", 42) == "2026-07-24" and plus("2026-06-12", 49) == "2026-07-31"
blind("u426-dutch-eur-doos-and-rol-prices", H.msg("Femke Visser <f.visser@rijnmond-afdichting.example>", "text/plain", """Goedemiddag Lena,

Bedankt voor de aanvraag HM-RFQ-2611. Hieronder onze prijzen in euro, exclusief btw.

Regel 3 - BRG 6205-2RS (SKF): € 2,89 per stuk, uit voorraad
Regel 4 - OR-0120-NBR70: € 9,75 per doos à 500 stuks (100 dozen), levertijd 2 à 3 weken
Regel 5 - HSE-2SN-08: € 198,00 per rol van 50 meter (16 rollen), levertijd 3 weken
Regel 6 - KIT-PX200-SEAL: € 27,40 per set, levertijd 7 weken

Regel 1 en 2 (granulaat en aluminium plaat) vallen buiten ons assortiment, daarvoor geen aanbieding.

Levering FCA Rotterdam, offerte geldig 6 weken.

Met vriendelijke groet,
Femke Visser
Rijnmond Afdichtingstechniek B.V.
T 010 555 0148
"""),
       "partial", "EUR", "2026-07-24", "FCA",
       [nob(1), nob(2), line(3, 2.89, "EUR", lead=0), line(4, 0.0195, "EUR", lead=21), line(5, 3.96, "EUR", lead=21),
        line(6, 27.40, "EUR", lead=49)],
       ["currency-differs", "no-bid"])


# u427 Hungarian, ISO-8859-2 quoted-printable, "nettó árak forintban (HUF)" then "Ft" -> HUF, currency-differs. Whole
# forints with space thousands. 1 resin "1 480 Ft/kg", "raktárról" -> 1480, 0. 2 sheet "52 800 Ft/db", "25 munkanap"
# -> 52800, 25 x 7/5 = 35 (Jul 17, before Aug 10). 3 bearing "1 290 Ft/db", "2 hét" -> 1290, 14 (Jun 26, before
# Jul 27). 4 O-rings "7 900 Ft/1000 db" -> 7900 / 1000 = 7.90, "3 hét" -> 21 (Jul 3, before Aug 17). 5 hose "800 fm"
# at "1 640 Ft/fm" (fm = folyóméter, running metre, on the metre line) -> 1640, "4-5 hét" -> upper bound 35 (Jul 17,
# before Sep 1). The quantities restate the requested ones -> null. "A 6. tételre ... nem tudunk ajánlatot adni" ->
# declined. "Az alumíniumlemez ára a szállításkori LME-jegyzés függvényében módosulhat" (sheet price may be adjusted
# to the LME price at delivery) -> note. "Az ajánlat érvényes: 2026. július 31-ig" -> 2026-07-31 (not short);
# "FCA Győr" -> FCA. Partial, currency-differs, no-bid and note.
assert close(7900 / 1000, 7.90) and plus("2026-06-12", 35) == "2026-07-17" and plus("2026-06-12", 21) == "2026-07-03"
blind("u427-hungarian-huf-fm-lme-clause", H.msg("Szabó Gergely <szabo.gergely@kisalfold-ipari.example>", "text/plain", """Tisztelt Marsh Asszony!

Köszönjük a HM-RFQ-2611 számú ajánlatkérését. Ajánlatunkat az alábbiakban küldjük; az árak nettó árak forintban (HUF), az áfát nem tartalmazzák.

Tétel  Cikkszám           Mennyiség    Egységár            Szállítási határidő
1      RES-PA66-GF30      2 500 kg     1 480 Ft/kg         raktárról
2      SHT-5052H32-030    90 db        52 800 Ft/db        25 munkanap
3      BRG 6205-2RS       400 db       1 290 Ft/db         2 hét
4      OR-0120-NBR70      50 000 db    7 900 Ft/1000 db    3 hét
5      HSE-2SN-08         800 fm       1 640 Ft/fm         4-5 hét

A 6. tételre (KIT-PX200-SEAL tömítéskészlet) sajnos nem tudunk ajánlatot adni.

Az alumíniumlemez ára a szállításkori LME-jegyzés függvényében módosulhat.

Paritás: FCA Győr (Incoterms 2020)
Fizetési feltétel: átutalás, 30 nap
Az ajánlat érvényes: 2026. július 31-ig

Üdvözlettel:
Szabó Gergely
kereskedelmi munkatárs
Kisalföld Ipari Kereskedelmi Kft., Győr
Tel.: +36 96 555 018
""", charset="iso-8859-2", cte="quoted-printable"),
       "partial", "HUF", "2026-07-31", "FCA",
       [line(1, 1480, "HUF", lead=0), line(2, 52800, "HUF", lead=35), line(3, 1290, "HUF", lead=14),
        line(4, 7.90, "HUF", lead=21), line(5, 1640, "HUF", lead=35), nob(6)],
       ["currency-differs", "no-bid", "note"])


# ===================================== rfq-blind2.json (VM-RFQ-4418, EUR, 15 Jun 2026) =====================================
# need-by: L1 Aug 28, L2 Oct 2, L3 Aug 14, L4 Sep 11, L5 Oct 9; validity-short below Jun 26 + 14 = Jul 10.

# u428 Czech, windows-1250, prices "v EUR bez DPH" -> EUR (the RFQ currency). 1. shaft "38,90 EUR/ks", "8 týdnů od
# objednávky" -> 38.90, 56 (Aug 10, before Aug 28). 2. housing "1 148,00 EUR/ks" (space thousands), "12–14 týdnů" ->
# 1148.00, upper bound 98 (Sep 21, before Oct 2), plus "jednorázové náklady na výrobu modelu: 2 900,00 EUR" (one-off
# pattern cost) -> note. 5. bracket set "11,60 EUR/sada", "5 týdnů" -> 11.60 per set, 35 (Jul 20, before Oct 9). The
# "250 ks", "25 ks", "150 sad" are the requested quantities -> null. "Položky 3 a 4 ... nenabízíme" -> declined.
# "Platnost nabídky: do 14. 8. 2026" (Czech day. month. year with spaces) -> 2026-08-14 (not short); "FCA Ostrava" ->
# FCA. Partial, no-bid and note.
assert plus("2026-06-15", 56) == "2026-08-10" and plus("2026-06-15", 98) == "2026-09-21" and plus("2026-06-15", 35) == "2026-07-20"
blind2("u428-czech-eur-pattern-cost-date-spaces", V.msg("Tomáš Novotný <novotny@slezska-strojirna.example>", "text/plain", """Vážený pane Albersi,

děkujeme za Vaši poptávku VM-RFQ-4418. Na obráběné a lité díly Vám nabízíme (ceny v EUR bez DPH):

1. SH-2231-C rev B – hřídel 42CrMo4, zušlechtěná, broušená – 250 ks
   cena: 38,90 EUR/ks, dodací lhůta: 8 týdnů od objednávky
2. HSG-1180-GJL – skříň převodovky EN-GJL-250, obrobená – 25 ks
   cena: 1 148,00 EUR/ks, dodací lhůta: 12–14 týdnů
   jednorázové náklady na výrobu modelu: 2 900,00 EUR
5. 2231-004-03 – sada držáků snímače L+P, černě eloxováno – 150 sad
   cena: 11,60 EUR/sada, dodací lhůta: 5 týdnů

Položky 3 a 4 (nakupované díly) nenabízíme.

Dodací podmínky: FCA Ostrava (Incoterms 2020)
Platnost nabídky: do 14. 8. 2026
Platební podmínky: 30 dní od data vystavení faktury

S pozdravem

Tomáš Novotný
technik prodeje
Slezská strojírna a.s., Ostrava
tel.: +420 596 555 021
""", charset="windows-1250"),
       "partial", "EUR", "2026-08-14", "FCA",
       [line(1, 38.90, "EUR", lead=56), line(2, 1148.00, "EUR", lead=98), nob(3), nob(4), line(5, 11.60, "EUR", lead=35)],
       ["no-bid", "note"])


# u429 Danish with the terms in English (the one partly-English reply of the round), prices "EUR/stk." -> EUR.
# FIT-316-G12-10 break rows with dot thousands "1–999 stk.: 4,60" / "1.000–4.999 stk.: 4,15" / "fra 5.000 stk.: 3,80" ->
# the 1,000-4,999 tier applies to the 2,000 requested -> 4.15; "Leveringstid: 10 arbejdsdage" -> 10 x 7/5 = 14 (Jun 29,
# before Aug 14). DSBC-32-80-PPVA-N3 "98,40 EUR/stk., leveringstid 3-5 arbejdsdage" -> 98.40, upper bound 5 x 7/5 = 7
# (Jun 22, before Sep 11). Quantities not restated -> null. Shaft, housing and bracket set never mentioned (the vendor
# offers "de to katalogvarer") -> missing-line. "Offer valid until 30.09.2026" -> 2026-09-30 (not short); "DAP
# Bielefeld" -> DAP. Partial, missing-line.
assert plus("2026-06-15", 14) == "2026-06-29" and plus("2026-06-15", 7) == "2026-06-22"
blind2("u429-danish-break-rows-terms-in-english", V.msg("Rasmus Holm <rh@jysk-pneumatik.example>", "text/plain", """Hej Jonas

Tak for din forespørgsel VM-RFQ-4418. Vi kan tilbyde de to katalogvarer:

FIT-316-G12-10 - lige forskruning G1/2 - 10 mm rør, 316L
   1–999 stk.:          4,60 EUR/stk.
   1.000–4.999 stk.:    4,15 EUR/stk.
   fra 5.000 stk.:      3,80 EUR/stk.
   Leveringstid: 10 arbejdsdage

DSBC-32-80-PPVA-N3 - Festo cylinder, original
   98,40 EUR/stk., leveringstid 3-5 arbejdsdage

Terms (in English for your purchasing department): DAP Bielefeld, Incoterms 2020.
Offer valid until 30.09.2026. Payment 30 days net.

Med venlig hilsen / Best regards
Rasmus Holm
Jysk Pneumatik A/S, Vejle
+45 75 55 50 19
"""),
       "partial", "EUR", "2026-09-30", "DAP",
       [line(3, 4.15, "EUR", lead=14), line(4, 98.40, "EUR", lead=7)],
       ["missing-line"])


# u430 Romanian, a reply that only asks questions before quoting (drawing revision B of the shaft, who supplies the
# casting pattern for the housing, brackets assembled in sets or loose) and promises the full offer afterwards. No price,
# no decline -> unparseable, no lines, no deviation kinds; classification "question" as for u297.
blind2("u430-romanian-questions-only", V.msg("Mihai Ionescu <mihai.ionescu@banat-prelucrari.example>", "text/plain", """Stimate domnule Albers,

Vă mulțumim pentru cererea de ofertă VM-RFQ-4418. Înainte de a vă putea transmite oferta avem nevoie de câteva clarificări:

1. Pentru arborele SH-2231-C rev B am primit doar desenul în revizia A. Ne puteți trimite desenul în revizia B?
2. Pentru carcasa HSG-1180-GJL: modelul de turnare este pus la dispoziție de dumneavoastră sau trebuie să îl realizăm noi?
3. Suporturile 2231-004-03 se livrează asamblate pe seturi (stânga + dreapta) sau separat?

Imediat ce primim răspunsurile, vă trimitem oferta completă.

Cu stimă,
Mihai Ionescu
Inginer ofertare – Banat Prelucrări Mecanice SRL, Timișoara
Tel.: +40 256 555 031
"""),
       "unparseable", None, None, None, [], [])
classify("question")


# u431 Italian, multipart/alternative (plain text and an HTML table with the same content), prices in EUR. Pos. 1 shaft
# "€ 40,70 cad.", "consegna 9 settimane" -> 40.70, 63 (Aug 17, before Aug 28). Pos. 2 housing "€ 1.175,00 cad." (dot
# thousands), "consegna 14-16 settimane" -> 1175.00, upper bound 112 (Jun 15 + 112 = Oct 5, AFTER the Oct 2 need-by ->
# lead-time-after-need-by). Pos. 5 bracket set "€ 12,40 al set" -> 12.40, "5 settimane" -> 35 (Jul 20, before Oct 9).
# Quantities not restated -> null. "Pos. 3 e 4: non quotiamo" -> declined. "Validità offerta: 31/08/2026" ->
# 2026-08-31 (not short); "Resa: DAP Bielefeld" -> DAP; "RiBa 60 gg d.f.f.m." is payment. Partial.
assert plus("2026-06-15", 112) == "2026-10-05" and plus("2026-06-15", 63) == "2026-08-17"
U431_TEXT = """Buongiorno Sig. Albers,

con riferimento alla Vs. richiesta VM-RFQ-4418 Vi inviamo la nostra offerta per le parti lavorate:

Pos. 1  SH-2231-C rev B - albero 42CrMo4 bonificato e rettificato
        € 40,70 cad. - consegna 9 settimane
Pos. 2  HSG-1180-GJL - scatola riduttore in ghisa EN-GJL-250, lavorata
        € 1.175,00 cad. - consegna 14-16 settimane (fusione + lavorazione)
Pos. 5  2231-004-03 - set staffe sensore dx + sx, anodizzate nere
        € 12,40 al set - consegna 5 settimane

Pos. 3 e 4: non quotiamo, sono articoli commerciali.

Resa: DAP Bielefeld
Validità offerta: 31/08/2026
Pagamento: RiBa 60 gg d.f.f.m.

Cordiali saluti,
Giulia Moretti
Ufficio Tecnico-Commerciale
Officine Moretti S.p.A. - Lecco
Tel. +39 0341 555 027"""
U431_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Verdana,sans-serif;font-size:10pt">
<p>Buongiorno Sig. Albers,</p>
<p>con riferimento alla Vs. richiesta VM-RFQ-4418 Vi inviamo la nostra offerta per le parti lavorate:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#E2EFDA"><th>Pos.</th><th>Codice</th><th>Descrizione</th><th>Prezzo</th><th>Consegna</th></tr>
<tr><td>1</td><td>SH-2231-C rev B</td><td>albero 42CrMo4 bonificato e rettificato</td><td>&euro; 40,70 cad.</td><td>9 settimane</td></tr>
<tr><td>2</td><td>HSG-1180-GJL</td><td>scatola riduttore in ghisa EN-GJL-250, lavorata</td><td>&euro; 1.175,00 cad.</td><td>14-16 settimane (fusione + lavorazione)</td></tr>
<tr><td>5</td><td>2231-004-03</td><td>set staffe sensore dx + sx, anodizzate nere</td><td>&euro; 12,40 al set</td><td>5 settimane</td></tr>
</table>
<p>Pos. 3 e 4: non quotiamo, sono articoli commerciali.</p>
<p>Resa: DAP Bielefeld<br>Validit&agrave; offerta: 31/08/2026<br>Pagamento: RiBa 60 gg d.f.f.m.</p>
<p>Cordiali saluti,<br>Giulia Moretti<br>Ufficio Tecnico-Commerciale<br>Officine Moretti S.p.A. - Lecco<br>Tel. +39 0341 555 027</p>
</body></html>"""
blind2("u431-italian-alternative-late-housing", V.alternative("Giulia Moretti <g.moretti@officine-moretti.example>", U431_TEXT, U431_HTML,
                                                               "=_blind27_alt_431", cte="quoted-printable"),
       "partial", "EUR", "2026-08-31", "DAP",
       [line(1, 40.70, "EUR", lead=63), line(2, 1175.00, "EUR", lead=112), nob(3), nob(4), line(5, 12.40, "EUR", lead=35)],
       ["lead-time-after-need-by", "no-bid"])


# u432 Swedish, "priser i EUR" -> EUR. FIT-316-G12-10 "3,92 EUR/st"; "Antal: 2 025 st - kopplingarna levereras i
# kartonger om 75 st, vi har räknat på 27 kartonger" -> quantity 2025 (27 x 75, differs from the 2,000 requested ->
# quantity-differs), price per piece 3.92, "2 veckor" -> 14 (Jun 29, before Aug 14). DSBC-32-80-PPVA-N3 "101,30
# EUR/st", "6–8 arbetsdagar" -> upper bound 8 x 7/5 = 11.2 -> 12 (Jun 27, before Sep 11). "Pos 1, 2 och 5 ... där lämnar
# vi ingen offert" -> declined. "Offerten gäller i 30 dagar" from Mon 15 Jun -> 2026-07-15 (not short: Jul 15 >= Jul 10);
# "CPT Bielefeld" -> CPT. Partial, no-bid and quantity-differs.
assert 27 * 75 == 2025 and plus("2026-06-15", 12) == "2026-06-27" and plus("2026-06-15", 30) == "2026-07-15"
blind2("u432-swedish-eur-cartons-of-75", V.msg("Oskar Lindgren <oskar.lindgren@malardalens-flakt.example>", "text/plain", """Hej Jonas,

Tack för er förfrågan VM-RFQ-4418. Vi offererar gärna de två handelsvarorna, priser i EUR:

FIT-316-G12-10, rak koppling G1/2 för 10 mm rör, 316L
   Pris: 3,92 EUR/st
   Antal: 2 025 st - kopplingarna levereras i kartonger om 75 st, vi har räknat på 27 kartonger
   Leveranstid: 2 veckor

DSBC-32-80-PPVA-N3, pneumatikcylinder 32/80 (Festo original)
   Pris: 101,30 EUR/st
   Leveranstid: 6–8 arbetsdagar

Pos 1, 2 och 5 är tillverkade detaljer - där lämnar vi ingen offert.

Leveransvillkor: CPT Bielefeld (Incoterms 2020)
Offerten gäller i 30 dagar.

Med vänliga hälsningar
Oskar Lindgren
Mälardalens Fläkt & Pneumatik AB, Västerås
Tel. 021-555 01 38
"""),
       "partial", "EUR", "2026-07-15", "CPT",
       [nob(1), nob(2), line(3, 3.92, "EUR", qty=2025, lead=14), line(4, 101.30, "EUR", lead=12), nob(5)],
       ["no-bid", "quantity-differs"])


if __name__ == "__main__":
    ROUND.write()
