"""Direct and indirect quotes in a cleaned article body, with their speakers.

    extract_quotes(body, names=()) -> tuple[Quote, ...]

A direct quote is a passage of four or more words between quote marks; shorter quoted fragments
("tanpa batas") are terms, not statements. Its speaker comes from, in order: the cue after it
(``," kata Putin``), the cue before it (``Putin mengatakan, "``), a sentence right after it that
names the speaker (``Demikian disampaikan X``), the previous quote of a run of quotes, and last
the latest person the text made the subject. Indirect quotes (``X mengatakan bahwa ...``) come
as ``kind="indirect"``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import attrs
import regex

from corekit.lazyre import Patterns
from corekit.linebreaks import Joined, ends_sentence, fragment, paragraphs
from corekit.model import Name, Quote
from corekit.names.persons import spaced
from corekit.names.words import typos
from corekit.quotes._cues import (
    ASIDE_CUES,
    BAHWA_CUES,
    BEFORE_SET,
    CLAUSE_CUES,
    INVERTED_CUES,
    OPENER_CUES,
    OPENING_CUES,
    PASSIVE_OPENERS,
    SETTING_WORDS,
    after_cue,
    before_cue,
    via,
)
from corekit.quotes._cues import P as CUES
from corekit.quotes._lexicon import AGENCIES, ORG_WORDS, PERSON_TITLES, PRONOUNS
from corekit.quotes._marks import Marked, _linked_words, find_marked
from corekit.quotes._people import CUE_WORDS, People

__all__ = ["extract_quotes"]

MIN_WORDS = 4
_BEFORE_SET = BEFORE_SET
_CUE_ENDS = frozenset(w[-3:] for w in _BEFORE_SET)
_ANY_CUE = _BEFORE_SET | CUE_WORDS
_LOWER_TITLE = frozenset(w.lower() for w in PERSON_TITLES | ORG_WORDS) | {
    "politisi",
    "politikus",
    "senior",
    "kader",
    "tokoh",
    "aktivis",
    "pakar",
    "ahli",
    "pengamat",
    "peneliti",
    "dosen",
    "guru",
    "besar",
    "sekaligus",
    "mantan",
    "eks",
    "calon",
    "petinggi",
    "pejabat",
    "bakal",
    "legislator",
    "pegiat",
    "praktisi",
    "analis",
    "ekonom",
    "epidemiolog",
    "sosiolog",
    # Sports and entertainment ('ujar pelatih Timnas Patrick Kluivert', 'kata penyanyi ...'); not
    # 'pemain', whose club most often follows ('eks pemain Ajax, AC Milan, ...').
    "pelatih",
    "penyanyi",
    "aktris",
    "aktor",
    "artis",
    "wasit",
    "atlet",
    "presenter",
    "komedian",
}
_P = Patterns(
    SPACE=r"[ \t]+",
    # 'Hal itu (kembali) menegaskan rendahnya ...': a matter that bears something out says nothing.
    # '... Boy -sapaan akrabnya', '..., sapaan akrabnya': the name before is a nickname.
    OWN_NICKNAME=r"[^,.\n]{1,30}?(?:,|[ ]?[-–—(])[ ]?sapaan(?:[ ]akrab)?nya(?![\p{L}])",
    A_MATTER=r"Hal[ ](?:itu|ini|tersebut)(?:[ ](?:kembali|juga|pun|semakin|sekaligus|lagi))*",
    # A second report in the same sentence: '... sementara badan itu mengonfirmasi bahwa A, WHO
    # menekankan bahwa B'. A is said up to its comma; B is another's words.
    NEXT_REPORT=(
        r",[ \t]+(?=\p{Lu}[^,.!?\n“”\"]{0,40}?[ \t](?:"
        + "|".join(sorted(BEFORE_SET, key=len, reverse=True))
        + r")[ \t]+bahwa[ \t])"
    ),
    SPEAKER_ASIDE=(
        r"(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)(?:[ \t]*\([\d/]{3,12}\))?,[ \t]+"
        r"|yang[ \t][^,.!?\n“”\"]{1,80}+,[ \t]+"
    ),
    # The rest of a list the speaker's 'yang' clause opened before the cue's comma ('Menurut X yang
    # juga guru besar bidang pangan, gizi, dan kesehatan IPB University, ...').
    LIST_GOES_ON=r"(?:\p{Ll}+,[ \t](?!dan[ \t]))*+\p{Ll}+,[ \t]dan[ \t][^,.!?\n“”\"]{1,80}+,[ \t]+",
    LETTERS=r"\p{L}+",
    # A role in lower case set off by commas after a speaker's name: the role word, at most two
    # words of its field, then the body it serves, capitalised but for its joints.
    LOWER_ROLE=(
        r"(?:salah[ \t]satu[ \t]|seorang[ \t])?(?P<role>\p{Ll}+)(?:[ \t]\p{Ll}+){0,2}?"
        r"(?:[ \t](?:dan|dari|di|untuk|bidang|&))*(?:[ \t][\p{Lu}(][^\s,]*(?:[ \t](?:dan|dari|di|untuk|&))?)+"
        r",[ \t]+(?=(?P<next>\p{Ll}+)\b)"
    ),
    # A me-/ber- verb and a comma opening what a cue word would report: the cue is one item of a
    # list of activities ('melatih anak menulis, menggambar, berhitung'), no speech. Not 'memang'
    # nor a word in -nya ('menurutnya', 'berikutnya'), adverbs a clause may open with.
    LISTED_ACTIVITY=r"(?!memang,|\p{Ll}+nya,)(?:me|ber)\p{Ll}{3,},[ \t]",
    ALIAS=r",?[ ](?:sapaan|panggilan|nama[ ]panggilan)(?:[ ]akrab)?(?:[ ]dari)?[ ]",
    # What joins the parts of a long role: ``Menteri Koordinator Bidang Politik, Hukum, dan Keamanan``.
    JOINT=r",[ ](?:dan[ ])?|[ ](?:dan|untuk|serta|dari|dr|drg|dr\.|ir\.?|&)[ ]|/",
    # A whole lower-case word before a space. Matched where a word starts; the look-behind and the
    # possessive run stop a scan from restarting at every letter of a long word (quadratic).
    LOWER_WORD=r"(?<!\p{Ll})\p{Ll}++(?=[ \t])",
    # A description that points back, in the speaker's slot: ``kata politisi senior Partai Golkar
    # ini``, ``ujar pria 32 tahun itu``, ``ungkap sang aktris``. Not a time (``saat itu``) nor a
    # description of something said.
    DESCRIBED=r"sang[ ]\p{Ll}|(?!(?:saat|kala|waktu|ketika|setelah|sebelum|sejak|hari|pada|dalam|usai|seusai"
    r"|pernyataan|hal|informasi|kabar|keterangan)\b)\p{Ll}"
    # A comma only inside a list of names: 'eks pemain Ajax, AC Milan, dan Newcastle tersebut',
    # and before the pointer that closes a place set off by commas ('lelaki asal Makassar,
    # Sulawesi Selatan, itu').
    r"(?:[^,.;:!?“”\"\n]|,(?=[ ](?:\p{Lu}|dan[ ]))){0,80}?,?[ ](?:ini|itu|tersebut)"
    r"(?=[,.;!?]|$|[ ](?:di|saat|ketika|kepada|pada|dalam|usai|seusai|sambil|seperti|sebagaimana)\b)",
    # The last sentence end before a position: also after a quote that closes its sentence
    # ('... sepihak." Pemerintah China'), and a stop a scraper glued to the next sentence.
    SENTENCE_BACK=r"(?r)[.!?][\"”’)]*[ \t]+(?=[\p{Lu}\"“])|(?<=\p{Ll})[.!?](?=\p{Lu}\p{Ll})|\n",
    SENTENCE_STOP=r"[.!?;\n“”\"]",
    # A subject that points back, before a speech verb: 'Laporan tersebut', 'Perempuan berhijab ini'.
    # It may stand after an opening phrase ('Mengenai biaya, anggota DPR RI itu menyebut') and
    # before an adverb ('Bintang film Argantara itu juga menegaskan').
    DESCRIBED_SUBJECT=(
        # A place set off by a comma may close it: 'Pemain kelahiran Sumedang, Jawa Barat itu'. It
        # starts where a word starts: from inside a long run of letters a scan would retry the run
        # from each of them (quadratic).
        # A clause with 'yang' may describe them at more length: 'Apple Fanboy yang membeli iPhone
        # 16 Pro ini'; an office with its body up to ten words: 'Pegiat di Ikatan Arsitek
        # Indonesia ini', 'Mantan Koordinator Komisi untuk Orang Hilang ... (KontraS) itu'.
        r"(?<![\p{L}\d])(\p{L}\p{Ll}+)(?:[ ][\w()-]+){0,10}?(?:[ ]yang(?:[ ][\w-]+){1,5})?"
        r"(?:,[ ]\p{Lu}\w+(?:[ ]\p{Lu}\w+)?)?"
        r"[ ](?:tersebut|itu|ini)"
        r"(?:[ ](?:juga|pun|pula|kembali|lalu|kemudian|sempat))?[ \t]+"
    ),
    # A description by kinship: 'suami Amy Gumelar ini' describes the speaker, not Amy Gumelar.
    KIN=r"(?:suami|istri|isteri|ayah|ibu|anak|adik|kakak|putra|putri|menantu|mertua|kekasih|pacar)[ ]",
    NOT_A_ROLE=(
        r"[.!?;]|\b(?:ke|kepada|pada|untuk|dengan|bersama|suami|istri|isteri|anak|ayah|ibu|adik|kakak"
        r"|putra|putri|keluarga|rekan|teman|sahabat|kekasih|pacar|akun|tim|pihak|manajemen|kubu)\b"
    ),
    BACK_REFERENCE=r"[ ](?:itu|ini|tersebut)\b",
    # The rest of an office listing its fields, capitalised, to 'dan' and the last field with the
    # holder's name: 'Pembangunan Daerah Tertinggal, dan Transmigrasi Abdul Halim Iskandar, '.
    OFFICE_GOES_ON=(
        r"(?:\p{Lu}[\w-]*+(?:[ ]\p{Lu}[\w-]*+)*+,[ ])*+dan[ ]\p{Lu}[\w-]*+(?:[ ]\p{Lu}[\w.-]*+)*+,[ \t]+"
    ),
    # After the closing mark, a text that holds the words ('," demikian keterangan di situs X',
    # '," bunyi pesan itu'), in lower case: a document, not a person, says them.
    DOCUMENT_AFTER=(
        # Bounded runs of marks and spaces: a search along a long run of spaces stays linear.
        r"[,.]?[\"”’]{0,2}[ \t]{0,3}(?:(?:demikian|begitu)[ \t]{1,3})?"
        r"(?:bunyi|isi|keterangan|pernyataan|tulisan|pesan|kutipan|pengumuman|petikan)[ \t]{1,3}\p{Ll}"
    ),
    # 'salah satu/seorang' and a lower-case noun or two before a comma: one person of a group.
    ONE_OF_A_GROUP=r"salah[ ](?:satu|seorang)(?:[ ]\p{Ll}+){1,2},[ ]",
    NEXT_END=r"[.!?](?=[ \t]+[\p{Lu}“\"]|\s*$|\n)|\n|(?<=\p{Ll})[.!?](?=\p{Lu}\p{Ll})",
    # A holder addressed by an office inside a quote ('Pak Sekda', 'Bu Menteri'), not by a name.
    ADDRESSED_ROLE=r"\b(?:Pak|Bapak|Bu|Ibu)[ ](\p{Lu}\p{Ll}+)\b(?![ ]\p{Lu})",
)


# A Roman numeral or a lone capital: no one's name.
_NUMERAL = regex.compile(r"[IVX]+|\p{Lu}")
# Words after a cue that make a body the speaker: its team, its side, its account.
_ON_BEHALF = frozenset(("tim", "pihak", "akun", "manajemen", "kubu", "perusahaan"))
# A person described, not named, after a cue: 'imbuh pria yang juga sempat melatih Prancis'.
_PERSON_NOUNS = frozenset(("pria", "wanita", "perempuan", "lelaki", "laki-laki"))
# What after such a noun describes someone the text has named: 'perempuan asal Depok'.
_DESCRIBING = (" yang juga ", " asal ", " kelahiran ")


def _trim(body: str, start: int, end: int) -> tuple[int, int]:
    # The quote text leaves out surrounding spaces and a trailing comma (``...penting,"``).
    while start < end and body[start].isspace():
        start += 1
    while end > start and (body[end - 1].isspace() or body[end - 1] == ","):
        end -= 1
    return start, end


# A word: what ``regex`` reads as ``\S+``. The standard ``re`` counts the few words of a quote with
# less overhead per call; ``[\S\x1c-\x1f]`` is regex's ``\S`` (``str.isspace``, which ``re``
# follows, also counts the separators U+001C-U+001F), so the same words as before.
_WORD = re.compile(r"[\S\x1c-\x1f]+")


def _word_count(text: str, limit: int) -> int:
    n = 0
    for _ in _WORD.finditer(text):
        n += 1
        if n >= limit:
            break
    return n


def _letters_back(body: str, end: int) -> int:
    """Where the run of letters ending at ``end`` starts: the word before a space a scan found."""
    k = end
    while k > 0 and body[k - 1].isalpha():
        k -= 1
    return k


class _Extractor:
    def __init__(self, body: str, names: Sequence[Name]) -> None:
        self.body = body
        self.paras = paragraphs(body)  # the names stage split this body already: a cached answer
        self.para_starts = [s for s, _ in self.paras]
        self.marked = find_marked(body, self.paras)
        self.quoted = tuple((m.open, m.close) for m in self.marked)
        self.people = People(body, self.paras, self.quoted, names)
        self.persons = frozenset(n.name for n in names if n.kind == "person")
        self.named = bool(names)
        self._person_words: frozenset[str] | None = None
        self._sentence_starts: dict[int, int] = {}

    # --- helpers --------------------------------------------------------------------------

    def _para(self, pos: int) -> tuple[int, int]:
        # The last paragraph starting at or before ``pos`` (the first one for a ``pos`` before all).
        return self.paras[self._para_index(pos)]

    def _para_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.para_starts, pos) - 1)

    def _sentence_start(self, pos: int) -> int:
        """Where the sentence holding ``pos`` starts, not before its paragraph. A reported-speech
        cue asks up to three times (is it an aside, has it a subject, what is its clause)."""
        found = self._sentence_starts.get(pos)
        if found is None:
            start = self._para(pos)[0]
            back = _P.SENTENCE_BACK.search(self.body, start, pos)
            found = self._sentence_starts[pos] = back.end() if back else start
        return found

    def _clause_end(self, pos: int, limit: int) -> int:
        m = CUES.CLAUSE_STOP.search(self.body, pos, limit)
        return m.start() if m else limit

    def _speaker_slot(self, pos: int, limit: int) -> str | None:
        """Who stands right after a cue at ``pos``: a name, a role, or a pronoun."""
        body = self.body
        m = _P.SPACE.match(body, pos, limit)
        pos = m.end() if m else pos
        word = _P.LETTERS.match(body, pos, limit)
        if word and word.group() in PRONOUNS:
            return self.people.latest_subject(pos)
        if word and word.group() in _ON_BEHALF:
            return None  # 'ungkap tim Copilot', 'kata pihak Lion Air': a body speaks, not a person
        if word and word.group() in _PERSON_NOUNS and body.startswith(_DESCRIBING, word.end()):
            # 'yang juga' adds to someone the text has named: the latest speaker; a bare 'pria yang'
            # may be someone unnamed ('kata pria yang enggan disebut namanya'). Where they come from
            # describes them as well ('ujar perempuan asal Depok, Jawa Barat, saat dihubungi').
            return self.people.latest_subject(pos)
        described = _P.DESCRIBED.match(body, pos, limit)
        if described:
            if described.group().partition(" ")[0] in _THINGS:
                return None  # 'Menurut regulasi itu': a rule or a report says it, no one named before
            kin = _P.KIN.match(described.group())
            if not self._names_a_person(described.group()):
                return self.people.latest_subject(pos)
            if kin:
                # 'sambung suami Amy Gumelar ini': the person named is the speaker's kin.
                relative = self.people.canonical_at(pos + kin.end(), pos + len(described.group()))
                return self.people.latest_subject(pos, avoid=relative)
        # Lower-case titles before the name: ``kata juru bicara Kemenkes Achmad Yurianto``.
        titled = pos
        for _ in range(6):
            w = _P.LOWER_WORD.match(body, pos, limit)
            if not w or w.group() not in _LOWER_TITLE:
                break
            pos = w.end() + 1
        if pos > titled and body.startswith("yang ", pos):
            # A title then a clause about its holder, no name (``ujar pelatih yang juga kalah 1-5
            # dari Australia``): the one the article gave that title, else the latest speaker.
            title = body[titled : pos - 1]
            return self.people.by_role(title[:1].upper() + title[1:], pos) or self.people.latest_subject(pos)
        run = self.people.at(pos)
        if run is None:
            return self._named_after_comma(pos, limit)
        # ``kata Castro, sapaan Herdiansyah``: the nickname points at the name.
        alias = _P.ALIAS.match(body, run.end, limit)
        if alias:
            named = self.people.at(alias.end())
            if named is not None:
                run = named
        # A role may run on over commas: ``Kepala Dusun Nglahar, Kelurahan Sumbersari, Wahyu Wibowo``.
        chain = [run]
        while len(chain) < 6:
            joint = _P.JOINT.match(body, chain[-1].end, limit)
            nxt = self.people.at(joint.end()) if joint else None
            if nxt is None:
                break
            chain.append(nxt)
        if len(chain) > 1:
            pure = [r for r in chain if r.tail == 0]
            with_name = [r for r in chain if r.tail < len(r.words)]
            # ``kata peneliti senior Centropolis, Suryono Herlambang``: a body written as bare as a
            # name comes first, so a person the names module found wins over the first bare run.
            known = [who for who in map(self.people.speaker_of_run, pure) if who in self.persons]
            if known:
                return known[0]
            pick = pure[0] if pure else (with_name[-1] if with_name else chain[0])
            who = self.people.speaker_of_run(pick)
            if who:
                return who
        return self.people.speaker_of_run(run)

    def _named_after_comma(self, pos: int, limit: int) -> str | None:
        """``jelas psikolog hubungan, Niloo Dardashti, PhD``: a role in lower case the title list
        does not know, then the person after a comma, when the names module found them."""
        body = self.body
        comma = body.find(", ", pos, limit)
        if comma < 0 or comma - pos > 80 or _P.SENTENCE_STOP.search(body, pos, comma):
            return None
        # Along a chain of commas ('di Baltimore, Maryland, Anita Naik, D.O.'), the last person.
        found = None
        for _ in range(4):
            run = self.people.at(comma + 2)
            if run is None:
                break
            who = self.people.speaker_of_run(run)
            if who in self.persons:
                found = who
            if not body.startswith(", ", run.end):
                break
            comma = run.end
        return found or self._one_of_a_group(pos, limit)

    def _one_of_a_group(self, pos: int, limit: int) -> str | None:
        """``kata salah satu penyumbang, Melvin Tenggara.``: 'salah satu/seorang' and a noun say a
        person of a group comes next, so a name closing the sentence there is the speaker even
        where the names module, reading its words as common ones, found no one."""
        body = self.body
        m = _P.ONE_OF_A_GROUP.match(body, pos, limit)
        if not m:
            return None
        run = self.people.at(m.end())
        if run is None or len(run.words) < 2 or not _P.NEXT_END.match(body, run.end):
            return None
        # Only the run read as a name as written: a role the run spells ('salah satu warga, Ketua
        # RT') names its holder elsewhere, which this shape does not vouch for.
        who = self.people.speaker_of_run(run)
        return who if who == " ".join(w for _, _, w in run.words) else None

    def _names_a_person(self, text: str) -> bool:
        """Whether ``text`` holds a word of a person's name the names module found."""
        if self._person_words is None:
            self._person_words = frozenset(w for p in self.persons for w in p.split())
        return not self._person_words.isdisjoint(text.split())

    def _apposed_name(self, start: int, end: int) -> tuple[str, int] | None:
        """``Menurut Danton Satgas BPBD Kota Tangerang Selatan, Dian Wiriyawan, insiden ...``:
        when the words up to the first comma named no person (a role, an office), the person
        between that comma and the next one is the speaker, and the quote starts after them.
        """
        body = self.body
        run = self.people.at(start)
        if run is not None and self.people.thing_at(start) and body.startswith(", ", run.end):
            # The office's town or body set off by commas before the name ('Menurut pengajar
            # Universitas X, Malang, Sutrisno, ...'): the person comes after it.
            run = self.people.at(run.end + 2)
        if run is None or run.tail >= len(run.words):
            return None
        if not body.startswith(", ", run.end) or run.end + 2 >= end:
            return None
        who = self.people.speaker_of_run(run)
        # Only a person the names found: 'Menurut Keuchik Gampong Kiran Dayah, Kecamatan Jangka
        # Buya, ...' goes on with a place. Without the names, nothing here tells a person apart.
        return (who, run.end + 2) if who in self.persons else None

    def _office_going_on(self, mid: str, mid_start: int, start: int, end: int) -> tuple[str, int] | None:
        """``Menurut Menteri Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi Abdul Halim
        Iskandar, ...``: an office listing its fields over commas, read by the cue only to its
        first comma, runs on to a name; the person the names module found there is the speaker,
        and what was said starts after them."""
        words = mid.split(maxsplit=1)
        if not words or words[0] not in PERSON_TITLES:
            return None
        goes_on = _P.OFFICE_GOES_ON.match(self.body, start, end)
        if goes_on is None:
            return None
        who = self._speaker_slot(mid_start, goes_on.end() - 1)
        return (who, goes_on.end()) if who in self.persons else None

    def _past_role(self, start: int, end: int) -> int:
        """Where what was said starts after a role set off by commas after the speaker's name
        ('Menurut Audi, VP & Head of Marketing Kiwoom Sekuritas, kebijakan ...'): a title, then
        capitalised words and their joints only."""
        body = self.body
        comma = body.find(", ", start, min(end, start + 120))
        words = body[start:comma].split()
        if comma < 0 or not words:
            return start
        if words[0] not in PERSON_TITLES:
            return self._past_lower_role(start, end)
        # What was said goes on in lower case: after a capital the commas may list a subject's
        # parts ('kata Dadang, Wali Kota Depok, Forkopimda, dan Gugus Tugas rapat ...').
        if body[comma + 2 : comma + 3].islower() and all(w[:1].isupper() or w in _ROLE_JOINTS for w in words):
            return comma + 2
        return start

    def _past_lower_role(self, start: int, end: int) -> int:
        """Where what was said starts after a role in lower case set off by commas after the
        speaker's name ('Menurut X, pakar gempa dari Lembaga Y, retakan ...', 'Menurut X (34),
        salah satu warga Kampung Y, dirinya ...'): a person's role word, a few words of its field,
        then the body it serves in capitals. A subject going on into a list ('anggota DPRD,
        kepala desa, dan camat wajib ...') is what was said."""
        role = _P.LOWER_ROLE.match(self.body, start, end)
        if role is None or role.group("role") not in _LOWER_ROLES:
            return start
        if role.group("next") in _LOWER_ROLES or role.group("next") in _SUBJECT_GOES_ON:
            return start
        # The list may go on with other nouns ('petugas Dishub, polisi, dan TNI akan ...',
        # 'petugas Dishub, polisi dan TNI ...'): a comma or a joint within its next words.
        after = self.body[role.end() : min(end, role.end() + 60)].split(maxsplit=3)[:3]
        if any(w.endswith(",") for w in after) or any(w in _SUBJECT_GOES_ON for w in after[1:2]):
            return start
        return role.end()

    def _via(self, start: int, end: int) -> str | None:
        return via(self.body, start, end)

    def _addressee(self, start: int, end: int) -> str | None:
        # Most clauses say to no one: a str.find rules them out for less than the pattern costs.
        if self.body.find("kepada", start, end) < 0:
            return self._addressed_by_ke(start, end)
        m = CUES.ADDRESSEE.search(self.body, start, end)
        if not m:
            return None
        return self._addressee_at(m.end())

    def _addressed_by_ke(self, start: int, end: int) -> str | None:
        """'ke' for 'kepada' in speech ('celetuk warga ke Gibran'): far more often it heads a
        place ('ke Bekasi'), so only a person the names module found is the one spoken to."""
        if not self.named or self.body.find("ke ", start, end) < 0:
            return None
        m = CUES.ADDRESSEE_KE.search(self.body, start, end)
        if not m:
            return None
        who = self._addressee_at(m.end())
        return who if who in self.persons else None

    def _addressee_at(self, pos: int) -> str | None:
        run = self.people.at(pos)
        if run is None or run.tail >= len(run.words):
            return None
        name = " ".join(w for _, _, w in run.words[run.tail :])
        if name in AGENCIES:
            return None
        who = self.people.canonical(name) or self.people.canonical_at(run.words[run.tail][0], run.end)
        if self.named and who not in self.persons:
            # 'ujarnya kepada Bisnis', 'menjelaskan kepada Live Science': the outlet that asked,
            # which the names module does not take for a person; no list of outlets is complete.
            return None
        return who

    # --- direct quotes --------------------------------------------------------------------

    def _after(self, q: Marked, para_end: int) -> tuple[str, str | None, str | None, str | None] | None:
        body = self.body
        found = after_cue(body, q.close, para_end)
        if found is None:
            return None
        cue, cue_end = found
        sentence = CUES.SENTENCE_END.search(body, cue_end, para_end)
        end = sentence.start() if sentence else para_end
        clause_end = self._clause_end(cue_end, para_end)
        addressee = self._addressee(cue_end, clause_end)
        if cue.endswith("nya") or cue in INVERTED_CUES:
            # '," ujarnya' and '," ia menambahkan' (a pronoun before the verb): the latest subject.
            spoken_of = self._spoken_of(q.start, q.end)
            speaker = self.people.latest_subject(q.open, avoid=addressee, spoken_of=spoken_of)
        else:
            speaker = self._speaker_slot(cue_end, clause_end)
            if speaker is not None and len(speaker) < 5 and _NUMERAL.fullmatch(speaker):
                speaker = None  # an office's numeral ('kata Wakil Ketua Komisi I –...– Meutya Viada Hafid')
            if (
                speaker is None
                and body[cue_end - 1 : cue_end].isalpha()
                and body[cue_end : cue_end + 1].isupper()
            ):
                # The cue glued to the name ('kataEng Hian'): no run starts inside a word, but the
                # names module reads the name there.
                speaker = self.people.canonical_at(cue_end, cue_end + 1)
            if speaker is None:
                # A role the slot could not read ('kata penulis makalah dan ahli geokimia Nils
                # Messling'): the person the names module found next in the clause.
                speaker = self._person_after(cue_end, min(clause_end, cue_end + 160))
            if speaker is not None and speaker == addressee:
                speaker = self.people.latest_subject(q.open, avoid=addressee)
            if speaker is not None and " " not in speaker and body.find("sapaan", cue_end, end) >= 0:
                nickname = _P.OWN_NICKNAME.match(body, cue_end, end)
                if nickname is not None:
                    # '," sambung Boy -sapaan akrabnya': a lone name the article never gives in full
                    # is what the person it spoke of is called, not a second person.
                    speaker = self.people.latest_subject(q.open, avoid=speaker) or speaker
        return cue, speaker, self._via(cue_end, end), addressee

    def _spoken_of(self, start: int, end: int) -> frozenset[str]:
        """The people a quote speaks of: those it names, and one it calls by their office ('Pak
        Sekda memang mengaku tidak enak badan'), for no one calls themself so."""
        named = self.people.named_in(start, end)
        for m in _P.ADDRESSED_ROLE.finditer(self.body, start, end):
            who = self.people.by_role(m.group(1), start)
            if who is not None:
                named |= {who}
        return named

    def _labelled(self, open_at: int) -> str | None:
        """The person whose name labels the quote, as an interview or a list of sayings does:
        'Bert van Marwijk (Koetsbelanda):“Laga Jerman versus Belanda ...”'."""
        body = self.body
        k = open_at
        while k > 0 and body[k - 1] in " \t":
            k -= 1
        if body[k - 1 : k] != ":":
            return None
        k -= 1
        if body[k - 1 : k] == ")":
            k = body.rfind("(", max(0, k - 80), k)
            while k > 0 and body[k - 1] in " \t":
                k -= 1
        return self.people.named_ending_at(k)

    def _person_after(self, start: int, end: int) -> str | None:
        """The first person the names module found between ``start`` and ``end``, when only a
        role stands before them: no sentence end, no one they are said to or related to ('celetuk
        warga ke Gibran', 'sambung suami Amy Gumelar'), and no 'itu' after them that makes them
        a description of someone before ('kata siswa kelas XII Jurusan ... itu')."""
        found = self.people.first_named_after(start)
        if found is None or found[0] >= end:
            return None
        at, after, name = found
        body = self.body
        if _P.NOT_A_ROLE.search(body, start, at) or _P.BACK_REFERENCE.match(body, after):
            return None
        return name

    def _before(self, q: Marked, from_pos: int) -> tuple[str, str | None, str | None, str | None] | None:
        body = self.body
        # The pattern is costly; run it only when the clause has a cue word at all.
        if not any(w.strip(",:") in _ANY_CUE for w in body[from_pos : q.open].split()):
            return None
        found = before_cue(body, from_pos, q.open)
        if found is None:
            return None
        cue, cue_start, mid_start, mid_end, nya = found
        addressee = self._addressee(mid_start, mid_end) if mid_end > mid_start else None
        # ``Menurut X`` and ``kata X:`` name the speaker after the cue; a me-/ber- verb before it.
        if cue.lower() == "menurut" or not cue.startswith(("me", "be")):
            if nya:
                speaker = self.people.latest_subject(cue_start, avoid=addressee)
            else:
                speaker = self._speaker_slot(mid_start, mid_end)
        else:
            subject, named = self.people.clause(from_pos, cue_start)
            clause = body[from_pos:cue_start]
            if (clause.split(maxsplit=1) or [""])[0] in _MANY or _unnamed_subject(clause):
                # As for reported speech: 'Mereka mengatakan, "..."', 'Namun, polisi
                # menyatakan, "..."': several people or no one the article named.
                speaker = None
            elif subject is not None:
                speaker = subject.canonical
            elif named and not _pronoun_subject(body[from_pos:cue_start]):
                # As for reported speech: an organisation speaks ('OCHA, mengatakan ... bahwa
                # mitra-mitranya "..."'), or a title alone for its holder.
                clause = body[from_pos:cue_start]
                opening = from_pos + len(clause) - len(clause.lstrip())
                speaker = self._titled_subject(opening, cue_start)
            else:
                speaker = self.people.latest_subject(cue_start, avoid=addressee)
        return cue, speaker, self._via(from_pos, q.open), addressee

    def _named_next(self, pos: int) -> str | None:
        """The speaker the sentence starting after ``pos`` names: after a quote (``Demikian
        disampaikan X``) or reported speech (``Hal ini disampaikan X``)."""
        body = self.body
        while pos < len(body) and body[pos] in " \t\n.":
            pos += 1
        m = CUES.NEXT.match(body, pos)
        if not m:
            return None
        # Its sentence may end at a stop a scraper glued to the next ('... dalam rapat
        # perseroan.Direktur Utama X mengungkapkan'): the name after it is not the one meant.
        stop = _P.NEXT_END.search(body, m.end())
        end = stop.start() if stop else len(body)
        subject, _ = self.people.clause(m.end(), end, last=False)
        return subject.canonical if subject is not None else None

    def _short_utterance(self, q: Marked, start: int) -> bool:
        """``"Bisa pakai sandal," kata X``: two or three words that open a sentence, end in
        punctuation inside the marks and are followed by a cue are said, not a quoted term."""
        body = self.body
        if _word_count(body[start : q.end], 2) < 2 or body[q.end - 1 : q.end] not in {",", ".", "!", "?"}:
            return False
        lead = body[max(0, q.open - 2) : q.open].strip()
        if lead and lead[-1] not in ".!?:":
            return False
        return after_cue(body, q.close, self._para(q.open)[1]) is not None

    def _verb_after(self, close: int, para_end: int) -> bool:
        """Whether a speech verb that takes no name after it follows the closing mark at ``close``
        ('bukunya, “Jaman Woneng: ...”, mengatakan, ...', 'Riset “...” menyebutkan'): the marks
        hold a title in the clause of that verb's subject, not words said."""
        m = CUES.AFTER.match(self.body, close, para_end)
        return m is not None and m.group(1) in INVERTED_CUES

    def _a_title(self, q: Marked, start: int, end: int) -> bool:
        """A name in marks inside a sentence: a competition's, a campaign's, a show's (``kompetisi
        “Making Indonesia 4.0 Startup” bagi ...``, ``duel seru dalam "The Tai Chi Master",``): six
        capitalised words at most, no sentence end, after a lower-case word and no cue after it."""
        body = self.body
        words = body[start:end].split()
        if len(words) > 6 or not all(w[0].isupper() or w[0].isdigit() for w in words):
            return False
        inner = body[start:end].rstrip(".!?")
        if ". " in inner or "! " in inner or "? " in inner or body[end - 1] in "!?":
            return False  # a sentence ends inside it, or it is an exclamation: said, not named
        lead = body[max(0, q.open - 2) : q.open].strip()
        return bool(lead) and lead[-1].islower() and after_cue(body, q.close, self._para(q.open)[1]) is None

    def direct(self) -> list[Quote]:
        body = self.body
        quotes: list[Quote] = []
        prev_close = -1
        prev: Quote | None = None
        prev_para: tuple[int, int] | None = None
        for q in self.marked:
            start, end = _trim(body, q.start, q.end)
            if _word_count(body[start:end], MIN_WORDS) < MIN_WORDS and not self._short_utterance(q, start):
                continue
            if self._a_title(q, start, end) or _titled(body, q.open):
                continue
            para = self._para(q.open)
            end_para = self._para(q.end)
            # The clause before the quote: back to the sentence start, not past an earlier quote.
            back = _P.SENTENCE_BACK.search(body, para[0], q.open)
            from_pos = max(para[0], back.end() if back else para[0], prev_close)
            attribution = self._after(q, end_para[1]) or self._before(q, from_pos)
            if attribution is None and q.open == para[0] and para[0] > 0:
                # ``Ia berkata:`` closing the paragraph before.
                before_para = self._para(para[0] - 1)
                if body[before_para[0] : before_para[1]].rstrip().endswith(":"):
                    attribution = self._before(
                        Marked(open=before_para[1], start=q.start, end=q.end, close=q.close), before_para[0]
                    )
            if attribution is not None:
                cue, speaker, via, addressee = attribution
                if speaker is None and cue is not None and cue.endswith("nya"):
                    # Nobody named within reach: ',” tuturnya' goes on with the quote before,
                    # as an uncued quote does, when it stood a few paragraphs up; not with
                    # one the quote names, for a speaker seldom names themself.
                    speaker = self._speaker_just_before(quotes, q.open, gap=3)
                    if speaker in self.people.named_in(q.start, q.end):
                        speaker = None
            else:
                cue, addressee = None, None
                # No cue, yet the source may follow the quote: '...," dikutip dari Aljazeera.'
                via = self._via(q.close, min(end_para[1], q.close + 40))
                speaker = self._labelled(q.open) or self._named_next(q.close)
                if speaker is None and self._verb_after(q.close, end_para[1]):
                    continue  # a title in the clause of the verb after it ('bukunya, “...”, mengatakan')
                if speaker is None:
                    lead = body[from_pos : q.open].strip()
                    if lead and (lead[-1].isalnum() or lead[-1] == ")") and (
                        body[end - 1] not in ".!?" or body[start].islower()
                    ):
                        # A titled or scare-quoted phrase inside a sentence, not a statement; one
                        # opening in lower case runs on from the writer's words, whose sentence the
                        # stop inside the marks closes ('untuk “melindungi industri ... adil.”').
                        continue
                    subject = None
                    if lead.endswith(":"):
                        # No cue, but a sentence that introduces the quote ('Lin Jian, hanya
                        # memberikan pernyataan singkat ...:'): its first person is the speaker.
                        subject, _ = self.people.clause(from_pos, q.open, last=False)
                        # It may cite where the words were taken from ('... yang dikutip oleh
                        # Global Times:'), as a cue's clause does.
                        via = via or self._via(from_pos, q.open)
                    if subject is not None:
                        speaker = subject.canonical
                    elif _P.DOCUMENT_AFTER.match(body, q.close):
                        # '," demikian bunyi pesan tersebut': the words of a text, whose writer
                        # the clause would have named; not the person quoted before.
                        speaker = None
                    elif (
                        prev is not None
                        and prev.speaker
                        and prev_para is not None
                        and (self._para_index(para[0]) - self._para_index(prev_para[0]) <= 1)
                    ):
                        speaker = prev.speaker
                    elif prev is not None and prev.cue is not None and prev_para == para:
                        # The quote goes on with the one before in its paragraph, whose cue named
                        # no person ('," kata analis Rabobank. "...'): nor is this anyone's.
                        speaker = None
                    else:
                        speaker = self.people.latest_subject(
                            q.open, spoken_of=self._spoken_of(q.start, q.end)
                        )
            if addressee is not None and speaker == addressee:
                # Words said to someone are not that someone's: look further back.
                speaker = self.people.latest_subject(q.open, avoid=addressee)
            if speaker in AGENCIES:
                speaker = None  # a wire service is cited, it does not speak
            quote = Quote(
                text=body[start:end],
                speaker=speaker,
                cue=cue,
                via=via,
                addressee=addressee,
                start=start,
                end=end,
                kind="direct",
            )
            quotes.append(quote)
            prev, prev_close, prev_para = quote, q.close, end_para
        return quotes

    def after_reported(self, quotes: list[Quote]) -> list[Quote]:
        """``quotes`` (in body order) with a direct quote cued '-nya' right after reported speech
        ('Sebab, dia mengaku belum ...' / '"...," tambahnya') given that speech's speaker: the
        writer goes on with the one who just spoke, whoever a verb named before. A paragraph of
        context naming no one may stand between ('Syarat administrasi kini ...'): a person the
        paraphrase spoke of was then the latest subject."""
        out = list(quotes)
        for i in range(1, len(out)):
            q, p = out[i], out[i - 1]
            if (
                q.kind == "direct"
                and q.cue is not None
                and q.cue.endswith("nya")
                and p.kind == "indirect"
                and p.speaker is not None
                and p.speaker != q.speaker
                and self._para_index(q.start) - self._para_index(p.end) <= 2
                and not self.people.named_in(p.end, q.start)
            ):
                out[i] = attrs.evolve(q, speaker=p.speaker)
        return out

    # --- indirect quotes ------------------------------------------------------------------

    def _indirect_cues(self) -> list[int]:
        # Reported speech needs a speech verb right before ``,`` or ``bahwa``: find those marks
        # with str.find and look at the word before, instead of running a pattern everywhere
        # (one pattern for the verbs before a comma cost more than this loop).
        body = self.body
        found = []
        i = body.find(", ")
        while i >= 0:
            if body.startswith(ASIDE_CUES, i + 2):
                found.append(i + 2)  # ', kata X, ...': INDIRECT tells whether it is one
            if body[i - 3 : i] not in _CUE_ENDS:
                # Commas are many, speech verbs before them few: three letters rule most out.
                i = body.find(", ", i + 1)
                continue
            # Take the word back to the last space in C, and walk letter by letter only when
            # that word holds more than letters (``(mengatakan``).
            ws = body.rfind(" ", 0, i) + 1
            word = body[ws:i]
            if word in _BEFORE_SET:
                found.append(ws)
            elif word and not word.isalpha():
                k = i
                while k > ws and body[k - 1].isalpha():
                    k -= 1
                if body[k:i] in _BEFORE_SET:
                    found.append(k)
            i = body.find(", ", i + 1)
        for verb in _CLAUSE_VERBS:  # 'Dia mengatakan polisi ...': INDIRECT reads the word after
            i = body.find(verb)
            while i >= 0:
                found.append(i)
                i = body.find(verb, i + 1)
        i = body.find(" bahwa ")
        while i >= 0:
            k = _letters_back(body, i)
            if body[k:i] in _BEFORE_SET or body[k:i] in BAHWA_CUES:
                found.append(k)
            else:
                # ``Zhang mengatakan kepada Putin bahwa ...``, ``Trump mengatakan pada Senin bahwa``
                for lead in _BAHWA_LEADS:
                    j = body.rfind(lead, max(0, i - 62), i)
                    if j > 0:
                        k = _letters_back(body, j)
                        if body[k:j] in _BEFORE_SET:
                            found.append(k)
            i = body.find(" bahwa ", i + 1)
        # 'X mengingatkan kepada seluruh mitra, ...': the one spoken to stands between the verb
        # and its comma, where the comma scan above does not look.
        i = body.find(" kepada ")
        while i >= 0:
            k = _letters_back(body, i)
            if body[k:i] in _BEFORE_SET:
                found.append(k)
            i = body.find(" kepada ", i + 1)
        for lead in ("Menurut", ", menurut ", ", menurutnya,", *_OPENING):
            i = body.find(lead)
            while i >= 0:
                found.append(i + 2 if lead[0] == "," else i)
                i = body.find(lead, i + 1)
        # The passive openers all start 'Di': one scan for it, not one per verb and form.
        i = body.find("Di")
        while i >= 0:
            if body.startswith(_PASSIVE_LEADS, i):
                found.append(i)
            i = body.find("Di", i + 2)
        return sorted(set(found))

    def _menurut_aside(self, pos: int, who: str) -> int | None:
        """Where the quote of 'menurut' or a cue like 'kata' at ``pos``, after a comma, starts, if
        it opens what someone says (naming a person, a pronoun or 'nya'; not 'menurut rencana' or
        'menurut data BPS'): -1 after a connective of a few words, a setting or a subordinate
        phrase ('Karena itu, menurut Muhadjir, ...', 'Sehingga, lanjutnya, ...'), which leave a
        whole clause after the aside for the quote to start with. After a subject or a condition
        ('Proyek itu, menurut Airlangga, diyakini ...', 'Namun, jika ..., kata X, ...') the quote
        starts at that subject or condition, past a leading connective, and holds the aside
        verbatim: a span after the aside would lose the subject, or say outright what was said on
        a condition. None for no one's statement."""
        if not (who[:1].isupper() or who in PRONOUNS or who == "nya"):
            return None
        begin = self._sentence_start(pos)
        text = self.body[begin:pos]
        begin += len(text) - len(text.lstrip())
        lead = text.strip().rstrip(",").lower()
        head, comma, rest = lead.partition(", ")
        if head == "katanya":
            return None  # 'Katanya, ...' passes on hearsay, whoever the aside names
        if comma and head in _CONNECTIVES:
            lead = rest  # a connective before the phrase: 'Padahal, sebelum wabah, lanjut X, ...'
            begin = self.body.index(", ", begin) + 2
        if lead in _CONNECTIVES or lead.partition(" ")[0] in _SETTINGS:
            return -1
        words = lead.split()
        if words[-1] in _JOINING or _PASSIVE_WORDS.intersection(words):
            # The writer's clause joined to what follows ('... dipilih X karena, menurut dia,
            # ...'), or naming the speaker ('Hal ini dikatakan X, menurutnya, ...'): the quote is
            # the whole clause after the aside.
            return -1
        # A subordinate phrase ('Selain memperbaiki jalan, kata X, ...', 'Meskipun hujan turun,
        # lanjutnya, ...'), after a connective or not ('Padahal, sebelum banjir datang, ...'),
        # leaves a whole clause after the aside; a subject after its comma would not.
        parts = lead.split(", ")
        if parts[-1].partition(" ")[0] in _SUBORDINATE and all(p in _CONNECTIVES for p in parts[:-1]):
            return -1
        return begin

    def _holds_quote(self, direct: Sequence[Quote], start: int, end: int) -> bool:
        """Whether ``start``..``end`` lies in a direct quote or holds one, or holds more of a quoted
        stretch than a term of three words."""
        return any(q.start < end and start < q.end for q in direct) or any(
            o < end and start < c and (o < start or end < c or _word_count(self.body[o:c], 4) > 3)
            for o, c in self.quoted
        )

    def _through_links(self, end: int) -> int:
        """Where reported speech ending at ``end`` ends when a scraper broke its sentence at a
        link ('... seiring dengan tren' / 'transisi energi' / 'bersih dan hijau ...'): through
        the link's words and the fragment after them, to the first sentence end there."""
        body, paras = self.body, self.paras
        k = self._para_index(end)
        for _ in range(4):
            if end != paras[k][1] or ends_sentence(body, end) or k + 1 >= len(paras):
                return end
            if not (fragment(body, paras[k + 1][0]) or _linked_words(body, paras, k + 1)):
                return end
            k += 1
            stop = CUES.SENTENCE_END.search(body, paras[k][0], paras[k][1])
            if stop is not None:
                return _trim(body, paras[k][0], stop.start())[1]
            end = paras[k][1]
        return end

    def _no_subject(self, pos: int) -> bool:
        """Whether the verb at ``pos`` follows only a connective and a comma ('Tentu saja, menilai
        ...'): a verb with no subject reports no one's speech. (A verb opening its paragraph may
        have lost its subject to a scraper's line break: 'Kejaksaan Agung' / 'mengatakan, ...'.)"""
        lead = self.body[self._sentence_start(pos) : pos].strip()
        return lead.endswith(",") and lead[:-1].lower() in _CONNECTIVES | _OPENERS

    def _titled_subject(self, start: int, end: int) -> str | None:
        """Whoever the article gave the title that is all of the clause ``start``..``end`` (its
        first word at ``start``) before a cue ('Dirreskrimum menuturkan', 'Bupati menegaskan
        bahwa'), or all of it after an opening phrase's comma ('Dalam kesempatan itu, Bupati
        menegaskan'), if that is what it is."""
        who = self._title_clause(start, end)
        if who is None:
            comma = self.body.rfind(", ", start, end)
            if comma >= 0:
                who = self._title_clause(comma + 2, end)
        return who

    def _title_clause(self, start: int, end: int) -> str | None:
        body = self.body
        run = self.people.at(start)
        if (
            run is None
            or run.tail < len(run.words)
            or not _ADVERBS.issuperset(body[run.end : end].split())  # 'Wabup juga menyampaikan'
            or run.words[0][2].rstrip(",.") not in PERSON_TITLES
        ):
            return None
        return self.people.speaker_of_run(run)

    def _named_just_before(self, start: int, after: int = 0) -> str | None:
        """The subject of the sentence that ends right before ``start`` in its paragraph, if it
        names a person ('Hal senada diungkapkan oleh Sabar. Pemain kelahiran Sumedang itu
        mengatakan'): a description points back to that person before any earlier speaker. Not
        of a sentence starting before ``after``."""
        para = self._para(start)
        if start <= para[0]:
            return None
        back = _P.SENTENCE_BACK.search(self.body, para[0], start - 1)
        begin = back.end() if back else para[0]
        if begin < after:
            return None
        return self._subject_name(begin, start)

    def _named_para_before(self, start: int) -> str | None:
        """The subject of the last sentence of the paragraph before, when ``start`` opens its own
        and that paragraph holds no quote: where every sentence is a paragraph (Kompas), 'Siswa
        kelas XII itu menuturkan' points to the person the sentence before names."""
        k = self._para_index(start)
        if k == 0 or self.paras[k][0] != start:
            return None
        begin, end = self.paras[k - 1]
        if any(mark in self.body[begin:end] for mark in '"“”'):
            return None  # a quote's speaker is found from the quote; its words name others
        back = _P.SENTENCE_BACK.search(self.body, begin, end - 1)
        return self._subject_name(back.end() if back else begin, end)

    def _subject_name(self, begin: int, end: int) -> str | None:
        subject, _ = self.people.clause(begin, end, last=False)
        return None if subject is None else subject.canonical

    def _speaker_just_before(
        self, direct: Sequence[Quote], pos: int, gap: int = 1, fresh: bool = False
    ) -> str | None:
        """The speaker of the last direct quote before ``pos``, if it ends in the paragraph of
        ``pos`` or in one of the ``gap`` before; with ``fresh``, the subject of the sentence right
        before ``pos`` instead, when that sentence comes after the quote and names a person."""
        i = bisect.bisect_left([q.end for q in direct], pos) - 1
        if i < 0 or self._para_index(pos) - self._para_index(direct[i].end) > gap:
            return None
        return (fresh and self._named_just_before(pos, after=direct[i].end)) or direct[i].speaker

    def _cue_joined_to_quote(self, direct: Sequence[Quote], pos: int) -> str | None:
        """The speaker of a direct quote whose own cue ``pos`` follows with 'dan' ('"...,"
        katanya dan menambahkan, ...'): one sentence, one speaker going on."""
        i = bisect.bisect_left([q.end for q in direct], pos) - 1
        if i < 0 or pos - direct[i].end > 40:
            return None
        words = self.body[direct[i].end : pos].lstrip(",”\"' ").split()
        if len(words) == 2 and words[0].endswith("nya") and words[1] == "dan":
            return direct[i].speaker
        return None

    def indirect(self, direct: list[Quote]) -> list[Quote]:
        body = self.body
        out: list[Quote] = []
        taken = -1
        for pos in self._indirect_cues():
            if pos < taken:
                continue
            m = CUES.INDIRECT.match(body, pos)
            before = (body[max(0, pos - 14) : pos].split() or [""])[-1]  # after a line break too
            if m is None or before in _NOT_REPORTING:
                # 'untuk memastikan bahwa', 'harus menyampaikan bahwa': a purpose or a duty, no
                # reported speech.
                continue
            participle = before[-1:] == "," and before.islower()
            if m.group("cue") == "memastikan" and (before in _ENSURING or participle):
                # 'Mereka bekerja di balik layar, memastikan ...': a clause of what they do, ensuring;
                # after a name's comma ('Petugas gereja, Agung, memastikan') it assures.
                continue
            bare = not body[m.end("cue") : m.start("text")].strip()
            if bare and before in _AT_WORK and m.group("cue") in ("memastikan", "membenarkan"):
                # With no comma nor 'bahwa', 'masih memastikan ada ...' checks and 'petugas yang
                # memastikan tidak ...' ensures: what is done, not what is said.
                continue
            if before == "yang" and m.group("cue") == "bilang":
                continue  # 'ada saja yang bilang ...': hearsay, as 'Katanya, ...' is
            if m.group("cue") == "meyakinkan" and not _assurer(before):
                continue  # 'menang meyakinkan, ...', 'cukup meyakinkan, ...': convincing, no speech
            start, end = _trim(body, *m.span("text"))
            if _P.LISTED_ACTIVITY.match(body, start, end):
                continue
            end = self._through_links(end)
            if "bahwa" in body[start:end]:
                nested = _P.NEXT_REPORT.search(body, start, end)
                end = nested.start() if nested is not None else end
            words = _word_count(body[start:end], MIN_WORDS)
            if words < MIN_WORDS and not (m.group("cue") == "menurut" or m.group("cue") in _ASIDE):
                continue  # an aside's quote may start before it: its words are counted there
            if self._holds_quote(direct, start, end):
                continue  # inside a direct quote, or holding one: not a term of three words
            taken = end
            cue = m.group("cue")
            mid_start, mid_end = m.span("mid")
            mid = body[mid_start:mid_end]
            aside = cue in _ASIDE
            if cue == "Kata" and mid == "nya":
                continue  # 'Katanya, ...' opening a sentence passes on hearsay: 'so they say'
            said_from: int | None = -1
            if cue == "menurut" or aside:
                said_from = self._menurut_aside(m.start(), mid.strip())
                if said_from is None or (said_from >= 0 and self._holds_quote(direct, said_from, end)):
                    continue
                if said_from >= 0 and body.startswith(_MANNER, start):
                    # '..., kata X, tanpa merinci ...': after the aside the writer tells how X
                    # spoke; what X said is the clause before it.
                    end = _trim(body, said_from, m.start())[1]
                    words = 0
                if said_from >= 0:
                    words += _word_count(body[said_from : m.start()], MIN_WORDS)
            if words < MIN_WORDS:
                continue
            if cue.lower() == "menurut" and mid.split(maxsplit=1)[:1] and mid.split()[0] in _NOT_SAID:
                continue  # 'Menurut rencana, ...', 'Menurut pantauan Kompas, ...': no one says it
            if cue in _CLAUSE_SET and self._no_subject(m.start()):
                continue  # 'Tentu saja, menilai pemerintahan dari ...': judging, no one speaks
            if cue.lower() == "menurut" or aside or cue in OPENING_CUES or cue in _PASSIVE_OPENERS:
                addressee = None
                if mid == "nya":
                    cue += "nya"
                    speaker = self.people.latest_subject(m.start())
                else:
                    speaker = self._speaker_slot(mid_start, mid_end)
                if mid == "nya" or mid.strip() in PRONOUNS:
                    # ``Menurut dia`` right after a quote goes on with that quote's speaker, unless a
                    # sentence after that quote names someone else as its subject ('Senada, Lurah X,
                    # Azman, turut mengapresiasi ... . Menurutnya, ...').
                    speaker = self._speaker_just_before(direct, m.start(), fresh=True) or speaker
                    if speaker is not None and said_from is not None and said_from >= 0:
                        lead_subject = self.people.clause(said_from, m.start())[0]
                        if lead_subject is not None and lead_subject.canonical == speaker:
                            # 'Rizieq, menurut dia, ...': the pronoun is not the subject it follows.
                            speaker = self.people.latest_subject(m.start(), avoid=speaker)
                office = self._office_going_on(mid, mid_start, start, end)
                if office is not None:
                    speaker, start = office
                apposed = self._apposed_name(start, end)
                if apposed is not None and (speaker not in self.persons or apposed[0] == speaker):
                    # The slot's role is this person's ('Menurut Anggota Komisi IX DPR RI, Edy
                    # Wuryanto, situasi ...'): the name is no part of what was said either.
                    speaker, start = apposed
                elif speaker is not None:
                    start = self._past_role(start, end)
                first = mid.split(maxsplit=1)[0] if cue.lower() == "menurut" and mid.strip() else ""
                if (first.lower() in _THINGS or first == "UU") and speaker not in self.persons:
                    # 'Menurut UU No 12/2011 ...': a law says it, its number is no one; but 'Menurut
                    # catatan David' is David's.
                    speaker = None
                if speaker is not None:
                    # The day of the interview ('Menurut X, Rabu (29/4/2020), ...') or a clause about
                    # the speaker ('Menurut X dari Dinas Y, yang menjaga loket, ...') is not said.
                    lead = _P.SPEAKER_ASIDE.match(body, start, end)
                    if lead is None and " yang " in mid:
                        lead = _P.LIST_GOES_ON.match(body, start, end)
                    if lead is not None:
                        start = lead.end()
            else:
                addressee = self._addressee(mid_start, mid_end) if mid_end > mid_start else None
                from_pos = self._sentence_start(m.start())
                subject, named = self.people.clause(from_pos, m.start())
                clause = body[from_pos : m.start()]
                opening = from_pos + len(clause) - len(clause.lstrip())
                # A described subject closes on a pointer word ('itu', 'ini', 'tersebut'); most
                # clauses hold none, and a str test rules them out for less than the pattern costs.
                pointer = " itu" in clause or " ini" in clause or " tersebut" in clause
                described = _P.DESCRIBED_SUBJECT.fullmatch(body, opening, m.start()) if pointer else None
                comma = body.rfind(", ", opening, m.start())
                after_opener = False
                if pointer and described is None and comma > 0 and body[comma + 2 : comma + 3].islower():
                    # After an opening phrase, a person described in lower case ('Mengenai biaya,
                    # anggota DPR RI itu menyebut'); not a place going on ('Sumedang, Jawa Barat
                    # itu') nor a body ('..., perusahaan itu mengakui'), which the clause names.
                    described = _P.DESCRIBED_SUBJECT.fullmatch(body, comma + 2, m.start())
                    if described and described.group(1) in _THINGS:
                        described = None
                    # A name in the opening phrase is no subject: 'Dengan menggunakan bahasa
                    # Madura, ibu dari dua anak ini menyampaikan'.
                    after_opener = (
                        described is not None
                        and subject is not None
                        and subject.start < comma
                        and body[opening:comma].split(maxsplit=1)[0].lower() in _SETTINGS
                    )
                if clause.startswith("Hal ", opening - from_pos) and _P.A_MATTER.fullmatch(clause.strip()):
                    continue
                joined = self._cue_joined_to_quote(direct, m.start())
                if joined is not None:
                    speaker = joined
                elif (clause.split(maxsplit=1) or [""])[0] in _MANY:
                    speaker = None  # 'Mereka menambahkan bahwa': several speak, no one person
                elif clause.lstrip().startswith("Baik ") and " maupun " in clause:
                    speaker = None  # 'Baik Bambang maupun Candrian menilai': both say it
                elif described and described.group(1).lower() in _THINGS:
                    speaker = None  # 'Dokumen tersebut menyebutkan': a document says it
                elif described and (subject is None or after_opener):
                    # 'Perempuan berhijab ini menegaskan bahwa' right after her quote: the
                    # description points back to its speaker, or to the person the sentence
                    # before names. Further back it could be anyone.
                    speaker = self._named_just_before(from_pos)
                    speaker = speaker or self._speaker_just_before(direct, m.start())
                    speaker = speaker or self._named_para_before(from_pos)
                    near = bool(out) and self._para_index(m.start()) - self._para_index(out[-1].end) <= 1
                    if speaker is None and near:
                        # The sentence before reported speech with a pronoun ('Ia menyebut ...'):
                        # the description points to whoever said that.
                        speaker = out[-1].speaker
                    if speaker is None and described.group(1).lower() not in _UNNAMED_HEADS:
                        # A description by office or calling a few paragraphs on ('Politikus partai
                        # itu menyebut', 'Siswa kelas XII itu menuturkan') points to the person the
                        # article spoke of last; 'Lelaki itu' may be someone it never named, and
                        # 'Sejumlah pemuda ... ini' several.
                        speaker = self.people.latest_subject(m.start(), reach=4)
                elif _described_person(clause):
                    # 'wanita yang juga anggota ... mengungkapkan': as in the speaker's slot, the
                    # description adds to someone the text has named.
                    speaker = self.people.latest_subject(m.start())
                elif _unnamed_subject(clause):
                    # 'Namun, polisi menyatakan bahwa': no one the article named, nor the person of
                    # a clause before ('Setelah Nurdin ditetapkan ..., pihak keluarga mengatakan').
                    speaker = None
                elif subject is not None and comma > subject.start and body.startswith("pihak ", comma + 2):
                    # 'Terhadap gugatan David, pihak Garuda menyatakan': a body speaks after an
                    # opening phrase; the person that phrase names does not.
                    speaker = None
                elif (
                    subject is not None
                    and comma > subject.start
                    and _unnamed_after_setting(body[opening : m.start()])
                ):
                    # 'Terkait pernyataan Mahfud itu, anggota DPR menilai': someone unnamed speaks
                    # after a phrase about the person it names.
                    speaker = None
                elif subject is not None:
                    speaker = subject.canonical
                elif named and not _pronoun_subject(clause):
                    # An organisation or a country speaks, not a person; a title alone speaks for
                    # its holder. A capitalised opener before a pronoun names no one ('Apalagi ia
                    # mengungkap', 'Mewakili masyarakat, ia mengatakan').
                    speaker = self._titled_subject(opening, m.start())
                else:
                    speaker = self.people.latest_subject(
                        m.start(), avoid=addressee, pronoun=_pronoun_subject(clause)
                    )
                if speaker is not None and speaker == addressee:
                    # Nobody says it to themselves: as for direct quotes (``_after``), the speaker
                    # is the latest other subject.
                    speaker = self.people.latest_subject(m.start(), avoid=addressee)
                if speaker is None:
                    # A body or a government said it, and the next sentence names who spoke for it
                    # ('Pemerintah menegaskan bahwa ... . Hal ini disampaikan Direktur X').
                    speaker = self._named_next(end)
            via = self._via(self._sentence_start(start), start)
            if said_from is not None and said_from >= 0:
                start = said_from  # the subject or condition before the aside is part of what was said
            out.append(
                Quote(
                    text=body[start:end],
                    speaker=speaker,
                    cue=cue,
                    # As for a direct quote, the clause of the cue may cite where the words were
                    # taken from ('X, seperti dikutip AFP, mengatakan bahwa ...').
                    via=via,
                    addressee=addressee,
                    start=start,
                    end=end,
                    kind="indirect",
                )
            )
        return out


