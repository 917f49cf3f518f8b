"""Money reader: every currency, sign and magnitude of money.toml read; numbers that are no money left alone."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

import pytest

from annotations.currencies import (
    display_sign,
    letter_signs,
    magnitudes,
    sign_chars,
    written_after,
    written_before,
)
from annotations.detectors import money_forms
from annotations.detectors.money import find_money
from annotations.summary import format_amount

# (text, [(amount, currency, percent)])
POSITIVE = [
    # Brazilian headlines shorten milhões and bilhões after the sign; 'mil' stays a thousand.
    ("Multas que chegam a R$ 50 mi", [(50_000_000, "BRL", None)]),
    ("A Meta pagou US$ 1,3 bi ao fundo.", [(1_300_000_000, "USD", None)]),
    ("O Procon aplicou multa de R$ 10 mil e R$ 2 minutos depois.", [(10_000, "BRL", None), (2, "BRL", None)]),
    # A number after a provision word is the article's, never a range's near end: one amount each.
    ("Штрафы по ст. 13.11 до 18 млн рублей для компаний.", [(18_000_000, "RUB", None)]),
    ("Mức phạt theo Điều 24 đến 100 triệu đồng đối với doanh nghiệp.", [(100_000_000, "VND", None)]),
    ("Kurul, Kanunun 18 ile 500 bin TL arasında ceza verdi.", [(500_000, "TRY", None)]),
    ("La SMA aplicó el artículo 39 hasta 10.000 UF a la empresa chilena.", [(10_000, "CLF", None)]),
    # Written amounts set apart by commas are a list when a magnitude does not fall after each comma (the first
    # ones take their currency from the article).
    (
        "Fines of two million, three million and four million naira were imposed.",
        [(2_000_000, None, None), (3_000_000, None, None), (4_000_000, "NGN", None)],
    ),
    (
        "They paid one million, two million and five hundred thousand dollars.",
        [(1_000_000, None, None), (2_000_000, None, None), (500_000, "USD", None)],
    ),
    # Numbers that are no money beside a fine in their sentence stay out: hours, people, fans.
    ("Заседание длилось от 2 до 3 часов, а штраф составил 300 тыс. рублей.", [(300_000, "RUB", None)]),
    (
        "In piazza 900mila persone; il Garante ha multato l'organizzatore per 50mila euro.",
        [(50_000, "EUR", None)],
    ),
    (
        "Na mecz przyszło sześciu tysięcy kibiców, a klub zapłacił dwieście tysięcy złotych kary.",
        [(200_000, "PLN", None)],
    ),
    # Polish decisions restate a fine in words, in the genitive, after 'słownie'.
    (
        "Kara wynosi 6 700 PLN (słownie: sześciu tysięcy siedmiuset złotych).",
        [(6_700, "PLN", None), (6_700, "PLN", None)],
    ),
    (
        "Kara: 18 941 zł (słownie: osiemnaście tysięcy dziewięćset czterdzieści jeden złotych).",
        [(18_941, "PLN", None), (18_941, "PLN", None)],
    ),
    # A sum restated in words with commas between its groups is one amount, as Nigerian and Indian orders write it.
    (
        "It must pay N766,242,500 (seven hundred and sixty-six million, two hundred and forty-two thousand, "
        "five hundred naira).",
        [(766_242_500, "NGN", None), (766_242_500, "NGN", None)],
    ),
    (
        "Fined Rs 1,50,000 (Rupees one lakh, fifty thousand only).",
        [(150_000, "INR", None), (150_000, "INR", None)],
    ),
    # Two sums in one sentence, a comma and 'and then' between them, stay two.
    (
        "They paid seven million, and then two thousand dollars more.",
        [(7_000_000, None, None), (2_000, "USD", None)],
    ),
    # Range links in Russian, Vietnamese and Turkish: the near end takes the far end's currency and scale.
    ("Штраф составит от 1 млн до 6 млн рублей.", [(1_000_000, "RUB", None), (6_000_000, "RUB", None)]),
    ("Phạt tiền từ 50 đến 80 triệu đồng.", [(50_000_000, "VND", None), (80_000_000, "VND", None)]),
    ("Ceza 13.391 TL ile 267.883 TL arasında.", [(13_391, "TRY", None), (267_883, "TRY", None)]),
    # Russian 'тыс.' and Italian 'mila' written onto the digits are thousands.
    ("Компанию оштрафовали на 300 тыс. рублей.", [(300_000, "RUB", None)]),
    ("Il Garante ha inflitto una sanzione da 900mila euro.", [(900_000, "EUR", None)]),
    # Chile's annual tax unit, and its monthly one written with dots: units, no currency.
    ("La multa máxima es de 500 UTA, o 6.000 U.T.M.", [(500, None, None), (6_000, None, None)]),
    # The Arabic dual of million and thousand counts two by itself.
    ("غرامة تصل إلى مليوني ريال.", [(2_000_000, "SAR", None)]),
    ("بغرامة لا تقل عن ألفي ريال.", [(2_000, "SAR", None)]),
    # Vietnamese 'tổng doanh thu' (total turnover) after a share.
    ("Mức phạt tối đa là 5% tổng doanh thu.", [(None, None, 5.0)]),
    # English slang: "a mil" before dollars is a million; Spanish "a mil dólares" stays a thousand.
    ("He was fined a mil dollars for it.", [(1_000_000, "USD", None)]),
    ("La multa equivale a mil dólares.", [(1_000, "USD", None)]),
    # A one-letter magnitude glued to a currency word as money.toml writes it is money.
    ("Fines: 5mEUR and 3meuros.", [(5_000_000, "EUR", None), (3_000_000, "EUR", None)]),
    # The near end of a range after a letter sign has the far end's magnitude: Rp 4-6 miliar.
    (
        "Denda maksimal Rp 4-6 miliar dan penjara.",
        [(4_000_000_000, "IDR", None), (6_000_000_000, "IDR", None)],
    ),
    # Pounds with no word of weight before them are money.
    ("The court fined him 10,000 pounds.", [(10_000, "GBP", None)]),
    ("The fine was $25 million.", [(25_000_000, "USD", None)]),
    # The dollar, the pound, the euro and the shekel named in the languages of our pages.
    (
        "Strafe: 5 Millionen Dollar, 2 Millionen US-Dollar und 3 Millionen Pfund.",
        [(5_000_000, "USD", None), (2_000_000, "USD", None), (3_000_000, "GBP", None)],
    ),
    (
        "Multas de 5 milhões de dólares, u$s 2 millones, us$ 137.333 e 4 millones de libras esterlinas.",
        [
            (5_000_000, "USD", None),
            (2_000_000, "USD", None),
            (137_333, "USD", None),
            (4_000_000, "GBP", None),
        ],
    ),
    (
        "Boete 5 miljoen dollar; kara 5 mln dolarów; ceza 5 milyon dolar ve 20 milyon avro.",
        [
            (5_000_000, "USD", None),
            (5_000_000, "USD", None),
            (5_000_000, "USD", None),
            (20_000_000, "EUR", None),
        ],
    ),
    (
        "غرامة 3 ملايين دولار؛ штраф 5 мільйонів доларів.",
        [(3_000_000, "USD", None), (5_000_000, "USD", None)],
    ),
    ('קנס של 320,000 ש"ח ועוד 1.2 מיליון שקלים.', [(320_000, "ILS", None), (1_200_000, "ILS", None)]),
    ("एक लाख रुपए और 2 करोड़ रुपये।", [(100_000, "INR", None), (20_000_000, "INR", None)]),
    ("欧盟对苹果罚款18亿欧元。", [(1_800_000_000, "EUR", None)]),
    # English 'mil' after an English number word is a million; after a Spanish one it stays a thousand.
    (
        "The club owed a fine of two mil dollars, a bond of five hundred mil dollars and twenty mil euros.",
        [(2_000_000, "USD", None), (500_000_000, "USD", None), (20_000_000, "EUR", None)],
    ),
    ("La multa fue de dos mil dólares.", [(2_000, "USD", None)]),
    # So it is after digits, before dollars and pounds; before pesos and euros it is the Spanish thousand.
    (
        "The broker paid 3 mil dollars and 1.5 mil pounds; la multa fue de 40 mil pesos y 30 mil euros.",
        [(3_000_000, "USD", None), (1_500_000, "GBP", None), (40_000, "MXN", None), (30_000, "EUR", None)],
    ),
    # Hebrew thousand after the digits.
    ("הוטל קנס של 450 אלף שקלים.", [(450_000, "ILS", None)]),
    # Spanish, Portuguese and French hundreds before a thousand word: quinientos mil, quinhentos mil, cinq cent mille.
    (
        "Multas de cuatro millones quinientos mil pesos argentinos, quinhentos mil reais e deux millions cinq cent mille euros.",
        [(4_500_000, "ARS", None), (500_000, "BRL", None), (2_500_000, "EUR", None)],
    ),
    # Hundreds, tens and units after the last magnitude, before the currency word, and the figure after it.
    (
        "Up to forty thousand seven hundred twenty-five dollars ($40,725) per day.",
        [(40_725, "USD", None), (40_725, "USD", None)],
    ),
    # Gulf dinars and the Omani rial by the letters their papers write before the number.
    (
        "The bank paid KD 50,000, the firm BD 20,000 and the operator RO 100,000.",
        [(50_000, "KWD", None), (20_000, "BHD", None), (100_000, "OMR", None)],
    ),
    # Russian, Ukrainian and Greek magnitudes and currency words, with a decimal comma.
    (
        "Сумма: 15 млн рублей, 1,7 млн грн и 2 εκατ. ευρώ.",
        [(15_000_000, "RUB", None), (1_700_000, "UAH", None), (2_000_000, "EUR", None)],
    ),
    # Chile's Unidad de Fomento has its own ISO code.
    ("La multa fue de UF 15.000, o 3.000 UF en otro caso.", [(15_000, "CLF", None), (3_000, "CLF", None)]),
    # Turkish exact amounts in groups, each with its magnitude word.
    (
        "Ceza 2 milyon 500 bin lira ve 1 milyon 250 bin TL oldu.",
        [(2_500_000, "TRY", None), (1_250_000, "TRY", None)],
    ),
    # Latin American currencies by their own signs.
    (
        "Multas: $U 500.000, ₡12 millones, RD$2 millones, Gs. 500 millones y Q1 millón.",
        [
            (500_000, "UYU", None),
            (12_000_000, "CRC", None),
            (2_000_000, "DOP", None),
            (500_000_000, "PYG", None),
            (1_000_000, "GTQ", None),
        ],
    ),
    # Chinese and Japanese numerals before a magnitude and a currency character.
    ("处五千万元以下罚款。", [(50_000_000, "CNY", None)]),
    ("处十万元以上一百万元以下罚款。", [(100_000, "CNY", None), (1_000_000, "CNY", None)]),
    ("三億円の課徴金が科された。", [(300_000_000, "JPY", None)]),
    ("监管部门对该平台处以一亿五千万元罚款。", [(150_000_000, "CNY", None)]),
    ("两亿三千万元的罚款和一亿零五百万元的赔偿。", [(230_000_000, "CNY", None), (105_000_000, "CNY", None)]),
    ("課徴金は二億五千万円に上った。", [(250_000_000, "JPY", None)]),
    ("三亿人次访问，罚款五千万元。", [(50_000_000, "CNY", None)]),
    # A share of turnover after its basis, as Korean, Chinese and Japanese write it.
    ("과징금은 전체 매출액의 100분의 3을 넘지 않는다.", [(None, None, 3.0)]),
    ("处上一年度营业额百分之五以下罚款。", [(None, None, 5.0)]),
    ("罚款可达营业额百分之十五。", [(None, None, 15.0)]),
    ("課徴金は売上高の4%とする。", [(None, None, 4.0)]),
    # A unit of account a law counts fines in: the number of units, no currency.
    ("La multa llega a 2.250 UTM.", [(2_250, None, None)]),
    ("Las sanciones van de 0,5 UIT a 100 UIT.", [(0.5, None, None), (100, None, None)]),
    # Colombian fines in monthly minimum wages, Mexican ones in UMA.
    (
        "Multas de hasta 2.000 salarios mínimos mensuales legales vigentes, o 2.000 SMLMV; en México, 320,000 UMA.",
        [(2_000, None, None), (2_000, None, None), (320_000, None, None)],
    ),
    ("The store was fined UAH 34,000, about ₴34 thousand.", [(34_000, "UAH", None), (34_000, "UAH", None)]),
    ("It paid ₺5 million to the authority.", [(5_000_000, "TRY", None)]),
    ("A fine of ₦2.5bn was set.", [(2_500_000_000, "NGN", None)]),
    ("Penalties reach ₹200 crore.", [(2_000_000_000, "INR", None)]),
    ("The court ordered Rs 5 lakh in compensation.", [(500_000, "INR", None)]),
    ("It owes five crore rupees.", [(50_000_000, "INR", None)]),
    ("They paid two lakh rupees.", [(200_000, "INR", None)]),
    ("The regulator asked for CHF 2m.", [(2_000_000, "CHF", None)]),
    ("It agreed to 2 million CHF.", [(2_000_000, "CHF", None)]),
    ("The watchdog took thirty million dollars.", [(30_000_000, "USD", None)]),
    ("Google Agrees to Pay $1.4 Billion to Texas", [(1_400_000_000, "USD", None)]),
    ("The fine of Euro 5 million was upheld.", [(5_000_000, "EUR", None)]),
    ("Die Behörde verhängte ein Bußgeld von zwei Millionen Euro.", [(2_000_000, "EUR", None)]),
    ("La CNIL a infligé une amende de deux millions d'euros.", [(2_000_000, "EUR", None)]),
    ("La AEPD impuso una multa de tres millones de euros.", [(3_000_000, "EUR", None)]),
    # A share whose basis stands in the genitive (Slovak, Polish) or right after it (Vietnamese).
    ("Úrad môže uložiť pokutu do 4 % celkového svetového ročného obratu.", [(None, None, 4)]),
    ("Kara do 4 % rocznego światowego obrotu.", [(None, None, 4)]),
    ("Vi phạm có thể bị phạt tới 5% doanh thu của năm liền trước.", [(None, None, 5)]),
    # A Spanish headline's amount without a currency, before 'a' (to) the party fined.
    ("La AEPD multa con tres millones a una cadena.", [(3_000_000, None, None)]),
    # Numbers in words in Polish, Turkish, Czech, Indonesian and Arabic, before their magnitude words.
    ("UODO nałożył cztery miliony złotych kary.", [(4_000_000, "PLN", None)]),
    ("Kurul bankaya üç milyon lira idari para cezası verdi.", [(3_000_000, "TRY", None)]),
    ("Úřad uložil pokutu šest milionů korun.", [(6_000_000, "CZK", None)]),
    ("Denda paling banyak enam miliar rupiah.", [(6_000_000_000, "IDR", None)]),
    ("بغرامة لا تزيد على ثلاثة ملايين ريال.", [(3_000_000, "SAR", None)]),
    (
        "وبغرامة لا تقل عن خمسمائة ألف جنيه ولا تجاوز خمسة ملايين جنيه.",
        [(500_000, "EGP", None), (5_000_000, "EGP", None)],
    ),
    (
        "The PDPC fined it SG $50,000 and the vendor HK $2m.",
        [(50_000, "SGD", None), (2_000_000, "HKD", None)],
    ),
    ("META FINED €1.2 BILLION OVER TRANSFERS", [(1_200_000_000, "EUR", None)]),
    # Magnitude words of Nordic, Finnish, Hungarian, Polish and Czech, with a decimal comma.
    ("Gebyret var 31,2 millioner kroner.", [(31_200_000, "NOK", None)]),
    ("Seuraamusmaksu oli 2,4 miljoonaa euroa.", [(2_400_000, "EUR", None)]),
    ("A bírság 2,5 millió forint volt.", [(2_500_000, "HUF", None)]),
    ("Kara wyniosła 29 tys. zł, a inna 1,2 mld zł.", [(29_000, "PLN", None), (1_200_000_000, "PLN", None)]),
    ("Pokuta činila 3,6 milionu korun.", [(3_600_000, "CZK", None)]),
    (
        "Warsaw took PLN 4 million, Budapest HUF 10 million.",
        [(4_000_000, "PLN", None), (10_000_000, "HUF", None)],
    ),
    (
        "Bucharest fined the bank 20,000 lei and Dhaka Tk 10 lakh.",
        [(20_000, "RON", None), (1_000_000, "BDT", None)],
    ),
    ("It was fined two hundred and fifty thousand pounds.", [(250_000, "GBP", None)]),
    ("The court ordered half a million dollars in penalties.", [(500_000, "USD", None)]),
    ("A regulator fined it half a billion euros.", [(500_000_000, "EUR", None)]),
    ("Seoul fined it ₩1.2bn.", [(1_200_000_000, "KRW", None)]),
    ("A$3m went to the OAIC.", [(3_000_000, "AUD", None)]),
    ("The award was R$ 50 million.", [(50_000_000, "BRL", None)]),
    ("It paid 746 million euros.", [(746_000_000, "EUR", None)]),
    ("It paid €1.2bn ($1.3bn).", [(1_200_000_000, "EUR", None), (1_300_000_000, "USD", None)]),
    ("Fines reach 4 per cent of annual turnover.", [(None, None, 4.0)]),
    ("Fines reach 6% of global turnover.", [(None, None, 6.0)]),
    # Signs made of letters, read before a number that looks like money.
    ("The regulator ordered R3.5 million in penalties.", [(3_500_000, "ZAR", None)]),
    ("The bank was told to pay N220m.", [(220_000_000, "NGN", None)]),
    ("It was fined P2.4 million by the commission.", [(2_400_000, "PHP", None)]),
    ("A penalty of RM450,000 applied.", [(450_000, "MYR", None)]),
    ("The board set a fine of TL 75,000.", [(75_000, "TRY", None)]),
    ("The court imposed KSh 4.5 million.", [(4_500_000, "KES", None)]),
    ("They paid Sh1.2 billion in the end.", [(1_200_000_000, "KES", None)]),
    ("A fine of Rp 3 miliar was announced.", [(3_000_000_000, "IDR", None)]),
    # Forums' thousands with no currency: the article gives it.
    ("Fine was 20k for the cookie wall.", [(20_000, None, None)]),
    ("They hit us with a 50K fine.", [(50_000, None, None)]),
    # A one-letter sign set apart from its number, with a magnitude word after it.
    ("The regulator imposed R 5 million on the department.", [(5_000_000, "ZAR", None)]),
    ("The commission fined the bank N 10 million.", [(10_000_000, "NGN", None)]),
    # Gulf currencies named in words before the number, as courts and law firms write them.
    ("A fine of at least UAE Dirhams 20,000 applies.", [(20_000, "AED", None)]),
    ("The court imposed Dirhams 10,000 on each defendant.", [(10_000, "AED", None)]),
    ("Fines of up to Saudi Riyals 5,000,000 apply.", [(5_000_000, "SAR", None)]),
    ("The authority fined the bank Qatari Riyals 1,000,000.", [(1_000_000, "QAR", None)]),
    # Quebec French names the Canadian dollar after the number.
    ("Il a été condamné à verser 15 000 dollars canadiens.", [(15_000, "CAD", None)]),
    # Turkish magnitude words with a decimal comma, and the lira named in Turkish.
    ("Kurul şirkete 312,4 milyon TL ceza verdi.", [(312_400_000, "TRY", None)]),
    ("Toplam tutar 1,8 milyar lira oldu.", [(1_800_000_000, "TRY", None)]),
    ("Alt sınır 75 bin TL olarak belirlendi.", [(75_000, "TRY", None)]),
    ("Ceza 212.500 Türk lirası olarak açıklandı.", [(212_500, "TRY", None)]),
    # Indonesian magnitude words, also title-cased in headlines.
    ("Denda Rp 2,4 Miliar untuk Platform Belanja", [(2_400_000_000, "IDR", None)]),
    ("Ganti rugi Rp 300 ribu per orang.", [(300_000, "IDR", None)]),
    ("Nilainya mencapai Rp1,1 Triliun.", [(1_100_000_000_000, "IDR", None)]),
    # Portuguese and Spanish 'mil' is a thousand beside their currencies, not a million.
    ("A ANPD aplicou multa de R$ 7,2 mil à clínica.", [(7_200, "BRL", None)]),
    ("La Profeco impuso 450 mil pesos de multa.", [(450_000, "MXN", None)]),
    ("A multa chegou a R$ 1.500 mil no fim.", [(1_500_000, "BRL", None)]),
    ("La sanción fue de 12 mil millones de pesos.", [(12_000_000_000, "MXN", None)]),
    # An exact amount in groups of digits and magnitude words, as Mexican releases write it.
    ("Las multas sumaron 46 millones 849 mil 777 pesos en 2023.", [(46_849_777, "MXN", None)]),
    ("La aseguradora pagó 3 millones 738 mil pesos.", [(3_738_000, "MXN", None)]),
    ("Se impuso una multa de 2 millones 500 mil de pesos.", [(2_500_000, "MXN", None)]),
    # Headlines write it in capitals.
    ("PROFECO IMPONE MULTA DE 500 MIL PESOS", [(500_000, "MXN", None)]),
    ("ANPD aplica multa de R$ 7,2 MIL à clínica", [(7_200, "BRL", None)]),
    ("MULTA DE 12 MIL MILLONES DE PESOS", [(12_000_000_000, "MXN", None)]),
    # Indian spellings of lakh and crore, and a lakh crore.
    ("The bank paid Rs. 40 Lakhs and Rs 3 Crores.", [(4_000_000, "INR", None), (30_000_000, "INR", None)]),
    ("Dues stood at ₹1.2 lakh crore.", [(1_200_000_000_000, "INR", None)]),
    ("It was fined 2.3 billion Korean won.", [(2_300_000_000, "KRW", None)]),
    # Wire copy names the currency with its country's adjective ("100 million Norwegian krone").
    ("Oslo fined the app 100 million Norwegian krone.", [(100_000_000, "NOK", None)]),
    (
        "The bank paid 20 million Swedish kronor and 4 million Danish krone.",
        [(20_000_000, "SEK", None), (4_000_000, "DKK", None)],
    ),
    ("Brasília fined it 9 million Brazilian reais.", [(9_000_000, "BRL", None)]),
    ("The tribunal imposed 15 million South African rand.", [(15_000_000, "ZAR", None)]),
    ("Regulators fined it 182 billion Chinese yuan.", [(182_000_000_000, "CNY", None)]),
    ("A penalty of 2 billion Japanese yen followed.", [(2_000_000_000, "JPY", None)]),
    (
        "It paid 3 million Polish zlotys and 1 million Hungarian forints.",
        [(3_000_000, "PLN", None), (1_000_000, "HUF", None)],
    ),
    ("The fine was 220 million UAE dirhams.", [(220_000_000, "AED", None)]),
    # Signs and codes of more currencies.
    ("The agency took ₱750,000 from the lender.", [(750_000, "PHP", None)]),
    ("It owes ฿2.5 million after the ruling.", [(2_500_000, "THB", None)]),
    ("The penalty was SAR 5 million.", [(5_000_000, "SAR", None)]),
    ("It paid QAR 1 million.", [(1_000_000, "QAR", None)]),
    ("The fine is AED 250,000.", [(250_000, "AED", None)]),
    ("The regulator set NIS 3.2 million.", [(3_200_000, "ILS", None)]),
    ("It paid ₪900,000 to settle.", [(900_000, "ILS", None)]),
    ("A court set AR$12 million.", [(12_000_000, "ARS", None)]),
    ("The watchdog imposed COP 2,300 million.", [(2_300_000_000, "COP", None)]),
    ("It paid VND 150 million.", [(150_000_000, "VND", None)]),
    ("It was fined HK$80,000.", [(80_000, "HKD", None)]),
    ("A penalty of S$74,000 was set.", [(74_000, "SGD", None)]),
    ("They settled for NZ$1.1m.", [(1_100_000, "NZD", None)]),
    ("The firm paid U.S. $3 million.", [(3_000_000, "USD", None)]),
    ("The yuan fine was RMB 2.1 billion.", [(2_100_000_000, "CNY", None)]),
    # Words after the number, in many languages.
    ("It paid 6 million baht.", [(6_000_000, "THB", None)]),
    ("The surcharge was 2.5 billion won.", [(2_500_000_000, "KRW", None)]),
    ("A fine of 40 million rupiah was set.", [(40_000_000, "IDR", None)]),
    ("It owes 3 million dirhams.", [(3_000_000, "AED", None)]),
    ("Die Behörde verhängte 8,2 Millionen Euro.", [(8_200_000, "EUR", None)]),
    ("Sie zahlte 3 Mio. Euro.", [(3_000_000, "EUR", None)]),
    ("Le montant atteint 15 millions d'euros.", [(15_000_000, "EUR", None)]),
    ("La multa fue de 6 millones de euros.", [(6_000_000, "EUR", None)]),
    ("La sanzione è di 1,5 milioni di euro.", [(1_500_000, "EUR", None)]),
    ("L'amende est de 2.400.000 €.", [(2_400_000, "EUR", None)]),
    ("L'amende s'élève à 90 M€.", [(90_000_000, "EUR", None)]),
    ("Une amende de 4 500€ a été prononcée.", [(4_500, "EUR", None)]),
    ("La sanction peut atteindre 25 000 000 $.", [(25_000_000, "USD", None)]),
    ("Die Strafe lag bei CHF 480'000.", [(480_000, "CHF", None)]),
    # Scale words written with hyphens, abbreviated, or in Indian English.
    ("A ₹86.5-crore penalty was upheld.", [(865_000_000, "INR", None)]),
    ("It faces a ₹40 cr fine.", [(400_000_000, "INR", None)]),
    ("The app got a 4-million-baht fine.", [(4_000_000, "THB", None)]),
    ("A $12-million settlement was reached.", [(12_000_000, "USD", None)]),
    ("The fine was €2.5 mln.", [(2_500_000, "EUR", None)]),
    ("It paid $7 bln.", [(7_000_000_000, "USD", None)]),
    ("Rs 3 lakhs were ordered.", [(300_000, "INR", None)]),
    # Three digits after a full stop before a scale word are decimals.
    ("The surcharge came to 64.357 billion won.", [(64_357_000_000, "KRW", None)]),
    ("It was fined CNY 1.245 billion.", [(1_245_000_000, "CNY", None)]),
    # Abbreviations that carry a magnitude and a currency at once.
    ("La autoridad impuso una multa de 120 mdp.", [(120_000_000, "MXN", None)]),
    ("El acuerdo fue por 15 mdd.", [(15_000_000, "USD", None)]),
    # Number formats: Indian grouping, comma-and-space groups, decimal commas after thousands dots.
    ("The order was for ₹7,50,000 in penalties.", [(750_000, "INR", None)]),
    ("It paid Rs. 1,20,00,000 in the end.", [(12_000_000, "INR", None)]),
    ("A penalty of Ksh 3, 250, 000 was issued.", [(3_250_000, "KES", None)]),
    ("Fines came to Kshs. 6,400,000 in all.", [(6_400_000, "KES", None)]),
    ("The sanctions totalled $9.315 millones de pesos.", [(9_315_000_000, "MXN", None)]),
    ("Le montant est de 2.345,6 millions d'euros.", [(2_345_600_000, "EUR", None)]),
    ("It paid 1,234.50 euros.", [(1_234.5, "EUR", None)]),
    # Written numbers, with or without a currency.
    ("The bank must pay Rupees Four Lakh Twenty Thousand.", [(420_000, "INR", None)]),
    ("A nine-million-baht order followed.", [(9_000_000, "THB", None)]),
    ("Together that came to eight million.", [(8_000_000, None, None)]),
    # Ranges: each end is an amount; a bare end takes the other end's currency and scale.
    ("Fines of $25-40 million are likely.", [(25_000_000, "USD", None), (40_000_000, "USD", None)]),
    ("From 5,000 to 50,000 yuan for staff.", [(5_000, "CNY", None), (50_000, "CNY", None)]),
    ("Entre 20 et 35 millions d'euros.", [(20_000_000, "EUR", None), (35_000_000, "EUR", None)]),
    ("Between $300 and $2 million per case.", [(300, "USD", None), (2_000_000, "USD", None)]),
    # An amount with no currency, read as one only where a phrase ends or money words follow.
    ("It added a further 2.7 billion in surcharges.", [(2_700_000_000, None, None)]),
    # Shares of turnover in several languages and forms.
    ("Up to 4 Prozent des weltweiten Jahresumsatzes.", [(None, None, 4.0)]),
    ("Jusqu'à 2 % du chiffre d'affaires mondial de l'exercice.", [(None, None, 2.0)]),
    ("Fino al 4% del fatturato mondiale totale annuo.", [(None, None, 4.0)]),
    ("A cap of two per cent of annual gross revenue.", [(None, None, 2.0)]),
    ("The fine came to 3.1% of Acme's 2022 revenue.", [(None, None, 3.1)]),
    ("It equals 0.2 per cent of the lender's 2024 gross earnings.", [(None, None, 0.2)]),
    ("Dendanya paling tinggi 2 persen dari pendapatan tahunan.", [(None, None, 2.0)]),
    ("Denda paling banyak 10 persen dari total penjualan di pasar itu.", [(None, None, 10.0)]),
    # The Kenyan shilling named before a number in words, as statutes and law-firm notes write it.
    ("A notice of up to Kenya Shillings Five Million may be served.", [(5_000_000, "KES", None)]),
    # The lira in the plural, and the Egyptian pound as 'LE' before a money-like number.
    ("The board had fined it 93 million Turkish liras in 2018.", [(93_000_000, "TRY", None)]),
    ("A fine of not more than LE 1 million applies.", [(1_000_000, "EGP", None)]),
    # Arabic: a pound sterling is no Egyptian pound, and an Omani, Yemeni or Iranian rial no Saudi riyal.
    ("غرامة 5 ملايين جنيه إسترليني", [(5_000_000, "GBP", None)]),
    ("غرامة 5 ملايين جنيه استرليني", [(5_000_000, "GBP", None)]),
    ("غرامة 5 ملايين جنيه", [(5_000_000, "EGP", None)]),
    ("غرامة 250 ألف ريال عماني", [(250_000, "OMR", None)]),
    ("غرامة 250 ألف ريال يمني", [(250_000, "YER", None)]),
    ("غرامة 250 ألف ريال إيراني", [(250_000, "IRR", None)]),
    ("غرامة 250 ألف ريال", [(250_000, "SAR", None)]),
    # Tens and hundreds as Portuguese, Spanish, French, German and Italian write them in words, as a
    # statute restates a cap (R$ 50.000.000,00 (cinquenta milhões de reais)).
    ("Limitada a cinquenta milhões de reais por infração.", [(50_000_000, "BRL", None)]),
    ("La multa puede llegar a cincuenta millones de pesos.", [(50_000_000, "MXN", None)]),
    ("Eine Geldbuße von fünfzig Millionen Euro wurde verhängt.", [(50_000_000, "EUR", None)]),
    # A sign and the currency's word both written: the word says more ($ is pesos in a peso country).
    ("La sanción fue de $3,656 millones de pesos.", [(3_656_000_000, "MXN", None)]),
    ("A multa foi de R$ 2 milhões de reais.", [(2_000_000, "BRL", None)]),
    # UAE papers write dirhams before a plain number: Dh 1000, Dh300.
    ("Anyone who defames an official: fine is Dh 5000.", [(5_000, "AED", None)]),
    ("He was fined Dh300 for littering.", [(300, "AED", None)]),
    # Chinese, Japanese and Korean amounts count in ten thousands and hundred millions, with no spaces.
    ("处以人民币80.26亿元罚款。", [(8_026_000_000, "CNY", None)]),
    ("課徴金約4億5000万円の納付を命じた。", [(450_000_000, "JPY", None)]),
    (
        "과징금 6억4000만원과 과태료 1080만 원을 부과했다.",
        [(640_000_000, "KRW", None), (10_800_000, "KRW", None)],
    ),
    ("손해배상액은 1억 330만 원이다.", [(103_300_000, "KRW", None)]),
    # Two magnitude characters together multiply: 천만 is a thousand ten-thousands.
    ("최고 5천만원의 과태료를 물린다.", [(50_000_000, "KRW", None)]),
    ("과징금 15억 3천만원을 부과했다.", [(1_530_000_000, "KRW", None)]),
    # Japanese writes the won in katakana after the number (a Japanese page on Korea's fines on Google and Meta).
    ("韓国の委員会はGoogleに692億ウォンの課徴金を科した。", [(69_200_000_000, "KRW", None)]),
    ("罚款3千万元。", [(30_000_000, "CNY", None)]),
    # A sign or code before the digits, then a magnitude character and no currency character after it.
    ("监管部门对该平台罚款￥500万，责令整改。", [(5_000_000, "JPY", None)]),
    ("과징금 ₩50억이 부과됐다.", [(5_000_000_000, "KRW", None)]),
    ("The watchdog fined it HK$100万 for the leak.", [(1_000_000, "HKD", None)]),
    # A shared sign yields to the character after it; a sign of one currency does not.
    ("罚款¥500万元。", [(5_000_000, "CNY", None)]),
    ("罰款HK$100萬元。", [(1_000_000, "HKD", None)]),
    # Czech 'mil.' and 'mld.' before crowns: a million and a milliard.
    ("Úřad uložil pokutu 3,6 mil. Kč za únik dat.", [(3_600_000, "CZK", None)]),
    ("Obrat firmy činil 1,2 mld. Kč.", [(1_200_000_000, "CZK", None)]),
    # Before a decimal-comma magnitude, one comma and three digits is a decimal ("5,125 Millionen"), except
    # before Spanish millones, which Mexico writes after a comma grouping thousands.
    ("Das Bundesamt verhängte Bußgelder von 5,125 Millionen Euro.", [(5_125_000, "EUR", None)]),
    ("Kurul 1,750 milyon TL ceza verdi.", [(1_750_000, "TRY", None)]),
    ("Profeco impuso una multa de 1,500 millones de pesos.", [(1_500_000_000, "MXN", None)]),
    # ... and Portuguese 'mil' closing a sentence stays a thousand: 'mil.' is a million before crowns only.
    ("A ANPD aplicou multa de R$ 50 mil.", [(50_000, "BRL", None)]),
    # East African shillings and the West African CFA franc, before and after the number.
    ("The regulator fined the bank UGX 20 million.", [(20_000_000, "UGX", None)]),
    ("It was ordered to pay TZS 5 billion.", [(5_000_000_000, "TZS", None)]),
    ("La CDP a prononcé une sanction de 50 millions de FCFA.", [(50_000_000, "XOF", None)]),
    ("An amount of FCFA 10 000 000 was imposed.", [(10_000_000, "XOF", None)]),
    ("Caps reach 10% of the provider's qualifying worldwide revenue.", [(None, None, 10.0)]),
    # A sum restated in words joins its groups with the language's 'and': Portuguese e, Spanish y.
    (
        "Foram impostas multas de R$ 7.200,00 (sete mil e duzentos reais).",
        [(7_200, "BRL", None), (7_200, "BRL", None)],
    ),
    ("La multa fue de treinta y cinco mil pesos.", [(35_000, "MXN", None)]),
    # Nigerian papers restate the NDPA's cap with the basis in the singular.
    ("The fine may be as high as 2 per cent of the firm's gross earning.", [(None, None, 2.0)]),
]
NEGATIVE = [
    # ウォン as part of a name, with no number before it.
    "ウォン・カーウァイ監督の新作が公開された。",
    # Range words between plain numbers with no currency, and Alpha as a name.
    "Ông ấy làm việc từ 8 đến 17 giờ.",
    "الفريق ألفا فاز بالمباراة",
    # A one-letter magnitude glued to a code written in lower case is a word: March in French, "bars".
    "Le 5 mars 2020, la CNIL s'est réunie.",
    "Section 3 of the Competition Act, 2002 bars cartels.",
    # Pounds after a word of weight in their sentence are a weight.
    "Trucks with a gross vehicle weight rating above 10,000 pounds must not idle.",
    # A currency's name in another language with no number before it is no money.
    "Der Dollar fiel, und das Pfund stieg; el dólar y la libra también.",
    "Los salarios mínimos subieron y la UMA también.",
    "Forty thousand seven hundred and twenty five people came.",
    "Vinieron quinientos mil personas a la marcha.",
    "Vinieron treinta y cinco mil personas y doscientos perros.",
    # A Brazilian table's state column is no Unidad de Fomento.
    "A tabela UF 12 SP 4 mostra os estados.",
    # A quarter is no quetzal: the letter sign needs a magnitude or separators after the number.
    "The Q4 2024 report came out.",
    # Numerals and a magnitude with no currency character count people, not money.
    "他说有一万个人参加。",
    # A number after the basis with no genitive is growth, not a share of it.
    "今期は売上高4%増となった。",
    # Letters that are a dinar's or rial's sign only before a number with separators or a magnitude.
    "The BD 2 squad and RO 7 crew met KD 3 players.",
    "Aplikaci používá 5 mil. lidí.",
    "가입자는 5천만 명을 넘었다.",
    # A magnitude character after digits with no sign before and no currency after counts people.
    "该平台有500万用户。",
    "Room 5万 holds 3千 chairs.",
    "Euro 2024 starts in June.",
    "Un million d'utilisateurs ont été touchés.",
    "Zwei Millionen Nutzer sind betroffen.",
    "The law passed in 2023 with 300 votes.",
    "Chapter 5 has 12 sections.",
    "Five crore people live there.",
    "The vote was 52 per cent in favour.",
    "A crore of reasons, said nobody.",
    "She ran 5 km in 30 minutes.",
    "Turnover rose 4% last year.",
    "Revenue growth was 5% revenue growth, the Slovak unit said.",
    "The $ sign and the € sign are symbols.",
    "₺₺₺ and ₦₦ are signs without numbers.",
    "Room 101, floor 3, building 12.",
    "The dollars were counted in 2021.",
    "Section 230 shields platforms.",
    "Version 2.5 came out on 3 May.",
    "The lira fell against the euro.",
    "It scored 4 of 10.",
    "Twenty people signed.",
    "Rs and Rs. alone are no money.",
    "LE 14 JUILLET, la fête nationale.",
    "The agency moved to seize millions in assets.",
    "The Dh 2019 budget rose.",
    "该平台有3亿用户，员工5000人。",
    "Route RM 500 runs north; QR 100 is a code.",
    "Cinquenta milhões de brasileiros usam o aplicativo.",
    "The liras and the shillings were both weak.",
    # Letters that only look like signs: no money-like number after them, or a space after one letter.
    "Masks rated N95 are sold out.",
    "The R2 score of the model was low.",
    "Plan P3 starts in May.",
    "Turn to page R 12 for the table.",
    "He wore jersey N 10,000 times.",
    "Turn to page R 5 for the million-dollar table.",
    "The chart in appendix R 12 shows 5 million users.",
    "The TL 5 says nothing.",
    # Counts with a scale word are no money.
    "The leak exposed 33 million accounts.",
    "About 4.2 billion people use the app.",
    "Nearly 12 million users signed up.",
    "Sie betraf 533 Millionen Datensätze.",
    "Five million customers were told.",
    "The section is 15 U.S.C. 57b, not 57a.",
    "The wall is 5 m high.",
    # Shares of something other than turnover.
    "Half the fine, 50% of the maximum fine, was waived.",
    "Turnout reached 61 per cent of voters.",
    "It holds 20% of the market.",
    # Numbers in lists are no amounts without a currency.
    "The vote was 1,200,000 to 900,000.",
    "Items 2, 3 and 4 were removed.",
    # Turkish and Indonesian counts with a magnitude word are no money either.
    "Sızıntı 85 milyon kullanıcıyı etkiledi.",
    "Data 2,3 juta pelanggan bocor.",
    "Put the cans in bin 4 by the door.",
    "La app tiene 5 mil usuarios en Lima.",
    "Cerca de 20 mil pessoas assinaram.",
    "CERCA DE 20 MIL PESSOAS ASSINARAM.",
    "La base tenía 46 millones 849 mil 777 registros.",
    "The post got 20k views and 5k likes.",
    # A country's adjective after a count is no currency ("Japanese" shares are no yen).
    "The fund sold 5 million Japanese shares in 2023.",
    # Years are no range heads.
    "From 2019 to 2023 nothing changed.",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_money_is_read_with_amount_and_currency(text: str, expected: list) -> None:
    """Every currency of money.toml, its magnitude words and written numbers, are read and normalised."""
    assert [(m.amount, m.currency, m.percent) for m in find_money(text)] == expected


@pytest.mark.parametrize("text", NEGATIVE)
def test_numbers_that_are_no_money_stay_unread(text: str) -> None:
    """Years, counts, ratios and bare signs are not amounts."""
    assert find_money(text) == []


def test_every_sign_and_word_of_money_toml_reads_as_its_currency() -> None:
    """Each form written before or after a number is recognised as its own currency."""
    for form, code in written_before().items():
        (money,) = find_money(f"It paid {form}5 million.")
        assert (money.amount, money.currency) == (5_000_000, code), form
    for form, code in letter_signs().items():
        (money,) = find_money(f"It paid {form}5 million.")
        assert (money.amount, money.currency) == (5_000_000, code), form
    for form, code in written_after().items():
        (money,) = find_money(f"It paid 5 million {form}.")
        assert (money.amount, money.currency) == (5_000_000, code), form


def test_every_magnitude_word_of_money_toml_scales_the_number() -> None:
    """Each magnitude word after digits multiplies them by its factor."""
    for word, factor in magnitudes().items():
        (money,) = find_money(f"It paid €3 {word} to the agency.")
        assert money.amount == 3 * factor, word


def test_a_bracketed_conversion_points_to_the_amount_it_converts() -> None:
    """A conversion in brackets, and the next one in the same brackets, point to the first amount."""
    first, second, third = find_money("It paid ₩50 billion (about $36 million, or €33 million).")
    assert (first.conversion_of, second.conversion_of, third.conversion_of) == (None, 0, 0)


def test_a_word_after_a_signed_amount_that_names_other_money_is_left_out() -> None:
    """'the $1.4 billion won by the state': the verb 'won' is no Korean won, and no part of the amount."""
    (money,) = find_money("Texas kept the $1.4 billion won by its lawyers.")
    assert (money.amount, money.currency, money.end) == (
        1_400_000_000,
        "USD",
        len("Texas kept the $1.4 billion"),
    )


def test_a_range_end_carries_the_scale_only_when_it_reads_as_one() -> None:
    """ "$40-60 million" scales the near end; "$500 to $1 million" leaves it alone."""
    near, far = find_money("Damages of $500 to $1 million each.")
    assert (near.amount, far.amount) == (500, 1_000_000)


def test_currency_symbols_and_display_come_from_money_toml() -> None:
    """The symbols set apart in sentences, and the signs a summary writes, are money.toml's."""
    assert set("$€£¥₹₩₺₦") <= set(sign_chars())
    assert display_sign("EUR") == "€" and display_sign("CHF") is None
    assert format_amount(2_500_000, "CHF") == "CHF 2.5M"
    assert format_amount(30_000_000, "USD") == "$30M"


class _CountingForm:
    """A pattern that adds up the characters each of its scans is given."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.read = pattern, 0

    def finditer(self, text: str, start: int = 0, end: int = sys.maxsize) -> Iterator[re.Match[str]]:
        self.read += min(end, len(text)) - start
        return self.pattern.finditer(text, start, end)


@pytest.mark.parametrize(
    "run", ["two mil ", "two thousand ", "cinq cent mille ", "multa de quinientos mil ", "five per cent "]
)
def test_written_numbers_read_each_character_of_a_long_run_once(
    run: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A window around each magnitude or percent word read "two mil two mil ..." about fifteen times over;
    windows that overlap are read as one."""
    words = _CountingForm(money_forms.words_form())
    shares = _CountingForm(money_forms.percent_words_form())
    monkeypatch.setattr(money_forms, "words_form", lambda: words)
    monkeypatch.setattr(money_forms, "percent_words_form", lambda: shares)
    text = run * 2_000
    find_money(text)
    assert 0 < words.read + shares.read <= len(text)
