"""Word lists the quote finder leans on.

They are closed-class Indonesian news vocabulary (speech verbs, titles, institutional words,
agencies), not names of people: a person is only ever recognised from the text around it.
"""

from __future__ import annotations

# Speech cues that follow a quote (``"...," kata X``); each also takes ``-nya``.
AFTER_CUES: tuple[str, ...] = (
    "kata", "ujar", "ucap", "tutur", "jelas", "tegas", "tambah", "imbuh", "ungkap", "sebut",
    "papar", "urai", "puji", "terang", "lanjut", "pungkas", "tandas", "sambung", "kelakar",
    "beber", "tutup", "tanya", "tulis", "pesan", "seru", "timpal", "kenang", "akui", "aku",
    "klaim", "sergah", "tukas", "sindir", "canda", "keluh", "harap", "ajak", "pinta", "katakan",
    "tuding", "kilah", "dalih", "bantah", "cetus", "celetuk", "ingat", "terangkan", "jawab",
    "janji", "ulang", "lapor", "simpul", "nilai", "ceritakan", "cerita", "bilang", "tanggap",
    "koreksi", "desak", "minta", "imbau", "seloroh", "gumam", "teriak", "bisik", "tegur",
)

# Cues that introduce a quote or reported speech (``X mengatakan, "..."``).
BEFORE_CUES: tuple[str, ...] = (
    "mengatakan", "menyatakan", "menegaskan", "menambahkan", "menjelaskan", "mengungkapkan",
    "menuturkan", "menyebutkan", "menyebut", "memaparkan", "menguraikan", "menerangkan",
    "melanjutkan", "mengimbuhkan", "berkata", "bertanya", "menanyakan", "mengakui", "mengklaim",
    "menyampaikan", "mengingatkan", "menilai", "berpendapat", "bercerita", "menceritakan",
    "menekankan", "membeberkan", "memastikan", "mengemukakan", "berujar", "bertutur", "berucap",
    "mengeluhkan", "berharap", "mengharapkan", "meminta", "mengimbau", "menjawab", "menanggapi",
    "menyimpulkan", "mengaku", "menduga", "memperkirakan", "mengungkap", "menuliskan", "menulis",
    "berpesan", "berjanji", "mengajak", "membantah", "menyinggung", "mengutarakan", "menyebutnya",
    "mengatakannya", "menjelaskannya", "menyampaikannya", "bilang", "melaporkan",
    # An example, a stress or a view given, as 'menilai' is.
    "mencontohkan", "menggarisbawahi", "berpandangan",
    # Details and advice given: 'X menjabarkan, kasus itu ...', 'X menyarankan, supaya ...'.
    "menjabarkan", "merinci", "menyarankan",
    # confirming what is asked about: 'X membenarkan, daftar pemilih ...' ('mengonfirmasi' is a
    # view cue below)
    "membenarkan",
    # clarifying a clause ('X mengklarifikasi, ...'); a plain object says nothing.
    "mengklarifikasi",
)
# A forecast, a belief, a confirmation: cues too, but a company forecasts and believes as often as a
# person ('Blibli memprediksi'), so the word before them makes no one a person.
# 'meyakinkan' assures ('X meyakinkan, perseroan itu tidak akan merugikan') only before a comma or
# 'bahwa': with an object it convinces ('Sikap Trump meyakinkan para analis bahwa ...'), and 'sah dan
# meyakinkan bersalah' is a verdict's adjective; nothing before it is a person for that.
VIEW_CUES: tuple[str, ...] = ("memprediksi", "meyakini", "mengonfirmasi", "meyakinkan")
BEFORE_CUES += VIEW_CUES

# Passive forms that point at a speaker in the next sentence (``Demikian disampaikan X``).
PASSIVE_CUES: tuple[str, ...] = (
    "disampaikan", "dikatakan", "diungkapkan", "ditegaskan", "dijelaskan", "dinyatakan",
    "diutarakan", "dikemukakan", "dipaparkan", "dituturkan", "diucapkan", "disebutkan",
    "ditambahkan", "pernyataan", "diumumkan", "ucapan", "penjelasan", "keterangan",
)

