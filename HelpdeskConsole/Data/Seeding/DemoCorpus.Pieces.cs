namespace HelpdeskConsole.Data.Seeding;

/// <summary>The register a citizen writes in.</summary>
internal enum Register
{
    /// <summary>Letter style: "Dengan hormat, ... Atas perhatiannya saya ucapkan terima kasih."</summary>
    Formal,
    /// <summary>Chat style: "gaji blm dibayar 2 bulan, mohon bantuannya pak".</summary>
    Casual,
    /// <summary>Chat style with Javanese words (nuwun sewu, matur nuwun, kulo).</summary>
    Javanese,
    /// <summary>Chat style with Sundanese words (punten, hatur nuhun, abdi).</summary>
    Sundanese,
    English,
}

internal static partial class DemoCorpus
{
    // Where people work, with the province whose labour inspectors cover it.
    public static readonly IReadOnlyList<(string City, string Province, double Weight)> Cities =
    [
        ("Bekasi", "Jawa Barat", 8), ("Karawang", "Jawa Barat", 6), ("Bogor", "Jawa Barat", 4), ("Bandung", "Jawa Barat", 4),
        ("Purwakarta", "Jawa Barat", 2), ("Subang", "Jawa Barat", 1), ("Cirebon", "Jawa Barat", 1), ("Depok", "Jawa Barat", 2),
        ("Tangerang", "Banten", 6), ("Serang", "Banten", 2), ("Cilegon", "Banten", 1),
        ("Jakarta Utara", "DKI Jakarta", 4), ("Jakarta Timur", "DKI Jakarta", 4), ("Jakarta Barat", "DKI Jakarta", 3),
        ("Jakarta Selatan", "DKI Jakarta", 3), ("Jakarta Pusat", "DKI Jakarta", 2),
        ("Semarang", "Jawa Tengah", 4), ("Sukoharjo", "Jawa Tengah", 1), ("Kendal", "Jawa Tengah", 1), ("Jepara", "Jawa Tengah", 1),
        ("Surabaya", "Jawa Timur", 5), ("Sidoarjo", "Jawa Timur", 3), ("Gresik", "Jawa Timur", 2), ("Pasuruan", "Jawa Timur", 2),
        ("Mojokerto", "Jawa Timur", 1), ("Yogyakarta", "DI Yogyakarta", 1), ("Batam", "Kepulauan Riau", 4),
        ("Medan", "Sumatera Utara", 4), ("Deli Serdang", "Sumatera Utara", 1), ("Pekanbaru", "Riau", 2),
        ("Palembang", "Sumatera Selatan", 2), ("Bandar Lampung", "Lampung", 1), ("Padang", "Sumatera Barat", 1),
        ("Makassar", "Sulawesi Selatan", 3), ("Morowali", "Sulawesi Tengah", 2), ("Kendari", "Sulawesi Tenggara", 1),
        ("Manado", "Sulawesi Utara", 1), ("Balikpapan", "Kalimantan Timur", 2), ("Samarinda", "Kalimantan Timur", 1),
        ("Pontianak", "Kalimantan Barat", 1), ("Banjarmasin", "Kalimantan Selatan", 1), ("Denpasar", "Bali", 2),
        ("Badung", "Bali", 1), ("Mataram", "Nusa Tenggara Barat", 1), ("Kupang", "Nusa Tenggara Timur", 1),
        ("Jayapura", "Papua", 1), ("Mimika", "Papua Tengah", 1), ("Sorong", "Papua Barat Daya", 1), ("Ambon", "Maluku", 1),
        // Home districts of many migrant workers: never picked by weight, only through the PMI category's list.
        ("Indramayu", "Jawa Barat", 0), ("Cilacap", "Jawa Tengah", 0), ("Lombok Timur", "Nusa Tenggara Barat", 0),
        ("Lombok Tengah", "Nusa Tenggara Barat", 0), ("Ponorogo", "Jawa Timur", 0), ("Blitar", "Jawa Timur", 0),
        ("Malang", "Jawa Timur", 0), ("Cianjur", "Jawa Barat", 0), ("Sukabumi", "Jawa Barat", 0),
    ];

    public static readonly double[] CityWeights = [.. Cities.Select(c => c.Weight)];

    public static (string City, string Province, double Weight) City(string name)
    {
        foreach (var city in Cities)
        {
            if (city.City == name)
            {
                return city;
            }
        }

        throw new InvalidOperationException($"The city {name} is missing from DemoCorpus.Cities.");
    }

