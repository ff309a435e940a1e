using System.Globalization;
using System.Text;

namespace HelpdeskConsole.Data.Seeding;

/// <summary>A synthetic person: who writes to the desk. Nothing here belongs to a real person.</summary>
internal sealed record SeedPerson(string Name, bool Female, bool Foreign, string RegionCode, string HomeCity)
{
    /// <summary>How an officer addresses them: "Bapak Asep Saepudin", "Ibu Euis".</summary>
    public string Honorific => Foreign ? Name : (Female ? "Ibu " : "Bapak ") + Name;
}

/// <summary>
/// Realistic Indonesian names by region (Javanese, Sundanese, Batak, Minang, Bugis, Balinese, Papuan,
/// Chinese-Indonesian and more), with NIKs, phone numbers, emails and addresses that look like the real thing.
/// </summary>
internal static class IndonesianNames
{
    private sealed record Group(
        string Key,
        double Weight,
        string[] Male,
        string[] Female,
        string[] Surnames,
        string[] FemaleSurnames,
        double SurnameShare,
        (string Code, string City)[] Regions,
        string[]? MalePrefixes = null,
        string[]? FemalePrefixes = null,
        double PrefixShare = 0);

    private static readonly Group[] Groups =
    [
        new("jawa", 34,
            ["Agus", "Budi", "Eko", "Joko", "Slamet", "Sutrisno", "Bambang", "Heru", "Wahyu", "Teguh", "Dwi", "Tri",
             "Purwanto", "Suparman", "Sugeng", "Rudi", "Hadi", "Yudi", "Aris", "Bayu", "Danang", "Galih", "Ilham",
             "Arif", "Fajar", "Rizky", "Adi", "Iwan", "Sigit", "Sukirno", "Paijo", "Wahyudi", "Anton", "Yoga", "Ari"],
            ["Sri", "Siti", "Dewi", "Endang", "Wulan", "Rini", "Tutik", "Sumiyati", "Ratna", "Yuni", "Indah", "Ayu",
             "Puji", "Retno", "Sulastri", "Dian", "Anik", "Nurul", "Tri", "Suwarni", "Kartini", "Winarsih", "Eka", "Novi"],
            ["Santoso", "Prasetyo", "Wibowo", "Susanto", "Hartono", "Setiawan", "Kurniawan", "Nugroho", "Saputra",
             "Purnomo", "Utomo", "Wahyudi", "Hidayat", "Susilo", "Sulistyo", "Raharjo", "Widodo", "Pamungkas", "Firmansyah"],
            ["Rahayu", "Wulandari", "Lestari", "Handayani", "Rahmawati", "Puspitasari", "Astuti", "Kusumawati",
             "Ningsih", "Sari", "Wahyuningsih", "Purwaningsih", "Susanti", "Yuliani", "Anggraini"],
            0.75,
            [("3374", "Semarang"), ("3311", "Sukoharjo"), ("3301", "Cilacap"), ("3302", "Banyumas"), ("3324", "Kendal"),
             ("3320", "Jepara"), ("3471", "Yogyakarta"), ("3402", "Bantul"), ("3578", "Surabaya"), ("3515", "Sidoarjo"),
             ("3502", "Ponorogo"), ("3505", "Blitar"), ("3507", "Malang"), ("3525", "Gresik"), ("3216", "Bekasi"),
             ("3215", "Karawang"), ("3603", "Tangerang"), ("3175", "Jakarta Timur")]),
        new("sunda", 16,
            ["Asep", "Ujang", "Dede", "Cecep", "Yayan", "Dadang", "Deden", "Rahmat", "Engkus", "Aep", "Jajang", "Ade",
             "Usep", "Mamat", "Endang", "Hendra", "Rizal", "Iwan", "Wawan", "Dadan", "Ajat", "Ikbal"],
            ["Euis", "Neneng", "Iis", "Nining", "Entin", "Yeni", "Lilis", "Cucu", "Imas", "Tati", "Nenden", "Rina",
             "Nurhayati", "Yayah", "Elis", "Wiwin", "Dewi", "Siti"],
            ["Saepudin", "Suherman", "Sopyan", "Hidayat", "Rohmat", "Kurnia", "Sunarya", "Permana", "Supriatna",
             "Gunawan", "Ruhiyat", "Mulyana", "Setiadi", "Sumarna", "Sobandi", "Nurdin"],
            ["Komalasari", "Rosita", "Nurjanah", "Maryati", "Rohayati", "Sumiati", "Herlina", "Marlina", "Nurlela",
             "Kurniasih", "Rahmawati"],
            0.85,
            [("3273", "Bandung"), ("3204", "Kabupaten Bandung"), ("3201", "Bogor"), ("3215", "Karawang"), ("3214", "Purwakarta"),
             ("3202", "Sukabumi"), ("3203", "Cianjur"), ("3205", "Garut"), ("3206", "Tasikmalaya"), ("3213", "Subang"),
             ("3212", "Indramayu"), ("3209", "Cirebon"), ("3216", "Bekasi")]),
        new("batak", 6,
            ["Roy", "Hotman", "Parlindungan", "Jonatan", "Daniel", "Samuel", "Togar", "Rudolf", "Martua", "Benny",
             "Fernando", "Rikardo", "Ahmad", "Khairul", "Sahat", "Jhonson", "Bonar"],
            ["Rosmawati", "Lasma", "Tiurma", "Natalia", "Ruth", "Debora", "Maria", "Sondang", "Evalina", "Romauli",
             "Fitri", "Nurhasanah", "Juliana", "Lamria"],
            ["Siregar", "Simanjuntak", "Nainggolan", "Hutapea", "Sitompul", "Pardede", "Situmorang", "Manurung",
             "Simatupang", "Sihombing", "Panjaitan", "Silalahi", "Nasution", "Harahap", "Lubis", "Sinaga", "Tambunan",
             "Hutagalung", "Sianturi", "Purba"],
            [],
            1.0,
            [("1275", "Medan"), ("1207", "Deli Serdang"), ("1272", "Pematangsiantar"), ("1212", "Toba"),
             ("1204", "Tapanuli Utara"), ("2171", "Batam"), ("3173", "Jakarta Barat")]),
        new("minang", 5,
            ["Afrizal", "Yusrizal", "Zulkifli", "Hendri", "Rahmat", "Fauzan", "Defri", "Irwan", "Roni", "Syafrizal",
             "Alfian", "Yulianto", "Ferdi"],
            ["Rosnida", "Yusnita", "Delfi", "Fitriani", "Elvi", "Rahmi", "Nofriyanti", "Susi", "Yulia", "Desi", "Afrida"],
            ["Chaniago", "Piliang", "Koto", "Tanjung", "Sikumbang", "Putra", "Syahputra", "Efendi", "Rahman", "Hamdani"],
            ["Chaniago", "Piliang", "Koto", "Tanjung", "Sikumbang", "Putri", "Yanti", "Rahmi"],
            0.7,
            [("1371", "Padang"), ("1375", "Bukittinggi"), ("1306", "Agam"), ("1471", "Pekanbaru"), ("3174", "Jakarta Selatan")]),
        new("bugis", 5,
            ["Muhammad Arfah", "Syamsul", "Baharuddin", "Rusdi", "Ilham", "Akbar", "Jusman", "Hasanuddin", "Taufik",
             "Irfan", "Sultan", "Amiruddin", "Asri", "Muh. Yusuf"],
            ["Hasnah", "Nurhayati", "Sitti Aisyah", "Rahmatia", "Nurul Hikmah", "Haslinda", "Sukmawati", "Jumriani",
             "Hasriani", "Megawati", "Sitti Rahma", "Nurfadillah"],
            ["Rahman", "Hamzah", "Saleh", "Mappiare", "Latif", "Kadir", "Umar", "Pawellangi"],
            ["Rahman", "Hamzah", "Saleh", "Latif", "Kadir", "Umar"],
            0.5,
            [("7371", "Makassar"), ("7306", "Gowa"), ("7308", "Bone"), ("7372", "Parepare"), ("7471", "Kendari"),
             ("7206", "Morowali"), ("6471", "Balikpapan")],
            MalePrefixes: ["Andi"], FemalePrefixes: ["Andi"], PrefixShare: 0.25),
        new("betawi", 3,
            ["Mursid", "Rojali", "Husin", "Jaelani", "Romli", "Sarbini", "Mamat", "Bahrudin", "Ridwan"],
            ["Juleha", "Rohimah", "Nurlela", "Aminah", "Maesaroh", "Zubaidah", "Saodah"],
            ["Saputra", "Hasan", "Fadillah", "Sulaeman", "Ismail"],
            ["Fitriyah", "Hasanah", "Maryam"],
            0.5,
            [("3171", "Jakarta Pusat"), ("3172", "Jakarta Utara"), ("3175", "Jakarta Timur"), ("3276", "Depok"), ("3671", "Tangerang")],
            MalePrefixes: ["H."], FemalePrefixes: ["Hj."], PrefixShare: 0.1),
        new("madura", 3,
            ["Moh. Syaiful", "Ach. Fauzi", "Abd. Rahman", "Moh. Hasan", "Sholeh", "Matrawi", "Sunardi", "Moh. Rofiq", "Ach. Zainuri"],
            ["Hosniyah", "Siti Fatimah", "Sumarni", "Halimah", "Mutmainnah", "Rukayyah", "Hotimah"],
            ["Anam", "Hidayat", "Rahman", "Efendi", "Ramadhan"],
            ["Sholihah", "Rahmawati", "Zahro"],
            0.4,
            [("3526", "Bangkalan"), ("3527", "Sampang"), ("3529", "Sumenep"), ("3528", "Pamekasan"), ("3578", "Surabaya")]),
        new("bali", 3,
            ["Suarta", "Sudarsana", "Adi Putra", "Wirawan", "Arta Wijaya", "Sukadana", "Dharma Yasa", "Budiartha",
             "Gede Parwata", "Sumerta", "Mahendra"],
            ["Ariani", "Sriasih", "Sukmawati", "Ayu Lestari", "Widiastuti", "Sukerti", "Suciani", "Purnamasari", "Darmayanti"],
            [],
            [],
            0,
            [("5171", "Denpasar"), ("5103", "Badung"), ("5104", "Gianyar"), ("5108", "Buleleng"), ("5102", "Tabanan"), ("5106", "Bangli")],
            MalePrefixes: ["I Made", "I Wayan", "I Komang", "I Ketut", "I Putu", "I Nyoman", "I Kadek", "I Gede"],
            FemalePrefixes: ["Ni Luh Putu", "Ni Made", "Ni Ketut", "Ni Komang", "Ni Wayan", "Ni Kadek", "Ni Nyoman"],
            PrefixShare: 1.0),
        new("tionghoa", 4,
            ["Hendra", "Kevin", "Budi", "Ferry", "Yohanes", "Michael", "Steven", "Andreas", "Sugianto", "Rudy", "Felix",
             "Willy", "Eddy", "Jimmy", "Handoko"],
            ["Lina", "Susanti", "Yohana", "Meliana", "Jessica", "Wenny", "Lily", "Vivian", "Melinda", "Fransiska", "Linda", "Cindy"],
            ["Wijaya", "Gunawan", "Halim", "Tanoto", "Salim", "Tjahjadi", "Santoso", "Kurniawan", "Lim", "Tan", "Liem",
             "Sutanto", "Hartanto", "Setiawan", "Widjaja", "Gozali", "Chandra", "Susanto"],
            [],
            1.0,
            [("3173", "Jakarta Barat"), ("3172", "Jakarta Utara"), ("1275", "Medan"), ("3578", "Surabaya"), ("6171", "Pontianak"),
             ("6172", "Singkawang"), ("2171", "Batam"), ("3374", "Semarang"), ("1671", "Palembang")]),
        new("minahasa", 3,
            ["Stevanus", "Jefri", "Rivaldo", "Frangky", "Meiky", "Vecky", "Christian", "Reinhard", "Johny", "Alfrets"],
            ["Grace", "Olivia", "Vina", "Stevani", "Injilia", "Meity", "Novita", "Marlina", "Deisy", "Prisilia"],
            ["Rumengan", "Sumampouw", "Pangemanan", "Lumowa", "Tumbelaka", "Wowor", "Kalalo", "Mandagi", "Rondonuwu",
             "Runtuwene", "Tumiwa", "Sondakh", "Lengkong", "Karundeng"],
            [],
            1.0,
            [("7171", "Manado"), ("7102", "Minahasa"), ("7172", "Bitung"), ("7173", "Tomohon")]),
        new("papua", 3,
            ["Yohanes", "Marthen", "Yulianus", "Selpius", "Frans", "Petrus", "Yakob", "Demianus", "Nikolaus", "Otis",
             "Melkianus", "Habel", "Yosias", "Herman"],
            ["Maria", "Yakomina", "Naomi", "Elisabeth", "Agustina", "Ribka", "Yuliana", "Martha", "Orpa", "Selvi", "Fransina"],
            ["Wenda", "Kogoya", "Mote", "Tabuni", "Rumbiak", "Wanimbo", "Kambu", "Rumkorem", "Waromi", "Sawor", "Yikwa",
             "Pigai", "Murib", "Karubaba", "Rumaropen", "Mandowen", "Wonda", "Tebay", "Gobay", "Yoku"],
            [],
            1.0,
            [("9171", "Jayapura"), ("9103", "Kabupaten Jayapura"), ("9109", "Mimika"), ("9101", "Merauke"), ("9106", "Biak Numfor"),
             ("9104", "Nabire"), ("9102", "Jayawijaya"), ("9202", "Manokwari"), ("9271", "Sorong")]),
        new("ntt", 3,
            ["Yosef", "Agustinus", "Blasius", "Fransiskus", "Kornelis", "Paulus", "Yoakim", "Ferdinandus", "Marselinus", "Siprianus"],
            ["Maria Goreti", "Yasinta", "Theresia", "Fransiska", "Anjelina", "Katarina", "Margareta", "Bernadeta", "Yustina"],
            ["Bria", "Nahak", "Lende", "Seran", "Mau", "Tefa", "Nitbani", "Manek", "Bere", "Kolo", "Ratu", "Lado", "Pello", "Dethan"],
            [],
            1.0,
            [("5371", "Kupang"), ("5301", "Kabupaten Kupang"), ("5304", "Belu"), ("5321", "Malaka"), ("5308", "Ende"),
             ("5307", "Sikka"), ("5318", "Sumba Barat Daya")]),
        new("aceh", 2,
            ["Fadli", "Muhammad Iqbal", "Zulfikar", "Fauzan", "Munawar", "Khairul Anwar", "Rizal", "Syahrul"],
            ["Rahmawati", "Nurul Fajri", "Rahmah", "Yusnidar", "Nurlaila", "Mutia", "Cut Meutia"],
            ["Hasan", "Ibrahim", "Yusuf", "Abdullah", "Ismail"],
            ["Ibrahim", "Yusuf", "Hasan"],
            0.4,
            [("1171", "Banda Aceh"), ("1106", "Aceh Besar"), ("1173", "Lhokseumawe"), ("1108", "Aceh Utara")],
            MalePrefixes: ["Teuku"], FemalePrefixes: ["Cut"], PrefixShare: 0.2),
        new("melayu", 5,
            ["Rahmat Hidayat", "Syahrial", "Hendra", "Muhammad Rizki", "Darmawan", "Zainal Abidin", "Ridwan", "Saiful",
             "Rudi Hartono", "Firdaus", "Azhar"],
            ["Nurhasanah", "Fitri Handayani", "Rahmawati", "Nurlaila", "Zuraida", "Rosmiati", "Yulianti", "Herawati", "Sarinah"],
            ["Syahputra", "Pratama", "Ramadhan", "Saputra", "Hakim"],
            ["Sari", "Oktaviani", "Marlina"],
            0.35,
            [("1671", "Palembang"), ("1471", "Pekanbaru"), ("1871", "Bandar Lampung"), ("1571", "Jambi"), ("6171", "Pontianak"),
             ("6472", "Samarinda"), ("2171", "Batam")]),
        new("sasak", 2,
            ["Ahmad Zaini", "Muhammad Saleh", "Zulkarnaen", "Sahnan", "Hamdi", "Supardi", "Mahsun"],
            ["Nurul Aini", "Rina", "Rohani", "Sumiati", "Masnah", "Hirniwati"],
            ["Hadi", "Saputra", "Jaelani"],
            ["Wahyuni", "Hidayati"],
            0.3,
            [("5203", "Lombok Timur"), ("5202", "Lombok Tengah"), ("5201", "Lombok Barat"), ("5271", "Mataram")],
            MalePrefixes: ["Lalu"], FemalePrefixes: ["Baiq"], PrefixShare: 0.3),
    ];