PRONOUNS: frozenset[str] = frozenset({"dia", "ia", "beliau", "Dia", "Ia", "Beliau"})

# News agencies and outlets: cited as ``via``, never a speaker.
AGENCIES: frozenset[str] = frozenset({
    "AFP", "Reuters", "AP", "Associated Press", "Antara", "ANTARA", "Xinhua", "Bloomberg", "CNN",
    "BBC", "Al Jazeera", "Aljazeera", "Sputnik", "TASS", "Tass", "RIA Novosti", "RIA", "Kyodo",
    "Yonhap", "EFE", "DPA", "dpa", "ANSA", "UPI", "CNBC", "NHK", "The Guardian", "Guardian",
    "New York Times", "The New York Times", "Washington Post", "The Washington Post", "AA",
    "Anadolu", "Anadolu Agency", "Bernama", "Straits Times", "The Straits Times", "South China Morning Post",
    "SCMP", "Fox News", "ABC", "NBC", "CBS", "Sky News", "Interfax", "RT", "Axios", "Politico",
    "Kompas", "KOMPAS", "Kompas.com", "Tempo", "Detik", "detikcom", "Kontan", "iNews", "Okezone",
    "Sindonews", "Liputan6", "Republika", "Tribunnews", "Reuters/Ipsos", "Global Times", "WSJ",
    "Wall Street Journal", "The Wall Street Journal", "Financial Times", "AFP/Reuters", "Euronews",
    "Daily Mail", "The Independent", "Telegraph", "The Telegraph", "Nikkei", "Bangkok Post",
    "CNA", "Channel NewsAsia", "Reuter", "Newsweek", "The Hindu", "Hindustan Times", "Times of India",
    "ESPN", "Marca", "Le Monde", "Der Spiegel", "Spiegel", "NPR", "VOA", "Voice of America",
    "Deutsche Welle", "Radio Free Asia", "Arab News", "Haaretz", "Times of Israel", "Gulf News",
    "Jakarta Post", "The Jakarta Post", "Palestine Chronicle", "WAFA", "IRNA", "KCNA", "Yomiuri",
    "Asahi", "Mainichi", "Korea Herald", "Korea Times", "Page Six", "Variety", "Billboard",
})
# Spellings of an agency that name it otherwise ('melansir dari Reuter').
AGENCY_SPELLINGS: dict[str, str] = {"Reuter": "Reuters"}

