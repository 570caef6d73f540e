"""Cities named in news about security meetings, in French, Arabic and English.

An event's venue is a city: the articles say "à Tanger", "بمدينة طنجة", "بطنجة", "in Tangier",
"dans la capitale autrichienne", "المدينة الحمراء". This module maps every such surface form to
one canonical English city name and its ISO 3166-1 alpha-2 country, so that the same venue
reads the same whatever the article's language.

The table covers the capitals and large cities of the Arab world, Europe's big capitals,
Africa's capitals and the cities that host this field's meetings, with nicknames ("la cité
ocre", "عاصمة البوغاز") and capitals named by their country ("la capitale tunisienne"). Names
that also name a country ("تونس", "الجزائر", "Koweït", "Djibouti", "Singapour", "Monaco") count as
the city only right after a locative word ("à", "in", "في", "بمدينة", a glued "ب"): "تونس" alone
may be Tunisia, "بتونس" is a place. Matching is `text.matching.NameIndex` (one automaton,
Arabic clitics, word boundaries); the few Latin names that are also common words ("Vienne",
"vienne" from venir) must be capitalized.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from text.matching import NameEntry, NameIndex
from text.normalize import normalize_name

# ---------------------------------------------------------------------------------------------
# The city table


@dataclass(frozen=True)
class City:
    name: str  # canonical English name
    country: str  # ISO 3166-1 alpha-2
    names: tuple[str, ...]  # French, Arabic, English names and nicknames
    country_names: tuple[str, ...] = ()  # names shared with the country: need a locative word before


@dataclass(frozen=True)
class PlaceMatch:
    start: int  # offsets in the original text
    end: int
    city: str
    country: str


def _c(name: str, country: str, *names: str, shared: Iterable[str] = ()) -> City:
    return City(name, country, (name, *names), tuple(shared))


CITIES: tuple[City, ...] = (
    # Morocco
    _c("Rabat", "MA", "الرباط"),
    _c("Casablanca", "MA", "الدار البيضاء", "Dar el Beida"),
    _c("Marrakech", "MA", "Marrakesh", "مراكش", "cité ocre", "ville ocre", "ville rouge", "المدينة الحمراء"),
    _c("Tangier", "MA", "Tanger", "Tangiers", "طنجة", "ville du Détroit", "عاصمة البوغاز"),
    _c("Fez", "MA", "Fès", "Fes", "فاس"),
    _c("Meknes", "MA", "Meknès", "مكناس"),
    _c("Agadir", "MA", "أكادير", "اكادير"),
    _c("Oujda", "MA", "وجدة"),
    _c("Tetouan", "MA", "Tétouan", "تطوان"),
    _c("Laayoune", "MA", "Laâyoune", "Layoune", "مدينة العيون"),
    _c("Dakhla", "MA", "مدينة الداخلة"),
    _c("Kenitra", "MA", "Kénitra", "القنيطرة"),
    _c("El Jadida", "MA"),
    _c("Nador", "MA", "الناظور"),
    _c("Essaouira", "MA", "الصويرة"),
    _c("Ifrane", "MA", "إفران"),
    _c("Al Hoceima", "MA", "Al Hoceïma", "الحسيمة"),
    _c("Benslimane", "MA", "بنسليمان"),
    # Maghreb
    _c("Algiers", "DZ", "Alger", "الجزائر العاصمة", shared=("الجزائر",)),
    _c("Oran", "DZ", "وهران"),
    _c("Constantine", "DZ", "قسنطينة"),
    _c("Annaba", "DZ", "عنابة"),
    _c("Tunis", "TN", "تونس العاصمة", shared=("تونس",)),
    _c("Sousse", "TN", "سوسة"),
    _c("Sfax", "TN", "صفاقس"),
    _c("Hammamet", "TN"),
    _c("Tripoli", "LY", "طرابلس"),
    _c("Benghazi", "LY", "بنغازي"),
    _c("Nouakchott", "MR", "نواكشوط"),
    # Egypt, Sudan, Horn of Africa
    _c("Cairo", "EG", "Le Caire", "Caire", "القاهرة"),
    _c("Alexandria", "EG", "Alexandrie", "الإسكندرية"),
    _c("Sharm El-Sheikh", "EG", "Charm el-Cheikh", "Sharm el Sheikh", "شرم الشيخ"),
    _c("Khartoum", "SD", "الخرطوم"),
    _c("Djibouti", "DJ", shared=("Djibouti", "جيبوتي")),
    _c("Mogadishu", "SO", "Mogadiscio", "مقديشو"),
    _c("Moroni", "KM", "موروني"),
    # Gulf and Levant
    _c("Riyadh", "SA", "Riyad", "Ryad", "الرياض"),
    _c("Jeddah", "SA", "Djeddah", "Jiddah", "جدة"),
    _c("Mecca", "SA", "La Mecque", "Mecque", "مكة المكرمة"),
    _c("Medina", "SA", "Médine", "المدينة المنورة"),
    _c("Dammam", "SA", "الدمام"),
    _c("Dhahran", "SA", "Dhahran", "الظهران"),
    _c("Abu Dhabi", "AE", "Abou Dhabi", "Abou Dabi", "أبوظبي", "أبو ظبي"),
    _c("Dubai", "AE", "Dubaï", "دبي"),
    _c("Sharjah", "AE", "Charjah", "الشارقة"),
    _c("Doha", "QA", "الدوحة"),
    _c("Manama", "BH", "المنامة"),
    _c("Kuwait City", "KW", "Koweït City", "مدينة الكويت", shared=("Koweït", "Kuwait", "الكويت")),
    _c("Muscat", "OM", "Mascate", "مسقط"),
    _c("Sanaa", "YE", "Sanaâ", "صنعاء"),
    _c("Aden", "YE", "عدن"),
    _c("Baghdad", "IQ", "Bagdad", "بغداد"),
    _c("Erbil", "IQ", "أربيل"),
    _c("Basra", "IQ", "Bassora", "البصرة"),
    _c("Damascus", "SY", "Damas", "دمشق"),
    _c("Aleppo", "SY", "Alep"),
    _c("Beirut", "LB", "Beyrouth", "بيروت"),
    _c("Amman", "JO"),
    _c("Aqaba", "JO"),
    _c("Jerusalem", "PS", "Jérusalem", "القدس"),
    _c("Ramallah", "PS", "رام الله"),
    # Europe
    _c("Paris", "FR", "باريس"),
    _c("Lyon", "FR", "ليون"),
    _c("Marseille", "FR", "Marseilles", "مرسيليا"),
    _c("Strasbourg", "FR", "ستراسبورغ"),
    _c("Brussels", "BE", "Bruxelles", "بروكسل"),
    _c("The Hague", "NL", "La Haye", "لاهاي"),
    _c("Amsterdam", "NL", "أمستردام"),
    _c("London", "GB", "Londres", "لندن"),
    _c("Glasgow", "GB", "غلاسكو", "غلاسغو", "جلاسكو", "جلاسجو"),
    _c("Edinburgh", "GB", "Édimbourg", "إدنبرة"),
    _c("Manchester", "GB", "مانشستر"),
    _c("Dublin", "IE", "دبلن"),
    _c("Berlin", "DE", "برلين"),
    _c("Munich", "DE", "München", "ميونخ"),
    _c("Frankfurt", "DE", "Francfort", "فرانكفورت"),
    _c("Vienna", "AT", "Vienne", "Wien", "فيينا"),
    _c("Rome", "IT", "Roma", "روما"),
    _c("Milan", "IT", "Milano", "ميلانو"),
    _c("Madrid", "ES", "مدريد"),
    _c("Barcelona", "ES", "Barcelone", "برشلونة"),
    _c("Seville", "ES", "Séville", "Sevilla", "إشبيلية"),
    _c("Malaga", "ES", "Málaga", "مالقة"),
    _c("Benidorm", "ES", "بنيدورم"),
    _c("Lisbon", "PT", "Lisbonne", "Lisboa", "لشبونة"),
    _c("Porto", "PT", "بورتو"),
    _c("Geneva", "CH", "Genève", "جنيف"),
    _c("Bern", "CH", "Berne", "برن"),
    _c("Zurich", "CH", "Zürich", "زيورخ"),
    _c("Luxembourg", "LU", shared=("Luxembourg", "لوكسمبورغ")),
    _c("Monaco", "MC", shared=("Monaco", "موناكو")),
    _c("Warsaw", "PL", "Varsovie", "وارسو"),
    _c("Prague", "CZ", "براغ"),
    _c("Budapest", "HU", "بودابست"),
    _c("Bucharest", "RO", "Bucarest", "بوخارست"),
    _c("Sofia", "BG", "صوفيا"),
    _c("Athens", "GR", "Athènes", "أثينا"),
    _c("Rhodes", "GR", "رودس"),
    _c("Valletta", "MT", "La Valette", "فاليتا"),
    _c("Nicosia", "CY", "Nicosie", "نيقوسيا"),
    _c("Belgrade", "RS", "بلغراد"),
    _c("Zagreb", "HR", "زغرب"),
    _c("Ljubljana", "SI", "ليوبليانا"),
    _c("Bratislava", "SK", "براتيسلافا"),
    _c("Tallinn", "EE", "تالين"),
    _c("Riga", "LV", "ريغا"),
    _c("Vilnius", "LT", "فيلنيوس"),
    _c("Stockholm", "SE", "ستوكهولم"),
    _c("Oslo", "NO", "أوسلو"),
    _c("Copenhagen", "DK", "Copenhague", "كوبنهاغن"),
    _c("Helsinki", "FI", "هلسنكي"),
    _c("Istanbul", "TR", "إسطنبول", "اسطنبول"),
    _c("Ankara", "TR", "أنقرة"),
    _c("Antalya", "TR", "أنطاليا"),
    _c("Moscow", "RU", "Moscou", "موسكو"),
    _c("Saint Petersburg", "RU", "St Petersburg", "Saint-Pétersbourg", "سانت بطرسبرغ"),
    _c("Sochi", "RU", "Sotchi", "سوتشي"),
    _c("Kyiv", "UA", "Kiev", "Kyïv", "كييف"),
    # Sub-Saharan Africa
    _c("Addis Ababa", "ET", "Addis-Abeba", "Addis Abeba", "أديس أبابا"),
    _c("Nairobi", "KE", "نيروبي"),
    _c("Kigali", "RW", "كيغالي"),
    _c("Kampala", "UG", "كمبالا"),
    _c("Dar es Salaam", "TZ", "دار السلام"),
    _c("Dakar", "SN", "داكار", "دكار"),
    _c("Abidjan", "CI", "أبيدجان"),
    _c("Lagos", "NG", "لاغوس"),
    _c("Abuja", "NG", "أبوجا"),
    _c("Accra", "GH", "أكرا"),
    _c("Yaounde", "CM", "Yaoundé", "ياوندي"),
    _c("Kinshasa", "CD", "كينشاسا"),
    _c("Brazzaville", "CG", "برازافيل"),
    _c("Libreville", "GA", "ليبرفيل"),
    _c("Malabo", "GQ", "مالابو"),
    _c("Bamako", "ML", "باماكو"),
    _c("Niamey", "NE", "نيامي"),
    _c("Ouagadougou", "BF", "واغادوغو"),
    _c("N'Djamena", "TD", "Ndjamena", "نجامينا", "انجامينا"),
    _c("Conakry", "GN", "كوناكري"),
    _c("Lome", "TG", "Lomé", "لومي"),
    _c("Cotonou", "BJ", "كوتونو"),
    _c("Luanda", "AO", "لواندا"),
    _c("Maputo", "MZ", "مابوتو"),
    _c("Harare", "ZW", "هراري"),
    _c("Lusaka", "ZM", "لوساكا"),
    _c("Windhoek", "NA", "ويندهوك"),
    _c("Johannesburg", "ZA", "Johannesbourg", "جوهانسبرغ"),
    _c("Pretoria", "ZA", "بريتوريا"),
    _c("Cape Town", "ZA", "Le Cap", "كيب تاون"),
    # Asia and the Americas
    _c("Beijing", "CN", "Pékin", "Pekin", "بكين"),
    _c("Hong Kong", "CN", "هونغ كونغ", "هونج كونج", "هونغ كونج"),
    _c("Shanghai", "CN", "شنغهاي"),
    _c("Singapore", "SG", shared=("Singapour", "Singapore", "سنغافورة")),
    _c("Tokyo", "JP", "طوكيو"),
    _c("Kyoto", "JP", "كيوتو"),
    _c("Seoul", "KR", "Séoul"),
    _c("New Delhi", "IN", "New Delhi", "نيودلهي", "نيو دلهي"),
    _c("Hanoi", "VN", "Hanoï", "هانوي"),
    _c("Bangkok", "TH", "بانكوك"),
    _c("Kuala Lumpur", "MY", "كوالالمبور"),
    _c("Jakarta", "ID", "جاكرتا"),
    _c("Bali", "ID", "Nusa Dua"),
    _c("Manila", "PH", "Manille", "مانيلا"),
    _c("Islamabad", "PK", "إسلام آباد"),
    _c("Tehran", "IR", "Téhéran", "طهران"),
    _c("Tashkent", "UZ", "Tachkent", "طشقند"),
    _c("Astana", "KZ", "أستانا"),
    _c("Baku", "AZ", "Bakou", "باكو"),
    _c("Washington", "US", "واشنطن"),
    _c("New York", "US", "نيويورك"),
    _c("Ottawa", "CA", "أوتاوا"),
    _c("Montreal", "CA", "Montréal", "مونتريال"),
    _c("Mexico City", "MX", "Ciudad de México"),
    _c("Cancun", "MX", "Cancún", "كانكون"),
    _c("Bogota", "CO", "Bogotá", "بوغوتا"),
    _c("Cartagena", "CO", "Carthagène", "Cartagena de Indias"),
    _c("Santiago", "CL", "Santiago du Chili", "سانتياغو"),
    _c("Buenos Aires", "AR", "بوينس آيرس"),
    _c("Brasilia", "BR", "Brasília", "برازيليا"),
    _c("Rio de Janeiro", "BR", "ريو دي جانيرو"),
    _c("Sao Paulo", "BR", "São Paulo", "ساو باولو"),
    _c("Lima", "PE", "ليما"),
    _c("Havana", "CU", "La Havane", "هافانا"),
)

# "la capitale autrichienne", "العاصمة النمساوية", "the Austrian capital": (capital, French, Arabic,
# English adjectives). Scotland's capital is Edinburgh: "la métropole écossaise" is not a capital.
_CAPITAL_ADJECTIVES: tuple[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] = (
    ("Vienna", ("autrichienne",), ("النمساوية",), ("Austrian",)),
    ("Tunis", ("tunisienne",), ("التونسية",), ("Tunisian",)),
    ("Rabat", ("marocaine",), ("المغربية",), ("Moroccan",)),
    ("Algiers", ("algérienne",), ("الجزائرية",), ("Algerian",)),
    ("Cairo", ("égyptienne",), ("المصرية",), ("Egyptian",)),
    ("Riyadh", ("saoudienne",), ("السعودية",), ("Saudi",)),
    ("Abu Dhabi", ("émiratie",), ("الإماراتية",), ("Emirati",)),
    ("Doha", ("qatarie", "qatarienne"), ("القطرية",), ("Qatari",)),
    ("Manama", ("bahreïnie", "bahreïnienne"), ("البحرينية",), ("Bahraini",)),
    ("Kuwait City", ("koweïtienne",), ("الكويتية",), ("Kuwaiti",)),
    ("Muscat", ("omanaise",), ("العمانية",), ("Omani",)),
    ("Amman", ("jordanienne",), ("الأردنية",), ("Jordanian",)),
    ("Beirut", ("libanaise",), ("اللبنانية",), ("Lebanese",)),
    ("Damascus", ("syrienne",), ("السورية",), ("Syrian",)),
    ("Baghdad", ("irakienne",), ("العراقية",), ("Iraqi",)),
    ("Tripoli", ("libyenne",), ("الليبية",), ("Libyan",)),
    ("Khartoum", ("soudanaise",), ("السودانية",), ("Sudanese",)),
    ("Nouakchott", ("mauritanienne",), ("الموريتانية",), ("Mauritanian",)),
    ("Sanaa", ("yéménite",), ("اليمنية",), ("Yemeni",)),
    ("Paris", ("française",), ("الفرنسية",), ("French",)),
    ("Madrid", ("espagnole",), ("الإسبانية",), ("Spanish",)),
    ("Lisbon", ("portugaise",), ("البرتغالية",), ("Portuguese",)),
    ("Rome", ("italienne",), ("الإيطالية",), ("Italian",)),
    ("Berlin", ("allemande",), ("الألمانية",), ("German",)),
    ("London", ("britannique",), ("البريطانية",), ("British",)),
    ("Edinburgh", ("écossaise",), ("الاسكتلندية",), ("Scottish",)),
    ("Brussels", ("belge",), ("البلجيكية",), ("Belgian",)),
    ("Amsterdam", ("néerlandaise",), ("الهولندية",), ("Dutch",)),
    ("Moscow", ("russe",), ("الروسية",), ("Russian",)),
    ("Ankara", ("turque",), ("التركية",), ("Turkish",)),
    ("Athens", ("grecque",), ("اليونانية",), ("Greek",)),
    ("Warsaw", ("polonaise",), ("البولندية",), ("Polish",)),
    ("Budapest", ("hongroise",), ("المجرية",), ("Hungarian",)),
    ("Prague", ("tchèque",), ("التشيكية",), ("Czech",)),
    ("Bucharest", ("roumaine",), ("الرومانية",), ("Romanian",)),
    ("Bern", ("suisse", "fédérale suisse"), ("السويسرية",), ("Swiss",)),
    ("Stockholm", ("suédoise",), ("السويدية",), ("Swedish",)),
    ("Oslo", ("norvégienne",), ("النرويجية",), ("Norwegian",)),
    ("Copenhagen", ("danoise",), ("الدنماركية",), ("Danish",)),
    ("Dublin", ("irlandaise",), ("الإيرلندية", "الأيرلندية"), ("Irish",)),
    ("Kyiv", ("ukrainienne",), ("الأوكرانية",), ("Ukrainian",)),
    ("Addis Ababa", ("éthiopienne",), ("الإثيوبية",), ("Ethiopian",)),
    ("Nairobi", ("kényane",), ("الكينية",), ("Kenyan",)),
    ("Kigali", ("rwandaise",), ("الرواندية",), ("Rwandan",)),
    ("Dakar", ("sénégalaise",), ("السنغالية",), ("Senegalese",)),
    ("Abuja", ("nigériane",), ("النيجيرية",), ("Nigerian",)),
    ("Beijing", ("chinoise",), ("الصينية",), ("Chinese",)),
    ("Tokyo", ("japonaise",), ("اليابانية",), ("Japanese",)),
    ("New Delhi", ("indienne",), ("الهندية",), ("Indian",)),
    ("Tehran", ("iranienne",), ("الإيرانية",), ("Iranian",)),
    ("Islamabad", ("pakistanaise",), ("الباكستانية",), ("Pakistani",)),
    ("Jakarta", ("indonésienne",), ("الإندونيسية",), ("Indonesian",)),
    ("Kuala Lumpur", ("malaisienne",), ("الماليزية",), ("Malaysian",)),
    ("Hanoi", ("vietnamienne",), ("الفيتنامية",), ("Vietnamese",)),
    ("Bangkok", ("thaïlandaise",), ("التايلاندية",), ("Thai",)),
    ("Seoul", ("sud-coréenne",), ("الكورية الجنوبية",), ("South Korean",)),
    ("Washington", ("américaine", "fédérale américaine"), ("الأمريكية", "الأميركية"), ("American", "US")),
)

# Words after which a name shared with a country is read as the city ("à Tunis", "في تونس").
_LOCATIVE_WORDS = frozenset(
    normalize_name(w) for w in ("à", "a", "in", "at", "depuis", "from", "في", "مدينة", "بمدينة")
)
# Latin names that are also common words: matched only with their capitals.
_COMMON_WORDS = frozenset({"Vienne", "Berne", "Rhodes"})

_BY_NAME: dict[str, City] = {city.name: city for city in CITIES}


def _entries() -> list[NameEntry]:
    entries = []
    for city in CITIES:
        entries.extend(NameEntry("city", city.name, name, name in _COMMON_WORDS) for name in city.names)
        entries.extend(NameEntry("shared", city.name, name, name in _COMMON_WORDS) for name in city.country_names)
    for capital, french, arabic, english in _CAPITAL_ADJECTIVES:
        names = [f"capitale {a}" for a in french] + [f"العاصمة {a}" for a in arabic] + [f"{a} capital" for a in english]
        entries.extend(NameEntry("city", capital, name) for name in names)
    return entries


CITY_INDEX = NameIndex.build(_entries())  # the names of the cities (text.matching)
_CITY_KEYS: dict[str, City] = {normalize_name(n): c for c in CITIES for n in (*c.names, *c.country_names)}


def city_named(name: str | None) -> City | None:
    """The city one of whose names is `name` (folded comparison)."""
    return _CITY_KEYS.get(normalize_name(name)) if name else None


def find_places(text: str) -> list[PlaceMatch]:
    """The cities named in `text`, in order, with offsets into `text`."""
    places = []
    for match in CITY_INDEX.find(text):
        if match.kind == "shared" and not _after_locative(text, match.start, match.surface, match.name):
            continue
        city = _BY_NAME[str(match.entity_key)]
        places.append(PlaceMatch(match.start, match.end, city.name, city.country))
    return places


def _after_locative(text: str, start: int, surface: str, name: str) -> bool:
    clitic = surface[: len(surface) - len(name)] if len(surface) > len(name) else ""
    if normalize_name(clitic).endswith("ب"):  # "بتونس", "وبالجزائر"
        return True
    previous = text[max(0, start - 16) : start].split()
    return bool(previous) and normalize_name(previous[-1]) in _LOCATIVE_WORDS
