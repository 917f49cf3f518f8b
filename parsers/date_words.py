"""Words of the date reader (parsers.dates): month and weekday names, and which locales write the day first.

Data only; the patterns built from it live in parsers.dates. Names are stored lower-case, as the reader
folds what it finds before looking it up. A name that means different months in two languages is left out.
"""

from __future__ import annotations

# Month names as dates write them, by month number, in the languages of the pages we read. Several
# languages put the month in the genitive after a day ("3 марта", "12 października"); that form is listed.
_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: (
        "jan", "january", "januar", "jänner", "janvier", "enero", "gennaio", "januari", "janeiro",
        "stycznia", "ledna", "siječnja", "ianuarie", "ocak", "tammikuuta", "január", "ιανουαρίου", "januarja",
    ),
    2: (
        "feb", "february", "februar", "février", "fevrier", "febrero", "febbraio", "februari", "fevereiro",
        "lutego", "února", "veljače", "februarie", "şubat", "helmikuuta", "február", "φεβρουαρίου",
        "februarja",
    ),
    3: (
        "mar", "march", "märz", "maerz", "mars", "marzo", "maart", "mrt", "março", "marco", "marts", "marca",
        "března", "ožujka", "martie", "mart", "maaliskuuta", "március", "μαρτίου",
    ),
    4: (
        "apr", "april", "avril", "abril", "aprile", "kwietnia", "dubna", "travnja", "aprilie", "nisan",
        "huhtikuuta", "április", "απριλίου", "aprila",
    ),
    5: (
        "may", "mai", "mayo", "maggio", "mei", "maio", "maj", "maja", "května", "svibnja", "mayıs",
        "toukokuuta", "május", "μαΐου",
    ),
    6: (
        "jun", "june", "juni", "juin", "junio", "giugno", "junho", "czerwca", "června", "lipnja", "iunie",
        "haziran", "kesäkuuta", "június", "ιουνίου", "junija",
    ),
    7: (
        "jul", "july", "juli", "juillet", "julio", "luglio", "julho", "lipca", "července", "srpnja", "iulie",
        "temmuz", "heinäkuuta", "július", "ιουλίου", "julija",
    ),
    8: (
        "aug", "august", "août", "aout", "agosto", "augustus", "augusti", "sierpnia", "srpna", "kolovoza",
        "ağustos", "elokuuta", "augusztus", "αυγούστου", "avgusta",
    ),
    9: (
        "sep", "sept", "september", "septembre", "septiembre", "settembre", "setembro", "września", "září",
        "rujna", "septembrie", "eylül", "syyskuuta", "szeptember", "σεπτεμβρίου", "septembra",
    ),
    10: (
        "oct", "october", "oktober", "octobre", "octubre", "ottobre", "okt", "outubro", "października",
        "října", "octombrie", "ekim", "lokakuuta", "október", "οκτωβρίου", "oktobra",
        # not "listopada": October in Croatian, November in Polish
    ),
    11: (
        "nov", "november", "novembre", "noviembre", "novembro", "listopadu", "studenoga", "noiembrie", "kasım",
        "marraskuuta", "νοεμβρίου", "novembra",
    ),
    12: (
        "dec", "december", "dezember", "décembre", "decembre", "diciembre", "dicembre", "dez", "dezembro",
        "grudnia", "prosince", "prosinca", "decembrie", "aralık", "joulukuuta", "δεκεμβρίου", "decembra",
        "desember",
    ),
}  # fmt: skip
# Russian and Ukrainian month names as dates write them (genitive).
_CYRILLIC_MONTHS = (
    ("января", "січня"), ("февраля", "лютого"), ("марта", "березня"), ("апреля", "квітня"),
    ("мая", "травня"), ("июня", "червня"), ("июля", "липня"), ("августа", "серпня"),
    ("сентября", "вересня"), ("октября", "жовтня"), ("ноября", "листопада"), ("декабря", "грудня"),
)  # fmt: skip
# Arabic month names: the Gregorian ones of Egypt and the Gulf (with their common spellings), the Maghreb's,
# and the Syriac ones of the Levant and Iraq ("كانون الثاني" is January, "تشرين الأول" October).
_ARABIC_MONTHS = (
    ("يناير", "كانون الثاني", "جانفي"), ("فبراير", "شباط", "فيفري"), ("مارس", "آذار"),
    ("أبريل", "ابريل", "إبريل", "نيسان", "أفريل"), ("مايو", "أيار", "ماي"),
    ("يونيو", "يونيه", "حزيران", "جوان"), ("يوليو", "يوليه", "تموز", "يوليوز", "جويلية"),
    ("أغسطس", "اغسطس", "آب", "غشت", "أوت"), ("سبتمبر", "أيلول", "شتنبر"),
    ("أكتوبر", "اكتوبر", "تشرين الأول"), ("نوفمبر", "تشرين الثاني", "نونبر"),
    ("ديسمبر", "كانون الأول", "دجنبر"),
)  # fmt: skip
MONTHS: dict[str, int] = {
    **{name: number for number, names in enumerate(_ARABIC_MONTHS, start=1) for name in names},
    **{name: number for number, names in _MONTH_NAMES.items() for name in names},
    **{name: number for number, names in enumerate(_CYRILLIC_MONTHS, start=1) for name in names},
}