# Capitalised words that make up a title or rank before a person's name.
PERSON_TITLES: frozenset[str] = frozenset({
    # Offices and ranks the names module's title list has too ('Dirjen Suyitno', 'Kanit Reskrim').
    "Dirjen", "Sesjen", "Seskab", "Menaker", "Mendag", "Mendes", "Menhub", "Menkominfo", "Menkumham",
    "Menpan", "Menparekraf", "Menperin", "Menpora", "Mensesneg", "Mentan", "Mendikbudristek",
    "Wakapolres", "Kanit", "Kajari", "Kajati", "Jampidsus", "Jampidum", "Kabidhumas", "Kabiro",
    "Kapendam", "Kapuspenkum", "Kapusdatin", "Karo", "Kasatpol", "Kasubsi", "Danpuspom",
    "Danramil", "Pangkostrad", "KSAD", "KSAL", "KSAU", "Presdir", "CFO", "COO", "Wawako", "Wawali",
    "Wawalkot", "Walikota", "Kalaksa", "Dirresnarkoba", "Bharada", "Bharaka", "Bharatu", "Bripda",
    "Briptu", "Aipda", "Kopda", "Koptu", "Kopral", "Pelda", "Peltu", "Sersan", "Drs", "Dra", "Tgk",
    "Teungku", "Kyai", "Syahbandar", "Konjen",
    "Presiden", "Wapres", "Wakil", "Menteri", "Mendagri", "Menlu", "Menkes", "Menkeu", "Mensos",
    "Menhan", "Menag", "Mendikbud", "Menko", "Ketua", "Kepala", "Direktur", "Dirut", "Gubernur",
    "Wagub", "Bupati", "Wabup", "Wali", "Walkot", "Camat", "Lurah", "Jenderal", "Letnan",
    "Kolonel", "Mayor", "Letkol", "Kompol", "Lettu", "Letda", "Serma", "Serka", "Kopka", "Praka",
    "Laksma", "Laksdya", "Marsma", "Marsda", "Marsdya", "Kapolres", "Kapolresta", "Kasat", "Kadiv",
    "Kapten", "Brigadir", "Brigjen", "Irjen", "Komjen", "Mayjen", "Letjen",
    "Laksamana", "Laksda", "Marsekal", "Komisaris", "Kombes", "AKBP", "AKP", "Ajun", "Inspektur",
    "Iptu", "Ipda", "Aiptu", "Bripka", "Kapolri", "Kapolda", "Kapolsek", "Kasatreskrim", "Kabid",
    "Kasubdit", "Dirreskrimum", "Dirreskrimsus", "Panglima", "Pangdam",
    "Danrem", "Dandim", "Kasad", "Kasal", "Kasau", "Sekretaris", "Sekjen", "Sekda", "Bendahara",
    "Juru", "Jubir", "Koordinator", "Anggota", "Staf", "Pengamat", "Peneliti", "Ekonom", "Guru",
    "Dosen", "Rektor", "Dekan", "Profesor", "Prof", "Prof.", "Dr", "Dr.", "Ir", "Ir.", "H", "H.",
    "Hj", "Hj.", "KH", "KH.", "Kiai", "Ustaz", "Ustadz", "Habib", "Pak", "Bu", "Ibu", "Bapak",
    "Mbak", "Mas", "Bang", "Kak",  "Ratu", "Pangeran", "Perdana", "PM", "Kanselir",
    "Senator", "Hakim", "Jaksa", "Pendiri", "Founder", "CEO", "Chief", "Manajer", "Manager",
    "Pelaksana", "Plt", "Pj", "Penjabat", "Kadis", "Kadinkes", "Pimpinan", "Pemimpin", "Komandan",
    "Danlanud", "Kapuspen", "Kabareskrim", "Karopenmas", "Kabagpenum", "Wakapolri", "Wakapolda",
    "Deputi", "Asisten", "Penasihat", "Pengacara", "Kuasa", "Advokat", "Dokter", "Epidemiolog",
    "Ahli", "Pakar", "Analis", "Direktris", "Kepolisian", "Sekretariat", "Pembina", "Ketum",
    "Waketum", "Waka", "Ka", "Kabag", "Kasubag", "Kasi", "Kades", "Kadus", "Paus", "Imam",
    "Uskup", "Pastor", "Pendeta", "Romo", "Komisioner", "Auditor", "Inspektorat", "Duta", "Dubes",
    "Konsul", "Atase", "Kaisar", "Sultan", "Syekh", "Syeikh", "Mahkota", "Kapusdatinkom",
    "Plh", "Pejabat", "Humas", "Head", "Officer", "Director", "President", "Vice", "Co-founder",
    "Co-Founder", "Cofounder", "Chairman", "Partner", "Lead", "Executive", "Secretary", "General",
    "Kasubbag", "Kasubbid", "Serda", "Sertu", "Pratu", "GM",
})