# What may stand between a speech verb and its 'bahwa': the one spoken to, a time or a setting.
_BAHWA_LEADS = tuple(f" {w} " for w in ("kepada", *SETTING_WORDS))
# The cues set between commas ('Karena itu, lanjutnya, ...'), and those opening a sentence as
# _indirect_cues looks for them ('Kata dia, ...').
_ASIDE = frozenset(ASIDE_CUES)
_CLAUSE_VERBS = tuple(w + " " for w in CLAUSE_CUES + OPENER_CUES)
_CLAUSE_SET = frozenset(CLAUSE_CUES + OPENER_CUES)
# Sentence adverbs before a comma that leave a verb after it without a subject.
_OPENERS = frozenset(("tentu saja", "tentu", "jelas", "intinya", "singkatnya", "pendek kata"))
_OPENING = tuple(w + " " for w in OPENING_CUES) + tuple(w + "nya," for w in OPENING_CUES if w != "Kata")
_PASSIVE_OPENERS = frozenset(PASSIVE_OPENERS)
_PASSIVE_LEADS = tuple(w + " " for w in PASSIVE_OPENERS) + tuple(w + "nya," for w in PASSIVE_OPENERS)

# What 'Menurut' may take that says nothing: a plan, a schedule, an observation, a reckoning.
_NOT_SAID = frozenset((
    "rencana", "jadwal", "pantauan", "pengamatan", "perhitungan", "hitungan", "keputusan",
))  # fmt: skip
# Words joining the parts of a role in English or Indonesian: 'VP & Head of Marketing'.
# Persons' roles in lower case that a name may have set off by commas after it.
_LOWER_ROLES = frozenset((
    "pakar", "ahli", "pengamat", "peneliti", "analis", "ekonom", "dosen", "guru", "anggota", "staf",
    "petugas", "pegawai", "karyawan", "pengelola", "pemilik", "warga", "ketua", "kepala", "direktur",
    "dokter", "pengacara", "advokat", "manajer", "pendiri", "koordinator", "sekretaris", "wakil",
    "komisioner", "epidemiolog", "sosiolog", "psikolog", "praktisi", "pegiat", "aktivis",
    "politikus", "politisi", "pelatih", "mahasiswa", "siswa", "relawan", "juru",
))
# What goes on after a subject in lower case set off by a comma: a list ('anggota DPRD, kepala
# desa, dan camat') or a narrowing ('warga Jakarta, terutama yang ..., harus ...').
_SUBJECT_GOES_ON = frozenset(
    ("dan", "serta", "atau", "maupun", "hingga", "khususnya", "terutama", "termasuk", "yang", "baik")
)
_ROLE_JOINTS = frozenset(("&", "of", "and", "dan", "di", "dari", "untuk", "bidang", "/", "-"))
# Plural subjects: the words are several people's.
_MANY = frozenset(("Mereka", "Keduanya", "Ketiganya", "Kami", "Kita"))
# What may open a sentence before ', menurut X,': a connective, or a phrase of place or time.
_CONNECTIVES = frozenset((
    "sebab", "karena itu", "oleh karena itu", "oleh sebab itu", "namun", "tetapi", "akan tetapi",
    "sementara", "sementara itu", "padahal", "apalagi", "artinya", "awalnya", "kemudian", "selain itu",
    "meski demikian", "meskipun demikian", "dengan demikian", "sejauh ini", "saat ini", "untuk itu",
    "maka", "jadi", "bahkan", "sehingga", "lalu", "selanjutnya", "adapun", "di sisi lain", "karenanya",
    "tidak hanya itu", "selain itu pula", "akibatnya", "hanya saja", "sayangnya", "intinya",
    "oleh karenanya", "sebelumnya", "nantinya", "kini", "terlebih", "memang", "lebih lanjut",
    "secara umum", "tapi", "walakin", "selama ini", "saat itu", "ke depan", "meski begitu",
    "meskipun begitu", "kendati demikian", "kendati begitu", "namun demikian", "hanya",
))  # fmt: skip
_SETTINGS = frozenset((
    "di", "dalam", "pada", "untuk", "dari", "sejak", "hingga", "selama", "menjelang", "usai",
    "setelah", "sebelum", "saat", "ketika", "dengan", "seusai", "terkait", "sesuai", "mengenai",
    "tentang", "berdasarkan", "mengacu", "melalui", "lewat",
    "secara",  # an adverb's phrase: 'Secara teknis, lanjut X, ...'
))  # fmt: skip
# Words opening the writer's account of how a speaker spoke, after a trailing aside cue.
_MANNER = ("tanpa ", "sambil ", "seraya ")
# Conjunctions closing a clause before an aside cue ('..., karena, menurut X, ...'), and the passive
# speech verbs in lower case ('Hal ini dikatakan X, menurutnya, ...').
_JOINING = frozenset(("karena", "sebab", "sehingga", "tetapi", "namun", "bahwa", "dan", "sedangkan"))
# ('dilanjutkan' and 'diakui' are as often said of a plan or a fact: 'Jika pilkada dilanjutkan, ...').
_PASSIVE_WORDS = frozenset(w.lower() for w in PASSIVE_OPENERS) - {"dilanjutkan", "diakui"}
# Words opening a subordinate phrase before an aside cue: what follows the aside is a whole clause.
# Not a condition ('jika', 'bila', 'kalau'): the quote's one span starts after the aside, and what
# was said only on a condition would read as said outright.
_SUBORDINATE = _SETTINGS | frozenset((
    "selain", "meskipun", "meski", "walaupun", "walau", "kendati",
    "karena", "akibat", "seiring", "supaya", "agar", "tanpa",
))  # fmt: skip