    private static readonly double[] GroupWeights = [.. Groups.Select(g => g.Weight)];

    /// <summary>Foreign nationals who write in English: expatriate staff, foreign workers, employers' agents.</summary>
    private static readonly (string Name, bool Female)[] Foreigners =
    [
        ("James O'Connor", false), ("Li Wei", false), ("Wang Jian", false), ("Zhang Min", true), ("Rajesh Kumar", false),
        ("Priya Sharma", true), ("Kim Min-jun", false), ("Park Ji-hoon", false), ("Nguyen Van Minh", false), ("Maria Santos", true),
        ("John Reyes", false), ("Takeshi Yamamoto", false), ("Hiroshi Tanaka", false), ("Michael Brown", false),
        ("Sarah Thompson", true), ("Ahmed Hassan", false), ("Lukas Schneider", false), ("Sophie Martin", true),
        ("David Chen", false), ("Emily Clarke", true), ("Liu Yang", true), ("Chen Hao", false), ("Arjun Nair", false),
        ("Grace Lim", true), ("Tomasz Nowak", false), ("Fatima Al-Sayed", true),
    ];

    private static readonly string[] PhonePrefixes =
    [
        "0811", "0812", "0813", "0821", "0822", "0823", "0852", "0853", "0814", "0815", "0816", "0855", "0856", "0857",
        "0858", "0817", "0818", "0819", "0859", "0877", "0878", "0895", "0896", "0897", "0898", "0881", "0882", "0887",
        "0831", "0838",
    ];