# Weekday names a date may open with ("Thursday, June 1", "Do, 5. März"), in the languages of MONTHS.
WEEKDAYS = (
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun "
    "montag dienstag mittwoch donnerstag freitag samstag sonntag mo di mi do fr sa so "
    "lundi mardi mercredi jeudi vendredi samedi dimanche lun mer jeu ven sam dim "
    "lunes martes miércoles jueves viernes sábado domingo "
    "lunedì martedì mercoledì giovedì venerdì sabato domenica "
    "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira "
    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag "
    "poniedziałek wtorek środa czwartek piątek sobota niedziela "
    "الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت "
    "senin selasa rabu kamis jumat jum'at sabtu minggu "
    "pazartesi salı çarşamba perşembe cuma cumartesi pazar"
).split()
# Marks a year may carry after it: the Common Era's, as Arabic pages write it ("2025م").
YEAR_ERA_MARKS = ("م",)

# Which order a numeric date like 08/09/2023 follows where the page's language tag says so. English is
# settled only by its region; a language not named here settles nothing, and such a date stays unread.
MONTH_FIRST_LOCALES = frozenset({"en-us", "en-ph", "es-us"})
DAY_FIRST_ENGLISH_REGIONS = frozenset(
    {"gb", "uk", "ie", "au", "nz", "in", "za", "sg", "my", "pk", "ng", "ke"}
)
DAY_FIRST_LANGUAGES = frozenset(
    {
        "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "sk", "ru", "uk", "be", "tr", "el", "da", "nb", "nn",
        "no", "fi", "ro", "hr", "sl", "sr", "bs", "bg", "et", "lv", "id", "ms", "vi", "ga", "cy", "ca", "gl",
    }
)  # fmt: skip
# The half of the day an Arabic time gives after it ("02:00 م", "05:20 صـ", "9:30 صباحا"), as "am"/"pm".
ARABIC_DAY_HALVES: dict[str, str] = {
    "ص": "am", "صـ": "am", "صباحا": "am", "صباحًا": "am", "صباحاً": "am",
    "م": "pm", "مـ": "pm", "مساء": "pm", "مساءً": "pm", "مساءا": "pm",
}  # fmt: skip
# Time zones pages name by letters rather than an offset: Indonesia's western, central and eastern time
# ("Kamis, 27 Oktober 2022 | 18:03 WIB"), as hours from UTC.
NAMED_ZONES: dict[str, int] = {"WIB": 7, "WITA": 8, "WIT": 9}