# Things that 'say' what they hold: with 'tersebut', 'itu' or 'ini' as a subject, no person speaks.
_THINGS = frozenset((
    "laporan", "dokumen", "naskah", "surat", "sertifikat", "ketentuan", "pasal", "aturan",
    "peraturan", "putusan", "data", "survei", "studi", "penelitian", "riset", "hasil", "kajian",
    "analisis", "artikel", "berita", "unggahan", "video", "buku", "catatan", "pesan", "rilis",
    "pernyataan", "keterangan", "kebijakan", "situs", "laman", "akun", "film", "lagu", "program",
    "aplikasi", "kontrak", "perjanjian", "memo", "edaran", "informasi", "kabar", "cuitan", "twit",
    "kaidah", "hadis", "hadits", "ayat", "dalil", "kitab", "proyeksi", "perkiraan", "prediksi",
    "regulasi", "undang-undang", "perppu", "perpres", "perda", "pergub", "perwal", "instruksi",
    "pengumuman",
    # and bodies: 'Pembuat mobil terbesar India itu mengatakan'
    "pembuat", "produsen", "pabrikan", "perusahaan", "maskapai", "lembaga", "badan", "organisasi",
    "partai", "klub", "tim",
))  # fmt: skip


def _unnamed_subject(clause: str) -> bool:
    """Whether the clause before a speech verb ends in a subject that names no one: many people
    ('Banyak pihak berpendapat'), a body or a kind of people ('Namun, polisi menyatakan', 'Rekannya
    di kantor mengatakan'), or a thing ('informasi yang mengatakan'). The person the article named
    last did not say it."""
    words = clause.rpartition(",")[2].split()
    while words and words[-1] in _ADVERBS:
        words.pop()
    if len(words) > 1 and words[-1] == "yang":
        # 'banyak netizen yang menduga', 'informasi yang mengatakan': the noun before speaks;
        # after 'ada' the noun it opens ('Ada kaidah ushul fiqih yang menyebutkan').
        head = words[1] if words[0].lower() == "ada" and len(words) > 2 else words[-2]
        if len(words) > 2 and words[-2].islower() and words[-3] in _THINGS:
            head = words[-3]  # a thing and its modifier: 'pesan berantai yang menyatakan'
        return head in _NO_ONE or head in _THINGS or words[0].lower() in _SOME
    while words and words[0].lower() in _LINKS:
        del words[0]
    if len(words) > 1 and words[0].lower() in _SOME:
        return True  # 'sebagian umat Muslim menilai': some of a people or a body, no one named
    if not words or any(w[:1].isupper() for w in words[1:]) or words[-1] in ("itu", "ini", "tersebut"):
        return False  # a name, a title or one pointed back to ('perusahaan itu'): the other rules read those
    if len(words) > 1 and words[-2] in _SOME:
        return True  # 'temuan kunci misalnya para ibu mengaku'
    head = words[0].lower()  # it may open the sentence: 'Banyak pihak berpendapat'
    if head == "pihak" and len(words) > 1:
        head = words[1]  # 'pihak keluarga', not 'pihak bandara', whose spokesman the article named
    return head in _SOME or head in _NO_ONE or head in _THINGS