    private static readonly string[] MailDomains =
        ["gmail.com", "gmail.com", "gmail.com", "gmail.com", "yahoo.com", "yahoo.co.id", "ymail.com", "outlook.com", "hotmail.com"];

    private static readonly string[] Streets =
    [
        "Jl. Merdeka", "Jl. Diponegoro", "Jl. Ahmad Yani", "Jl. Sudirman", "Jl. Gatot Subroto", "Jl. Pahlawan", "Jl. Veteran",
        "Jl. Raya Industri", "Jl. Kenanga", "Jl. Melati", "Gg. Mawar", "Gg. Masjid", "Jl. Flamboyan", "Jl. Cempaka",
        "Jl. Sisingamangaraja", "Jl. Hasanuddin", "Jl. Pattimura", "Jl. Teuku Umar", "Jl. Imam Bonjol", "Jl. Kartini",
        "Jl. Raya Pasar", "Jl. Nusantara", "Jl. Kebon Jeruk", "Jl. Cendrawasih", "Jl. Anggrek",
    ];

    private static readonly string[] Estates =
        ["Perum Griya Asri", "Perum Bumi Indah", "Perumahan Taman Sari", "Perum Puri Permai", "Komplek Griya Harapan"];

    public static SeedPerson NextPerson(Random random)
    {
        var group = Groups[random.PickIndex(GroupWeights)];
        var female = random.Chance(0.42);
        var given = random.Pick(female ? group.Female : group.Male);
        var name = new StringBuilder();
        var prefixes = female ? group.FemalePrefixes : group.MalePrefixes;
        if (prefixes is { Length: > 0 } && random.Chance(group.PrefixShare))
        {
            name.Append(random.Pick(prefixes)).Append(' ');
        }

        name.Append(given);
        var surnames = female && group.FemaleSurnames.Length > 0 && random.Chance(0.6) ? group.FemaleSurnames : group.Surnames;
        if (surnames.Length > 0 && random.Chance(group.SurnameShare))
        {
            var surname = random.Pick(surnames);
            if (!given.EndsWith(surname, StringComparison.Ordinal))
            {
                name.Append(' ').Append(surname);
            }
        }

        var (code, city) = random.Pick(group.Regions);
        return new SeedPerson(name.ToString(), female, false, code, city);
    }

