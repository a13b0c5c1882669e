#!/usr/bin/env python3
"""Writes replies u657..u672 (Corpus/u*.eml + expected u*.json) - the forty-second blind round: six against
rfq-sample.json (NR-RFQ-0619, Date header, buyer and check() of make_blind.py), five against rfq-blind.json (HM-RFQ-2611,
those of make_blind4.py) and five against rfq-blind2.json (VM-RFQ-4418, those of make_blind6.py).

Like the earlier rounds, these replies were written BLIND: from the quote-parse normalization rules and the conventions
in ../../../../shared/quote-samples/README.md only, before the parser ran on them and without reading the extractor's
source. The expected values are what a human applying those rules arrives at; they were not adjusted to the parser's
output. The theme is LATIN AMERICA, EASTERN EUROPE AND TURKEY: vendors from Brazil, Mexico, Argentina, Chile, the Czech
Republic, Slovakia, Romania, Hungary, Bulgaria and Turkey, writing wholly in Portuguese, Spanish, Czech, Hungarian or
Turkish, in English as a second language, or mixing both (a Spanish body above an English table, Turkish lines with
English glosses, bilingual XLSX and PDF headers). Their own conventions: decimal commas with dot or space thousands
("US$ 0,1840", "411,75 EUR", "1 146,00 EUR", "1.085,00 EUR"), a binding USD or EUR quote with reais, koruny, forints,
lei, leva or lira beside it "apenas para referência" / "orientačně" / "bilgi amaçlı" / "informativ" (the side currency
never wins), a quote in reais that names its dollar equivalent only on the total (BRL wins), "US$ ... o milheiro" and
"por mil unidades" (per thousand), a cable spool price "EUR / cívka 305 m" with the length rounded up to whole spools, a
box price "kutu fiyatı ... (50 adetlik kutu)", a sheet priced per kg with the sheet weight and the per-sheet price
written out, "prazo de entrega 20 / 25 / 30 dias úteis" (working days x 7/5), "dodací lhůta 6 týdnů", "teslim süresi
4 hafta", "10 a 12 semanas", "14-15 týdnů", "skladem" / "de línea" / "raktárról" (stock), "validade da proposta 20 dias",
"validez de la oferta 15 días", "mantenimiento de oferta 30 días", "platnost nabídky 60 dní", "teklif geçerliliği 15
gün", "LAB/FOB Laredo", FOB San Antonio (Chile), CFR Houston, "IVA no incluido", "+ IVA", "bez DPH", payment terms in
days ("30/60 dias DDL", "60 gün vadeli", "splatnost 30 dní"), export-packaging surcharges (ISPM 15 crates, notes), a
die, a tooling and a pattern charge (notes), a minimum casting batch that raises the quantity, a Czech-made bearing and
a Turkish house-brand cylinder offered instead of the SKF and the Festo, and a Saltillo machine shop declining the whole
RFQ above the quoted request.
The Date headers are the usual ones of each RFQ module (Fri 05 Jun / Fri 12 Jun / Mon 15 Jun 2026).
All companies, people, addresses and numbers are fictitious (.example domains)."""
from make_corpus import line, nob, xlsx, pdf  # expected-line shapes, one-sheet workbook writer, text-layer PDF writer
from make_blind5 import check_page, file_part, multipart, row, text_part  # MIME parts and PDF rows
from blind_round import Round, close, plus, days, workdays  # the round's cases, checked and written; helpers
import make_blind as S  # rfq-sample.json: DATE Fri, 05 Jun 2026, buyer Nora Reyes, check()
import make_blind4 as H  # rfq-blind.json: DATE Fri, 12 Jun 2026, buyer Lena Marsh, check(), RFQ_TABLE
import make_blind6 as V  # rfq-blind2.json: DATE Mon, 15 Jun 2026, buyer Jonas Albers, check(), RFQ_ROWS

ROUND = Round(657)
sample, blind, blind2 = ROUND.sample, ROUND.blind, ROUND.blind2
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def gt(text):
    """Quoted history: every line prefixed with '> '."""
    return "\n".join("> " + ln if ln else ">" for ln in text.splitlines())


# The buyer's NR-RFQ-0619 request as it appears quoted below some replies (the quantities and need-by dates of
# rfq-sample.json; history, never a quote).
SAMPLE_REQUEST = """Hello,

Northridge requests your quotation for the parts below (RFQ NR-RFQ-0619). Please reply by June 12, 2026
with unit price, lead time, validity and Incoterms.

Line  Part number     Description                                  Qty     Unit  Need by
1     GSK-EPDM-80     Gasket EPDM 70A, 80 OD x 62 ID x 3 mm        5000    EA    2026-08-03
2     CBL-4C22-PUR    Cable 4 x 22 AWG shielded PUR, 305 m spools  1500    M     2026-07-20
3     SCR-M4X10-A2    SHCS M4 x 10 ISO 4762 A2-70                  20000   EA    2026-07-13
4     PLT-0915-R2     Motor base plate 6082-T6, CNC                120     EA    2026-08-17
5     SPR-C0630-302   Compression spring 302 SS, 0.6 x 6.3 x 30    8000    EA    2026-07-27

Best regards,
Nora Reyes
Purchasing, Northridge"""

BLIND2_REQUEST = "\n".join(f"{ln:<4}{pn:<21}{d:<44}{q:>5} {u:<4} {nb}" for ln, pn, d, q, u, nb in
                           [("Pos", "Part no.", "Description", "Qty", "UoM", "Need by")] + V.RFQ_ROWS)


# ===================================== rfq-sample.json (NR-RFQ-0619, USD, 05 Jun 2026) =====================================
# need-by: L1 Aug 3, L2 Jul 20, L3 Jul 13, L4 Aug 17, L5 Jul 27; validity-short below Jun 12 + 14 = Jun 26.

# u657 a Joinville (Brazil) rubber and spring maker, wholly in Portuguese, Gmail-style reply above the buyer's request
# ("Em seg., 1 de jun. ... escreveu:" and "> " lines; its quantities are history). "Os preços estão em dólares
# americanos (US$). Os valores em R$ ... são apenas para referência" -> USD (the RFQ currency), the reais never win.
# Gasket "US$ 0,1840 por peça" -> 0.184, "20 dias úteis" -> 20 x 7/5 = 28 (Jul 3, before Aug 3). Spring "US$ 71,50 o
# milheiro (= 1.000 peças)" -> 71.50 / 1000 = 0.0715, "25 dias úteis" -> 35 (Jul 10, before Jul 27). Quantities as asked
# -> null. "Itens 2, 3 e 4 (cabo, parafusos e placa): não cotamos" -> declined. "Embalagem de exportação (caixa de
# madeira ISPM 15): US$ 95,00 por pedido, cobrada à parte" -> an extra one-off charge: note. "Pagamento: 30 dias da data
# de embarque" is a payment term. "Validade da proposta: 20 dias" from Fri 5 Jun -> 2026-06-25, earlier than Jun 26 ->
# validity-short. "FOB Itajaí" -> FOB. Partial.
assert workdays(20) == 28 and workdays(25) == 35 and plus("2026-06-05", 20) == "2026-06-25"
assert close(71.50 / 1000, 0.0715) and f"{0.1840 * 5.42:.4f}" == "0.9973" and f"{71.50 * 5.42:.2f}" == "387.53"
assert plus("2026-06-05", 28) == "2026-07-03" and plus("2026-06-05", 35) == "2026-07-10"
sample("u657-brazil-portuguese-usd-reais-reference-dias-uteis", S.msg("Mariana Schmitt <mariana.schmitt@borrachasvale.example>", "text/plain", """Prezada Nora, bom dia!

Agradecemos a consulta NR-RFQ-0619. Segue nossa proposta para os itens de borracha e molas.

Os preços estão em dólares americanos (US$). Os valores em R$ entre parênteses são apenas para referência
(câmbio de 03/06/2026: US$ 1,00 = R$ 5,42) e não valem como preço.

Item 1 - GSK-EPDM-80 - Junta EPDM 70 Shore A, 80 x 62 x 3 mm, estampada
   Quantidade: 5.000 peças
   Preço: US$ 0,1840 por peça  (R$ 0,9973)
   Prazo de entrega: 20 dias úteis após o pedido

Item 5 - SPR-C0630-302 - Mola de compressão inox 302, arame 0,6 mm, DE 6,3 mm, comprimento livre 30 mm
   Quantidade: 8.000 peças
   Preço: US$ 71,50 o milheiro (= 1.000 peças)  (R$ 387,53)
   Prazo de entrega: 25 dias úteis

Itens 2, 3 e 4 (cabo, parafusos e placa): não cotamos, não fazem parte da nossa linha de produtos.

Embalagem de exportação (caixa de madeira com tratamento fitossanitário ISPM 15): US$ 95,00 por pedido,
cobrada à parte.

Condição de entrega: FOB Itajaí (Incoterms 2020)
Pagamento: 30 dias da data de embarque
Validade da proposta: 20 dias

Ficamos à disposição.

Atenciosamente,
Mariana Schmitt
Comercial Exportação
Borrachas Vale do Itajaí Ltda.
Rua Dona Francisca, 8300 - Distrito Industrial - Joinville/SC - CEP 89219-600
Fone: +55 47 3555-0182 | WhatsApp +55 47 99955-0182

Em seg., 1 de jun. de 2026 às 08:02, Nora Reyes <nreyes@northridge.example> escreveu:
""" + gt(SAMPLE_REQUEST) + "\n"),
       "partial", "USD", "2026-06-25", "FOB",
       [line(1, 0.184, lead=28), nob(2), nob(3), nob(4), line(5, 0.0715, lead=35)],
       ["no-bid", "note", "validity-short"])