# Capitalised words of institutions, offices and places inside a role (``Kementerian Sosial``).
ORG_WORDS: frozenset[str] = frozenset({
    "Kementerian", "Kemenkes", "Kemensos", "Kemenkeu", "Kemendagri", "Kemenlu", "Kemenhan",
    "Dinas", "Badan", "Dewan", "Komisi", "Majelis", "Mahkamah", "Pengadilan", "Kejaksaan",
    "Kejati", "Kejari", "Kepolisian", "Polisi", "Polda", "Polres", "Polsek", "Polri", "TNI",
    "Bidang", "Bagian", "Biro", "Divisi", "Direktorat", "Departemen", "Kantor", "Lembaga",
    "Institut", "Universitas", "Sekolah", "Fakultas", "Program", "Studi", "Pusat", "Daerah",
    "Nasional", "Umum", "Utama", "Khusus", "Regional", "Provinsi", "Kabupaten", "Kota", "Kecamatan",
    "Kelurahan", "Desa", "Dusun", "Dukuh", "Kampung", "Fraksi", "Partai", "Gerakan", "Persatuan",
    "Perhimpunan", "Ikatan", "Asosiasi", "Himpunan", "Yayasan", "Forum", "Koalisi", "Aliansi",
    "Serikat", "Konfederasi", "Federasi", "Perusahaan", "Bank", "Rumah", "Sakit", "RSUD", "RSUP",
    "Puskesmas", "Satuan", "Tugas", "Satgas", "Gugus", "Penanganan", "Percepatan", "Pencegahan",
    "Penanggulangan", "Bencana", "Kesehatan", "Keuangan", "Sosial", "Dalam", "Luar", "Negeri",
    "Pertahanan", "Keamanan", "Politik", "Hukum", "Agama", "Pendidikan", "Kebudayaan", "Riset",
    "Teknologi", "Perhubungan", "Perdagangan", "Perindustrian", "Pertanian", "Kelautan",
    "Perikanan", "Koperasi", "Pariwisata", "Ekonomi", "Kreatif", "Energi", "Sumber", "Daya",
    "Mineral", "Lingkungan", "Hidup", "Kehutanan", "Ketenagakerjaan", "Tenaga", "Kerja",
    "Transmigrasi", "Tertinggal", "Pembangunan", "Perencanaan", "Pekerjaan", "Perumahan", "Rakyat",
    "Agraria", "Tata", "Ruang", "Pertanahan", "Komunikasi", "Informatika", "Informasi",
    "Perekonomian", "Kemaritiman", "Investasi", "Manusia", "Pemuda", "Olahraga", "Pemberdayaan",
    "Perempuan", "Perlindungan", "Anak", "Aparatur", "Reformasi", "Birokrasi", "Negara", "Usaha",
    "Milik", "Kecil", "Menengah", "Mikro", "Penerangan", "Humas", "Hubungan", "Masyarakat",
    "Publik", "Pemerintah", "Pemerintahan", "Pemprov", "Pemkab", "Pemkot", "Sekretariat",
    "Kabinet", "Istana", "Staf", "Kepresidenan", "Eksekutif", "Operasional", "Operasi", "Bicara",
    "Jenderal", "Besar", "Madya", "Tinggi", "Konstitusi", "Perwakilan", "Pertimbangan",
    "Pengawas", "Pengawasan", "Pemeriksa", "Pemberantasan",
    "Korupsi", "Pemilihan", "Pemilu", "Penyelenggara", "Kehormatan", "Wilayah", "Cabang",
    "Ranting", "Resor", "Sektor", "Metro", "Reserse", "Kriminal", "Narkoba",
    "Lintas", "Intelijen", "Siber", "Laboratorium", "Forensik", "Epidemiologi", "Kedokteran",
    "Ilmu", "Sains", "Fisika", "Kimia", "Biologi", "Matematika", "Sejarah", "Internasional",
    "Indonesia", "Republik", "Kesatuan", "Angkatan", "Darat", "Laut", "Udara",
    "Armada", "Komando", "Kodam", "Korem", "Kodim", "Koramil", "Lanud", "Lantamal", "Pangkalan",
    "Kesejahteraan", "Keluarga", "Berencana", "Kependudukan", "Catatan", "Sipil", "Pangan",
    "Obat", "Makanan", "Statistik", "Meteorologi", "Klimatologi", "Geofisika", "Pencarian",
    "Pertolongan", "Karantina", "Imigrasi", "Bea", "Cukai", "Pajak", "Perbendaharaan",
    "Anggaran", "Fiskal", "Moneter", "Otoritas", "Jasa", "Sekuritas", "Bursa", "Efek",
    "Persero", "Tbk", "PT", "CV", "Grup", "Group", "Holding", "Pelabuhan", "Bandara",
    "Bandar", "Terminal", "Stasiun", "Jalan", "Tol", "Gedung", "Kompleks", "Museum", "Taman",
    "Pasar", "Organisasi", "Perkumpulan", "Nahdlatul", "Ulama", "Muhammadiyah", "Pengurus",
    "Kampus", "Ketahanan", "Air", "Permukiman", "Prasarana",
    "Sarana", "Transportasi", "Angkutan", "Kereta", "Api",
    "Pelayaran", "Penerbangan", "Logistik", "Industri", "Kawasan", "Otonomi",
    "Keistimewaan", "Legislatif", "Senat", "Parlemen", "Kongres", "Legislasi", "Penelitian",
    "Pengembangan", "Inovasi", "Kajian", "Strategis", "Kebijakan", "Advokasi",
    "Bantuan", "Kemanusiaan", "Palang", "Merah", "Relawan", "Ombudsman", "Kamar",
    "Dagang", "Kadin", "Pengusaha", "Pelajar", "Mahasiswa", "Pramuka", "Keuskupan", "Gereja",
    "Masjid", "Pesantren", "Pondok", "Madrasah", "Kanwil",
    "Lapas", "Rutan", "Pemasyarakatan", "Pelayanan", "Administrasi", "Kependidikan", "Guru",
    "Medis", "Perawat", "Bidan", "Dokter", "Gigi", "Spesialis", "Paru", "Anestesi",
    "Penyakit", "Menular", "Klinik", "Covid-19", "COVID-19", "Corona", "Virus",
    "Pandemi", "Vaksin", "Vaksinasi", "Ekonom", "Senior", "Junior", "Presidium",
    "Direksi", "Komisaris", "Komite", "Panitia", "Panja", "Pansus", "Kelompok", "Koordinasi",
    "Koordinator", "Tim", "Unit", "Seksi", "Subbagian", "Subdirektorat", "Subdit",
    "Ditjen", "Inspektorat", "Pulau", "Kepulauan", "Selat",
    "Teluk", "Gunung", "Sungai", "Danau", "Candi", "Wisata", "Hotel", "Association",
    "Company", "Foundation", "Institute", "Center", "Centre", "Club", "Watch", "Council", "Agency",
    "Ministry", "Department", "University", "College", "School", "Office", "Network", "Alliance",
    "Labs", "Lab", "Research", "Communication", "Communications", "Marketing", "Corporate",
    "Operations", "Business", "Development", "Public", "Relations", "Affairs", "Daop", "Divre",
    "Limited", "Inc", "Corp", "Corporation", "Airlines",
    "Airways", "Boat", "Express", "Travel", "Tour", "Media", "Komunitas", "Paguyuban", "Sanggar",
    "Perum", "BUMN", "BUMD", "Klub", "Pabrik", "Toko", "Restoran",
    # Two-letter institutions, so that two capitals otherwise read as initials (``Mahfud MD``).
    "RI", "MA", "MK", "KY", "PN", "UI", "RS", "PU", "PB", "NU", "PD", "PP", "KA", "TV", "RT",
    "RW", "BI", "AD", "AU", "AL", "UN", "UE", "PM", "PBB", "OJK", "KPK", "DPR", "DPRD", "MPR",
})