    public static SeedPerson NextForeigner(Random random)
    {
        var (name, female) = random.Pick(Foreigners);
        return new SeedPerson(name, female, true, "", "");
    }

    /// <summary>
    /// A NIK shaped like the real one: region (province, regency, district), birth date as DDMMYY with 40 added
    /// to the day for women, and a four-digit serial.
    /// </summary>
    public static string Nik(SeedPerson person, Random random)
    {
        var birth = new DateTime(1966, 1, 1).AddDays(random.Next(0, 38 * 365));
        var day = birth.Day + (person.Female ? 40 : 0);
        return string.Create(CultureInfo.InvariantCulture,
            $"{person.RegionCode}{random.Next(1, 25):D2}{day:D2}{birth.Month:D2}{birth.Year % 100:D2}{random.Next(1, 300):D4}");
    }

    public static string Phone(Random random)
    {
        var digits = random.Next(7, 9);
        var sb = new StringBuilder(random.Pick(PhonePrefixes), 13);
        for (var i = 0; i < digits; i++)
        {
            sb.Append((char)('0' + random.Next(10)));
        }

        return sb.ToString();
    }

    public static string Email(SeedPerson person, Random random)
    {
        var parts = person.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(Ascii).Where(p => p.Length > 1).ToList();
        var first = parts.Count > 0 ? parts[0] : "warga";
        var last = parts.Count > 1 ? parts[^1] : "";
        var local = random.Next(4) switch
        {
            0 => first + "." + last,
            1 => first + last + random.Next(1, 99).ToString(CultureInfo.InvariantCulture),
            2 => first + "_" + random.Next(70, 100).ToString(CultureInfo.InvariantCulture),
            _ => first + (last.Length > 0 ? last[0].ToString() : "") + random.Next(100, 999).ToString(CultureInfo.InvariantCulture),
        };
        local = local.Trim('.', '_');
        return local + "@" + random.Pick(MailDomains);
    }

    public static string Address(SeedPerson person, Random random)
    {
        var city = person.Foreign ? "Jakarta Selatan" : person.HomeCity;
        if (random.Chance(0.2))
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"{random.Pick(Estates)} Blok {(char)('A' + random.Next(8))}{random.Next(1, 12)} No. {random.Next(1, 40)}, {city}");
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"{random.Pick(Streets)} No. {random.Next(1, 180)}, RT {random.Next(1, 12):D3}/RW {random.Next(1, 9):D3}, {city}");
    }

    /// <summary>Letters only, lower case, accents and punctuation dropped: "O'Connor" becomes "oconnor".</summary>
    public static string Ascii(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z')
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }
}