# Subjects that point back to someone the article named: 'Dalam pertemuan dengan X, dirinya ...'.
_POINTING_BACK = frozenset(("dirinya", "pihaknya", "sang"))


def _unnamed_after_setting(clause: str) -> bool:
    """Whether the clause before a speech verb is a setting phrase and, after its one comma, a
    subject in lower case that is no pronoun ('Terkait pernyataan Mahfud itu, anggota DPR'). After
    more commas the lower-case word may go on a named subject's clause ('Setelah ..., Ade belum
    mencoba ..., karena menilai')."""
    lead, _, subject = clause.partition(", ")
    words = subject.split()
    return (
        bool(words)
        and ", " not in subject
        and words[0].islower()
        and words[0] not in PRONOUNS
        and words[0] not in _POINTING_BACK
        and words[0] not in _ADVERBS
        and words[0] not in _JOINING
        and lead.split(maxsplit=1)[0].lower() in _SETTINGS
    )


def _described_person(clause: str) -> bool:
    """Whether the clause before a speech verb is a person noun with 'yang juga' after its last
    comma ('..., wanita yang juga anggota aktif PPJI'): a bare 'pria yang' may be someone unnamed."""
    words = clause.rpartition(",")[2].split()
    return len(words) > 3 and words[0].lower() in _PERSON_NOUNS and words[1:3] == ["yang", "juga"]