# u658 a Guadalajara distributor: Spanish body above an ENGLISH TABLE ("la tabla va en inglés para su equipo"), Outlook
# reply above the buyer's request ("De: / Enviado el: / Para: / Asunto:", quantities are history). "Precios en dólares
# americanos (USD), IVA no incluido" -> USD. Mexican decimal point. Cable "1.37 / m" -> 1.37, cut to the exact 1,500 m
# ("cortado a la medida exacta (1,500 m)") -> null, "2-3 weeks" -> 21 (Jun 26, before Jul 20). Screws "31.20 / 1,000
# pcs" -> 0.0312, "stock (de línea)" -> 0. Springs "see breaks": "1 - 4,999 pcs 0.0795 / 5,000 - 9,999 pcs 0.0712 /
# 10,000+ pcs 0.0660" -> 8,000 falls in the middle row -> 0.0712; "4 weeks" -> 28 (Jul 3, before Jul 27). The gasket and
# the plate are never mentioned -> missing-line. "Vigencia de precios: 30 días" from Fri 5 Jun -> 2026-07-05 (not
# short); "LAB/FOB Laredo, Texas" (LAB = libre a bordo) -> FOB. "Crédito a 30 días" is a payment term. Partial.
assert close(31.20 / 1000, 0.0312) and 5000 <= 8000 <= 9999 and plus("2026-06-05", 30) == "2026-07-05"
assert plus("2026-06-05", 21) == "2026-06-26" and plus("2026-06-05", 28) == "2026-07-03"
sample("u658-mexico-spanish-body-english-table-lab-fob", S.msg("Lic. Fernanda Ochoa <fochoa@ditapatia.example>", "text/plain", """Hola Nora, buenas tardes:

Le envío nuestra cotización para su requisición NR-RFQ-0619. La tabla va en inglés para su equipo de compras.
Precios en dólares americanos (USD), IVA no incluido.

Item  Part No.        Qty          Unit price (USD)     Lead time
2     CBL-4C22-PUR    1,500 m      1.37 / m             2-3 weeks
3     SCR-M4X10-A2    20,000 pcs   31.20 / 1,000 pcs    stock
5     SPR-C0630-302   8,000 pcs    see breaks           4 weeks

Price breaks SPR-C0630-302 (USD each):
   1 - 4,999 pcs ........ 0.0795
   5,000 - 9,999 pcs .... 0.0712
   10,000+ pcs .......... 0.0660

El cable se surte cortado a la medida exacta (1,500 m), sin cargo por corte. Los tornillos son de línea, los
tenemos en existencia en nuestro almacén de Zapopan.

Condiciones comerciales:
- Entrega: LAB/FOB Laredo, Texas (Incoterms 2020); el cruce y el flete a partir de Laredo son por cuenta del cliente
- Vigencia de precios: 30 días
- Crédito a 30 días

Quedo atenta a cualquier duda.

Saludos cordiales,
Lic. Fernanda Ochoa
Ejecutiva de Ventas Exportación
Distribuidora Industrial Tapatía, S.A. de C.V.
Av. López Mateos Sur 5150, Zapopan, Jal., México
Tel. +52 33 5550 2218 ext. 114

De: Nora Reyes <nreyes@northridge.example>
Enviado el: lunes, 1 de junio de 2026 08:02
Para: Fernanda Ochoa <fochoa@ditapatia.example>
Asunto: RFQ NR-RFQ-0619 - Mechanical and cable parts

""" + SAMPLE_REQUEST + "\n"),
       "partial", "USD", "2026-07-05", "FOB",
       [line(2, 1.37, lead=21), line(3, 0.0312, lead=0), line(5, 0.0712, lead=28)],
       ["missing-line"])