    public static readonly string[] CompanyFirst =
    [
        "Sinar", "Maju", "Karya", "Sumber", "Mitra", "Cahaya", "Bintang", "Surya", "Duta", "Prima", "Mega", "Jaya",
        "Anugerah", "Berkah", "Putra", "Indo", "Nusa", "Global", "Sentosa", "Mulia", "Tirta", "Harapan", "Delta",
        "Samudra", "Garuda", "Cipta", "Bumi", "Pelangi", "Adi", "Graha",
    ];

    public static readonly string[] CompanySecond =
    [
        "Abadi", "Jaya", "Mandiri", "Rejeki", "Sejahtera", "Lestari", "Makmur", "Perkasa", "Gemilang", "Utama", "Persada",
        "Nusantara", "Sentosa", "Santosa", "Kencana", "Agung", "Raya", "Mulia", "Bersama", "Sakti", "Cemerlang",
    ];

    public static readonly (string Id, string En)[] Positions =
    [
        ("operator produksi", "production operator"), ("staf gudang", "warehouse staff"), ("sopir ekspedisi", "delivery driver"),
        ("petugas keamanan", "security guard"), ("penjahit", "sewing operator"), ("kasir", "cashier"),
        ("staf administrasi", "administrative staff"), ("teknisi mesin", "machine technician"), ("pramuniaga", "shop assistant"),
        ("helper", "helper"), ("quality control", "quality control inspector"), ("mandor", "foreman"),
        ("juru las", "welder"), ("staf akuntansi", "accounting staff"), ("cleaning service", "cleaner"),
    ];

    public static readonly (string Id, string En)[] TkaPositions =
    [
        ("manajer produksi", "production manager"), ("tenaga ahli metalurgi", "metallurgy specialist"), ("direktur keuangan", "finance director"),
        ("insinyur listrik", "electrical engineer"), ("konsultan teknik", "technical consultant"), ("manajer proyek", "project manager"),
    ];

    public static readonly (string Id, string En)[] Countries =
    [
        ("Malaysia", "Malaysia"), ("Hong Kong", "Hong Kong"), ("Taiwan", "Taiwan"), ("Arab Saudi", "Saudi Arabia"),
        ("Singapura", "Singapore"), ("Korea Selatan", "South Korea"), ("Jepang", "Japan"), ("Brunei Darussalam", "Brunei"),
        ("Uni Emirat Arab", "the United Arab Emirates"), ("Kamboja", "Cambodia"), ("Myanmar", "Myanmar"), ("Turki", "Turkey"),
    ];

    public static readonly (string Id, string En)[] Nationalities =
    [
        ("Tiongkok", "Chinese"), ("Korea Selatan", "Korean"), ("India", "Indian"), ("Jepang", "Japanese"), ("Filipina", "Filipino"),
        ("Malaysia", "Malaysian"), ("Vietnam", "Vietnamese"), ("Australia", "Australian"),
    ];

    public static readonly string[] Offices =
    [
        "Disnaker {city}", "UPTD Pengawasan Ketenagakerjaan Wilayah {city}", "BPVP {city}", "Layanan Terpadu Satu Atap (LTSA) {city}",
        "loket layanan Disnaker {city}", "Kantor Cabang BPJS Ketenagakerjaan {city}",
    ];

    public static readonly string[] TrainingOffices =
        ["BPVP {city}", "UPTD Balai Latihan Kerja {city}", "BPVP Makassar", "BPVP Kendari", "BPVP Bekasi", "BPVP Semarang"];

    public static readonly string[] Programs =
    [
        "Operator Forklift", "Menjahit Industri", "Barista", "Teknisi AC", "Las SMAW", "Desain Grafis", "Pemrograman Web",
        "Tata Boga", "Otomotif Sepeda Motor", "Instalasi Listrik", "Bahasa Jepang untuk Pemagangan", "Digital Marketing",
    ];

    public static readonly (string Id, string En)[] Sites =
    [
        ("gudang", "warehouse"), ("area produksi", "production area"), ("proyek pembangunan", "construction site"),
        ("area smelter", "smelter area"), ("bengkel perawatan", "maintenance workshop"), ("area pencampuran bahan kimia", "chemical mixing area"),
        ("kebun sawit", "oil palm plantation"), ("area bongkar muat", "loading bay"),
    ];