def _pronoun_subject(clause: str) -> bool:
    """Whether the clause before a speech verb ends in a pronoun ('Apalagi ia', 'ia pun')."""
    words = clause.split()
    while words and words[-1] in _ADVERBS:
        words.pop()
    return bool(words) and words[-1] in PRONOUNS


# Words between a subject and its speech verb: 'polisi juga menyatakan'.
_ADVERBS = frozenset(
    ("juga", "pun", "kembali", "telah", "sudah", "sempat", "pernah", "pula", "lalu", "kemudian")
)
# Conjunctions that may open the subject's part of the clause: 'namun banyak netizen yang menduga'.
_LINKS = frozenset(("namun", "tetapi", "tapi", "sementara", "sedangkan", "dan", "sebab", "karena", "padahal"))
# Quantifiers: several, unnamed people or things speak ('sejumlah kajian terbaru mengungkapkan').
_SOME = frozenset(
    ("banyak", "sejumlah", "beberapa", "para", "sebagian", "semua", "seluruh", "kebanyakan", "mayoritas")
)
# Kinds of people and bodies nobody in the article is named as.
_NO_ONE = frozenset((
    "polisi", "kepolisian", "netizen", "warganet", "penggemar", "masyarakat", "publik", "pengguna",
    "rekannya", "temannya", "rekan", "teman", "keluarga", "mereka", "keduanya", "ketiganya", "kami",
    "kita", "korban", "pelaku", "tersangka", "saksi", "warga",
))  # fmt: skip

