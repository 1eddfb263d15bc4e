"""The generic plugin alone removes every marker line the outlets share (issue 9's list), and keeps
every article sentence around them. The text is made up in the outlets' layouts."""

from __future__ import annotations

from corekit.audit import audit
from corekit.model import Document
from corekit.pipeline import best_source
from corekit.plugins import make_plugin_manager
from corekit.testing import markers_left

SENTENCES = (
    "JAKARTA, KOMPAS.com - Pemerintah membuka pendaftaran beasiswa untuk mahasiswa daerah.",
    "Pendaftaran dibuka hingga akhir bulan depan.",
    '"Kami ingin semua daerah terwakili," kata pejabat kementerian.',
    "Kuota tahun ini naik dua kali lipat dibanding tahun lalu.",
    "Seleksi dilakukan dalam dua tahap, administrasi dan wawancara.",
)

TEXT = f"""{SENTENCES[0]}
SCROLL TO CONTINUE WITH CONTENT
{SENTENCES[1]}
ADVERTISEMENT
Baca juga:
Kampus Daerah Siapkan Asrama Baru untuk Penerima Beasiswa
Advertisement
{SENTENCES[2]}
Baca Juga
Scroll ke bawah untuk membaca berita
{SENTENCES[3]}
Simak Video 'Cara Daftar Beasiswa Secara Daring':
[Gambas:Video 20detik]
Lihat juga Video 'Wisuda Penerima Beasiswa Angkatan Pertama':
View this post on Instagram
A post shared by Kementerian (@kementerian.id)
{SENTENCES[4]}
Ikuti Whatsapp Channel Republika
Simak selengkapnya
(shc/kil)
Artikel ini telah tayang di Kompas.com dengan judul Beasiswa Daerah Dibuka
Cek Berita dan Artikel yang lain di Google News
"""


def test_the_generic_plugin_alone_removes_every_shared_marker_and_keeps_the_article() -> None:
    pm = make_plugin_manager(entry_points=False)
    document = Document(text=TEXT)
    match = best_source(pm.hook.detect_source(document=document))
    assert match.id == "unknown"
    article = pm.hook.strip_boilerplate(document=document, source=match)
    assert markers_left(article.body) == []
    assert article.body.split("\n\n") == list(SENTENCES)
    assert audit(document, article) == []


def test_a_glued_dateline_stays_with_its_sentence() -> None:
    pm = make_plugin_manager(entry_points=False)
    text = "Liputan6.com, JakartaSebanyak 20 sekolah baru dibuka tahun ini.\nAdvertisement\n"
    document = Document(text=text)
    match = best_source(pm.hook.detect_source(document=document))
    article = pm.hook.strip_boilerplate(document=document, source=match)
    assert article.body == "Liputan6.com, JakartaSebanyak 20 sekolah baru dibuka tahun ini."
