"""Word lists that tell a title, a role word or a common word from a name token.

Person detection is rule-based: a capitalized word is a name token unless one
of these lists claims it. Kept as frozensets so a lookup is one hash probe.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that open a title, role, rank or honorific: what follows them (role
# words, places, then name tokens) is a person's role and name.
TITLES = _words(
    """
    Kanjeng KGPH KGPAA GKR GPH GBPH KPH BPH
    Presiden Wapres Wakil Menteri Menko Menhan Menlu Mendagri Menkeu Mensos Menkes Menag Mendikbud
    Mendikbudristek Menkominfo Menkumham Menpan Menparekraf Mentan Mendag Menperin Menaker Menpora
    Menhub Menteri-menteri Mendes Menteri-nya Seskab Mensesneg Sekretaris Sekjen Sesjen Ketua Ketum
    Kepala Direktur Dirut Dirjen Gubernur Wagub Bupati Wabup Wali Walkot Wawali Camat Lurah Kades
    Kapolri Wakapolri Kapolda Wakapolda Kapolres Wakapolres Kapolsek Kapolresta Kabareskrim Kadiv
    Irwasda Itwasda Irwasum Itwasum Kabid Kabag Kasat Kasatreskrim Kasubdit Kasubbag Kanit Dirreskrimum
    Dirreskrimsus Dirresnarkoba Wakasat Wakapolsek Wakapolresta Wakasatreskrim Wakadiv Wakajati Wadir
    Wadirreskrimum Wadirreskrimsus Wadirlantas Kasatlantas Kasatnarkoba Kasatsamapta Kasatbinmas
    Kasatintelkam Panit Kabagops Kasihumas Kapolsubsektor
    Kabidhumas Kapuspen Kapendam Kadispen Panglima Pangdam Pangkostrad Danrem Dandim Danramil Danpuspom
    Kasad Kasal Kasau KSAD KSAL KSAU Jenderal Letjen Mayjen Brigjen Kolonel Letkol Mayor Kapten Lettu
    Letda Serma Sertu Marsekal Marsma Marsdya Laksamana Laksma Laksdya Irjen Komjen Brigjen Kombes
    AKBP AKP Iptu Ipda Aiptu Aipda Bripka Brigadir Briptu Bripda Jaksa Kajati Kajari Jampidsus Jampidum
    Jampidmil Jamintel Jamdatun Jamwas
    Jaksa Hakim Jubir Juru Komisioner Anggota Duta Dubes Perdana PM Raja Ratu Pangeran Sultan
    Paus Kanselir Senator Pastor Pendeta Romo Ustaz Ustadz Kiai Kyai KH Habib Syekh Dr dr Prof Ir
    Ustad Ustadzah Ustazah
    Drs Dra Pak Bu Ibu Bapak Tuan Nyonya Mr Mrs Ms Sir Sekda Rektor Dekan Dosen Guru Peneliti Pengamat
    Ekonom Analis Pakar CEO COO CFO Presdir Komisaris Chairman Pendiri Pelatih Manajer Pengacara
    Kuasa Koordinator Deputi Asisten Staf Plt Plh Pj Penjabat Kadis Kadinkes Pimpinan Pemimpin Kapuspenkum
    Kasi Kasubsi Kabiro Karo Inspektur Komandan Pj Kapusdatin Ketua-ketua Warga Tersangka Terdakwa
    Terpidana Terlapor Pelapor
    Saksi Korban Pelaku Mantan Eks Almarhum Almarhumah Mendiang Calon Capres Cawapres Cagub Cabup
    Cawalkot Politikus Politisi Legislator Aktivis Advokat Artis Aktor Aktris Penyanyi Atlet
    Pebalap Petenis Bek Gelandang Penyerang Kiper Striker Pemain Juara Chief Head Vice President
    Director Manager Officer Founder Chairman Ajun Ajudan Dokter Konsul Konjen Kadiv Kapolresta Sekretariat
    Co-founder Co-Founder Kasubbid Kasatpol Hj Wawako Wawalkot Kompol Bharada Bharatu Bharaka Serka Serda
    Kopka Koptu Kopda Praka Pratu Prada Peltu Pelda Walikota Letnan Sersan Kopral Prajurit Pol Syahbandar
    Tokoh Epidemiolog Pramuwisata Tgk Teungku Makroekonom Kalaksa Koresponden
    Inf Kav Arm Arh Czi Cpn Cpm Chk Pnb Psk Cba Ckm Ctp Cku
    Model Kriminolog Sosiolog Psikolog Psikiater Virolog Sejarawan Budayawan Ilmuwan Astronom Seniman
    Komedian Komika Presenter Youtuber YouTuber Selebgram Influencer Desainer Sutradara Produser
    Penulis Novelis Penyair Kolumnis Jurnalis Wartawan Fotografer Musisi Gitaris Vokalis Drummer
    Pembalap Pebulutangkis Pegolf Perenang Pelari Notaris Arsitek Pengusaha Pebisnis Partner
    Syaikh Uskup Mgr Kardinal Konsultan Penari Pelukis Koreografer
    """
)

# Who owns a business ('pemilik Warung Sari Rasa Darmo Sutejo'), as 'Pengusaha' says what one does:
# the words after it up to the name are the business's. Not 'Pengelola': bodies' names hold it
# ('Masyarakat Pengelola Daur Ulang Sampah').
TITLES = TITLES | _words("Pemilik")

# Javanese, Sundanese and East Javanese forms of address, stripped off a name like 'Pak' and 'Bu' so
# the short form joins the full name ('Mas Kaesang', 'Mbah Tupon', 'Aa’ Raffi'). Not 'Kang' nor
# 'Bang', Korean family names too ('Kang Daniel', 'Bang Si-hyuk'); not 'Imam', a given name ('Imam
# Syafii'); not 'Dek', which opens nicknames used whole ('Dek Fadh'); 'Aa' only with its
# apostrophe ('Aa Gym' is a name).
ADDRESS_FORMS = _words("Mas Mbak Mbah Cak Aa’ Aa'")
TITLES = TITLES | ADDRESS_FORMS
# A deputy minister's short titles ('Wamen Ossy Dermawan', 'Wamensos Agus Jabo'); not 'Wamena', a town.
TITLES = TITLES | _words(
    "Wamen Wamenlu Wamenkeu Wamenhan Wamendagri Wamenkes Wamenag Wamendag Wamensos Wamentan Wamenhub"
    " Wamenperin Wamenaker Wamenpora Wamenkumham Wamendikbud Wamenparekraf Wamenkominfo"
)

# Titles written with a full stop (``Jenderal. Li Shangfu``, ``Prof. Dr.``,
# ``H.``): the dot belongs to the title, not to a sentence end.
DOTTED_TITLES = frozenset(
    t + "."
    for t in _words(
        """
        Jenderal Jend Letjen Mayjen Brigjen Kol Dr dr Prof Ir H Hj Drs Dra KH Kh Pdt Ust Mr Mrs Ms St
        Sdr Sdri Bpk
        """
    )
)
# An acting office's short forms written with a dot ('Plt. Kepala Dinas', 'Pj. Bupati'): the office
# goes on after the dot.
DOTTED_TITLES = DOTTED_TITLES | frozenset(("Plt.", "Plh.", "Pj.", "Pjs."))

# Ranks and honorifics: a role made of these alone says little, so an
# entity's role prefers a fuller one (``Wakil Ketua Komisi Militer Pusat China``).
RANKS = _words(
    """
    Jenderal Letjen Mayjen Brigjen Kolonel Letkol Mayor Kapten Marsekal Laksamana Irjen Komjen Kombes
    Kompol AKBP AKP Iptu Ipda Brigadir Dr dr Prof Ir Drs Dra H Hj KH Pak Bu Ibu Bapak Tuan Nyonya Mr Mrs
    Ms Sir Ustaz Ustadz Kiai Kyai Habib Syekh Syaikh Jend Kol Pdt Ust Sdr Sdri Bpk St Mantan Eks Tgk
    Teungku Ustad Ustadzah Ustazah
    """
)
RANKS = RANKS | ADDRESS_FORMS

# Commanders of a platoon, a company, a battalion, a brigade, an air or a naval base ('Danton Satgas
# BPBD', 'Danyon 501'): titles, as 'Danrem' and 'Dandim' are, not names.
TITLES = TITLES | _words(
    "Danton Danki Danyon Danyonif Danbrigif Danlanud Danlanal Danlantamal Danpomdam Danpasmar Dankormar"
    " Danpaspampres Dankodiklat"
)

# The navy's and the air force's rear admiral and air vice-marshal ('Laksda TNI ...', 'Marsda TNI
# ...'), as 'Laksma' and 'Marsma' are: ranks before a name.
TITLES = TITLES | _words("Laksda Marsda")

# Words that continue a title (``Menteri Pertahanan``, ``Wakil Ketua Komisi
# Militer Pusat``) and are never part of the name that follows.
ROLE_WORDS = _words(
    """
    Satu Dua Tiga Empat Lima Enam Tujuh Delapan Sembilan Sepuluh Sektor Subbidang Subbid Daop Korporat
    Syariat Prasarana Binaan Ad Interim Interm Pjs
    Pertahanan Luar Negeri Dalam Keuangan Sosial Kesehatan Pendidikan Kebudayaan Riset Teknologi Agama
    Hukum Hak Asasi Manusia HAM Perdagangan Perindustrian Pertanian Kelautan Perikanan Koordinator
    Bidang Politik Keamanan Perekonomian Kemaritiman Investasi Kabinet Negara Badan Usaha Milik
    Utama Umum Pusat Militer Komisi Dewan Partai Fraksi Tinggi Besar Daerah Provinsi Kota Kabupaten
    Urusan Perhubungan Pariwisata Ekonomi Kreatif Energi Sumber Daya Mineral Lingkungan Hidup
    Kehutanan Pekerjaan Perumahan Rakyat Ketenagakerjaan Tenaga Kerja Desa Pembangunan Tertinggal
    Transmigrasi Komunikasi Informatika Informasi Pemuda Olahraga Pemberdayaan Perempuan Perlindungan
    Anak Aparatur Sipil Reformasi Birokrasi Perencanaan Nasional Agraria Tata Ruang Koperasi Kecil
    Menengah Sekretariat Kepresidenan Khusus Bicara Direktorat Eksekutif Operasional Hubungan
    Masyarakat Humas Divisi Bagian Reserse Kriminal Narkoba Lalu Lintas Kepolisian Angkatan Darat Laut
    Udara Wilayah Regional Cabang Senior Internasional Asosiasi Ikatan Persatuan Pelaksana Tugas Harian
    Bersama Tetap Istimewa Berkuasa Penuh Pengurus Majelis Mahkamah Agung Konstitusi Kejaksaan
    Pengadilan Negeri Perwakilan Permusyawaratan Permanen Gabungan Staf Kepala Ketua Wakil Sekretaris
    Direktur Jenderal Komandan Panglima Kementerian Kantor Pemerintahan Pemerintah Lembaga Otoritas
    Jasa Bank Sentral Tentara Polisi Kodam Polda Polres Polsek Kabag Kasubbag Penerangan Dinas
    Intelijen Operasi Strategis Logistik Personel Perencanaan Anggaran Pengawas Pengawasan Pemilihan
    Pemilu Penyelenggara Pemberantasan Korupsi Perusahaan Holding Grup Group Direksi Komisaris
    Independen Pengurus Cabang Pimpinan Wilayah Muda Madya Pratama Ahli Pendidikan Kebijakan Publik
    Studi Strategi Kajian Penelitian Fakultas Universitas Institut Program Pascasarjana Keluarga
    Pajak Bea Cukai Perbendaharaan Imigrasi Pemasyarakatan Kepegawaian Statistik
    Gugus Satuan Satgas Tugas Nomor Unit Seksi Departemen Kedokteran Resor Metro Pamong Praja
    Komite Ombudsman Terpadu Tindak Pidana Ilmu Pers Neraca Balai Himpunan Produsen Alat Industri
    Nelayan Tradisional Pangan Modal Satu Pintu Real Estat Peduli Advokasi Air Tanah Kamar Dagang Palang
    Merah Masa Pandemi Center Centre Institute Network Central General Corporate Communication
    Communications Studies Foundation Watch Council Association Company Global Justice Information
    Marketing Technology Operating Financial Research Affairs Public Relations Secretary Executive
    Development Business Digital Indonesia Transportasi Sekolah Dasar Menengah Atas Pertama Teknis
    Satuan Pelaksana Promosi Perumda Perum Persero Tbk Konservasi Pemasaran Produksi Distribusi
    Penerangan Protokol Kerja Humas Kelembagaan Mikro Hutan Perkebunan Hasil Kerajinan Mebel
    Wisata Otonomi Infrastruktur Angkutan Perangkat Emergensi Subbagian Perencana Ritel Molekuler
    Biologi Management Continuity Services Reform Financing Finance Exchange Airport University
    Area Panitia Transfusi Darah II III IV VI VII VIII IX XI XII New Normal Great Sale Smart City Trust
    Fund Managing Partner Driving Economic Recovery Catering Service Federal Reserve Ring Tax Cake
    Reskrim Satreskrim Reskrimum Reskrimsus Satlantas Lantas Intelkam Satintelkam Binmas Sabhara Samapta
    Propam Satresnarkoba Resnarkoba Penmas Subbid
    Ditreskrimum Ditreskrimsus Ditresnarkoba Ditreskoba Ditlantas Ditsamapta Ditpolairud Ditintelkam
    Ditbinmas Ditpamobvit Dittahti Ditsiber Satnarkoba Satsamapta Satbinmas Satpolairud Sattahti
    Jatanras Gakkum Tipikor Tipidkor Tipidter Tipidsus Tipideksus Resmob Opsnal Krimsus Krimum Tahti
    Paminal Siber Renakta Kamneg Indagsi Tamtama Bintara
    Market Strategist Analyst Economist Investment Partnership Dept Sales Product Equity Income Fixed
    Portfolio Wealth Asset Risk Treasury Consumer Banking Compliance Legal Operations Engineering
    Lead Principal Associate Specialist Consultant Advisor Adviser Strategy Strategic Secretariat
    Bappeda Bapenda Bapperida Disbudpar Disporapar Dispendukcapil Kesbangpol Bakesbangpol Poldagri Prokopim
    Setda Setwan Inspektorat
    """
)

# Short forms of a ministry's fields ('Mendikbud Ristek', 'Menko Polhukam'), the Javanese numeral
# of the nine saints ('Wali Songo'), and a parliament a body watches ('Forum Masyarakat Peduli
# Parlemen'): they go on with the title or the body before them.
ROLE_WORDS = ROLE_WORDS | _words("Ristek Polhukam Songo Parlemen")
# A police unit's 'Satuan Reserse' spelled short apart ('Sat Res Narkoba Polres Tebing Tinggi').
ROLE_WORDS = ROLE_WORDS | _words("Sat Res")

# Common capitalized words that are never a name token: function words that
# open sentences, pronouns, days, months, and generic nouns.
# Days and months, full and short. A day after a cue ('katanya Senin (9/6/2025)') is no speaker;
# a month may be a name ('lanjut Juni', 'Agustus', 'Mei'), so only a date makes it none.
DAYS = _words("Senin Selasa Rabu Kamis Jumat Jum'at Sabtu Minggu Ahad")
MONTHS = _words(
    """
    Januari Februari Pebruari Maret April Mei Juni Juli Agustus September Oktober November Nopember
    Desember Jan Feb Mar Apr Jun Jul Agu Agt Sep Okt Nov Des
    """
)
CALENDAR = DAYS | MONTHS

STOP_WORDS = CALENDAR | _words(
    """
    Ayat Huruf Butir Angka Poin Bab Lampiran Alhasil Orangtua Nama Secara Rancangan
    Isra Miraj Mi'raj Mikraj Maulid Nuzulul
    Dia Ia Mereka Kami Kita Saya Aku Anda Engkau Beliau Itu Ini Namun Tetapi Tapi Sementara Selain
    Menurut Setelah Sebelum Sesudah Sebelumnya Selanjutnya Kemudian Lalu Juga Pada Di Ke Dari Untuk
    Dengan Dan Atau Karena Jika Kalau Apabila Bila Meski Meskipun Walaupun Walau Bahkan Oleh Sehingga
    Adapun Sedangkan Lebih Hal Demikian Diketahui Yang Tidak Tak Bukan Sudah Telah Akan Belum Masih
    Ada Para Sang Seorang Sebuah Beberapa Semua Seluruh Setiap Tiap Banyak Kedua Ketiga Pertama
    Terakhir Baca Simak Lihat Foto Sumber Apalagi Begitu Sebab Agar Supaya Sejak Hingga Sampai Selama
    Saat Ketika Usai Seusai Kini Sekarang Kemarin Besok Nanti Dulu Sebagai Tentang Terhadap Antara
    Bagi Tanpa Melalui Atas Bawah Soal Terkait Mengenai Seperti Misalnya Contohnya Yakni Yaitu Ya
    Tidak Jangan Mari Ayo Apa Siapa Mengapa Kenapa Bagaimana Kapan Dimana Berapa Mana Sebanyak Sekitar
    Hampir Cuma Hanya Semoga Mudah Terima Kasih Selamat Halo Oke Nah Kalaupun Pun Maka Lantas Akhirnya
    Sebaliknya Selebihnya Sedang Sambil Bersama Tentu Memang Justru Padahal Jadi Artinya Intinya
    Hari Tahun Bulan Pekan Abad Pukul Jam WIB WITA WIT Rp Gen
    Kunjungan Pertemuan Kedatangan Keputusan Pernyataan Kebijakan Kondisi Situasi Kasus Peristiwa
    Kejadian Insiden Laporan Data Hasil Jumlah Total Sebagian Mayoritas Rencana Upaya Langkah Proses
    Pembicaraan Perjanjian Kesepakatan Kerja Sama Kemitraan Latihan Serangan Perang Konflik Krisis
    Cuplikan Video Gambar Berita Artikel Informasi Catatan Penjelasan Tanggapan Respons Reaksi Aksi
    Demikian Dilansir Dikutip Mengutip Melansir Dilaporkan Disebutkan Dikatakan Ditambahkan Terpisah
    Sedikitnya Setidaknya Kurang Lebih Paling Sangat Cukup Pemerintah Warga Rakyat Masyarakat Negara
    Timur Barat Utara Selatan Tengah Tenggara Daya Laut Jauh Dingin Raya Baru Lama Besar Kecil Agung
    Tuhan Allah Nabi Rasul Islam Kristen Katolik Hindu Buddha Muslim Yahudi Idul Fitri Adha Ramadhan
    Ramadan Lebaran Natal Imlek Paskah Nyepi Waisak Covid Covid-19 Corona Virus Omicron Delta
    Twitter Instagram Facebook YouTube Youtube WhatsApp Telegram TikTok Google Netflix Zoom Kompas
    Republik Kerajaan Kesultanan Federasi Persemakmuran Amerika No Pergub Perda Permenhub Ingub Pilkada
    Utang Ikan Orang Ketentuan Bantuan Nontunai Selamat Sejumlah Salah Hanya Bahwa Tetap Sesuai Berdasarkan
    Timnas Skuad Tarif Ikuti Akses Channel Link Daftar Isi Drama Mobil Hewan Kurban Tanggung Jawab
    Penulis Wartawan Pastikan Minta Dana Bahan Waspada Pekerja Migran Kilang Berjangka Komoditi The
    Editor Reporter Redaktur Live Streaming Nobar Skor Lagi Buat Pilih Mau Enggak Gak Nggak Klik Disini
    Agen Wanita Pria Ribu Juta Miliar Milyar Triliun Rupiah Dolar Persen Revisi Ujian Kata Pasangan Paslon
    Sekadar Senada Serupa Perdata Pidana Petugas Petani Karantina Insya Insyaallah Yuk Kendati
    Sebagaimana Wallahu Radhiyallahu Anhu Anha Alaihissalam Alahissalam Shallallahu Alaihi Wasallam
    Subhanahu Of For And With From Anti Makro Retail Beruntung Beri Masak Kagum Jilid Analisis Putih
    Bangsa Nusantara Tanggul One Southeast Galian
    Ialah Gol Pasukan Acara Sahabat Budak Fakir Miskin Solidaritas Transisi Fenomena Efek Gratis
    Terus Praktis Bayar Matriks Peran Benar Betul Terbaik Sepengetahuan
    Sepanjang Sembari Seraya Selagi Menjelang
    """
)
# Colloquial words that open a sentence in quoted speech ('Trus berharap ...', 'Udah ada yang
# jatuh'): 'terus', 'sudah', 'memang', 'kalau', 'bagaimana', 'begitu', 'begini', 'seperti'.
STOP_WORDS = STOP_WORDS | _words("Trus Udah Emang Kalo Gimana Gitu Gini Kayak")
# A noun and a prefix that open a title-case phrase as 'Bantuan' does ('tentang Imbauan Kamtibmas',
# 'termasuk Non Appendix'); neither is a given name.
STOP_WORDS = STOP_WORDS | _words("Imbauan Himbauan Non")
# A fact-check column's and a headline's verbs and nouns ('Cek Fakta', 'WhatsApp Luncurkan Fitur
# Voice Chat', 'Fitur tersebut bernama ...'): words of the language, never a given name.
STOP_WORDS = STOP_WORDS | _words("Cek Luncurkan Fitur")
# An English pronoun, as 'Of' and 'For' ('gerakan We Love Bali'), and the prefix of a science
# ('kapal survei Hidro Oseanografi'): no given names.
STOP_WORDS = STOP_WORDS | _words("We Hidro")
# Platforms as the news often spells them, one capital only ('pesan Whatsapp', 'video Tiktok'):
# no given names, as their brand spellings above are none.
STOP_WORDS = STOP_WORDS | _words("Whatsapp Tiktok")
# Degrees written after a name the English way ('Sinta Wulan PhD') and their nouns ('gelar PhD'):
# no name's word, so the name ends before one and a common word with one is no person.
STOP_WORDS = STOP_WORDS | _words("PhD Ph.D MSc MPhil")

# Heads of a proper-noun phrase that is a thing, a place or a body (``Kartu
# Prakerja``, ``Istana Merdeka``, ``Jalan Sudirman``, ``Universitas Gadjah Mada``):
# the capitalized words after them in the same run are not a person.
NOUN_HEADS = _words(
    """
    Kartu Istana Gedung Kantor Jalan Jl Gunung Sungai Pulau Teluk Selat Danau Kampung Desa Dusun
    Kecamatan Kelurahan Kabupaten Kab Provinsi Kota Rumah Sakit RS RSUD RSUP Sekolah SD SMP SMA SMK
    Universitas Institut Politeknik Akademi Sekolah Pondok Pesantren Program Undang-Undang UU Pasal
    Peraturan Perpres Perppu Perpu Permen Keppres Kepres Inpres Perbup Perwal Perwali Pergub Perda
    Undang-undang Kluster Klaster Mingguan Tembok Rapat Sidang Kongres Muktamar Munas Konferensi KTT
    Forum Festival Piala Liga Turnamen Olimpiade Kejuaraan Perang Operasi Gerakan Revolusi Reformasi
    Bandara Pelabuhan Stasiun Terminal Pasar Masjid Gereja Pura Vihara Klenteng Candi Museum Monumen
    Lapangan Stadion Taman Hotel Restoran Mal Mall Plaza Tol Bank Grup Group PT CV Tbk Persero Yayasan
    Lembaga Organisasi Perusahaan Partai Front Aliansi Koalisi Fraksi Kementerian Kemenko Komisi Badan
    Dewan Majelis Mahkamah Pengadilan Kejaksaan Kejati Kejari Kepolisian Polda Polres Polresta Polsek
    Bandar Ruas QS West East North South
    Kodam Korem Kodim Koramil Satgas Satgassus Satuan Tim Timsus Timwas Timsel Timsar Komando Markas
    Mabes Pusat Direktorat Dinas Biro
    Pemerintah Pemprov Pemkot Pemkab Pemda Tentara Angkatan Armada Divisi Brigade Batalyon Resimen Kompi
    Peleton Suku
    Skuadron Kapal KRI Pesawat Hari Tahun Bulan Pekan Abad Era Zaman Orde Kabinet Piagam Deklarasi
    Traktat Pakta Protokol Konvensi Resolusi Doktrin Proyek Kawasan Wilayah Zona Blok Daerah Semenanjung
    Samudra Samudera Benua Kepulauan Tanjung Lembah Hutan Kebun Perumahan Kompleks Apartemen Menara
    Tugu Jembatan Bendungan Waduk Kanal Terusan Benteng Kastil Katedral Basilika Keraton Kraton
    Kesultanan Kerajaan Dinasti Kekaisaran Republik Uni Persatuan Perhimpunan Asosiasi Ikatan
    Serikat Federasi Konfederasi Liga Klub Kelompok Komunitas Paguyuban Jaringan Kantor Toko Warung
    Penghargaan Anugerah Hadiah Nobel Medali Bintang Sabuk Mata Uang Indeks Bursa Saham Obligasi
    Surat Kitab Buku Majalah Koran Harian Tabloid Film Lagu Album Novel Aplikasi Platform Situs
    Virus Vaksin Penyakit Sindrom Bencana Gempa Tsunami Banjir Badai Topan Siklon Erupsi Kebakaran
    Distrik PO PN Kereta KA KRL Peleton Wisma Asrama Gelora Puri Salat Shalat Dies Pedoman Pos Wihara
    Pantai Puskesmas Kampus Teater KM Batang Sistem International Pemko Mushala Musala Musholla Simpang
    Kolam Lubuk Labuhan Grumbul Kebon Pabrik Aula Auditorium Kali Kurikulum Mapolres Mapolda Mapolsek
    Mapolresta Mako Makodam Lapas Rutan Gelanggang GOR Kios Surah Stadio Estadio Subdirektorat
    SubDirektorat Subdit
    Gampong Nagari Jorong Korong Pekon Kampong Huta Gang Gg Komplek Cluster Resto Kafe Cafe Bukit Ponpes
    Klinik Apotek Graha Gudang Tambak Sirkuit Arena Villa Vila Stade Serat Bahasa Paroki Dermaga Madrasah
    Gerai Jalur Koridor Rawa Kedung Sendang Seberang Jurusan Lanud Lanal Lantamal UIN IAIN STAIN
    Toyota Honda Suzuki Daihatsu Mitsubishi Nissan Hyundai Wuling Mazda Isuzu Yamaha Kawasaki
    """
)
# An agency ('Agensi Sublime'), a building's 'Grha' ('RS EMC Grha Kedoya') and Aceh's Islamic
# school ('Pimpinan Dayah Babul Ilmi'): heads of a body's name too; and a cave ('Goa Rangko').
NOUN_HEADS = NOUN_HEADS | _words("Agensi Grha Dayah Goa Gua")
# Islamic junior high schools ('MTs Wahid Hasyim'), as 'SMP'; the navy's fleet commands ('Koarmada
# I'), as 'Kodam'.
NOUN_HEADS = NOUN_HEADS | _words("MTs MTsN Koarmada")
# A river mouth heads a place's name ('Muara Angke', 'Muara Bedahan'); so do a roundabout
# ('Bundaran HI') and public flats ('Rusunawa Tambora'); a Catholic university's short form heads
# its name ('Unika Soegijapranata').
NOUN_HEADS = NOUN_HEADS | _words("Muara Bundaran Rusun Rusunawa Rusunami Unika")
# The head words of the hadith collections and commentaries cited by name ('Shahîh Al-Bukhâri',
# 'Sahih Muslim', 'Tafsir Al-Misbah'): books, not the scholars.
NOUN_HEADS = NOUN_HEADS | _words("Shahih Shahîh Sahih Tafsir Syarh Syarah Musnad")
# A tutoring school ('Bimbingan Belajar (Bimbel) Maju Bersama') heads a firm's name, as 'Yayasan' does.
NOUN_HEADS = NOUN_HEADS | _words("Bimbel Bimbingan")
# The air force's squadron in its Indonesian spelling ('Skadron Udara 8'), as 'Skuadron'.
NOUN_HEADS = NOUN_HEADS | _words("Skadron")
# A quarter kept for a culture ('Perkampungan Budaya Betawi ...') heads a place as 'Kampung' does;
# a sports hall's short form ('Istora Senayan', a station 'Istora Mandiri') as 'Gelora' does.
NOUN_HEADS = NOUN_HEADS | _words("Perkampungan Istora")
# Associations, as 'Asosiasi' and 'Ikatan' ('Himpunan Wiraswasta Nasional Minyak dan Gas', 'Gabungan
# Pengusaha ...').
NOUN_HEADS = NOUN_HEADS | _words("Himpunan Perhimpunan Perkumpulan Paguyuban Gabungan")
# A state ship's, a ferry's, a fishing boat's and a tug's prefixes, as 'KM' and 'KRI' ('KN Antasena',
# 'KMP Bahtera', 'TD Malabar'). Not 'TB', which is also Tubagus ('TB Hasanuddin').
NOUN_HEADS = NOUN_HEADS | _words("KN KMP KMN TD")

# Last words of an English name of a body, a place, an event or a thing ('Manchester United',
# 'Imperial College', 'Premier League', 'Suita Stadium', 'Hyundai Motors'): a run that ends in one
# is not a person, whatever stands before it.
TRAILING_HEADS = _words(
    """
    League Cup Award Awards Hall Stadium Arena College University Institute School Academy Railway
    Railways Airlines Airways Report Certificate Motors Motor Sports Labs Lab Online Convention
    Measure Premium Group Holdings Corporation Corp Company Inc Ltd Limited Capital Securities
    Sekuritas Futures Finance Financial Diamonds Apparel Kids Bowl Circuit
    Partners Fund Foundation Council Committee Association Federation Festival Week Night Show
    Series Season Trophy Championship Championships Tour Club FC United City Studio Studios Records
    Network Channel Centre Center Hospital Clinic Hotel Resort Mall Exchange Index Expo Summit
    Conference Agreement Act Declaration Protocol Treaty Initiative Technologies Technology Solutions
    Systems Services Platforms Store Market Markets Bank Energy Pharma Electronics Industries
    Logistics Ventures Agency Bureau Office Ministry Department Authority Commission Church Mosque
    Temple Palace Tower Towers Park Square Street Road Avenue Bridge Airport Station Port Island
    Islands Mountain Lake River Valley Beach Bay Coast Ocean Sea Gulf Peninsula Province County
    Prize Medal Games Olympics Marathon Grand Prix Open Masters Dept Ship Vehicle Income Cafe Boat Force
    Plc PLC LLC GmbH Associations Policy Gardens Garden Today Research Wanderers Rovers Athletic
    Board Label Cars Composite Average Forum Times News Post Zeitung Journal Magazine Movies
    Day Book Universe TV AI EV Mobile Vision GP
    AC CP FF SC Juniors Pictures Rankings Zone Health Chronicle Deportivo Forest Maintenance Workers
    Tollroad Cycle
    """
)
# An investment manager's suffix (Manajer Investasi: 'Reliance MI', 'Mandiri MI'). No name ends in
# it: a person's initials after a name are a middle name's, before the surname.
TRAILING_HEADS = TRAILING_HEADS | _words("MI")
# A car's trim or a sports shop after its name ('Pajero Sport', 'Abdullah Sport'), as 'Sports' is.
TRAILING_HEADS = TRAILING_HEADS | _words("Sport")

# First words of a club's, a side's or a place's foreign name ('Los Blancos', 'Les Bleus', 'Der
# Panzer', 'Les Sables'): a candidate opening with one is no person. Not noun heads: inside a name
# they are a particle ('Van Der Hayden', 'De Los Santos'). Not 'La' ('La Ode', 'La Nyalla') nor 'De'
# ('De Bruyne').
LEADING_HEADS = _words("Los Les Der")
# German clubs' first word ('Borussia Dortmund', 'Borussia Monchengladbach'): no given name.
LEADING_HEADS = LEADING_HEADS | _words("Borussia")

# Words after 'Al' or 'El' that name a club or a book, no person ('Al Hilal', 'Al Ahly', 'Al
# Quran'): 'Al' and 'El' open given names too ('Al Ghazali', 'El Rumi').
AL_BODIES = _words(
    """
    Hilal Ahly Ahli Ain Nassr Nasr Ittihad Shabab Sadd Duhail Ettifaq Fateh Taawoun Qadsiah Wehda
    Khaleej Gharafa Wahda Jazira Rayyan Fayha Raed Arabi Quran Qur'an Qur’an
    """
)

# The trailing heads that close a firm's or an institute's name, never a person's ('Indo Premier
# Sekuritas Mino'); not those of places ('Park', 'Sea'), which are surnames too ('Park Chan-wook').
FIRM_HEADS = _words(
    """
    Sekuritas Securities Capital Group Holdings Corporation Corp Company Inc Ltd Limited Finance
    Financial Futures Partners Fund Bank Energy Technologies Technology Solutions Systems Services
    Ventures Venture Logistics Industries Electronics Pharma Research Institute University College
    Foundation Association Council Motors
    """
)

# Lower-case kinds of place or people a capitalised word after them names ('bahasa Mandarin',
# 'suku Betawi', 'kota Bandung', 'jalan Sudirman'): that word is no person there. Not the heads
# that take an owner ('rumah Ferdy Sambo', 'tim Shin Tae-yong', 'era Soeharto').
KIND_WORDS = _words(
    "bahasa suku kota kabupaten provinsi desa kecamatan kelurahan kampung dusun pulau gunung"
    " sungai danau teluk selat pantai jalan negara negeri benua"
    # A place's residents and its area ('warga Kramat Pulo', 'kawasan Ancol'): a person after them
    # stands in an apposition ('warga, Darmo').
    " warga kawasan"
    # A road's stretch and where a way leads ('ruas Sudirman', 'menuju Daan Mogot', 'ke arah Besuk
    # Kobokan', 'rute Banda Naira'): streets named after heroes, not the heroes; an industrial
    # estate ('kawasan industri Nam Dinh Vu').
    " ruas menuju arah rute industri"
    # A main road and a holiday ('jalan raya Gatot Subroto', 'hari raya Idul Fitri').
    " raya"
    # Kinds of things and groups that take no owner ('merek Adidas', 'aplikasi Gojek', 'band
    # Slank'); not 'lagu', 'film' or 'mobil', which do ('lagu Raisa').
    " merek merk aplikasi produk varian tipe seri platform serial grup band klub program acara gim"
    " game tagar hotel restoran kafe"
    # Kinds of indices, media and firms named after them ('indeks Dow Jones', 'harian Kronen
    # Zeitung', 'maskapai Garuda'); not 'perusahaan', which takes its owner ('perusahaan Elon Musk').
    " indeks media harian koran majalah situs laman portal maskapai emiten saham"
    # A product's colour or a screen's resolution ('warna Titanium Blue', 'resolusi Full HD').
    " warna resolusi"
    # What a talk, a book or an event is called ('pidatonya bertajuk Valedictory Adress').
    " bertajuk berjudul bertema tema temanya judulnya"
    # A motto or a slogan ('provinsi bermoto Jer Basuki Mawa Beya').
    " bermoto bermotto bersemboyan berslogan semboyan"
    # A quarry's class ('galian C Argasunya'), a cruise ship ('kapal pesiar Diamond Princess').
    " galian pesiar"
    # A clan ('bermarga Malau', 'marga Sirait'): a family's name, not a person's.
    " marga bermarga"
)

# Two capitals that are no initials, the way 'MD' is in 'Mahfud MD': two-letter Roman numerals
# ('Wilayah IV Cecep Kurniawan'; longer ones, 'III', 'VIII', read as acronyms anyway), and the
# neighbourhood units of an address ('RT 02 RW 10').
ROMAN_NUMERALS = _words("II IV VI IX XI XV XX RT RW")

# Lowercase particles inside a name (``Hasan bin Ali``, ``van der Berg``).
PARTICLES = _words("bin binti van von der den de da dos del della al el la le")

# Common given names: in a run like "Ketua KPU Indramayu Ahmad Toni Fatoni"
# the name starts at the given name, and what comes before it is the role.
GIVEN_NAMES = _words(
    """
    Muhammad Mohammad Mohamad Muhamad Moh Mochammad Mochamad Mokhamad Mukhamad Moch Muh Achmad Ahmad
    Akhmad Abdul Abdullah Abu Agus Agung
    Andi Anton Arif Arief Bambang Budi Dedi Dedy Dian Dwi Eko Endang Erick Fajar Faisal Hadi Hari
    Hendra Heru Ibrahim Iwan Joko Djoko Kurnia Lukman Made Nyoman Ketut Wayan Putu Komang Gede Gusti
    Nur Nurul Rudi Rudy Sri Siti Slamet Sugeng Susilo Tri Teguh Wahyu Yusuf Yudi Yuli Zainal Ali
    Hasan Husein Rizki Rizky Adi Indra Irwan Bayu Dewi Ratna Rina Yanti Ika Lestari Ani Nanang Herman
    Benny Budiman Dadang Asep Ujang Ucok Rahmat Rachmat Taufik Hidayat Syarif Ridwan Firman Yohanes
    Yosef Maria Fransiskus Paulus Petrus Stefanus Antonius Ignatius Robert Michael Jhon John Daniel
    Ary Ari Aris Galih Dimas Fadil Reza Gilang Haris Jaka Luhut Nadiem Retno Rini Tjahjo Tito Ferry
    Terawan Imam I Ni Kiagus Tubagus Raden Teuku Cut Lucky
    Said Ibnu Ilham Rizal Yoga Dinda Rangga Sandi Tommy
    """
)
# Latin baptismal names, common in Flores and Timor: a given name there ('Adi') may come second.
GIVEN_NAMES = GIVEN_NAMES | _words(
    "Gregorius Aloysius Benediktus Dominikus Bonifasius Kristoforus Vinsensius Yakobus"
    " Bernardus Leonardus Theodorus Yustinus Marselinus Hieronimus"
)
# A Javanese given name that is a role word too ('Gugus Tugas'): first in a run after a lower-case
# word it opens the name ('dokter Tugas Ratmono'); after a title word it stays the title's.
GIVEN_NAMES = GIVEN_NAMES | _words("Tugas")

# Honorifics a nickname opens with, in Java, Aceh, Sulawesi, Sumatra ('Gus Irfan', 'Abu Doto',
# 'Bang Yos').
NICKNAME_HONORIFICS = _words("Gus Abu Cak Kang Bang Mbah Pak Bu Ning Neng Daeng Mas Mbak Uda")

# Role words after which the next capitalized word names the place or body
# the role belongs to ("Wali Kota Cirebon Nashrudin Azis"), not the person.
COMPLEMENT_HEADS = _words("Desa Kota Kabupaten Provinsi Kecamatan Kelurahan Kesehatan Pariwisata Dinas")

# Titles that name the body they head right after them ("CEO Bukalapak",
# "Direktur Lappan", "Bupati Banyumas"): in "CEO Bukalapak Rachmat Kaimuddin"
# the first capitalized word is that body, not the person.
ORG_TITLES = _words(
    """
    CEO COO CFO CTO Officer Direktur Dirut Ketua Kepala Manajer Manager Koordinator Sekretaris Pendiri
    Founder Co-founder Co-Founder Head Lead Analyst Economist Strategist Pemimpin Pimpinan Komisaris
    Presdir Chairman Bupati Gubernur Camat Lurah Rektor Dekan Kapolda Kapolres Kapolsek Pangdam Dandim
    Danrem Kajati Kajari Kadis Sekda Analis Ekonom Peneliti Communication Communications Relations
    """
)

# A firm's offices in English ('Corporate Secretary BRI ...', 'Corporate Communication Garuda ...',
# 'EVP Card and Digital Lending BRI ...'): titles, as 'Head' and 'Manager' are, the firm right
# after them. Not 'Corporate' alone, which opens terms ('Corporate Social Responsibility').
TITLES = TITLES | _words("Secretary Communication Communications VP EVP SVP AVP")
ORG_TITLES = ORG_TITLES | _words("Secretary")

# Longer words Indonesian title case still leaves in lower case: a headline
# ("Pakistan Tangkap Pilot setelah Pesawatnya Ditembak") may hold them.
TITLE_CASE_LOWER = _words(
    """
    dalam untuk dengan kepada terhadap tentang sebagai antara setelah sebelum karena tanpa hingga
    sampai menuju melalui atau serta
    """
)

# Speech verbs: one right after a lone capitalized word marks it as a speaker ("Salehudin mengatakan").
CUE_VERBS = _words(
    """
    mengatakan menuturkan menyampaikan menambahkan menjelaskan mengungkapkan menilai berpendapat
    menegaskan menyatakan mengaku memaparkan mengimbau berharap menerangkan mengingatkan menekankan
    mengakui menyebutkan menyebut bercerita mengklaim
    """
)

# The head words a body's long name opens with when the article spells it out before its short
# form in brackets ('Perhimpunan Hotel dan Restoran Indonesia (PHRI)'); not a programme's, a law's
# or an event's ('Program Keluarga Harapan (PKH)', 'Hari Ulang Tahun (HUT)').
SPELLED_OUT_HEADS = _words(
    """
    Badan Lembaga Komisi Komite Dewan Majelis Asosiasi Perhimpunan Himpunan Ikatan Persatuan
    Perkumpulan Gabungan Serikat Federasi Konfederasi Forum Aliansi Koalisi Yayasan Kedutaan
    Konsulat Dinas Direktorat Pusat Balai Biro Universitas Institut Politeknik Akademi
    Partai Kementerian Kesatuan Korps Komando Pasukan Satuan Perusahaan Koperasi Bank
    Association Institute Center Centre Council Foundation Agency Organization Organisation
    Federation Union Society Commission Committee Bureau
    """
)
# A society or a network of members ('Masyarakat Transportasi Indonesia (MTI)', 'Jaringan Pendidikan
# Pemilih untuk Rakyat (JPPR)'), or a movement or a community.
SPELLED_OUT_HEADS = SPELLED_OUT_HEADS | _words("Masyarakat Jaringan Gerakan Komunitas Kelompok")