# Places that often stand inside a role (``Ketua Komnas HAM Maluku``): countries, provinces,
# large cities. A person index that treats them as part of a name would glue them to the name.
PLACES: frozenset[str] = frozenset({
    "Indonesia", "Rusia", "China", "Tiongkok", "RRT", "Amerika", "Serikat", "AS", "Inggris",
    "Jepang", "Korea", "Selatan", "Utara", "Barat", "Timur", "Tengah", "India", "Australia",
    "Malaysia", "Singapura", "Thailand", "Filipina", "Vietnam", "Myanmar", "Kamboja", "Laos",
    "Brunei", "Prancis", "Perancis", "Jerman", "Italia", "Spanyol", "Belanda", "Belgia", "Swiss",
    "Swedia", "Norwegia", "Finlandia", "Denmark", "Polandia", "Ukraina", "Turki", "Iran", "Irak",
    "Suriah", "Israel", "Palestina", "Mesir", "Arab", "Saudi", "Qatar", "Uni", "Emirat", "Yaman",
    "Afganistan", "Afghanistan", "Pakistan", "Bangladesh", "Kanada", "Meksiko", "Brasil",
    "Argentina", "Afrika", "Eropa", "Asia", "Pasifik", "Taiwan", "Hong", "Kong", "Selandia",
    "Baru", "Timor", "Leste", "Papua", "Nugini", "Jawa", "Sumatera", "Sumatra", "Kalimantan",
    "Sulawesi", "Bali", "Nusa", "Tenggara", "Maluku", "Aceh", "Riau", "Jambi", "Bengkulu",
    "Lampung", "Bangka", "Belitung", "Banten", "Yogyakarta", "Gorontalo", "Jakarta", "DKI", "DIY",
    "NTT", "NTB", "Sumut", "Sumbar", "Sumsel", "Jabar", "Jateng", "Jatim", "Kalbar", "Kalteng",
    "Kalsel", "Kaltim", "Kaltara", "Sulut", "Sulteng", "Sulsel", "Sultra", "Sulbar", "Kepri",
    "Babel", "Malut", "Surabaya", "Bandung", "Semarang", "Medan", "Makassar", "Palembang",
    "Denpasar", "Bogor", "Depok", "Tangerang", "Bekasi", "Solo", "Surakarta", "Malang",
    "Padang", "Pekanbaru", "Batam", "Pontianak", "Banjarmasin", "Balikpapan", "Samarinda",
    "Manado", "Palu", "Kendari", "Ambon", "Jayapura", "Kupang", "Mataram", "Serang", "Cirebon",
    "Tasikmalaya", "Sukabumi", "Bantul", "Sleman", "Magelang", "Klaten", "Kudus", "Pati",
    "Jember", "Banyuwangi", "Kediri", "Madiun", "Sidoarjo", "Gresik", "Mojokerto", "Pasuruan",
    "Probolinggo", "Lumajang", "Tegal", "Pekalongan", "Purwokerto", "Banyumas", "Cilacap",
    "Karawang", "Purwakarta", "Subang", "Indramayu", "Garut", "Cianjur", "Sumedang", "Kuningan",
    "Majalengka", "Ciamis", "Pangandaran", "Lebak", "Pandeglang", "Cilegon", "Raya", "Moskow",
    "Beijing", "Washington", "London", "Paris", "Tokyo", "Seoul", "Canberra", "Kuala", "Lumpur",
    "Bangkok", "Manila", "Hanoi", "Kiev", "Kyiv", "Brussel", "Berlin", "Roma", "Jenewa",
    "Wuhan", "Dubai", "Riyadh", "Teheran", "Ankara", "Kairo", "Mekkah", "Madinah", "Metro",
    "Jabodetabek", "Jabotabek", "Jaya", "Nusantara", "Kepulauan", "Bangka-Belitung",
})