# Words before a speech verb that make it no report of what was said; 'Sekadar mengingatkan, ...'
# is the writer reminding the reader.
_NOT_REPORTING = frozenset(
    ("untuk", "guna", "agar", "supaya", "harus", "perlu", "mesti", "wajib", "ingin", "hendak", "dalam",
     "dapat", "bisa", "mampu", "Sekadar", "sekadar", "Sekedar", "sekedar")
)
# Heads of a described subject that may be no one the article named: a man, a victim, some people.
_UNNAMED_HEADS = _PERSON_NOUNS | _NO_ONE | _SOME
# Words between a subject and 'meyakinkan' when it assures ('Dia juga meyakinkan, ...').
_ASSURER_LINKS = frozenset(("juga", "pun", "pula", "lagi", "kembali", "lalu", "kemudian", "pihaknya"))


def _assurer(before: str) -> bool:
    """Whether the word before 'meyakinkan' is who assures: a name, a pronoun, an apposition's
    comma ('Nugroho, meyakinkan bahwa'), or an adverb after them; after an adjective's word
    ('menang meyakinkan', 'cukup meyakinkan') it is 'convincing', and nothing is said."""
    return before[:1].isupper() or before.endswith(",") or before in PRONOUNS or before in _ASSURER_LINKS


# Words before 'memastikan' that make it 'ensure', not 'assure': 'dengan memastikan bahwa', 'ingin
# benar-benar memastikan bahwa', 'Selain memastikan ..., HIMKI mendorong'.
_ENSURING = frozenset(("dengan", "benar-benar", "sambil", "demi", "Selain", "selain"))
# Words before 'memastikan' or 'membenarkan' and a bare clause that make it a thing being done:
# a relative clause, a future, an ongoing check.
_AT_WORK = frozenset(("yang", "akan", "terus", "sedang", "masih", "tengah", "segera"))