    public static readonly (string Id, string En)[] Injuries =
    [
        ("jari tangan kanannya terpotong mesin press", "two fingers were crushed by a press machine"),
        ("ia jatuh dari perancah setinggi 6 meter", "he fell six metres from scaffolding"),
        ("ia tertimpa besi beton saat pengangkatan dengan crane", "he was hit by steel rebar during a crane lift"),
        ("kakinya terlindas forklift", "his foot was run over by a forklift"),
        ("ia tersengat listrik saat memperbaiki panel", "he was electrocuted while repairing a panel"),
        ("ia mengalami luka bakar akibat cairan panas", "he was burned by hot liquid"),
    ];

    public static readonly string[] HrWords = ["HRD", "bagian personalia", "mandor", "supervisor", "atasan", "manajemen"];
    public static readonly string[] HrWordsEn = ["HR", "management", "my supervisor", "the personnel department"];

    public static readonly string[] FormalOpeners =
    [
        "Yth. Bapak/Ibu Petugas Layanan Pengaduan Kementerian Ketenagakerjaan,",
        "Dengan hormat,",
        "Assalamualaikum warahmatullahi wabarakatuh.",
        "Selamat siang Bapak/Ibu.",
        "Kepada Yth. Tim Pengaduan Kemnaker,",
        "Salam sejahtera.",
    ];

    public static readonly string[] FormalIntrosNamed =
    [
        "Perkenalkan, nama saya {name}, bekerja sebagai {position} di {company}, {city}.",
        "Saya {name}, karyawan {company} di {city} dengan masa kerja {years} tahun.",
        "Nama saya {name}. Saya bekerja di {company} ({city}) sebagai {position}.",
    ];

    public static readonly string[] FormalIntrosAnonymous =
    [
        "Saya salah satu karyawan {company} yang berlokasi di {city}.",
        "Saya bekerja sebagai {position} di {company}, {city}.",
        "Kami adalah pekerja di {company}, {city}.",
    ];

    public static readonly string[] FormalDetails =
    [
        "Kami sudah mencoba menyelesaikan masalah ini secara bipartit dengan pihak {hr}, namun tidak ada tanggapan.",
        "Saya memiliki bukti berupa slip gaji dan perjanjian kerja.",
        "Ada sekitar {n} pekerja lain yang mengalami hal yang sama.",
        "Kami khawatir akan di-PHK apabila menyampaikan keberatan secara langsung kepada perusahaan.",
        "Permasalahan ini sudah kami sampaikan kepada {hr} sejak bulan {month2}, tetapi hanya dijanjikan tanpa realisasi.",
    ];

    public static readonly string[] FormalRequests =
    [
        "Mohon bantuan Bapak/Ibu untuk menindaklanjuti permasalahan ini.",
        "Kami mohon agar perusahaan dapat diperiksa dan hak-hak kami dipenuhi.",
        "Mohon informasi dan arahan mengenai langkah yang dapat kami tempuh.",
        "Besar harapan kami laporan ini dapat segera ditindaklanjuti.",
    ];

    public static readonly string[] FormalQuestions =
    [
        "Mohon informasinya.",
        "Atas penjelasannya saya ucapkan terima kasih.",
        "Mohon penjelasan dan arahannya.",
    ];

    public static readonly string[] FormalClosingsNamed =
    [
        "Atas perhatian dan bantuannya saya ucapkan terima kasih.\n\nHormat saya,\n{name}",
        "Demikian pengaduan ini saya sampaikan. Terima kasih.\n\n{name}",
        "Terima kasih atas perhatiannya.\n\nSalam,\n{name}",
    ];

    public static readonly string[] FormalClosings =
    [
        "Atas perhatian dan bantuannya saya ucapkan terima kasih.",
        "Demikian laporan ini saya sampaikan. Terima kasih.",
        "Terima kasih.",
        "Wassalamualaikum warahmatullahi wabarakatuh.",
    ];

    public static readonly string[] CasualOpeners =
    [
        "Pagi min,", "Assalamualaikum min, mau lapor", "Permisi pak/bu,", "halo admin", "Selamat siang min,", "", "", "min tolong",
        "Mau tanya min,", "malam min,", "Halo kak,",
    ];

    public static readonly string[] CasualDetails =
    [
        "udah coba ngomong ke {hr} tp dicuekin",
        "temen2 satu line jg sama, ada {n} org",
        "takut dipecat kalo protes langsung",
        "bukti slip gaji ada kok, bisa sy kirim",
    ];