# Capitalised words that open a sentence without being a name.
SENTENCE_WORDS: frozenset[str] = frozenset({
    "Menurut", "Sementara", "Sedangkan", "Namun", "Tetapi", "Tapi", "Selain", "Dalam", "Saat",
    "Ketika", "Setelah", "Sebelum", "Sebelumnya", "Kemudian", "Lalu", "Adapun", "Di", "Ke", "Dari",
    "Pada", "Untuk", "Dengan", "Bagi", "Oleh", "Jika", "Kalau", "Bila", "Apabila", "Karena",
    "Sehingga", "Meski", "Meskipun", "Walaupun", "Bahkan", "Juga", "Itu", "Ini", "Hal", "Dia",
    "Ia", "Beliau", "Mereka", "Kami", "Kita", "Saya", "Aku", "Anda", "Demikian", "Begitu",
    "Sejak", "Hingga", "Sampai", "Terkait", "Soal", "Mengenai", "Tentang", "Secara", "Sebab",
    "Akibatnya", "Selanjutnya", "Lebih", "Sebagai", "Seperti", "Yang", "Dan", "Atau", "Tak",
    "Tidak", "Bukan", "Belum", "Sudah", "Telah", "Masih", "Kini", "Sekarang", "Nanti", "Hari",
    "Pekan", "Bulan", "Tahun", "Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu",
    "Padahal", "Maka", "Agar", "Supaya", "Sebagaimana", "Mengutip", "Dikutip",
    "Dilansir", "Melansir", "Kata", "Ujar", "Kendati", "Sedang", "Ada", "Para", "Sang", "Si",
    "Setiap", "Semua", "Seluruh", "Beberapa", "Banyak", "Sebanyak", "Sekitar", "Total", "Jumlah",
    # Openers of a report's next part: 'Terpisah, anggota KPU ...', 'Tanpa menyebutkan ..., ia'.
    "Terpisah", "Tanpa", "Usai", "Seusai", "Menanggapi",
})