# Words that name what the marks after them hold as a title, a theme or a slogan: 'webinar
# bertajuk “...”', 'Sesuai dengan tagline-nya, “...”'. What stands there was named, not said.
_TITLE_WORDS = frozenset((
    "bertajuk", "berjudul", "bertema", "bertemakan", "bertagline", "berslogan", "tajuk", "judul",
    "tema", "tagline", "slogan", "semboyan", "moto", "motto", "jargon", "tagar",
))  # fmt: skip


# An event's word right before the marks, with no comma or colon between, names it: 'dalam
# webinar “...”', 'seminar daring “...”', 'kata kunci “...”'.
_EVENT_WORDS = frozenset((
    "webinar", "seminar", "daring", "talkshow", "telekonferensi", "konferensi", "lokakarya", "kunci",
))  # fmt: skip


def _titled(body: str, open_at: int) -> bool:
    """Whether a word naming a title or an event stands right before the opening mark at ``open_at``."""
    lead = body[max(0, open_at - 30) : open_at]
    bare = lead.rstrip(" ")
    if bare[bare.rfind(" ") + 1 :].lower() in _EVENT_WORDS:
        return True
    lead = bare.rstrip(" ,:")
    word = lead[lead.rfind(" ") + 1 :].lower()
    return word.removesuffix("nya").removesuffix("-") in _TITLE_WORDS


