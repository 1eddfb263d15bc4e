"""A made-up news site for the learner's tests: every article's sentences are its own, the site's
boilerplate repeats. Nothing here comes from a real outlet's pages."""

from __future__ import annotations

import json
import random
from pathlib import Path

SUBJECTS = ("Warga", "Petani", "Pedagang", "Nelayan", "Guru", "Pemerintah desa", "Polisi", "Mahasiswa")
VERBS = ("membangun", "memperbaiki", "menutup", "membuka", "meninjau", "membersihkan", "mengukur", "menjual")
OBJECTS = ("jembatan", "pasar", "sekolah", "saluran air", "jalan kampung", "balai desa", "kebun", "pelabuhan")
PLACES = ("Sleman", "Bantul", "Klaten", "Magelang", "Wonosobo", "Kendal", "Demak", "Pati", "Blora", "Rembang")
HEADLINES = (
    "Harga Cabai Naik Jelang Lebaran",
    "Banjir Rendam Tiga Desa di Pesisir",
    "Festival Layang Layang Digelar Akhir Pekan",
    "Jalan Tol Baru Dibuka untuk Umum",
    "Sekolah Rakyat Mulai Terima Murid",
)
SCROLL = "SCROLL TO CONTINUE WITH CONTENT"
FOOTER = "Ikuti Whatsapp Channel Contohnews"
N = 24


def sentence(rng: random.Random, n: int) -> str:
    """A sentence no other article has: a place and a number make it unique."""
    return (
        f"{rng.choice(SUBJECTS)} di {rng.choice(PLACES)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} "
        f"sepanjang {n * 7 + rng.randint(1, 6)} meter pada pekan ke-{n} tahun ini."
    )


def article(i: int) -> str:
    """Article ``i``: a masthead dateline, paragraphs, the site's boilerplate in most articles."""
    rng = random.Random(i)
    first = f"CONTOHNEWS.CO.ID, {rng.choice(PLACES).upper()} - {sentence(rng, i * 10)}"
    paragraphs = [first] + [sentence(rng, i * 10 + k) for k in range(1, 5)]
    if i % 4 != 0:  # 18 of 24: a linked headline glued into the second paragraph
        quote = f"“{sentence(rng, i * 10 + 7)[:-1]},” kata {rng.choice(('Budi', 'Sari', 'Joko'))}."
        paragraphs[1] += f"Baca juga: {HEADLINES[i % len(HEADLINES)]} {quote}"
    lines = [paragraphs[0], paragraphs[1], SCROLL, *paragraphs[2:]]
    if i % 2 == 0:  # 12 of 24: the editor's code
        lines[-1] += f" ({rng.choice(('abc', 'dkk', 'mas', 'rzk'))})"
    lines.append(f"Halaman {i % 3 + 1} dari 3")
    lines.append(FOOTER)
    return "\n".join(lines) + "\n"


def write_dir(root: Path, n: int = N) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (root / f"{i:03d}.txt").write_text(article(i), encoding="utf-8")
    return root


def write_jsonl(path: Path, n: int = N, field: str = "raw_text") -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for i in range(n):
            record = {
                "url": f"https://www.contohnews.co.id/read/{i}",
                "title": f"Judul {i}",
                field: article(i),
            }
            handle.write(json.dumps(record) + "\n")
    return path
