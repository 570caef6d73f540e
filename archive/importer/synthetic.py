"""A synthetic multilingual corpus for the import benchmark.

Articles are assembled from a small bank of sentences written for this project, in the raw
shapes the importer meets (date marker, headline or none, menu line, ticker, widget lines,
duplicated paragraph), so the benchmark exercises the same code paths as real imports.
Seeded: the same arguments always give the same files.
"""

from __future__ import annotations

import random
from pathlib import Path

from archive.importer.readers import RawRecord

CITIES = {
    "fr": ["Tunis", "Rabat", "Marrakech", "Alger", "Le Caire", "Riyad", "Doha", "Lyon", "Vienne", "Dakar"],
    "en": ["Tunis", "Rabat", "Marrakech", "Algiers", "Cairo", "Riyadh", "Doha", "Lyon", "Vienna", "Dakar"],
    "ar": ["تونس", "الرباط", "مراكش", "الجزائر", "القاهرة", "الرياض", "الدوحة", "ليون", "فيينا", "داكار"],
}
NAMES = ["Karim Bennis", "Samira Haddad", "Youssef Alaoui", "Lina Mansour", "Omar Kettani", "Nadia Ferhat"]
NAMES_AR = ["كريم بنيس", "سميرة حداد", "يوسف العلوي", "لينا منصور", "عمر الكتاني", "نادية فرحات"]

SENTENCES = {
    "fr": [
        "Les travaux de la {n}e session du Conseil des ministres arabes de l'Intérieur se sont ouverts à {city}.",
        "La délégation était conduite par M. {name}, directeur de la coopération internationale.",
        "Les participants ont examiné la coopération policière face à la criminalité transfrontalière.",
        "Des représentants d'Interpol et de l'Office des Nations unies contre la drogue et le crime y ont pris part.",
        "Le communiqué final souligne l'importance de l'échange d'informations entre les services.",
        "La prochaine réunion se tiendra l'an prochain, selon le secrétariat général.",
        "Les ministres ont adopté un plan de lutte contre la cybercriminalité et le terrorisme.",
    ],
    "en": [
        "Delegates opened the {n}th INTERPOL General Assembly in {city} on Monday.",
        "The delegation was led by {name}, head of international cooperation.",
        "Participants discussed police cooperation against organized and cross-border crime.",
        "Representatives of Europol and the United Nations Office on Drugs and Crime attended.",
        "The closing statement stressed the need for faster exchange of criminal intelligence.",
        "Ministers agreed to meet again next year, the general secretariat said.",
    ],
    "ar": [
        "افتتحت اليوم في {city} أشغال الدورة {n} لمجلس وزراء الداخلية العرب.",
        "وترأس الوفد السيد {name_ar}، مدير التعاون الدولي.",
        "وناقش المشاركون سبل تعزيز التعاون الأمني لمواجهة الجريمة المنظمة العابرة للحدود.",
        "وحضر الأشغال ممثلون عن المنظمة الدولية للشرطة الجنائية ومكتب الأمم المتحدة المعني بالمخدرات والجريمة.",
        "وأكد البيان الختامي أهمية تبادل المعلومات بين الأجهزة الأمنية.",
        "ومن المنتظر أن يعقد الاجتماع المقبل السنة القادمة بحسب الأمانة العامة.",
    ],
}
HEADLINES = {
    "fr": "Coopération sécuritaire : réunion à {city}",
    "en": "Security cooperation meeting held in {city}",
    "ar": "اجتماع للتعاون الأمني في {city}",
}
NOISE = [
    "Accueil | Politique | Société | Économie | Monde | Sport",
    "Partager : Facebook Twitter WhatsApp",
    "Réagissez à cet article",
]


def warm_up_records() -> list[RawRecord]:
    """One short article per language, in memory, from the sentence bank: what an import runs
    its stages on before its workers fork (pipeline._warm)."""
    values = {"n": 12, "name": NAMES[0], "name_ar": NAMES_AR[0]}
    return [
        RawRecord(
            origin=f"warm-up-{language}.txt",
            raw_text="\n\n".join(
                [HEADLINES[language].format(city=CITIES[language][0])]
                + [s.format(city=CITIES[language][0], **values) for s in SENTENCES[language]]
                # A page's address on a line of its own: validating it compiles Django's URL
                # pattern (compiled on first use, 0.03 s) once before the fork rather than in each worker.
                + [f"https://example.org/{language}/warm-up"]
            ),
        )
        for language in ("fr", "en", "ar")
    ]


def write_corpus(directory: Path, count: int, *, seed: int = 2026) -> list[Path]:
    """Write `count` raw .txt articles under `directory`; returns their paths."""
    rng = random.Random(seed)
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        language = rng.choices(["fr", "ar", "en"], weights=[5, 4, 1])[0]
        city = rng.choice(CITIES[language])
        values = {
            "city": city,
            "n": rng.randint(20, 95),
            "name": rng.choice(NAMES),
            "name_ar": rng.choice(NAMES_AR),
        }
        paragraphs = [
            rng.choice(SENTENCES[language]).format(**values) + " " + rng.choice(SENTENCES[language]).format(**values)
            for _ in range(rng.randint(4, 8))
        ]
        if rng.random() < 0.2:
            paragraphs.append(paragraphs[0])  # a duplicated paragraph, as scrapers leave them
        lines = []
        year, month, day = rng.randint(2015, 2026), rng.randint(1, 12), rng.randint(1, 28)
        if rng.random() < 0.6:
            lines.append(f" date {year}-{month:02d}-{day:02d}")
        if rng.random() < 0.3:
            lines.append(rng.choice(NOISE))
        if rng.random() < 0.7:
            lines.append(HEADLINES[language].format(**values) + f" ({i})")
        lines.append("\n\n".join(paragraphs) + f" [{i}]")
        if rng.random() < 0.3:
            lines.append(rng.choice(NOISE))
        path = directory / f"{i:06d}_{language}.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def replicate_corpus(source: Path, directory: Path, count: int) -> list[Path]:
    """Write `count` articles under `directory` by cycling through the .txt files of `source`,
    each copy made unique by a trailing sentence (the same text, or the same cleaned body, is never
    stored twice: a bare "[i]" line is page noise to the cleaner). Measures
    the import on real articles — denser in names and events than the synthetic ones."""
    texts = [p.read_bytes() for p in sorted(source.rglob("*.txt"))]
    if not texts:
        raise ValueError(f"no .txt file under {source}")
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = directory / f"{i:06d}.txt"
        path.write_bytes(texts[i % len(texts)] + f"\n\nDépêche numéro {i} des archives de démonstration.\n".encode())
        paths.append(path)
    return paths


def varied_text(chars: int, *, seed: int = 8) -> str:
    """One long text of `chars` characters: paragraphs of the sentence bank in the three
    languages, names, cities and session numbers drawn at random (a dump, a feed saved as one
    file). Measures how extraction time grows with a text's length."""
    rng = random.Random(seed)
    paragraphs, total = [], 0
    while total < chars:
        language = rng.choice(["fr", "ar", "en"])
        values = {
            "city": rng.choice(CITIES[language]),
            "n": rng.randint(20, 95),
            "name": rng.choice(NAMES),
            "name_ar": rng.choice(NAMES_AR),
        }
        paragraph = " ".join(rng.choice(SENTENCES[language]).format(**values) for _ in range(rng.randint(2, 5)))
        paragraphs.append(paragraph)
        total += len(paragraph) + 2
    return "\n\n".join(paragraphs)[:chars]