def _doubled_marks(body: str) -> str:
    """``body`` with doubled single marks as double ones, character for character: some outlets
    type ``‘’Studi banding ...,’’ ujar Poppy``."""
    if "’’" not in body and "‘’" not in body:
        return body  # most texts; either pair alone opens or closes too ('‘’Festival ini ...,” ujarnya')
    return body.replace("‘’", " “").replace("’’", "” ")


# Invisible format marks: some outlets open every paragraph with a left-to-right mark ('\u200eWabup
# juga menyampaikan, ...'), which hides the subject and the sentence start from the patterns.
_INVISIBLE = ("\u200e", "\u200b", "\ufeff", "\u2060")
_INVISIBLE_AS_SPACES = str.maketrans(dict.fromkeys(_INVISIBLE, " "))


def _visible(body: str) -> str:
    """``body`` with its invisible format marks as spaces, character for character."""
    if not any(mark in body for mark in _INVISIBLE):
        return body  # most texts
    return body.translate(_INVISIBLE_AS_SPACES)


def _as_written(quote: Quote, body: str) -> Quote:
    text = body[quote.start : quote.end]
    return quote if text == quote.text else attrs.evolve(quote, text=text)


def _respelled(quotes: list[Quote], names: Sequence[Name]) -> list[Quote]:
    """Speakers of one word the article misspells once ('kata Chadir' for Chaidir, 'lanjut
    Soejanto' for Soerjanto Tjahjono) as the one person with a word one typo away: same first
    letter, five letters or more, and a fuller name or more mentions than the misspelling."""
    people = [n for n in names if n.kind == "person"]
    fixed: dict[str, str] = {}
    out = []
    for q in quotes:
        who = q.speaker
        if who is not None and " " not in who and len(who) >= 5:
            if who not in fixed:
                fixed[who] = _one_typo_away(who, people) or who
            if fixed[who] != who:
                q = attrs.evolve(q, speaker=fixed[who])
        out.append(q)
    return out


def _one_typo_away(word: str, people: Sequence[Name]) -> str | None:
    if any(word in p.name.split() for p in people if p.name != word):
        return None  # a short form of someone, not a misspelling
    own = next((len(p.mentions) for p in people if p.name == word), 0)
    found = {
        p.name
        for p in people
        if p.name != word
        and (" " in p.name or len(p.mentions) > own)
        and any(len(t) >= 5 and t[0] == word[0] and typos(word, t) == 1 for t in p.name.split())
    }
    return found.pop() if len(found) == 1 else None


def extract_quotes(body: str, names: Sequence[Name] = ()) -> tuple[Quote, ...]:
    """Direct and indirect quotes in ``body``, in body order.

    Args:
        body: The cleaned article, paragraphs separated by a blank line.
        names: The entities ``corekit.names.find_names`` found in ``body``. Its person mentions
            tell which capitalised runs are people and its organisations and places which are
            not; its canonical name is used where it only drops a place glued before a name or
            adds an initial, and where this module finds none. Without ``names`` the module's
            own small index of capitalised names does all of it.

    Returns:
        Quotes with ``body[q.start:q.end] == q.text``, direct and indirect, in body order.
        Speakers and addressees are canonical full names, never a news agency.
    """
    if not body or not body.strip():
        return ()
    scan = _doubled_marks(_visible(spaced(body)))  # each quote's text is sliced from ``body`` as given
    # A sentence a scraper broke at its links is read whole; most bodies have none.
    joined = Joined.of(scan, paragraphs(scan))
    ex = _Extractor(scan, names) if joined is None else _Extractor(joined.text, joined.names(names))
    direct = ex.direct()
    indirect = ex.indirect(direct)
    quotes = _respelled(ex.after_reported(sorted(direct + indirect, key=lambda q: q.start)), names)
    if joined is not None:
        quotes = [joined.quote(q, body) for q in quotes]
    elif scan is not body:
        quotes = [_as_written(q, body) for q in quotes]
    return tuple(quotes)