# Capitalised words that are never part of a person's name: dates, numbering, units.
NOT_NAMES: frozenset[str] = frozenset({
    "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu", "Januari", "Februari", "Maret",
    "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember",
    "Nomor", "No", "Pasal", "Ayat", "Tahun", "Pukul", "WIB", "WITA", "WIT", "Peraturan", "Undang",
    "Undang-Undang", "Keputusan", "Instruksi", "Surat", "Edaran", "Perpres", "Permen", "Perda",
    "Pergub", "Perwal", "Perbup", "Kepres", "Keppres", "Inpres", "Rp", "US", "Covid", "Covid-19",
    "COVID-19", "PSBB", "Lebaran", "Idul", "Imlek", "Hari", "Raya", "Tim", "Kompas", "KOMPAS",
    "Kompas.com", "Sekolah", "Rumah", "Jalan",
    # English function words a title-case English office holds ('Head Of Investment Research').
    "Of", "For", "And", "The", "At", "On", "In",
})

# First words of a name that the article drops when it shortens the name (``Mochamad Ardian
# Noervianto`` is ``Ardian``): Muslim forenames, Balinese birth-order names, noble titles.
NAME_PREFIXES: frozenset[str] = frozenset({
    "Muhammad", "Muhamad", "Mohammad", "Mohamad", "Mochamad", "Mochammad", "Mohamed", "Moh", "Moh.",
    "Mokhamad", "Much", "Muh", "Ahmad", "Ahmed", "Mukhamad", "Mhd", "Abu", "Achmad", "Akhmad",
    "Abdul", "Abdullah", "Siti", "Nur", "Sri",
    "Raden", "Andi", "Teuku", "Tengku", "Cut", "Gusti", "Anak", "Agung", "Ida", "Bagus", "Ayu", "Putu",
    "Made", "Kadek", "Nyoman", "Komang", "Ketut", "Wayan", "Gede", "Luh", "Ni", "Haji", "Hajjah",
    "Syekh", "Sayyid", "Tuan", "Puang", "Daeng", "Lalu", "Baiq", "Dewa", "Mas", "Ratu",
})

# Short forms of offices a later sentence uses alone (``Mensos mengatakan``).
ROLE_SHORT: dict[str, str] = {
    "Mensos": "Menteri Sosial", "Menkes": "Menteri Kesehatan", "Menkeu": "Menteri Keuangan",
    "Mendagri": "Menteri Dalam Negeri", "Menlu": "Menteri Luar Negeri", "Menhan": "Menteri Pertahanan",
    "Menag": "Menteri Agama", "Mendikbud": "Menteri Pendidikan dan Kebudayaan",
    "Menhub": "Menteri Perhubungan", "Mentan": "Menteri Pertanian", "Mendag": "Menteri Perdagangan",
    "Menperin": "Menteri Perindustrian", "Menaker": "Menteri Ketenagakerjaan",
    "Menparekraf": "Menteri Pariwisata dan Ekonomi Kreatif", "Wapres": "Wakil Presiden",
    "Wagub": "Wakil Gubernur", "Wabup": "Wakil Bupati", "Wawalkot": "Wakil Wali Kota",
    "Sekda": "Sekretaris Daerah", "GM": "General Manager",
    # Heads of information services a quote's cue names after the article spelt the office out.
    "Kadispen": "Kepala Dinas Penerangan", "Kapuspen": "Kepala Pusat Penerangan",
    "Kapolri": "Kepala Kepolisian Negara Republik Indonesia", "Jaksa Agung": "Jaksa Agung",
    "Menko PMK": "Menteri Koordinator Bidang Pembangunan Manusia dan Kebudayaan",
    "Menko Polhukam": "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan",
    "Menko Perekonomian": "Menteri Koordinator Bidang Perekonomian",
}