    public static readonly string[] CasualClosings =
    [
        "mohon bantuannya pak 🙏", "tolong ditindaklanjuti min", "makasih", "mohon infonya ya", "gimana solusinya ya min",
        "makasih sebelumnya 🙏", "tolong dibantu ya pak", "",
    ];

    public static readonly string[] JavaneseOpeners = ["Nuwun sewu pak,", "Kulo nuwun,", "Nuwun sewu bu,"];

    public static readonly string[] JavaneseLines =
    [
        "kulo sampun matur kaliyan {hr}, nanging mboten wonten tanggapan.",
        "nyuwun tulung nggih pak, kulo bingung kedah pripun.",
        "lha piye, wis suwe kok durung ono kabar.",
        "kancane kulo nggih sami, kathah ingkang mboten wantun protes.",
    ];

    public static readonly string[] JavaneseAsks = ["nyuwun pirsanipun nggih pak.", "nyuwun pangapunten menawi kathah pitakenan."];

    public static readonly string[] JavaneseClosings = ["Matur nuwun sanget.", "matur suwun pak 🙏", "Matur nuwun, Gusti paring berkah."];

    public static readonly string[] SundaneseOpeners = ["Punten pak,", "Sampurasun,", "Punten bu, abdi bade lapor."];

    public static readonly string[] SundaneseLines =
    [
        "abdi tos naros ka {hr}, tapi teu aya jawaban.",
        "punten pisan, abdi bingung kedah kumaha.",
        "parantos lami teu aya kajelasan.",
        "rerencangan abdi oge sami, seueur nu sieun protes.",
    ];

    public static readonly string[] SundaneseAsks = ["punten bade naros wae.", "hapunten upami seueur patarosan."];

    public static readonly string[] SundaneseClosings = ["Hatur nuhun pisan.", "hatur nuhun kana bantosanana 🙏", "Hatur nuhun."];

    public static readonly string[] EnglishOpeners =
    [
        "Dear Sir or Madam,", "Hello,", "Good day,", "To the complaint desk of the Ministry of Manpower,",
    ];

    public static readonly string[] EnglishRequests =
    [
        "I would appreciate your assistance in resolving this matter.",
        "Please advise what steps I should take.",
        "Could you please look into this?",
        "I hope the ministry can follow this up.",
    ];

    public static readonly string[] EnglishClosingsNamed =
    [
        "Thank you for your help.\n\nBest regards,\n{name}",
        "Kind regards,\n{name}",
        "Thank you in advance.\n\n{name}",
    ];

    public static readonly string[] EnglishClosings = ["Thank you for your help.", "Kind regards.", "Thank you in advance."];

    /// <summary>Every template string in the corpus, for the test that checks their slots.</summary>
    public static IEnumerable<string> AllTemplates()
    {
        string[][] pieces =
        [
            CompanyFirst, Offices, TrainingOffices, HrWords, FormalOpeners, FormalIntrosNamed, FormalIntrosAnonymous, FormalDetails, FormalRequests,
            FormalQuestions, FormalClosingsNamed, FormalClosings, CasualOpeners, CasualDetails, CasualClosings, JavaneseOpeners,
            JavaneseLines, JavaneseAsks, JavaneseClosings, SundaneseOpeners, SundaneseLines, SundaneseAsks, SundaneseClosings, EnglishOpeners, EnglishRequests,
            EnglishClosingsNamed, EnglishClosings,
        ];
        foreach (var piece in pieces.SelectMany(p => p))
        {
            yield return piece;
        }

        foreach (var category in Categories)
        {
            foreach (var text in category.Progress.Concat(category.ProgressEn).Concat(category.Notes).Concat(category.Referrals)
                         .Append(category.ClarifyId).Append(category.ClarifyEn))
            {
                yield return text;
            }

            foreach (var topic in category.Topics)
            {
                foreach (var text in topic.Subjects.Concat(topic.CasualSubjects).Concat(topic.EnglishSubjects).Concat(topic.Formal)
                             .Concat(topic.Casual).Concat(topic.English).Concat(topic.Resolution).Concat(topic.ResolutionEn)
                             .Concat(topic.Referrals).Concat(topic.Notes).Append(topic.PhraseId).Append(topic.PhraseEn))
                {
                    yield return text;
                }
            }
        }
    }
}