# u659 a Rosario (Argentina) machine shop, HTML only, wholly in Spanish with Argentine decimal commas. "Cotizamos en
# dólares estadounidenses (USD). Si la factura se emite en pesos (ARS), se convierte al tipo de cambio vendedor del Banco
# Nación ..." -> USD, the pesos are only the invoicing mechanism. Ítem 4 plate "USD 43,60 + IVA" -> 43.60 (the total "USD
# 5.232,00" = 120 x 43.60 is no unit price); "Lote mínimo de fabricación: 100 unidades" -> moq 100 (below the 120 asked,
# no deviation; the quantity is the one asked -> null); "Dispositivo de sujeción: USD 380,00, pago único" -> a one-off
# fixture charge: note; "Plazo de entrega: 10 a 12 semanas" -> upper bound 12 x 7 = 84 -> Jun 5 + 84 = Aug 28, AFTER the
# Aug 17 need-by -> lead-time-after-need-by. "Ítems 1, 2, 3 y 5: no cotizamos" -> declined. "Mantenimiento de oferta:
# 30 días corridos" from Fri 5 Jun -> 2026-07-05 (not short); "FCA Aeropuerto Internacional de Ezeiza" -> FCA. "IVA 21 %
# no incluido" and "50 % anticipo" are tax and payment remarks. Partial.
assert close(120 * 43.60, 5232.00) and plus("2026-06-05", 84) == "2026-08-28" and plus("2026-06-05", 30) == "2026-07-05"
sample("u659-argentina-html-plate-usd-fixture-late", S.msg("Ing. Martín Gorosito <mgorosito@mecalitoral.example>", "text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Tahoma,Arial,sans-serif;font-size:10pt;color:#222222">
<p>Estimada Nora:</p>
<p>Muchas gracias por invitarnos a cotizar la RFQ NR-RFQ-0619. Nosotros somos un taller de mecanizado CNC, por lo que
cotizamos únicamente la placa base.</p>
<p>Cotizamos en dólares estadounidenses (USD). Si la factura se emite en pesos (ARS), se convierte al tipo de cambio
vendedor del Banco Nación del día anterior al pago.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;border-color:#7F7F7F;font-size:10pt">
<tr style="background:#D9E1F2"><th>Ítem</th><th>Código</th><th>Descripción</th><th>Cantidad</th><th>Precio unitario</th><th>Total</th></tr>
<tr><td>4</td><td>PLT-0915-R2</td><td>Placa base de motor, aluminio 6082-T6 10 mm, mecanizado CNC, 4 roscas M6</td>
<td align="right">120 u.</td><td align="right">USD 43,60 + IVA</td><td align="right">USD 5.232,00</td></tr>
</table>
<ul>
<li>Lote mínimo de fabricación: 100 unidades.</li>
<li>Dispositivo de sujeción: USD 380,00, pago único (queda en nuestro taller para futuras órdenes).</li>
<li>Plazo de entrega: 10 a 12 semanas desde la recepción de la orden de compra y el anticipo.</li>
</ul>
<p>Ítems 1, 2, 3 y 5: no cotizamos (no fabricamos juntas, cables, tornillería ni resortes).</p>
<p><b>Condiciones</b><br>
Entrega: FCA Aeropuerto Internacional de Ezeiza (Incoterms 2020), embalaje en cajón de madera incluido.<br>
Forma de pago: 50 % anticipo, saldo contra aviso de despacho.<br>
IVA 21 % no incluido.<br>
Mantenimiento de oferta: 30 días corridos.</p>
<p>Saludos cordiales,</p>
<p>Ing. Martín Gorosito<br>Mecanizados del Litoral S.R.L.<br>Bv. Avellaneda 3865, S2000 Rosario, Santa Fe, Argentina<br>
Tel. +54 341 555-0193 | Cel. +54 9 341 555-0417</p>
</body></html>"""),
       "partial", "USD", "2026-07-05", "FCA",
       [nob(1), nob(2), nob(3), line(4, 43.60, lead=84, moq=100), nob(5)],
       ["lead-time-after-need-by", "no-bid", "note"])


# u660 a Brno cable and fastener distributor, wholly in Czech, ISO-8859-2 quoted-printable. "Ceny jsou v EUR bez DPH.
# Částky v Kč jsou pouze orientační" -> EUR (currency-differs); the koruny never win. Cable "411,75 EUR / cívka 305 m"
# -> 411.75 / 305 = 1.35 per m; "dodáváme pouze celé cívky po 305 m: 5 cívek = 1 525 m" -> quantity 1525 (the 1,500 m
# rounded up to whole spools; quantity-differs); "dodací lhůta 6 týdnů" -> 42 (Jul 17, before Jul 20). Screws "3,15 EUR
# / 100 ks" -> 0.0315, "skladem" (in stock) -> 0. The gasket, plate and springs are never mentioned -> missing-line.
# "Platnost nabídky: do 17. 7. 2026" -> 2026-07-17 (not short); "FCA Brno" -> FCA. "Splatnost faktur 30 dní" is a
# payment term. Partial.
assert close(411.75 / 305, 1.35) and 5 * 305 == 1525 and -(-1500 // 305) == 5 and close(3.15 / 100, 0.0315)
assert f"{411.75 * 24.85:.2f}" == "10231.99" and f"{3.15 * 24.85:.2f}" == "78.28" and plus("2026-06-05", 42) == "2026-07-17"
sample("u660-czech-cable-spools-eur-czk-orientacne", S.msg("Ing. Lucie Dvořáková <dvorakova@elkab-moravia.example>", "text/plain", """Dobrý den, paní Reyes,

děkujeme za Vaši poptávku NR-RFQ-0619. Na kabel a šrouby Vám nabízíme:

Ceny jsou v EUR bez DPH. Částky v Kč jsou pouze orientační (kurz ČNB 24,85 Kč/EUR ze dne 4. 6. 2026).

Pol. 2  CBL-4C22-PUR  Kabel 4 x 22 AWG, stíněný, plášť PUR, černý
        Dodáváme pouze celé cívky po 305 m: 5 cívek = 1 525 m
        Cena: 411,75 EUR / cívka 305 m   (orientačně 10 231,99 Kč)
        Dodací lhůta: 6 týdnů

Pol. 3  SCR-M4X10-A2  Šroub s válcovou hlavou a vnitřním šestihranem M4 x 10, ISO 4762, A2-70
        Množství: 20 000 ks
        Cena: 3,15 EUR / 100 ks   (orientačně 78,28 Kč / 100 ks)
        Dodací lhůta: skladem

Dodací podmínky: FCA Brno (Incoterms 2020)
Platnost nabídky: do 17. 7. 2026
Splatnost faktur 30 dní.

S pozdravem

Ing. Lucie Dvořáková
obchodní oddělení
ELKAB Moravia s.r.o.
Vídeňská 1190/88, 619 00 Brno, Česká republika
tel.: +420 543 555 217, mobil: +420 603 555 481
IČO: 26955418, DIČ: CZ26955418
""", charset="iso-8859-2", cte="quoted-printable", subject="Re: Poptavka NR-RFQ-0619 - kabel a srouby"),
       "partial", "EUR", "2026-07-17", "FCA",
       [line(2, 1.35, "EUR", qty=1525, lead=42), line(3, 0.0315, "EUR", lead=0)],
       ["currency-differs", "missing-line", "quantity-differs"])


# u661 an İzmir rubber maker writing Turkish with English glosses, windows-1254. "Fiyatlarımız USD bazındadır / Our prices
# are in USD. TL karşılığı sadece bilgi içindir" -> USD; the lira total is for information. Gasket break COLUMNS "1.000 /
# 5.000 / 10.000 / 25.000 adet" over "0,2140 / 0,1790 / 0,1610 / 0,1480" -> the 5,000 asked -> 0.179 (the total "895,00
# USD" = 5,000 x 0.179 confirms it); "teslim süresi 4 hafta" -> 28 (Jul 3, before Aug 3). "Kalıp bedeli / cutting die,
# one-time: 350 USD" -> note. "Kablo, cıvata, motor plakası ve yay ... we cannot supply" -> lines 2-5 declined. "Teklif
# geçerlilik süresi: 30 gün" from Fri 5 Jun -> 2026-07-05 (not short); "CIP Dayton, OH" -> CIP. "60 gün vadeli" is a
# payment term. Partial.
assert close(5000 * 0.1790, 895.00) and close(895 * 44.60, 39917.0) and plus("2026-06-05", 30) == "2026-07-05"
sample("u661-turkish-english-gasket-break-columns-die", S.msg("Burak Yıldırım <burak.yildirim@egekaucuk.example>", "text/plain", """Sayın Nora Reyes, / Dear Ms. Reyes,

NR-RFQ-0619 talebiniz için teşekkür ederiz. Thank you for your inquiry, our offer for the EPDM gasket is below.
Fiyatlarımız USD bazındadır / Our prices are in USD. TL karşılığı sadece bilgi içindir (only for information).

GSK-EPDM-80  EPDM conta / EPDM gasket 80 x 62 x 3 mm, 70 Shore A, kesim (die-cut)

   Miktar / Qty (adet)          1.000      5.000      10.000     25.000
   Birim fiyat / Unit price USD 0,2140     0,1790     0,1610     0,1480

   Toplam / Total 5.000 adet: 895,00 USD  (bilgi için yaklaşık 39.917 TL, kur 44,60)
   Teslim süresi / lead time: 4 hafta (4 weeks)
   Kalıp bedeli / cutting die, one-time: 350 USD

Kablo, cıvata, motor plakası ve yay: üretim alanımız dışında, we cannot supply.

Teslim şekli / delivery: CIP Dayton, OH (Incoterms 2020)
Ödeme / payment: 60 gün vadeli (60 days)
Teklif geçerlilik süresi / validity: 30 gün

Saygılarımızla / Best regards,
Burak Yıldırım
İhracat Satış Sorumlusu / Export Sales
Ege Kauçuk Sanayi ve Ticaret A.Ş.
Kemalpaşa OSB, 35730 Kemalpaşa / İzmir, Türkiye
Tel: +90 232 555 04 71  Faks: +90 232 555 04 72
""", charset="windows-1254"),
       "partial", "USD", "2026-07-05", "CIP",
       [line(1, 0.179, lead=28), nob(2), nob(3), nob(4), nob(5)],
       ["no-bid", "note"])


# u662 a Timișoara distributor, English as a second language in the body, and an XLSX with bilingual headers and an
# informative RON column beside the USD unit price ("Prices are in USD, the RON column is only informative") -> USD; the
# RON column (the USD price x 4.60, rounded) never wins. Gasket 0.186, 4 weeks -> 28 (Jul 3, before Aug 3). Cable 1.44
# "/m", "15 working days" -> 21 (Jun 26, before Jul 20). Screws 0.0298, "ex stock" -> 0. Plate 45.90, "10-11 weeks" ->
# upper bound 77 -> Jun 5 + 77 = Aug 21, AFTER the Aug 17 need-by -> lead-time-after-need-by. Springs 0.0702, 3 weeks ->
# 21 (Jun 26, before Jul 27). Quantities as asked -> null. "Offer valid until 15.07.2026" -> 2026-07-15 (not short);
# "DAP Dayton, OH" -> DAP. "TVA not applicable (export)" and "payment 45 days" are no deviations. Every line priced ->
# parsed.
U662_ROWS = [(1, "GSK-EPDM-80", "Garnitură EPDM 80x62x3 / EPDM gasket", 5000, "buc / pcs", 0.186, "4 weeks"),
             (2, "CBL-4C22-PUR", "Cablu 4x22 AWG ecranat PUR / shielded cable", 1500, "m", 1.44, "15 working days"),
             (3, "SCR-M4X10-A2", "Șurub M4x10 ISO 4762 A2-70 / cap screw", 20000, "buc / pcs", 0.0298, "ex stock"),
             (4, "PLT-0915-R2", "Placă bază motor 6082-T6 / motor base plate", 120, "buc / pcs", 45.90, "10-11 weeks"),
             (5, "SPR-C0630-302", "Arc compresiune inox 302 / compression spring", 8000, "buc / pcs", 0.0702, "3 weeks")]
assert [f"{p * 4.60:.2f}" for *_, p, _ in U662_ROWS] == ["0.86", "6.62", "0.14", "211.14", "0.32"]
assert workdays(15) == 21 and plus("2026-06-05", 77) == "2026-08-21" and plus("2026-06-05", 21) == "2026-06-26"
U662_XLSX = xlsx(
    [["Banat Industrial Supply S.R.L. - Ofertă / Offer OF-2026-0611"],
     ["Client / Customer:", "Northridge - Nora Reyes", "", "Ref.:", "NR-RFQ-0619"],
     ["Valabilitate / Valid until:", "15.07.2026", "", "Livrare / Delivery:", "DAP Dayton, OH (Incoterms 2020)"], [""],
     ["Poz.", "Cod client / Your P/N", "Denumire / Description", "Cant. / Qty", "UM", "Preț unitar USD / Unit price USD",
      "Preț unitar RON (informativ)", "Termen livrare / Lead time"]]
    + [[n, pn, d, q, um, p, round(p * 4.60 + 1e-9, 2), lt] for n, pn, d, q, um, p, lt in U662_ROWS]
    + [[""], ["Curs BNR 04.06.2026: 1 USD = 4,60 RON. Valorile în RON sunt doar informative."]])
sample("u662-romania-xlsx-usd-ron-informative-late-plate", S.with_attachment("Andrei Popescu <andrei.popescu@banat-industrial.example>", """Dear Mrs. Nora,

Thank you for your RFQ NR-RFQ-0619. Please find attached our offer nr. OF-2026-0611 for all the five positions.

Prices are in USD, the RON column is only informative (BNR rate 4,60 RON/USD from 04.06.2026), we invoice in USD.
TVA (VAT) not applicable, export delivery.
Delivery condition: DAP Dayton, OH (Incoterms 2020), transport included.
Payment: 45 days from invoice date.
Offer valid until 15.07.2026.

For the base plate the lead time is longer because our CNC partner has full capacity in July, sorry for this.

Best regards / Cu stimă,
Andrei Popescu
Sales Engineer
Banat Industrial Supply S.R.L.
Calea Șagului 148, 300516 Timișoara, România
Tel. +40 256 555 038 | Mobil +40 744 555 913""", XLSX, "OF-2026-0611.xlsx", U662_XLSX),
       "parsed", "USD", "2026-07-15", "DAP",
       [line(1, 0.186, lead=28), line(2, 1.44, lead=21), line(3, 0.0298, lead=0), line(4, 45.90, lead=77),
        line(5, 0.0702, lead=21)],
       ["lead-time-after-need-by"])


# ===================================== rfq-blind.json (HM-RFQ-2611, USD, 12 Jun 2026) =====================================
# need-by: L1 Jul 20, L2 Aug 10, L3 Jul 27, L4 Aug 17, L5 Sep 1, L6 Sep 21; validity-short below Jun 19 + 14 = Jul 3.

# u663 a Santiago (Chile) hydraulics and seals distributor, wholly in Spanish with Chilean decimal commas. "Valores en
# dólares estadounidenses (US$). Si requiere factura en pesos chilenos (CLP), se convierte al dólar observado" -> USD.
# O-rings "US$ 19,80 por mil unidades" -> 0.0198, "3 a 4 semanas" -> 28 (Jul 10, before Aug 17). Hose "US$ 6,85 por
# metro", "800 m = 16 rollos de 50 m" (the length asked) -> null, "5 semanas" -> 35 (Jul 17, before Sep 1). "Resina,
# planchas de aluminio, rodamientos y kits de sellos: no cotizamos" -> lines 1, 2, 3, 6 declined. "Embalaje de
# exportación incluido" is a packing remark (no charge). "Validez de la oferta: 15 días" from Fri 12 Jun -> 2026-06-27,
# earlier than Jul 3 -> validity-short. "FOB San Antonio (Chile)" -> FOB. "Pago: 30 días fecha factura" is a payment
# term. Partial.
assert close(19.80 / 1000, 0.0198) and 16 * 50 == 800 and plus("2026-06-12", 15) == "2026-06-27"
assert plus("2026-06-12", 28) == "2026-07-10" and plus("2026-06-12", 35) == "2026-07-17"
blind("u663-chile-spanish-hose-orings-por-mil-15-dias", H.msg("Cristóbal Fuenzalida <cfuenzalida@hidrosellos.example>", "text/plain", """Estimada Lena:

Junto con saludar, le hacemos llegar nuestra oferta para su solicitud HM-RFQ-2611.

Valores en dólares estadounidenses (US$). Si requiere factura en pesos chilenos (CLP), se convierte al dólar
observado del día de emisión de la factura.

Ítem 4 - OR-0120-NBR70 - O-ring 12,0 x 2,0 mm NBR 70 Shore A, negro
    Cantidad: 50.000 unidades
    Precio: US$ 19,80 por mil unidades
    Plazo de entrega: 3 a 4 semanas

Ítem 5 - HSE-2SN-08 - Manguera hidráulica EN 853 2SN, DN12 (1/2")
    Cantidad: 800 m = 16 rollos de 50 m
    Precio: US$ 6,85 por metro
    Plazo de entrega: 5 semanas

Resina, planchas de aluminio, rodamientos y kits de sellos: no cotizamos.

Condiciones:
  Entrega: FOB San Antonio (Chile), Incoterms 2020
  Embalaje de exportación incluido
  Pago: 30 días fecha factura
  Validez de la oferta: 15 días

Atentamente,

Cristóbal Fuenzalida R.
Jefe de Ventas Exportación
Hidrosellos Andinos SpA
Av. Américo Vespucio 1385, Quilicura, Santiago, Chile
Fono +56 2 2555 0176 - Cel. +56 9 5555 0349
"""),
       "partial", "USD", "2026-06-27", "FOB",
       [nob(1), nob(2), nob(3), line(4, 0.0198, lead=28), line(5, 6.85, lead=35), nob(6)],
       ["no-bid", "validity-short"])


# u664 a Campinas (Brazil) resin distributor, multipart/alternative in Portuguese, quoting in REAIS: "Preços em reais
# (R$)" -> BRL (currency-differs); the dollar figure appears only on the total, "apenas referência" - it never wins.
# Break rows per kg "até 999 kg R$ 26,40 / 1.000 a 4.999 kg R$ 24,90 / a partir de 5.000 kg R$ 23,70" -> 2,500 kg ->
# 24.90 (the total "R$ 62.250,00" = 2,500 x 24.90 confirms it); "2.500 kg = 100 sacos de 25 kg" (the quantity asked) ->
# null. "Prazo de entrega: 30 dias úteis" -> 30 x 7/5 = 42 -> Jun 12 + 42 = Jul 24, AFTER the Jul 20 need-by ->
# lead-time-after-need-by. The other five lines are never mentioned -> missing-line. "Proposta válida até 31/07/2026"
# -> 2026-07-31 (not short); "CFR Houston" -> CFR. "IPI não incluso" and "30/60 dias DDL" are tax and payment remarks.
# Partial.
assert 1000 <= 2500 <= 4999 and close(2500 * 24.90, 62250.0) and f"{62250 / 5.44:,.0f}" == "11,443" and 100 * 25 == 2500
assert workdays(30) == 42 and plus("2026-06-12", 42) == "2026-07-24"
U664_TEXT = """Olá Lena, tudo bem?

Obrigado pela consulta HM-RFQ-2611. Segue nossa cotação para o PA66 com 30% de fibra de vidro.
Preços em reais (R$).

RES-PA66-GF30 - Poliamida 66, 30% fibra de vidro, estabilizada ao calor, preta - sacos de 25 kg

   Faixa de quantidade            Preço por kg
   até 999 kg                     R$ 26,40
   1.000 a 4.999 kg               R$ 24,90
   a partir de 5.000 kg           R$ 23,70

Sua quantidade: 2.500 kg = 100 sacos de 25 kg
Total: R$ 62.250,00 (aprox. US$ 11.443 - apenas referência, câmbio R$ 5,44)
Prazo de entrega: 30 dias úteis

Condição de entrega: CFR Houston (Incoterms 2020)
IPI não incluso. Pagamento: 30/60 dias DDL.
Proposta válida até 31/07/2026.

Abraço,
Rodrigo Bertolini
Vendas Técnicas - Polímeros de Engenharia
Paulínia Plásticos Distribuidora Ltda.
Rod. Anhanguera km 104, Campinas/SP - CEP 13065-900
(19) 3555-0264 | +55 19 98155-0264"""
U664_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Arial,sans-serif;font-size:10pt">
<div>Olá Lena, tudo bem?</div><div><br></div>
<div>Obrigado pela consulta HM-RFQ-2611. Segue nossa cotação para o PA66 com 30% de fibra de vidro.<br>
Preços em reais (R$).</div><div><br></div>
<div><b>RES-PA66-GF30</b> - Poliamida 66, 30% fibra de vidro, estabilizada ao calor, preta - sacos de 25 kg</div>
<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse;margin:6px 0">
<tr><th>Faixa de quantidade</th><th>Preço por kg</th></tr>
<tr><td>até 999 kg</td><td align="right">R$ 26,40</td></tr>
<tr><td>1.000 a 4.999 kg</td><td align="right">R$ 24,90</td></tr>
<tr><td>a partir de 5.000 kg</td><td align="right">R$ 23,70</td></tr>
</table>
<div>Sua quantidade: 2.500 kg = 100 sacos de 25 kg<br>
Total: R$ 62.250,00 (aprox. US$ 11.443 - apenas referência, câmbio R$ 5,44)<br>
Prazo de entrega: 30 dias úteis</div><div><br></div>
<div>Condição de entrega: CFR Houston (Incoterms 2020)<br>IPI não incluso. Pagamento: 30/60 dias DDL.<br>
Proposta válida até 31/07/2026.</div><div><br></div>
<div>Abraço,<br>Rodrigo Bertolini<br>Vendas Técnicas - Polímeros de Engenharia<br>Paulínia Plásticos Distribuidora Ltda.<br>
Rod. Anhanguera km 104, Campinas/SP - CEP 13065-900<br>(19) 3555-0264 | +55 19 98155-0264</div>
</div></body></html>"""
blind("u664-alt-brazil-resin-brl-kg-rows-dias-uteis-late", H.alternative("Rodrigo Bertolini <rodrigo.bertolini@pauliniaplasticos.example>",
                                                                         U664_TEXT, U664_HTML, cte="quoted-printable"),
      "partial", "BRL", "2026-07-31", "CFR",
      [line(1, 24.90, "BRL", lead=42)],
      ["currency-differs", "lead-time-after-need-by", "missing-line"])


# u665 a Budapest bearing and seal distributor, wholly in Hungarian (English glosses in brackets), ISO-8859-2
# quoted-printable. "Áraink EUR-ban értendők ... a forint összeg csak tájékoztató jellegű" -> EUR (currency-differs); the
# forints never win. Bearing: "SKF helyett ajánlott cikkszám (offered part no.): ZKL-6205-2RSR-C3" -> alternatePartNumber
# ZKL-6205-2RSR-C3 (alternate-part), "2,18 EUR/db" -> 2.18, "raktárról azonnal (ex stock)" -> 0. O-rings "16,40 EUR /
# 1000 db" -> 0.0164, "3-4 hét" -> 28 (Jul 10, before Aug 17), "minimális rendelési mennyiség: 60 000 db" -> moq 60000
# above the 50,000 asked -> moq-above-quantity (no other quantity stated -> null). "Gyanta, alumínium lemez,
# hidraulikatömlő és tömítéskészlet: nem tudunk ajánlatot adni (no quote)" -> lines 1, 2, 5, 6 declined. "Az ajánlat
# 2026. július 10-ig érvényes" -> 2026-07-10 (not short: Jul 10 >= Jul 3); "FCA Budapest" -> FCA. Partial.
assert f"{2.18 * 395.50:.0f}" == "862" and close(16.40 / 1000, 0.0164) and 60000 > 50000 and plus("2026-06-12", 28) == "2026-07-10"
blind("u665-hungarian-zkl-bearing-alternate-eur-huf-moq", H.msg("Kovács Eszter <kovacs.eszter@dunacsapagy.example>", "text/plain", """Tisztelt Marsh Asszony!

Köszönjük a HM-RFQ-2611 számú ajánlatkérését. Az alábbi tételekre adunk ajánlatot.
Áraink EUR-ban értendők, ÁFA nélkül; a forint összeg csak tájékoztató jellegű (árfolyam: 395,50 Ft/EUR).

3. tétel - BRG 6205-2RS mélyhornyú golyóscsapágy, C3
   SKF helyett ajánlott cikkszám (offered part no.): ZKL-6205-2RSR-C3
   gyártó: ZKL, Csehország - méretben és hézagban egyenértékű (equivalent)
   Egységár: 2,18 EUR/db (tájékoztató: kb. 862 Ft/db)
   Szállítási határidő: raktárról azonnal (ex stock)

4. tétel - OR-0120-NBR70 O-gyűrű 12,0 x 2,0 mm, NBR 70, fekete
   Egységár: 16,40 EUR / 1000 db
   Minimális rendelési mennyiség: 60 000 db
   Szállítási határidő: 3-4 hét

Gyanta, alumínium lemez, hidraulikatömlő és tömítéskészlet: nem tudunk ajánlatot adni (no quote).

Szállítási feltétel: FCA Budapest (Incoterms 2020)
Fizetési határidő: 30 nap
Az ajánlat 2026. július 10-ig érvényes.

Üdvözlettel:
Kovács Eszter
értékesítési munkatárs
Duna Csapágy Kft.
1097 Budapest, Illatos út 11.
Tel.: +36 1 555 0247 | Mobil: +36 30 555 0918
""", charset="iso-8859-2", cte="quoted-printable"),
      "partial", "EUR", "2026-07-10", "FCA",
      [nob(1), nob(2), line(3, 2.18, "EUR", lead=0, alt="ZKL-6205-2RSR-C3"),
       line(4, 0.0164, "EUR", lead=28, moq=60000), nob(5), nob(6)],
      ["alternate-part", "currency-differs", "moq-above-quantity", "no-bid"])


# u666 a Žilina (Slovakia) seal maker: English body written as a second language ("in attachment our offer", "we can
# not", typos) and an XLSX with Slovak/English headers and a price-unit column "Cenová jednotka / per". Prices "v EUR bez
# DPH" -> EUR (currency-differs). O-rings 18.90 per "1000 ks" -> 0.0189, "4 týždne / 4 weeks" -> 28 (Jul 10, before
# Aug 17). Seal kits 14.60 per "1 sada / set" -> 14.60, "6-7 týždňov / weeks" -> 49 (Jul 31, before Sep 21). Quantities as
# asked -> null. "Jednorazové náklady: lisovacia forma pre tesnenie súpravy / one-time mould for the kit gasket 650,00
# EUR" -> a one-off tooling charge: note. Lines 1, 2, 3, 5 are never mentioned -> missing-line. "Platnosť ponuky / offer
# valid 30 days" from Fri 12 Jun -> 2026-07-12 (not short); "EXW Žilina" -> EXW. Partial.
assert close(18.90 / 1000, 0.0189) and plus("2026-06-12", 30) == "2026-07-12" and plus("2026-06-12", 49) == "2026-07-31"
U666_XLSX = xlsx([
    ["TESNIKA Žilina s.r.o. - Cenová ponuka / Offer CP-26-0388"],
    ["Zákazník / Customer:", "Halvorsen Manufacturing - Lena Marsh", "", "Dopyt / RFQ:", "HM-RFQ-2611"],
    ["Platnosť ponuky / Validity:", "30 dní / 30 days", "", "Dodanie / Delivery:", "EXW Žilina (Incoterms 2020)"], [""],
    ["Pol.", "Vaše č. / Your P/N", "Popis / Description", "Množstvo / Qty", "MJ", "Cena EUR", "Cenová jednotka / per",
     "Dodacia lehota / Lead time"],
    [4, "OR-0120-NBR70", "O-krúžok 12 x 2 NBR 70 čierny / O-ring", 50000, "ks", 18.90, "1000 ks", "4 týždne / 4 weeks"],
    [6, "KIT-PX200-SEAL", "Súprava tesnení PX-200 / seal kit (2 manžety, 4 O-krúžky, 1 tesnenie)", 150, "sada", 14.60,
     "1 sada / set", "6-7 týždňov / weeks"],
    [""],
    ["Jednorazové náklady / one-time cost:", "Lisovacia forma pre tesnenie súpravy / mould for the kit gasket", "", "", "",
     650.00, "jednorazovo / one-time"],
    ["Ceny sú uvedené v EUR bez DPH."],
])
blind("u666-slovak-xlsx-orings-seal-kit-mould-eur", H.with_attachment("Ing. Marek Hlinka <hlinka@tesnika-zilina.example>", """Dear Ms. Marsh,

thank you for your inquiry HM-RFQ-2611. In attachment you find our offer CP-26-0388 for the O-rings and the seal
kits, which we are producing in our own factory. Prices are in EUR without VAT (DPH).

For the seal kit we need one new mould for the flat gasket, this is one-time cost, please see the offer.
The kits will be packed each in PE bag with label acording your specification.

If you have any question, dont hesitate to contact me.

With best regards / S pozdravom
Ing. Marek Hlinka
obchodný manažér / sales manager
TESNIKA Žilina s.r.o.
Bytčická 2104, 010 01 Žilina, Slovakia
tel. +421 41 555 0362, mob. +421 905 555 174""", XLSX, "CP-26-0388.xlsx", U666_XLSX),
      "partial", "EUR", "2026-07-12", "EXW",
      [line(4, 0.0189, "EUR", lead=28), line(6, 14.60, "EUR", lead=49)],
      ["currency-differs", "missing-line", "note"])


# u667 a Konya aluminium service centre, HTML only, wholly in Turkish. "Fiyatlar USD'dir. TL ödemelerde fatura günü
# TCMB döviz satış kuru uygulanır" -> USD. Sheet priced per kg with the weight and the per-sheet price written out:
# "4,85 USD/kg x 25,13 kg = 121,88 USD/levha" -> 121.88 per sheet (the RFQ unit EA); "90 adet = 3 palet x 30 levha" (the
# quantity asked) -> null; "teslim süresi 4 hafta" -> 28 (Jul 10, before Aug 10). "İhracat ambalajı (ISPM 15 ahşap
# sandık): sandık başına 65 USD, 3 sandık = 195 USD, ayrıca faturalanır" -> an export-packaging surcharge billed on top:
# note. "Reçine, rulman, O-ring, hortum ve conta seti için teklif veremiyoruz (no quote)" -> lines 1, 3, 4, 5, 6
# declined. "Teklif geçerlilik süresi: 7 gün" from Fri 12 Jun -> 2026-06-19, earlier than Jul 3 -> validity-short.
# "FOB Mersin" -> FOB. "Ödeme: 30 gün" is a payment term. Partial.
assert close(4.85 * 25.13, 121.8805) and round(4.85 * 25.13, 2) == 121.88 and 3 * 30 == 90 and 3 * 65 == 195
assert abs(3.0 * 1.25 * 2.5 * 2.68 - 25.13) < 0.01 and plus("2026-06-12", 7) == "2026-06-19" and plus("2026-06-12", 28) == "2026-07-10"
blind("u667-turkish-html-sheet-per-kg-ispm-crates-7-gun", H.msg("Mehmet Aydoğan <mehmet.aydogan@anadolualu.example>", "text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Sayın Lena Marsh,</p>
<p>HM-RFQ-2611 numaralı talebiniz için teşekkür ederiz. 5052-H32 alüminyum levha için teklifimiz aşağıdadır.</p>
<p>Fiyatlar USD'dir. TL ödemelerde fatura günü TCMB döviz satış kuru uygulanır.</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse;border-color:#A6A6A6">
<tr style="background:#FCE4D6"><th>Kalem</th><th>Ürün kodu</th><th>Açıklama</th><th>Miktar</th><th>Fiyat</th><th>Teslim süresi</th></tr>
<tr><td>2</td><td>SHT-5052H32-030</td><td>Alüminyum levha 5052-H32, 3,0 x 1250 x 2500 mm, tek yüz PVC film<br>
Teorik ağırlık: 25,13 kg/levha</td><td>90 adet<br>(3 palet x 30 levha)</td>
<td>4,85 USD/kg x 25,13 kg<br>= <b>121,88 USD/levha</b></td><td>4 hafta</td></tr>
</table>
<p>İhracat ambalajı (ISPM 15 ahşap sandık): sandık başına 65 USD, 3 sandık = 195 USD, ayrıca faturalanır.</p>
<p>Reçine, rulman, O-ring, hortum ve conta seti için teklif veremiyoruz (no quote).</p>
<p>Teslim şekli: FOB Mersin (Incoterms 2020)<br>
Ödeme: 30 gün<br>
Teklif geçerlilik süresi: 7 gün (alüminyum fiyatları LME'ye bağlı olarak değiştiği için)</p>
<p>Saygılarımızla,<br>Mehmet Aydoğan<br>Dış Ticaret Müdürü<br>Anadolu Alüminyum Servis Merkezi A.Ş.<br>
Konya Organize Sanayi Bölgesi, 42300 Selçuklu / Konya<br>Tel: +90 332 555 01 86 &middot; GSM: +90 532 555 47 19</p>
</body></html>"""),
      "partial", "USD", "2026-06-19", "FOB",
      [nob(1), line(2, 121.88, lead=28), nob(3), nob(4), nob(5), nob(6)],
      ["no-bid", "note", "validity-short"])


# ===================================== rfq-blind2.json (VM-RFQ-4418, EUR, 15 Jun 2026) =====================================
# need-by: L1 Aug 28, L2 Oct 2, L3 Aug 14, L4 Sep 11, L5 Oct 9; validity-short below Jun 26 + 14 = Jul 10.

# u668 a Vysočina (Czech) grey-iron foundry, wholly in Czech, windows-1250, above the buyer's request in an Outlook
# "Od: / Odesláno: / Komu: / Předmět:" block (quantities are history). "Ceny v EUR bez DPH" -> EUR (the RFQ currency).
# Housing "1 146,00 EUR/ks" -> 1146.00; "Nabídka je na 30 ks - minimální licí série je 30 ks" -> quantity 30
# (quantity-differs) and moq 30 above the 25 asked (moq-above-quantity); "dodací lhůta 14-15 týdnů" -> upper bound 105 ->
# Jun 15 + 105 = Sep 28, before the Oct 2 need-by (in time). "Modelové zařízení: 2 450,00 EUR jednorázově" -> a one-off
# pattern charge: note. "Pol. 1, 3, 4 a 5 nenabízíme (nejsou to odlitky)" -> declined. "Platnost nabídky: 60 dní" from
# Mon 15 Jun -> 2026-08-14 (not short); "FCA Žďár nad Sázavou" -> FCA. "Splatnost 30 dní" is a payment term. Partial.
assert plus("2026-06-15", 105) == "2026-09-28" and days("2026-06-15", "2026-10-02") == 109 and plus("2026-06-15", 60) == "2026-08-14"
assert close(30 * 1146.00, 34380.00)
blind2("u668-czech-foundry-housing-min-pour-30-pattern", V.msg("Jiří Procházka <prochazka@slevarna-vysocina.example>", "text/plain", """Dobrý den, pane Albers,

děkujeme za poptávku VM-RFQ-4418. Jsme slévárna šedé litiny, nabízíme proto pouze skříň převodovky.

Pol. 2  HSG-1180-GJL  Skříň převodovky, EN-GJL-250, kompletně obrobená, základní nátěr RAL 7035
        Nabídka je na 30 ks - minimální licí série je 30 ks.
        Cena: 1 146,00 EUR/ks   (celkem 34 380,00 EUR)
        Dodací lhůta: 14-15 týdnů od objednávky

Modelové zařízení: 2 450,00 EUR jednorázově (zůstává ve vlastnictví zákazníka, uloženo u nás).

Pol. 1, 3, 4 a 5 nenabízíme (nejsou to odlitky).

Ceny v EUR bez DPH. Dodací podmínky: FCA Žďár nad Sázavou (Incoterms 2020).
Splatnost 30 dní. Platnost nabídky: 60 dní.

S pozdravem
Jiří Procházka
obchodní ředitel
Slévárna Vysočina a.s.
Jihlavská 2210, 591 01 Žďár nad Sázavou
tel.: +420 566 555 301, mobil: +420 724 555 866

Od: Jonas Albers <j.albers@vossberg-maschinenbau.example>
Odesláno: středa 10. června 2026 9:14
Komu: Jiří Procházka <prochazka@slevarna-vysocina.example>
Předmět: RFQ VM-RFQ-4418 - Machined and purchased parts for VL-60

Dear Sir or Madam,

please quote the items below by June 26, 2026 (prices in EUR, delivery to Bielefeld):

""" + BLIND2_REQUEST + """

Best regards
Jonas Albers
Vossberg Maschinenbau GmbH
""", charset="windows-1250", subject="RE: RFQ VM-RFQ-4418 - nabidka slevarna"),
       "partial", "EUR", "2026-08-14", "FCA",
       [nob(1), line(2, 1146.00, "EUR", qty=30, lead=105, moq=30), nob(3), nob(4), nob(5)],
       ["moq-above-quantity", "no-bid", "note", "quantity-differs"])


# u669 a Považská Bystrica (Slovakia) turning shop: a short Slovak cover note and a one-page PDF quotation with
# bilingual Slovak/English labels and decimal commas. EUR (the RFQ currency). Shaft: unit price 41,20 for 250 ks, with
# a scale "Množstvo / Qty 100 / 250 / 500" over "44,80 / 41,20 / 38,90" that agrees (250 -> 41.20); "11-12 weeks" ->
# upper bound 84 -> Jun 15 + 84 = Sep 7, AFTER the Aug 28 need-by -> lead-time-after-need-by. Bracket set 19,80 EUR per
# set, "6 weeks" -> 42 (Jul 27, before Oct 9). Quantities as asked -> null. "Pos. 2, 3, 4: no quote" (also "neponúkame"
# in the body) -> declined. "Platná do / Valid until: 31.07.2026" -> 2026-07-31 (not short); "FCA Považská Bystrica" ->
# FCA. Amounts 10 300,00 and 2 970,00 are totals. Partial.
assert close(250 * 41.20, 10300.00) and close(150 * 19.80, 2970.00) and plus("2026-06-15", 84) == "2026-09-07"
assert plus("2026-06-15", 42) == "2026-07-27"
X669 = [50, 78, 156, 322, 360, 388, 448, 508]
P669 = check_page(
    [(50, 800, 13, "Strojárne Váh s.r.o."), (370, 800, 12, "CENOVÁ PONUKA / QUOTATION"),
     (50, 786, 8, "Priemyselná 1187, 017 01 Považská Bystrica, Slovakia"), (370, 786, 9, "No.: CP-2026-0457"),
     (50, 774, 8, "Tel. +421 42 555 0271  |  obchod@strojarne-vah.example"), (370, 774, 9, "Dátum / Date: 12.06.2026"),
     (50, 744, 9, "Zákazník / Customer:"), (150, 744, 9, "Vossberg Maschinenbau GmbH, Bielefeld"),
     (50, 730, 9, "Dopyt / Your RFQ:"), (150, 730, 9, "VM-RFQ-4418"),
     (50, 716, 9, "Platná do / Valid until:"), (150, 716, 9, "31.07.2026")]
    + row(686, X669, ["Pos.", "Your P/N", "Popis / Description", "Mn./Qty", "MJ", "Cena EUR", "Spolu EUR", "Delivery"])
    + row(668, X669, ["1", "SH-2231-C rev B", "Drive shaft 42CrMo4, 30 h6 x 412", "250", "ks", "41,20", "10 300,00", "11-12 weeks"])
    + row(654, X669, ["", "", "Množstvo / Qty: 100 / 250 / 500 ks", "", "", "", "", ""])
    + row(642, X669, ["", "", "EUR/ks: 44,80 / 41,20 / 38,90", "", "", "", "", ""])
    + row(624, X669, ["5", "2231-004-03", "Sada držiakov L+P / bracket set", "150", "sada", "19,80", "2 970,00", "6 weeks"])
    + row(606, X669, ["2, 3, 4", "", "No quote / neponúkame", "", "", "", "", ""])
    + [(50, 576, 9, "Dodacie podmienky / Delivery terms: FCA Považská Bystrica (Incoterms 2020)"),
       (50, 562, 9, "Platobné podmienky / Payment: 30 dní / days net"),
       (50, 548, 9, "Materiálový atest EN 10204 3.1 je v cene / 3.1 certificate included."),
       (50, 534, 9, "Ceny sú bez DPH / prices without VAT."),
       (50, 80, 7, "Strojárne Váh s.r.o., ICO 36318965, zapísaná v OR OS Trencín, oddiel Sro, vložka 14712/R")])
blind2("u669-slovak-pdf-shaft-scale-late-brackets", V.message("Peter Kollár <kollar@strojarne-vah.example>", multipart(
    "mixed", "=_sv_669", [
        text_part("text/plain", """Dobrý deň, pán Albers,

v prílohe Vám posielame cenovú ponuku CP-2026-0457 na hriadele a sady držiakov podľa dopytu VM-RFQ-4418.
Pozície 2, 3 a 4 neponúkame (odliatky a nakupované diely nerobíme).

S pozdravom
Peter Kollár
obchodné oddelenie
Strojárne Váh s.r.o.
tel. +421 42 555 0271, mob. +421 908 555 633
"""),
        file_part("application/pdf", "CP-2026-0457.pdf", pdf([P669]))]), subject="RE: RFQ VM-RFQ-4418 - cenova ponuka"),
       "partial", "EUR", "2026-07-31", "FCA",
       [line(1, 41.20, "EUR", lead=84), nob(2), nob(3), nob(4), line(5, 19.80, "EUR", lead=42)],
       ["lead-time-after-need-by", "no-bid"])


# u670 a Bursa contract manufacturer and trading house, multipart/alternative (quoted-printable), Turkish with English
# glosses, quoting ALL FIVE lines in EUR (the RFQ currency). Shaft "39,50 EUR/adet", "teslim süresi 6 hafta" -> 42 (Jul
# 27, before Aug 28). Housing "1.085,00 EUR/adet", "10-12 hafta" -> 84 (Sep 7, before Oct 2). Fitting "kutu fiyatı
# 193,00 EUR (50 adetlik kutu)" -> 193.00 / 50 = 3.86; "2.000 adet = 40 kutu" (the quantity asked) -> null; "4 hafta"
# -> 28 (Jul 13, before Aug 14). Cylinder: "Festo DSBC yerine kendi ürünümüz / our own equivalent: EPN-15552-32-80-PPV"
# -> alternatePartNumber EPN-15552-32-80-PPV (alternate-part), 68,40 EUR, "3 hafta" -> 21 (Jul 6, before Sep 11).
# Bracket sets "21,70 EUR/set", "5 hafta" -> 35 (Jul 20, before Oct 9). Quantities as asked -> null. "Teklif
# geçerliliği: 15 gün" from Mon 15 Jun -> 2026-06-30, earlier than Jul 10 -> validity-short. "EXW Bursa" -> EXW. "%30
# peşin, bakiye 60 gün" is a payment term; "model bedeli fiyata dahildir" (pattern included) is no charge. Parsed.
assert close(193.00 / 50, 3.86) and 40 * 50 == 2000 and plus("2026-06-15", 15) == "2026-06-30"
assert plus("2026-06-15", 42) == "2026-07-27" and plus("2026-06-15", 84) == "2026-09-07" and plus("2026-06-15", 21) == "2026-07-06"
U670_LINES = [("1", "SH-2231-C rev B", "Tahrik mili / drive shaft 42CrMo4, 30 h6 x 412 mm", "250 adet", "39,50 EUR/adet", "6 hafta"),
              ("2", "HSG-1180-GJL", "Dişli kutusu gövdesi / gearbox housing EN-GJL-250, RAL 7035 astar", "25 adet",
               "1.085,00 EUR/adet", "10-12 hafta"),
              ("3", "FIT-316-G12-10", "Düz erkek rakor / male connector G1/2 - 10 mm, 316L", "2.000 adet = 40 kutu",
               "kutu fiyatı 193,00 EUR (50 adetlik kutu)", "4 hafta"),
              ("4", "EPN-15552-32-80-PPV", "Festo DSBC yerine kendi ürünümüz / our own equivalent, ISO 15552 32/80",
               "120 adet", "68,40 EUR/adet", "3 hafta"),
              ("5", "2231-004-03", "Sensör braketi seti sağ+sol / sensor bracket set L+R, siyah eloksal", "150 set",
               "21,70 EUR/set", "5 hafta")]
U670_TEXT = """Sayın Jonas Albers, / Dear Mr. Albers,

VM-RFQ-4418 talebiniz için teşekkürler. Tüm kalemler için teklifimiz aşağıdadır (fiyatlar EUR).
Thank you for your RFQ, please see our offer for all items (prices in EUR).

""" + "\n\n".join(f"Kalem {n}: {pn}\n   {d}\n   Miktar / qty: {q}\n   Fiyat / price: {p}\n   Teslim süresi / lead time: {lt}"
                  for n, pn, d, q, p, lt in U670_LINES) + """

Kalem 4 için not: Festo DSBC-32-80-PPVA-N3 yerine kendi üretimimiz EPN-15552-32-80-PPV silindiri teklif ediyoruz,
ISO 15552 bağlantı ölçüleri aynıdır. / We offer our own cylinder instead of the Festo, same ISO 15552 mounting.
Gövde için model bedeli fiyata dahildir. / Pattern for the housing is included in the price.

Teslim şekli / delivery: EXW Bursa (Incoterms 2020)
Ödeme / payment: %30 peşin, bakiye 60 gün / 30 % advance, balance 60 days
Teklif geçerliliği / validity: 15 gün (15 days)

Saygılarımızla / Best regards,
Elif Kaya Demirtaş
Satış Müdürü / Sales Manager
Nilüfer Endüstriyel Tedarik San. ve Tic. Ltd. Şti.
Nilüfer OSB, Mavi Cadde No: 14, 16140 Nilüfer / Bursa, Türkiye
Tel: +90 224 555 03 62  |  GSM: +90 533 555 81 27"""
U670_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Segoe UI,Arial,sans-serif;font-size:10pt">
<p>Sayın Jonas Albers, / Dear Mr. Albers,</p>
<p>VM-RFQ-4418 talebiniz için teşekkürler. Tüm kalemler için teklifimiz aşağıdadır (fiyatlar EUR).<br>
Thank you for your RFQ, please see our offer for all items (prices in EUR).</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;border-color:#BFBFBF">
<tr style="background:#DDEBF7"><th>Kalem / Item</th><th>Ürün kodu / Part no.</th><th>Açıklama / Description</th><th>Miktar / Qty</th><th>Fiyat / Price</th><th>Teslim süresi / Lead time</th></tr>
""" + "\n".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in U670_LINES) + """
</table>
<p>Kalem 4 için not: Festo DSBC-32-80-PPVA-N3 yerine kendi üretimimiz EPN-15552-32-80-PPV silindiri teklif ediyoruz,
ISO 15552 bağlantı ölçüleri aynıdır. / We offer our own cylinder instead of the Festo, same ISO 15552 mounting.<br>
Gövde için model bedeli fiyata dahildir. / Pattern for the housing is included in the price.</p>
<p>Teslim şekli / delivery: EXW Bursa (Incoterms 2020)<br>
Ödeme / payment: %30 peşin, bakiye 60 gün / 30 % advance, balance 60 days<br>
Teklif geçerliliği / validity: 15 gün (15 days)</p>
<p>Saygılarımızla / Best regards,<br>Elif Kaya Demirtaş<br>Satış Müdürü / Sales Manager<br>
Nilüfer Endüstriyel Tedarik San. ve Tic. Ltd. Şti.<br>Nilüfer OSB, Mavi Cadde No: 14, 16140 Nilüfer / Bursa, Türkiye<br>
Tel: +90 224 555 03 62 &nbsp;|&nbsp; GSM: +90 533 555 81 27</p>
</div></body></html>"""
blind2("u670-alt-turkish-all-lines-box-of-50-own-cylinder", V.alternative("Elif Kaya Demirtaş <elif.demirtas@niluferendustri.example>",
                                                                          U670_TEXT, U670_HTML, "=_net_670", cte="quoted-printable"),
       "parsed", "EUR", "2026-06-30", "EXW",
       [line(1, 39.50, "EUR", lead=42), line(2, 1085.00, "EUR", lead=84), line(3, 3.86, "EUR", lead=28),
        line(4, 68.40, "EUR", lead=21, alt="EPN-15552-32-80-PPV"), line(5, 21.70, "EUR", lead=35)],
       ["alternate-part", "validity-short"])


# u671 a Plovdiv (Bulgaria) machine shop, English as a second language, text/plain UTF-8 in base64. Bulgaria is in the
# euro area since 1 January 2026 and shows leva beside the euro during the dual-display period ("for information, fixed
# rate 1.95583") -> EUR (the RFQ currency); the leva never win. Shaft "38,70 EUR (75,69 лв.)" -> 38.70, "8 weeks" -> 56
# (Aug 10, before Aug 28). Bracket sets break rows "100 - 199 sets: 24,60 EUR / 200 sets and more: 22,90 EUR" -> 150 ->
# 24.60; "minimum order 100 sets" -> moq 100 (below the 150 asked, no deviation); "30 working days" -> 42 (Jul 27,
# before Oct 9). Quantities as asked -> null. Lines 2, 3, 4 are never mentioned -> missing-line. "Offer is valid 45
# days" from Mon 15 Jun -> 2026-07-30 (not short); "FCA Plovdiv" -> FCA. Partial.
assert f"{38.70 * 1.95583:.2f}" == "75.69" and f"{24.60 * 1.95583:.2f}" == "48.11" and f"{22.90 * 1.95583:.2f}" == "44.79"
assert 100 <= 150 <= 199 and workdays(30) == 42 and plus("2026-06-15", 56) == "2026-08-10" and plus("2026-06-15", 45) == "2026-07-30"
blind2("u671-bulgarian-eur-leva-display-bracket-rows", V.msg("Georgi Dimitrov <g.dimitrov@trakia-mashini.example>", "text/plain", """Dear Mr. Albers,

Thank you for the inquiry VM-RFQ-4418, we are glad to recieve it. We are machining company from Plovdiv and we can
offer you the drive shaft and the sensor bracket sets. All prices are in EUR, the prices in leva are only for
information (fixed rate 1 EUR = 1,95583 BGN, dual display period).

Pos. 1  SH-2231-C rev B - drive shaft 42CrMo4, hardened and tempered, turned and grinded
        Price: 38,70 EUR per piece (75,69 лв.)
        Delivery time: 8 weeks after order

Pos. 5  2231-004-03 - sensor bracket set left + right with screws, EN AW-6082 T6, black anodised
        100 - 199 sets ........ 24,60 EUR/set (48,11 лв.)
        200 sets and more ..... 22,90 EUR/set (44,79 лв.)
        Minimum order 100 sets.
        Delivery time: 30 working days

Delivery FCA Plovdiv (Incoterms 2020). Payment 30 days after invoice.
The offer is valid 45 days.

Best regards,
Georgi Dimitrov
Sales Manager
Trakia Mashini Ltd.
bul. Kuklensko shose 17, 4004 Plovdiv, Bulgaria
tel. +359 32 555 041, mobile +359 88 555 2716
""", cte="base64"),
       "partial", "EUR", "2026-07-30", "FCA",
       [line(1, 38.70, "EUR", lead=56), line(5, 24.60, "EUR", lead=42, moq=100)],
       ["missing-line"])


# u672 a Saltillo (Mexico) machine shop DECLINES THE WHOLE RFQ in Spanish ("declinamos cotizar (decline to quote) su
# solicitud VM-RFQ-4418 ... nuestra capacidad está comprometida hasta noviembre") above the buyer's request in an
# Outlook "De: / Enviado el: / Para: / Asunto:" block whose table carries part numbers, quantities and need-by dates
# (history, never a quote); the numbers in the reason (2 turnos, 18 centros, noviembre de 2026) are no prices. Every
# line declined -> five noBid lines, currency / validUntil / incoterms null, status no-bid, kinds {no-bid}.
blind2("u672-mexico-saltillo-full-decline-above-request", V.msg("Ing. Ramiro Garza Villarreal <rgarza@maquinados-saltillo.example>", "text/plain", """Estimado Sr. Albers:

Agradecemos mucho la invitación a cotizar. Lamentamos informarle que en esta ocasión declinamos cotizar (decline to
quote) su solicitud VM-RFQ-4418: nuestros 18 centros de maquinado trabajan a 2 turnos y la capacidad está comprometida
con proyectos automotrices hasta noviembre de 2026, por lo que no podríamos cumplir con sus fechas.

Con gusto participaremos en sus próximas solicitudes.

Saludos cordiales,
Ing. Ramiro Garza Villarreal
Gerente Comercial
Maquinados Industriales de Saltillo, S.A. de C.V.
Blvd. Isidro López Zertuche 4020, Saltillo, Coah., México
Tel. +52 844 555 0138

De: Jonas Albers <j.albers@vossberg-maschinenbau.example>
Enviado el: miércoles, 10 de junio de 2026 9:14
Para: Ramiro Garza Villarreal <rgarza@maquinados-saltillo.example>
Asunto: RFQ VM-RFQ-4418 - Machined and purchased parts for VL-60

Dear Sir or Madam,

please quote the items below by June 26, 2026 (prices in EUR, delivery to Bielefeld):

""" + BLIND2_REQUEST + """

Best regards
Jonas Albers
Vossberg Maschinenbau GmbH
"""),
       "no-bid", None, None, None, [nob(1), nob(2), nob(3), nob(4), nob(5)], ["no-bid"])


if __name__ == "__main__":
    ROUND.write()
