using HelpdeskConsole.Tickets;

namespace HelpdeskConsole.Data.Seeding;

/// <summary>
/// One kind of complaint within a category (THR not paid, THR paid late...): what citizens write about it,
/// how an officer names it, and the answer that resolves it. Templates use the slots of <see cref="TextSlots"/>.
/// </summary>
internal sealed record CorpusTopic
{
    public required string Key { get; init; }
    public double Weight { get; init; } = 1;
    public TicketPriority Priority { get; init; } = TicketPriority.P3;
    public TicketKind Kind { get; init; } = TicketKind.Pengaduan;

    /// <summary>Probability that a closed ticket of this topic was forwarded rather than resolved here.</summary>
    public double ForwardShare { get; init; } = 0.02;

    /// <summary>Only written in the weeks before a religious holiday ("THR not paid yet, Eid is in five days").</summary>
    public bool Seasonal { get; init; }

    /// <summary>Whether the happy ending is money paid (so "udah cair pak" fits the citizen's thanks).</summary>
    public bool Payment { get; init; }

    /// <summary>Whether the writer introduces themselves as an employee of {company}.</summary>
    public bool WorkerIntro { get; init; } = true;

    /// <summary>How an officer refers to the matter: "THR yang belum dibayarkan".</summary>
    public required string PhraseId { get; init; }
    public required string PhraseEn { get; init; }

    public required string[] Subjects { get; init; }
    public required string[] CasualSubjects { get; init; }
    public required string[] EnglishSubjects { get; init; }
    public required string[] Formal { get; init; }
    public required string[] Casual { get; init; }
    public required string[] English { get; init; }
    public required string[] Resolution { get; init; }
    public required string[] ResolutionEn { get; init; }

    /// <summary>Where the desk forwards it when it is not its authority; empty uses the category's.</summary>
    public string[] Referrals { get; init; } = [];

    /// <summary>Officers' notes specific to this kind of case, used beside the category's general ones.</summary>
    public string[] Notes { get; init; } = [];
}

/// <summary>A category's corpus: its topics, what officers ask for, what they do meanwhile, what they note.</summary>
internal sealed record CorpusCategory
{
    public required string Code { get; init; }
    public required CorpusTopic[] Topics { get; init; }

    /// <summary>Share of tickets written in English (foreign workers, expatriates, employers' agents).</summary>
    public double EnglishShare { get; init; } = 0.065;

    /// <summary>What is missing, as a phrase after "mohon melengkapi...".</summary>
    public required string ClarifyId { get; init; }
    public required string ClarifyEn { get; init; }
    public required string[] Progress { get; init; }
    public required string[] ProgressEn { get; init; }
    public required string[] Notes { get; init; }
    public required string[] Referrals { get; init; }

    /// <summary>Kinds of company this category's complaints are about, e.g. "Garment Indonesia".</summary>
    public required string[] Industries { get; init; }

    /// <summary>Workplaces most associated with the category; empty means the general industrial mix.</summary>
    public string[] Cities { get; init; } = [];

    public double[] TopicWeights => [.. Topics.Select(t => t.Weight)];

    /// <summary>Topic weights outside the THR season: what can be written when no holiday is near.</summary>
    public double[] OffSeasonTopicWeights => [.. Topics.Select(t => t.Seasonal ? 0 : t.Weight)];
}

/// <summary>
/// What citizens write to a manpower complaint desk, per category, in formal and colloquial Indonesian and in
/// English. Written for variety: a few hundred tickets drawn from it should not look copy-pasted.
/// The legal references are the ones an officer would actually cite (PP 36/2021 on wages, Permenaker 6/2016 on
/// THR, PP 35/2021 on contracts and dismissal, Permenaker 4/2022 on JHT, UU 18/2017 on migrant workers...).
/// </summary>
internal static partial class DemoCorpus
{
    public static readonly IReadOnlyList<CorpusCategory> Categories =
        [Upah(), Thr(), Phk(), Jamsos(), K3(), Pmi(), Pelatihan(), Layanan(), Info(), Tka()];

    public static CorpusCategory For(string code) =>
        Categories.FirstOrDefault(c => c.Code == code) ?? Categories[^2]; // unknown codes read like general information

    private static CorpusCategory Upah() => new()
    {
        Code = "UPAH",
        ClarifyId = "nama dan alamat lengkap perusahaan, periode upah yang belum dibayar atau kekurangannya, serta bukti pendukung seperti slip gaji, perjanjian kerja, atau mutasi rekening",
        ClarifyEn = "the full name and address of the company, the period of unpaid or underpaid wages, and supporting evidence such as payslips, your employment contract or bank statements",
        Progress =
        [
            "Laporan {you} telah kami teruskan kepada Pengawas Ketenagakerjaan Disnaker Provinsi {province} untuk dilakukan pemeriksaan ke {company}.",
            "Saat ini kami sedang berkoordinasi dengan pengawas ketenagakerjaan wilayah {city} untuk menjadwalkan pemeriksaan ke {company}.",
            "Pengawas ketenagakerjaan telah memanggil pihak manajemen {company} untuk dimintai keterangan terkait pembayaran upah.",
        ],
        ProgressEn =
        [
            "We have passed your report to the labour inspectors of the {province} Manpower Office, who will examine {company}.",
            "We are coordinating with the labour inspectors for {city} to schedule an inspection of {company}.",
        ],
        Notes =
        [
            "Sudah telepon pelapor, nomor aktif, kronologi sesuai laporan.",
            "Cek WLKP: {company} terdaftar, jumlah pekerja sesuai laporan.",
            "Koordinasi dgn pengawas wilayah {city}, jadwal riksa minggu depan.",
            "Perusahaan ini pernah dilaporkan kasus serupa tahun lalu, lihat riwayat.",
            "Pelapor sudah kirim foto slip gaji via WA, sudah saya cocokkan.",
        ],
        Referrals = ["Disnaker Provinsi {province}"],
        Industries = ["Textile", "Garmindo", "Garment Indonesia", "Plastindo", "Retailindo", "Foods", "Logistik", "Packaging", "Furniture", "Security Services"],
        Topics =
        [
            new()
            {
                Key = "upah-tertunggak", Weight = 3, Priority = TicketPriority.P2, Payment = true,
                PhraseId = "upah yang belum dibayarkan", PhraseEn = "your unpaid wages",
                Subjects =
                [
                    "Upah bulan {month2} dan {month} belum dibayarkan oleh {company}",
                    "Gaji tertunggak sejak bulan {month2} di {company}, {city}",
                    "Pengaduan upah yang belum dibayarkan {company}",
                ],
                CasualSubjects = ["gaji blm dibayar dari bulan {month2}", "tolong gaji kami belum cair", "gaji nunggak pak"],
                EnglishSubjects = ["Salary unpaid since {month2} at {company}", "Unpaid wages - {company}, {city}"],
                Formal =
                [
                    "Sejak bulan {month2} upah kami belum dibayarkan oleh perusahaan. Total upah saya yang tertunggak sekitar {amount}. Pihak manajemen hanya menyampaikan bahwa kondisi keuangan perusahaan sedang sulit, tanpa kepastian kapan upah akan dibayar.",
                    "Upah bulan {month2} dan {month} sampai hari ini belum kami terima, padahal seharusnya dibayarkan paling lambat tanggal 5 setiap bulan. Jumlah yang tertunggak bagi saya sekitar {amount}.",
                ],
                Casual =
                [
                    "gaji sy blm dibayar dari bulan {month2} pak, total udh {amountShort}. katanya perusahaan lg susah tp gak ada kejelasan kapan dibayar. sy punya anak 2 masih sekolah",
                    "min sy kerja di {company} {city}, gaji bulan {month2} sama {month} sampe skrg blm masuk. temen2 satu pabrik jg sama, ada {n} org lebih",
                ],
                English =
                [
                    "I have been working at {company} in {city} as {position} for {years} years. My salary for {month2} and {month} has not been paid, a total of about {amount}. Management keeps postponing without giving a date.",
                ],
                Resolution =
                [
                    "Pengawas Ketenagakerjaan Disnaker Provinsi {province} telah melakukan pemeriksaan ke {company} dan menerbitkan nota pemeriksaan yang mewajibkan perusahaan melunasi upah yang tertunggak. Perusahaan telah membayar upah bulan {month2} dan berkomitmen melunasi sisanya paling lambat akhir bulan ini.",
                    "Berdasarkan hasil klarifikasi pengawas ketenagakerjaan, {company} telah membayarkan seluruh upah yang tertunggak beserta denda keterlambatan sesuai PP Nomor 36 Tahun 2021 tentang Pengupahan. Mohon {you} dapat mengecek rekening masing-masing.",
                ],
                ResolutionEn =
                [
                    "After an inspection by the labour inspectors of {province}, {company} was ordered to settle the outstanding wages. The salary for {month2} has been paid and the remainder is due by the end of this month.",
                ],
                Notes = ["Upah tertunggak dialami sekitar {n} orang, pertimbangkan riksa khusus."],
            },
            new()
            {
                Key = "upah-dicicil", Weight = 1.5, Priority = TicketPriority.P2, Payment = true,
                PhraseId = "upah yang dibayarkan secara dicicil", PhraseEn = "wages paid in instalments",
                Subjects = ["Upah dibayar dicicil dan selalu terlambat oleh {company}", "Pembayaran upah tidak penuh setiap bulan"],
                CasualSubjects = ["gaji dicicil terus", "Gaji telat terus pak"],
                EnglishSubjects = ["Salary paid late and in instalments"],
                Formal =
                [
                    "Sudah {months} bulan terakhir perusahaan membayar upah kami secara dicicil, rata-rata hanya separuh setiap bulan dan selalu lewat dari tanggal gajian. Sisa upah yang belum dibayarkan kini mencapai {amount}.",
                ],
                Casual =
                [
                    "gaji dicicil terus pak, bulan kemarin cuma dikasih {amountShort}. kalau nanya ke {hr} malah disuruh sabar. kami harus lapor kemana ya",
                ],
                English = ["For the last {months} months the company has paid our salaries in instalments, usually only half on payday. The unpaid balance is now about {amount}."],
                Resolution =
                [
                    "Sesuai PP Nomor 36 Tahun 2021, upah wajib dibayarkan penuh pada waktu yang disepakati, dan keterlambatan dikenai denda. Setelah pemeriksaan oleh pengawas ketenagakerjaan Disnaker Provinsi {province}, {company} telah melunasi sisa upah dan menyatakan akan membayar upah secara penuh mulai bulan ini.",
                ],
                ResolutionEn =
                [
                    "Under Government Regulation No. 36/2021 wages must be paid in full on the agreed date, and late payment incurs a penalty. After an inspection by the {province} labour inspectors, {company} has paid the balance and undertaken to pay wages in full from this month.",
                ],
            },
            new()
            {
                Key = "upah-di-bawah-umk", Weight = 3, Payment = true,
                PhraseId = "upah yang dibayarkan di bawah upah minimum", PhraseEn = "wages paid below the minimum wage",
                Subjects = ["Upah di bawah UMK {city}", "Pengaduan pembayaran upah di bawah upah minimum oleh {company}", "Perusahaan membayar upah tidak sesuai UMK"],
                CasualSubjects = ["gaji di bawah UMK", "gaji cuma {amountShort} padahal UMK lebih tinggi"],
                EnglishSubjects = ["Wages below the minimum wage in {city}"],
                Formal =
                [
                    "Saya menerima upah sebesar {amount} per bulan, jauh di bawah UMK {city} tahun {year}. Saya sudah bekerja selama {years} tahun, namun tidak pernah menerima slip gaji.",
                    "Perusahaan menetapkan upah pekerja harian sebesar Rp85.000 per hari tanpa memperhatikan ketentuan upah minimum, sehingga upah sebulan kami hanya sekitar {amount}. Pekerja yang sudah bekerja lebih dari satu tahun tetap menerima upah yang sama dengan pekerja baru.",
                ],
                Casual =
                [
                    "pak gaji sy cm {amountShort} sebulan, kerja dari jam 8 pagi sampai jam 5 sore, senin-sabtu. UMK {city} kan jauh di atas itu. boleh gak sih kaya gitu?",
                    "kerja di {company} {city} gaji cuma {amountShort}, gak sampe UMK, ga ada slip gaji, ga ada BPJS juga",
                ],
                English = ["Our company pays local staff {amount} per month, which is below the regional minimum wage (UMK) of {city}. Is this allowed under Indonesian law?"],
                Resolution =
                [
                    "Sesuai UU Nomor 13 Tahun 2003 sebagaimana telah diubah dengan UU Nomor 6 Tahun 2023 dan PP Nomor 36 Tahun 2021, pengusaha dilarang membayar upah lebih rendah dari upah minimum. Pengawas Ketenagakerjaan Disnaker Provinsi {province} telah memeriksa {company} dan memerintahkan penyesuaian upah sesuai UMK {city}, termasuk pembayaran kekurangan upah sejak bulan {month2}.",
                    "Pengawas ketenagakerjaan telah memanggil manajemen {company}; perusahaan bersedia menyesuaikan upah sesuai upah minimum yang berlaku dan menerbitkan slip gaji bagi seluruh pekerja mulai bulan ini.",
                ],
                ResolutionEn =
                [
                    "Under Law No. 13/2003 as amended by Law No. 6/2023 and Government Regulation No. 36/2021, employers may not pay less than the applicable minimum wage. The labour inspectors of {province} examined {company} and ordered it to raise wages to the {city} minimum and to pay the shortfall.",
                ],
            },
            new()
            {
                Key = "lembur-tidak-dibayar", Weight = 1.5, Payment = true,
                PhraseId = "upah lembur yang tidak dibayarkan", PhraseEn = "your unpaid overtime",
                Subjects = ["Upah lembur tidak dibayarkan oleh {company}", "Lembur wajib tanpa dibayar"],
                CasualSubjects = ["lembur ga dibayar", "disuruh lembur tiap hari tp ga dibayar"],
                EnglishSubjects = ["Overtime not paid at {company}"],
                Formal = ["Kami diwajibkan lembur rata-rata 3 jam setiap hari kerja dan juga pada hari Sabtu, namun upah lembur tidak pernah dibayarkan. Perusahaan beralasan lembur tersebut merupakan bagian dari target produksi."],
                Casual = ["tiap hari disuruh lembur sampe jam 9 malem, kalo nolak diancam SP. tapi di slip gaji gak ada uang lembur sama sekali"],
                English = ["We are required to work overtime almost every day (about 3 hours) and on Saturdays, but overtime is never paid. Our supervisor says it is part of the production target."],
                Resolution =
                [
                    "Sesuai PP Nomor 35 Tahun 2021, lembur hanya dapat dilakukan atas persetujuan pekerja, paling lama 4 jam sehari dan 18 jam seminggu, dan wajib dibayar upah lembur. Pengawas Ketenagakerjaan telah memerintahkan {company} membayar upah lembur periode {month2} sampai {month} dan menghentikan lembur tanpa persetujuan pekerja.",
                ],
                ResolutionEn =
                [
                    "Under Government Regulation No. 35/2021, overtime requires the worker's consent, is limited to 4 hours a day and 18 hours a week, and must be paid. The labour inspectors have ordered {company} to pay the overtime owed for {month2} to {month} and to stop overtime without consent.",
                ],
            },
            new()
            {
                Key = "lembur-salah-hitung", Weight = 1, Payment = true,
                PhraseId = "perhitungan upah lembur", PhraseEn = "how your overtime is calculated",
                Subjects = ["Perhitungan upah lembur tidak sesuai ketentuan", "Upah lembur dibayar di bawah ketentuan"],
                CasualSubjects = ["uang lembur kok cuma segini", "hitungan lembur salah min"],
                EnglishSubjects = ["Overtime pay calculated incorrectly"],
                Formal = ["Upah lembur kami dibayar tetap Rp20.000 per jam tanpa memperhatikan ketentuan perhitungan upah lembur. Selama bulan {month} saya lembur lebih dari 40 jam."],
                Casual = ["lembur dihitung cuma 15rb sejam min, padahal kata temen harusnya dihitung dari gaji pokok ya?"],
                English = ["Our overtime is paid at a flat IDR 20,000 per hour regardless of the regulation. In {month} I worked more than 40 hours of overtime."],
                Resolution =
                [
                    "Upah lembur dihitung dari upah sejam, yaitu 1/173 dari upah sebulan. Pada hari kerja biasa, jam lembur pertama dibayar 1,5 kali upah sejam dan jam berikutnya 2 kali upah sejam (PP Nomor 35 Tahun 2021). Pengawas telah memerintahkan {company} memperbaiki perhitungan dan membayar selisihnya sejak bulan {month2}.",
                ],
                ResolutionEn =
                [
                    "Overtime is based on the hourly wage, 1/173 of the monthly wage: on a normal working day the first hour is paid at 1.5 times and each further hour at twice the hourly wage (Government Regulation No. 35/2021). The inspectors have ordered {company} to correct its calculation and pay the difference since {month2}.",
                ],
            },
            new()
            {
                Key = "potongan-upah", Weight = 1.5, Payment = true,
                PhraseId = "pemotongan upah secara sepihak", PhraseEn = "the deductions from your wages",
                Subjects = ["Pemotongan upah sepihak oleh {company}", "Upah dipotong tanpa dasar yang jelas"],
                CasualSubjects = ["gaji dipotong seenaknya", "potongan gaji ga jelas"],
                EnglishSubjects = ["Unfair salary deductions"],
                Formal = ["Setiap bulan upah saya dipotong dengan alasan potongan kerusakan barang, tanpa bukti maupun kesepakatan tertulis. Pada bulan {month}, potongan tersebut mencapai {amount}."],
                Casual =
                [
                    "telat absen 5 menit aja langsung dipotong setengah hari gaji, trus ada potongan koperasi padahal sy ga pernah daftar koperasi",
                    "gaji bulan {month} dipotong {amountShort} katanya buat ganti barang rusak, padahal bukan sy yg rusakin",
                ],
                English = ["My employer deducts money from my salary every month for damaged goods, without any proof or written agreement. In {month} the deduction was {amount}."],
                Resolution =
                [
                    "Sesuai PP Nomor 36 Tahun 2021, pemotongan upah hanya dapat dilakukan untuk hal tertentu seperti denda, ganti rugi, atau uang muka upah, harus berdasarkan perjanjian kerja, peraturan perusahaan, atau perjanjian kerja bersama, dan seluruhnya paling banyak 50% dari upah. Pengawas telah meminta {company} mengembalikan potongan yang tidak memiliki dasar tersebut.",
                ],
                ResolutionEn =
                [
                    "Under Government Regulation No. 36/2021, deductions are allowed only for specific reasons (fines, damages, advances) set out in the contract or company regulations, and may not exceed 50% of the wage in total. The inspectors have asked {company} to refund the deductions that had no such basis.",
                ],
            },
        ],
    };

    private static CorpusCategory Thr() => new()
    {
        Code = "THR",
        ClarifyId = "nama dan alamat perusahaan, masa kerja dan status hubungan kerja (PKWT atau PKWTT), besaran upah sebulan, serta jumlah THR yang sudah diterima (jika ada)",
        ClarifyEn = "the company's name and address, your length of service and contract type (fixed-term or permanent), your monthly wage, and any THR amount already received",
        Progress =
        [
            "Laporan {you} telah masuk ke Posko THR dan diteruskan kepada Pengawas Ketenagakerjaan Disnaker Provinsi {province} untuk ditindaklanjuti.",
            "Pengawas ketenagakerjaan telah menghubungi {company} dan meminta perusahaan segera membayarkan THR sesuai ketentuan.",
        ],
        ProgressEn = ["Your report has been registered by the THR command post and passed to the labour inspectors of {province}."],
        Notes =
        [
            "Masuk posko THR. Sudah diteruskan ke pengawas Disnaker Prov {province}.",
            "Minta pelapor kirim foto slip THR untuk cek nominal.",
            "Sudah ada {n} laporan lain untuk {company} tahun ini, digabung penanganannya.",
        ],
        Referrals = ["Disnaker Provinsi {province}"],
        Industries = ["Textile", "Garment Indonesia", "Retailindo", "Foods", "Logistik", "Sepatu Indonesia", "Elektronik Indonesia"],
        Topics =
        [
            new()
            {
                Key = "thr-tidak-dibayar", Weight = 4, Priority = TicketPriority.P2, Payment = true, Seasonal = true,
                PhraseId = "THR Keagamaan yang belum dibayarkan", PhraseEn = "the unpaid religious holiday allowance (THR)",
                Subjects = ["THR Keagamaan tahun {year} belum dibayarkan oleh {company}", "Pengaduan THR tidak dibayar - {company} {city}", "THR belum dibayar menjelang {holiday}"],
                CasualSubjects = ["THR blm cair min", "THR ga dibayar pak"],
                EnglishSubjects = ["Religious holiday allowance (THR) not paid", "THR not paid at {company}"],
                Formal =
                [
                    "Sampai hari ini, yang sudah melewati batas H-7 {holiday}, THR Keagamaan belum dibayarkan kepada seluruh karyawan {company}. Manajemen beralasan penjualan menurun sehingga THR baru akan dibayar setelah hari raya, tanpa kepastian tanggal.",
                    "THR Keagamaan tahun ini belum kami terima, sementara {holiday} tinggal beberapa hari lagi. Ketika kami menanyakan kepada {hr}, jawabannya masih menunggu keputusan kantor pusat.",
                ],
                Casual =
                [
                    "pak THR kami blm dibayar sampe skrg, udah mau {holidayCasual}. kata {hr} nunggu keputusan direksi. ada {n} org karyawan",
                    "THR blm cair, gmn mau mudik ini 😭 perusahaan diem aja",
                ],
                English = ["THR has not been paid to any of the staff at {company}, even though the deadline of seven days before {holiday} has passed. Management says it will be paid after the holiday, without giving a date."],
                Resolution =
                [
                    "Sesuai Permenaker Nomor 6 Tahun 2016, THR Keagamaan wajib dibayarkan paling lambat 7 hari sebelum hari raya kepada pekerja dengan masa kerja 1 bulan atau lebih. Setelah ditindaklanjuti Pengawas Ketenagakerjaan Disnaker Provinsi {province}, {company} telah membayarkan THR seluruh pekerja beserta denda keterlambatan sebesar 5%.",
                    "Pengawas ketenagakerjaan telah menerbitkan nota pemeriksaan kepada {company}, dan perusahaan telah membayarkan THR pekerja sesuai ketentuan. Mohon {you} mengecek rekening dan mengabari kami apabila belum diterima.",
                ],
                ResolutionEn =
                [
                    "Under Minister of Manpower Regulation No. 6/2016, THR must be paid at least seven days before the holiday to every worker with one month's service or more. Following action by the {province} labour inspectors, {company} has paid the THR of all workers with the 5% late-payment penalty.",
                ],
            },
            new()
            {
                Key = "thr-kontrak", Weight = 1.5, Priority = TicketPriority.P2, Payment = true, Seasonal = true,
                PhraseId = "THR bagi pekerja kontrak yang tidak dibayarkan", PhraseEn = "the THR denied to contract workers",
                Subjects = ["Perusahaan tidak membayar THR karyawan kontrak", "Pekerja PKWT tidak diberi THR oleh {company}"],
                CasualSubjects = ["THR ga dibayar, katanya karyawan kontrak ga dapet", "kontrak ga dapet THR, bener gak?"],
                EnglishSubjects = ["No THR for contract workers at {company}"],
                Formal = ["Perusahaan menyatakan bahwa karyawan berstatus kontrak (PKWT) dan pekerja harian lepas tidak berhak menerima THR. Saya sudah bekerja selama {years} tahun dengan kontrak yang terus diperpanjang."],
                Casual = ["sy karyawan kontrak udh {years} thn, katanya kontrak ga dapet THR. bener gak sih min?"],
                English = ["The company says that workers on fixed-term contracts are not entitled to THR. I have worked there for {years} years on renewed contracts."],
                Resolution =
                [
                    "THR Keagamaan wajib dibayarkan kepada pekerja dengan masa kerja 1 bulan atau lebih, baik berstatus PKWTT maupun PKWT, termasuk pekerja harian lepas yang memenuhi syarat (Permenaker Nomor 6 Tahun 2016). Setelah dipanggil pengawas ketenagakerjaan, {company} telah membayarkan THR pekerja kontrak.",
                ],
                ResolutionEn =
                [
                    "THR is due to every worker with one month's service or more, on fixed-term as well as permanent contracts (Minister of Manpower Regulation No. 6/2016). After being summoned by the labour inspectors, {company} has paid the THR of its contract workers.",
                ],
                Notes = ["Pelapor PKWT {years} tahun, tetap berhak THR penuh."],
            },
            new()
            {
                Key = "thr-kurang", Weight = 2, Priority = TicketPriority.P2, Payment = true,
                PhraseId = "THR yang dibayarkan tidak sesuai ketentuan", PhraseEn = "a THR paid below the statutory amount",
                Subjects = ["THR dibayar tidak sesuai ketentuan oleh {company}", "THR tidak dibayar penuh"],
                CasualSubjects = ["THR ga sesuai aturan", "THR kok cuma segini"],
                EnglishSubjects = ["THR paid below the statutory amount"],
                Formal =
                [
                    "Perusahaan hanya membayarkan THR sebesar {amount}, atau sekitar setengah dari upah sebulan, padahal masa kerja saya sudah {years} tahun.",
                    "THR tahun ini diberikan dalam bentuk paket sembako dan uang tunai Rp500.000, tidak sesuai ketentuan bahwa THR dibayarkan dalam bentuk uang sebesar satu bulan upah.",
                ],
                Casual =
                [
                    "THR cuma dikasih {amountShort} pak, padahal gaji sebulan lebih dari itu dan sy udh kerja {years} thn",
                    "masa THR dikasih sarung sama sirup doang min, plus duit 300rb",
                ],
                English = ["The company paid only {amount} as THR, about half of one month's salary, although I have worked there for {years} years."],
                Resolution =
                [
                    "Pekerja dengan masa kerja 12 bulan atau lebih berhak atas THR sebesar 1 bulan upah, sedangkan masa kerja 1 sampai kurang dari 12 bulan dihitung proporsional; THR wajib dibayarkan dalam bentuk uang rupiah. Pengawas Ketenagakerjaan telah memerintahkan {company} membayar kekurangan THR, dan perusahaan telah melunasinya.",
                ],
                ResolutionEn =
                [
                    "Workers with 12 months' service or more are entitled to one month's wage as THR, those with less to a pro-rata amount, and THR must be paid in rupiah, not in kind. The labour inspectors ordered {company} to pay the shortfall, which it has now done.",
                ],
            },
            new()
            {
                Key = "thr-terlambat", Weight = 1.5, Priority = TicketPriority.P2, Payment = true,
                PhraseId = "keterlambatan pembayaran THR", PhraseEn = "the late payment of your THR",
                Subjects = ["Keterlambatan pembayaran THR di {company}", "THR tidak dibayar tepat waktu"],
                CasualSubjects = ["THR telat pak", "THR telat & dicicil"],
                EnglishSubjects = ["THR paid late"],
                Formal =
                [
                    "THR baru dibayarkan pada H-1 {holiday}, bahkan sebagian pekerja baru menerima setelah hari raya. Kami ingin menanyakan apakah perusahaan dikenakan denda atas keterlambatan tersebut.",
                    "THR dibayarkan terlambat dan dicicil dua kali, 50% sebelum hari raya dan sisanya dijanjikan pada bulan {month}.",
                ],
                Casual = ["THR baru masuk H-1 min, udah telat bgt. ada dendanya gak sih buat perusahaan?", "THR telat, itu jg dicicil 2x, sisanya katanya bulan depan. boleh gitu?"],
                English = ["Our THR was only paid one day before {holiday} and some colleagues received it after the holiday. Is the company liable to a penalty for paying late?"],
                Resolution =
                [
                    "Pengusaha yang terlambat membayar THR dikenai denda 5% dari total THR yang harus dibayar, tanpa menghapus kewajiban membayar THR, dan sesuai Surat Edaran Menteri Ketenagakerjaan THR wajib dibayar penuh, tidak boleh dicicil. Hasil pemeriksaan pengawas: {company} telah melunasi THR dan membayar denda keterlambatan.",
                ],
                ResolutionEn =
                [
                    "An employer who pays THR late owes a penalty of 5% of the total THR on top of the THR itself, and THR must be paid in full, not in instalments. The inspectors confirmed that {company} has now paid the THR in full together with the penalty.",
                ],
            },
            new()
            {
                Key = "thr-prorata", Weight = 1, Priority = TicketPriority.P4, Kind = TicketKind.Konsultasi, ForwardShare = 0, WorkerIntro = false,
                PhraseId = "perhitungan THR proporsional", PhraseEn = "how a pro-rata THR is calculated",
                Subjects = ["Konsultasi perhitungan THR pekerja dengan masa kerja kurang dari 1 tahun", "Cara menghitung THR proporsional"],
                CasualSubjects = ["cara hitung THR klo baru kerja 5 bulan gmn?"],
                EnglishSubjects = ["Question: THR for employees with less than one year of service"],
                Formal = ["Saya baru bekerja selama 7 bulan di {company}. Bagaimana cara menghitung THR yang menjadi hak saya, dan apakah tunjangan tetap ikut diperhitungkan?"],
                Casual = ["min sy baru kerja 5 bln, THR nya dpt berapa ya? gaji pokok {amountShort}"],
                English = ["I joined {company} seven months ago. How is my THR calculated, and are fixed allowances included?"],
                Resolution =
                [
                    "Untuk masa kerja 1 bulan sampai kurang dari 12 bulan, THR dihitung proporsional: masa kerja (bulan) dibagi 12 dikali 1 bulan upah, yaitu upah pokok ditambah tunjangan tetap.",
                ],
                ResolutionEn =
                [
                    "For service of one to less than twelve months, THR is pro rata: months of service divided by 12, times one month's wage (basic wage plus fixed allowances).",
                ],
            },
            new()
            {
                Key = "thr-resign", Weight = 0.7, Priority = TicketPriority.P4, Kind = TicketKind.Konsultasi, ForwardShare = 0, WorkerIntro = false,
                PhraseId = "hak THR setelah berhenti bekerja", PhraseEn = "THR after leaving a job",
                Subjects = ["Apakah pekerja yang berhenti sebelum hari raya berhak THR?"],
                CasualSubjects = ["resign sebulan sebelum {holidayCasual} dapet THR gak?"],
                EnglishSubjects = ["Am I entitled to THR after leaving my job?"],
                Formal = ["Hubungan kerja saya sebagai karyawan tetap di {company} berakhir tiga minggu sebelum {holiday}. Apakah saya masih berhak menerima THR tahun ini?"],
                Casual = ["kalo resign 20 hari sebelum {holidayCasual} masih dpt THR gak min? sy karyawan tetap"],
                English = ["My permanent employment at {company} ended three weeks before {holiday}. Am I still entitled to THR this year?"],
                Resolution =
                [
                    "Pekerja dengan perjanjian kerja waktu tidak tertentu (PKWTT) yang hubungan kerjanya berakhir dalam jangka waktu 30 hari sebelum hari raya keagamaan tetap berhak atas THR (Permenaker Nomor 6 Tahun 2016). Ketentuan ini tidak berlaku bagi pekerja PKWT yang kontraknya berakhir sebelum hari raya.",
                ],
                ResolutionEn =
                [
                    "A permanent employee whose employment ends within 30 days before the religious holiday is still entitled to THR (Minister of Manpower Regulation No. 6/2016). This does not apply to fixed-term contracts that end before the holiday.",
                ],
            },
        ],
    };

    private static CorpusCategory Phk() => new()
    {
        Code = "PHK",
        ClarifyId = "surat PHK atau bukti pemberhentian, perjanjian kerja, masa kerja, serta risalah perundingan bipartit apabila sudah dilakukan",
        ClarifyEn = "the termination letter or other proof of dismissal, your employment contract, length of service, and the minutes of any bipartite negotiation",
        Progress =
        [
            "Kami sedang berkoordinasi dengan mediator hubungan industrial Disnaker {city} agar perselisihan ini dapat segera dimediasi.",
            "Perselisihan telah dicatatkan di Disnaker {city} dan mediator telah menjadwalkan sidang mediasi dengan {company}.",
            "Kami telah meminta klarifikasi tertulis kepada {company} mengenai permasalahan yang {you} sampaikan.",
        ],
        ProgressEn = ["We are coordinating with the industrial relations mediator of the {city} Manpower Office so that the dispute can be mediated soon."],
        Notes =
        [
            "Belum ada bipartit, arahkan pelapor bipartit dulu lalu catatkan ke Disnaker.",
            "Sudah dicatatkan di Disnaker {city}, mediator sudah ditunjuk.",
        ],
        Referrals = ["Disnaker {city}"],
        Industries = ["Textile", "Garment Indonesia", "Sepatu Indonesia", "Elektronik Indonesia", "Logistik", "Retailindo", "Konstruksi", "Security Services"],
        Topics =
        [
            new()
            {
                Key = "phk-tanpa-pesangon", Weight = 4, Payment = true,
                PhraseId = "PHK tanpa pembayaran pesangon", PhraseEn = "your dismissal without severance pay",
                Subjects = ["PHK sepihak tanpa pesangon oleh {company}", "Di-PHK tanpa uang pesangon", "Pengaduan PHK sepihak karyawan tetap"],
                CasualSubjects = ["di PHK mendadak ga dapet pesangon", "tiba2 dipecat, pesangon nol"],
                EnglishSubjects = ["Terminated without severance pay"],
                Formal =
                [
                    "Pada tanggal {date} saya menerima surat PHK dengan alasan efisiensi, tanpa perundingan sebelumnya. Masa kerja saya {years} tahun sebagai karyawan tetap, namun perusahaan hanya menawarkan uang kebijakan sebesar {amount} tanpa pesangon sesuai ketentuan.",
                    "Saya diberhentikan secara lisan oleh atasan setelah menolak dipindahkan ke bagian lain. Sampai saat ini tidak ada surat PHK maupun pembayaran pesangon dan hak-hak saya yang lain.",
                ],
                Casual =
                [
                    "sy udh kerja {years} taun, tgl {date} dipanggil {hr} langsung disuruh pulang ga usah masuk lagi. pesangon ga ada, cuma dikasih {amountShort}",
                    "dipecat krn ikut demo minta upah sesuai UMK pak, ga ada SP sama sekali, pesangon jg ga dikasih",
                ],
                English = ["On {date} I was dismissed for efficiency reasons after {years} years as a permanent employee. The company offered only {amount} and refuses to pay severance according to the regulation."],
                Resolution =
                [
                    "Sesuai UU Nomor 2 Tahun 2004, perselisihan PHK diselesaikan terlebih dahulu melalui perundingan bipartit paling lama 30 hari kerja, lalu mediasi di Dinas Ketenagakerjaan kabupaten/kota. Pada mediasi di Disnaker {city} telah tercapai perjanjian bersama, dan {company} membayar uang pesangon, uang penghargaan masa kerja, dan uang penggantian hak sesuai PP Nomor 35 Tahun 2021.",
                ],
                ResolutionEn =
                [
                    "Under Law No. 2/2004, a dismissal dispute goes first to bipartite negotiation (up to 30 working days) and then to mediation at the district or city Manpower Office. Mediation at the {city} Manpower Office produced a joint agreement, and {company} has paid severance, long-service pay and compensation of rights under Government Regulation No. 35/2021.",
                ],
                Notes = ["Cek hitungan pesangon: masa kerja {years} th, alasan efisiensi."],
            },
            new()
            {
                Key = "phk-massal", Weight = 0.8, Priority = TicketPriority.P1, Payment = true,
                PhraseId = "PHK massal di {company}", PhraseEn = "the mass layoff at {company}",
                Subjects = ["PHK massal {n} pekerja {company} tanpa kejelasan hak", "Pabrik tutup mendadak, ratusan pekerja di-PHK", "Laporan PHK massal dan penutupan perusahaan"],
                CasualSubjects = ["pabrik tutup tiba2, {n} org di PHK", "PHK massal min tolong"],
                EnglishSubjects = ["Mass layoff at {company} - {n} workers"],
                Formal =
                [
                    "Pada {date}, manajemen {company} mengumumkan penutupan pabrik di {city} dan PHK terhadap sekitar {n} pekerja, berlaku saat itu juga. Tidak ada penjelasan mengenai pembayaran pesangon, upah bulan {month} belum dibayarkan, dan gerbang pabrik sudah dikunci.",
                    "Kami perwakilan serikat pekerja {company}. Perusahaan merumahkan {n} pekerja sejak bulan {month2} tanpa upah dan kini menyatakan akan melakukan PHK dengan alasan pailit, padahal belum ada putusan pengadilan niaga.",
                ],
                Casual = ["pabrik kami di {city} tiba2 tutup pak, {n} org lebih di PHK, gerbang digembok, gaji bulan kemarin aja blm dibayar. kami harus gimana"],
                English = ["{company} suddenly closed its factory in {city} and laid off around {n} workers with immediate effect. No information about severance has been given and last month's wages are unpaid."],
                Resolution =
                [
                    "Kami telah berkoordinasi dengan Disnaker Provinsi {province} dan Disnaker {city}; mediator telah memfasilitasi perundingan antara serikat pekerja dan manajemen {company}. Disepakati pembayaran upah yang tertunggak dan kompensasi PHK secara bertahap yang dipantau pengawas ketenagakerjaan. Pekerja juga kami arahkan untuk mengajukan manfaat Jaminan Kehilangan Pekerjaan (JKP) melalui BPJS Ketenagakerjaan.",
                ],
                ResolutionEn =
                [
                    "Together with the {province} and {city} Manpower Offices, a mediator brought the union and the management of {company} to an agreement: outstanding wages and termination pay will be paid in stages under the inspectors' supervision. Workers can also claim the Job Loss Benefit (JKP) from BPJS Ketenagakerjaan.",
                ],
                Notes = ["PHK massal {n} orang, sudah lapor ke Disnaker Prov {province} dan minta pendampingan mediator."],
            },
            new()
            {
                Key = "pkwt-berulang", Weight = 1.5, Payment = true,
                PhraseId = "kontrak kerja (PKWT) yang terus diperpanjang", PhraseEn = "your repeatedly renewed fixed-term contract",
                Subjects = ["Kontrak kerja diperpanjang terus tanpa diangkat karyawan tetap", "Uang kompensasi PKWT tidak dibayarkan"],
                CasualSubjects = ["kontrak terus udh {years} taun ga diangkat2", "uang kompensasi kontrak ga dibayar"],
                EnglishSubjects = ["Fixed-term contract renewed for years, no compensation"],
                Formal = ["Saya bekerja di {company} sebagai {position} dengan PKWT yang terus diperpanjang selama {years} tahun, padahal pekerjaan saya bersifat tetap. Ketika kontrak terakhir berakhir bulan {month}, perusahaan tidak memperpanjang dan tidak membayar uang kompensasi."],
                Casual = ["min sy kontrak udh {years} thn di {company}, tiap taun perpanjang, ga pernah diangkat. skrg kontrak ga diperpanjang, uang kompensasi jg ga ada"],
                English = ["I worked at {company} for {years} years on fixed-term contracts that were renewed every year, although the work is permanent. When the last contract ended in {month}, the company paid no compensation."],
                Resolution =
                [
                    "Sesuai PP Nomor 35 Tahun 2021, PKWT tidak dapat diadakan untuk pekerjaan yang bersifat tetap, jangka waktunya paling lama 5 tahun, dan saat PKWT berakhir pengusaha wajib membayar uang kompensasi. Setelah mediasi di Disnaker {city}, {company} bersedia membayar uang kompensasi tersebut.",
                ],
                ResolutionEn =
                [
                    "Under Government Regulation No. 35/2021 a fixed-term contract may not be used for permanent work, may last at most five years, and entitles the worker to compensation when it ends. After mediation at the {city} Manpower Office, {company} agreed to pay that compensation.",
                ],
            },
            new()
            {
                Key = "pkwt-diputus", Weight = 1, Payment = true,
                PhraseId = "pemutusan kontrak kerja sebelum waktunya", PhraseEn = "the early termination of your fixed-term contract",
                Subjects = ["Kontrak diputus sebelum berakhir tanpa ganti rugi", "PKWT diakhiri sepihak oleh {company}"],
                CasualSubjects = ["kontrak diputus tengah jalan"],
                EnglishSubjects = ["Fixed-term contract terminated early without compensation"],
                Formal = ["Kontrak saya seharusnya berakhir bulan Desember, namun diputus pada {date} tanpa alasan yang jelas dan tanpa ganti rugi sisa masa kontrak."],
                Casual = ["kontrak sy harusnya sampe desember, tp tgl {date} disuruh berhenti. sisa kontrak ga dibayar sama sekali"],
                English = ["My fixed-term contract was ended three months early without any explanation, and the company refuses to pay compensation for the remaining period."],
                Resolution =
                [
                    "Apabila PKWT diakhiri sebelum waktunya bukan karena kesalahan pekerja, pihak yang mengakhiri wajib membayar ganti rugi sebesar upah sampai batas waktu berakhirnya kontrak. Setelah mediasi, {company} bersedia membayar ganti rugi tersebut beserta uang kompensasi PKWT.",
                ],
                ResolutionEn =
                [
                    "When a fixed-term contract is ended early through no fault of the worker, the party ending it owes the wages for the rest of the term. After mediation, {company} agreed to pay that amount together with the contract-end compensation.",
                ],
            },
            new()
            {
                Key = "serikat", Weight = 1,
                PhraseId = "tindakan menghalangi kegiatan serikat pekerja", PhraseEn = "the obstruction of your trade union",
                Subjects = ["Pengurus serikat pekerja dimutasi dan diancam PHK", "Dugaan union busting di {company}"],
                CasualSubjects = ["pengurus serikat dipindah2 & diancam PHK"],
                EnglishSubjects = ["Union leaders threatened with dismissal"],
                Formal = ["Setelah kami membentuk serikat pekerja dan mencatatkannya ke Disnaker {city}, tiga orang pengurus dimutasi ke bagian lain dan diancam PHK. Anggota serikat juga tidak lagi diberi jadwal lembur."],
                Casual = ["abis bikin serikat, pengurus2nya dipindah semua ke gudang pak, trus ditawarin resign. ini boleh?"],
                English = ["After we registered our union with the {city} Manpower Office, three board members were transferred and threatened with dismissal."],
                Resolution =
                [
                    "UU Nomor 21 Tahun 2000 melarang siapa pun menghalang-halangi pekerja membentuk serikat pekerja atau menjalankan kegiatan serikat, termasuk dengan mutasi atau ancaman PHK. Setelah dipanggil pengawas ketenagakerjaan Disnaker Provinsi {province}, {company} membatalkan mutasi para pengurus serikat.",
                ],
                ResolutionEn =
                [
                    "Law No. 21/2000 forbids anyone to prevent workers from forming or running a union, including by transfers or threats of dismissal. After being summoned by the {province} labour inspectors, {company} cancelled the transfers of the union officers.",
                ],
                Notes = ["Pelapor pengurus serikat, perhatikan indikasi union busting."],
            },
        ],
    };

    private static CorpusCategory Jamsos() => new()
    {
        Code = "JAMSOS",
        ClarifyId = "nomor kepesertaan BPJS Ketenagakerjaan (KPJ), nama perusahaan, serta tangkapan layar saldo atau riwayat iuran dari aplikasi JMO",
        ClarifyEn = "your BPJS Ketenagakerjaan membership number (KPJ), the employer's name, and a screenshot of your balance or contribution history from the JMO app",
        Progress =
        [
            "Kami telah meminta klarifikasi kepada BPJS Ketenagakerjaan Kantor Cabang {city} terkait data kepesertaan {you}.",
            "Laporan telah kami koordinasikan dengan BPJS Ketenagakerjaan dan pengawas ketenagakerjaan untuk pemeriksaan kepatuhan {company}.",
        ],
        ProgressEn = ["We have asked the BPJS Ketenagakerjaan branch office in {city} to clarify your membership data."],
        Notes =
        [
            "Sudah email ke kacab BPJSTK {city}, menunggu balasan.",
            "Pelapor sudah kirim tangkapan layar JMO, sudah saya cek.",
        ],
        Referrals = ["BPJS Ketenagakerjaan", "BPJS Ketenagakerjaan Kantor Cabang {city}"],
        Industries = ["Textile", "Logistik", "Konstruksi", "Retailindo", "Foods", "Security Services", "Sawit Lestari"],
        Topics =
        [
            new()
            {
                Key = "jht-klaim", Weight = 2, Payment = true,
                PhraseId = "pencairan Jaminan Hari Tua (JHT)", PhraseEn = "your Old Age Security (JHT) claim",
                Subjects = ["Kesulitan mencairkan JHT BPJS Ketenagakerjaan", "Klaim JHT ditolak karena data tidak sesuai"],
                CasualSubjects = ["JHT ga bisa cair", "klaim JHT ditolak terus min"],
                EnglishSubjects = ["Unable to claim my JHT (BPJS Ketenagakerjaan)"],
                Formal = ["Saya berhenti bekerja dari {company} pada bulan {month2} dan sudah mengajukan klaim JHT melalui aplikasi JMO, namun klaim ditolak dengan alasan data kepesertaan tidak sesuai dengan data kependudukan. Perusahaan lama juga belum menerbitkan surat keterangan berhenti bekerja."],
                Casual = ["mau cairin JHT lewat JMO gagal terus, katanya NIK ga sesuai. udh ke kantor cabang disuruh balik lagi minggu depan"],
                English = ["I left {company} in {month2} and applied for my JHT through the JMO app, but the claim was rejected because my membership data does not match my ID data."],
                Resolution =
                [
                    "Kami telah berkoordinasi dengan BPJS Ketenagakerjaan. Data kepesertaan {you} telah dipadankan dengan data Dukcapil sehingga klaim JHT dapat diajukan kembali melalui aplikasi JMO. Sesuai Permenaker Nomor 4 Tahun 2022, JHT dapat dicairkan oleh peserta yang mengundurkan diri atau terkena PHK setelah masa tunggu 1 bulan.",
                ],
                ResolutionEn =
                [
                    "BPJS Ketenagakerjaan has matched your membership data with the civil registry, so the JHT claim can be resubmitted in the JMO app. Under Minister of Manpower Regulation No. 4/2022, members who resign or are dismissed can claim JHT after a one-month waiting period.",
                ],
                Notes = ["Data NIK beda 1 digit dengan Dukcapil, perlu pemadanan."],
            },
            new()
            {
                Key = "jht-saldo", Weight = 1, Payment = true,
                PhraseId = "saldo JHT yang tidak sesuai masa kerja", PhraseEn = "a JHT balance that does not match your years of work",
                Subjects = ["Saldo JHT tidak sesuai masa kerja", "Iuran JHT hanya tercatat sebagian"],
                CasualSubjects = ["saldo JHT kok dikit bgt"],
                EnglishSubjects = ["My JHT balance is far too low"],
                Formal = ["Saldo JHT saya hanya {amount}, padahal saya sudah bekerja {years} tahun di {company}. Setelah dicek, ternyata iuran baru dibayarkan perusahaan selama 14 bulan."],
                Casual = ["saldo JHT sy cuma {amountShort}, kerja udh {years} thn. kok bisa ya min?"],
                English = ["My JHT balance is only {amount} although I have worked at {company} for {years} years. It seems the company paid contributions for only 14 months."],
                Resolution =
                [
                    "Hasil pengecekan BPJS Ketenagakerjaan menunjukkan {company} hanya melaporkan sebagian masa kerja dan upah {you}. Setelah pemeriksaan pengawas ketenagakerjaan, perusahaan telah membayar kekurangan iuran beserta dendanya, dan saldo JHT {you} kini sesuai; silakan cek melalui aplikasi JMO.",
                ],
                ResolutionEn =
                [
                    "BPJS Ketenagakerjaan found that {company} had reported only part of your service and wage. After an inspection, the company has paid the missing contributions with the penalty, and your JHT balance is now correct; you can check it in the JMO app.",
                ],
                Notes = ["Perusahaan masuk daftar PDS (perusahaan daftar sebagian), teruskan ke pengawas."],
            },
            new()
            {
                Key = "iuran-tidak-disetor", Weight = 2, Priority = TicketPriority.P2, Payment = true,
                PhraseId = "iuran BPJS Ketenagakerjaan yang tidak disetorkan perusahaan", PhraseEn = "the contributions your employer did not pay in",
                Subjects = ["Iuran BPJS Ketenagakerjaan dipotong dari upah tetapi tidak disetor", "Tunggakan iuran BPJS Ketenagakerjaan {company}"],
                CasualSubjects = ["potongan BPJS tiap bulan tp ga disetor"],
                EnglishSubjects = ["Employer deducts but does not pay BPJS contributions"],
                Formal = ["Setiap bulan upah kami dipotong untuk iuran BPJS Ketenagakerjaan, namun ketika saya cek di aplikasi JMO, iuran terakhir yang tercatat adalah bulan {month2} tahun lalu. Hal ini dialami sekitar {n} pekerja."],
                Casual = ["di slip gaji ada potongan BPJS TK, tp pas cek JMO iurannya nunggak dari bln {month2}. {hr} bilang nanti diurus, tp gak pernah"],
                English = ["Every month the company deducts BPJS Ketenagakerjaan contributions from our pay, but the JMO app shows no contributions since {month2} last year."],
                Resolution =
                [
                    "BPJS Ketenagakerjaan telah menerbitkan surat teguran kepada {company}, dan setelah pemeriksaan oleh pengawas ketenagakerjaan Disnaker Provinsi {province}, perusahaan telah melunasi tunggakan iuran. Saldo dapat dicek melalui aplikasi JMO.",
                ],
                ResolutionEn =
                [
                    "BPJS Ketenagakerjaan issued a warning to {company}, and after an inspection by the {province} labour inspectors the company has paid the arrears. You can check your balance in the JMO app.",
                ],
            },
            new()
            {
                Key = "tidak-didaftarkan", Weight = 1.5,
                PhraseId = "pekerja yang tidak didaftarkan ke BPJS Ketenagakerjaan", PhraseEn = "workers not registered with BPJS Ketenagakerjaan",
                Subjects = ["Perusahaan tidak mendaftarkan pekerja ke BPJS Ketenagakerjaan", "Pekerja {company} tidak memiliki BPJS Ketenagakerjaan"],
                CasualSubjects = ["ga didaftarin BPJS TK"],
                EnglishSubjects = ["Employer has not registered us with BPJS Ketenagakerjaan"],
                Formal = ["Sudah {years} tahun bekerja di {company}, saya dan rekan-rekan tidak pernah didaftarkan sebagai peserta BPJS Ketenagakerjaan."],
                Casual = ["kerja udh {years} thn di {company} ga pernah didaftarin BPJS, pas temen kecelakaan kerja biaya RS ditanggung sendiri"],
                English = ["I have worked at {company} for {years} years and neither I nor my colleagues have ever been registered with BPJS Ketenagakerjaan."],
                Resolution =
                [
                    "Setiap pemberi kerja wajib mendaftarkan pekerjanya dalam program jaminan sosial ketenagakerjaan. Setelah pemeriksaan bersama BPJS Ketenagakerjaan dan pengawas ketenagakerjaan, {company} telah mendaftarkan seluruh pekerja; kartu peserta dapat diakses melalui aplikasi JMO.",
                ],
                ResolutionEn =
                [
                    "Every employer must register its workers for employment social security. After a joint inspection with BPJS Ketenagakerjaan, {company} has registered all its workers; membership cards are available in the JMO app.",
                ],
            },
            new()
            {
                Key = "jkk", Weight = 1.5, Payment = true,
                PhraseId = "klaim Jaminan Kecelakaan Kerja (JKK)", PhraseEn = "your work accident benefit (JKK) claim",
                Subjects = ["Klaim JKK ditolak karena laporan kecelakaan terlambat", "Biaya pengobatan kecelakaan kerja tidak ditanggung"],
                CasualSubjects = ["klaim JKK ditolak", "biaya RS kecelakaan kerja suruh bayar sendiri"],
                EnglishSubjects = ["Work accident benefit claim rejected"],
                Formal = ["Saya mengalami kecelakaan kerja pada bulan {month} dan dirawat di rumah sakit selama lima hari. Perusahaan baru melaporkan kecelakaan tersebut dua minggu kemudian sehingga klaim JKK saya ditolak dan biaya perawatan sebesar {amount} harus saya tanggung sendiri."],
                Casual = ["sy jatuh dr tangga pas kerja bln {month}, pas mau klaim JKK katanya telat lapor. biaya RS {amountShort} bayar sendiri dong"],
                English = ["I had an accident at work in {month} and spent five days in hospital. My employer reported it two weeks late, so the JKK claim was rejected and I had to pay {amount} myself."],
                Resolution =
                [
                    "Kecelakaan kerja wajib dilaporkan pemberi kerja kepada BPJS Ketenagakerjaan paling lambat 2 x 24 jam, dan kelalaian pemberi kerja tidak boleh merugikan hak pekerja. Setelah koordinasi dengan BPJS Ketenagakerjaan dan pengawas ketenagakerjaan, {company} telah mengganti biaya perawatan {you}.",
                ],
                ResolutionEn =
                [
                    "An employer must report a work accident to BPJS Ketenagakerjaan within 2 x 24 hours, and its negligence may not cost the worker their benefit. After we coordinated with BPJS Ketenagakerjaan and the inspectors, {company} reimbursed your treatment costs.",
                ],
            },
            new()
            {
                Key = "bpjs-kesehatan", Weight = 1, Kind = TicketKind.Konsultasi, ForwardShare = 0.7, WorkerIntro = false,
                PhraseId = "status kepesertaan BPJS Kesehatan", PhraseEn = "your BPJS Kesehatan (health insurance) membership",
                Subjects = ["BPJS Kesehatan nonaktif setelah di-PHK", "Kartu BPJS Kesehatan keluarga tidak aktif"],
                CasualSubjects = ["BPJS kesehatan mati pas mau berobat"],
                EnglishSubjects = ["Health insurance (BPJS Kesehatan) inactive after losing my job"],
                Formal = ["Kartu BPJS Kesehatan saya dan keluarga dinonaktifkan setelah saya di-PHK dari {company} bulan {month2}, padahal istri saya sedang menjalani pengobatan rutin."],
                Casual = ["min BPJS kesehatan sy nonaktif abis kena PHK, pdhl anak lg sakit. kata RS perusahaan nunggak iuran"],
                English = ["My family's BPJS Kesehatan cards were deactivated after I was laid off by {company}, while my wife is under regular treatment."],
                Resolution =
                [
                    "Bagi pekerja yang terkena PHK, kepesertaan BPJS Kesehatan tetap berlaku paling lama 6 bulan sejak PHK tanpa membayar iuran. Status kepesertaan {you} telah dipulihkan setelah kami berkoordinasi dengan BPJS Kesehatan.",
                ],
                ResolutionEn =
                [
                    "Workers who are laid off keep their BPJS Kesehatan membership for up to six months without paying contributions. Your membership has been restored after we coordinated with BPJS Kesehatan.",
                ],
                Referrals = ["BPJS Kesehatan"],
            },
        ],
    };

    private static CorpusCategory K3() => new()
    {
        Code = "K3",
        ClarifyId = "waktu dan lokasi kejadian, nama perusahaan, kondisi korban atau pekerja yang terdampak, serta foto atau keterangan saksi apabila ada",
        ClarifyEn = "the date and place, the company's name, the condition of the injured or affected workers, and photos or witness statements if available",
        Progress =
        [
            "Pengawas Ketenagakerjaan Spesialis K3 Disnaker Provinsi {province} dijadwalkan melakukan pemeriksaan ke lokasi {company}.",
            "Kami telah meminta {company} menyampaikan dokumen K3 dan penjelasan tertulis kepada pengawas ketenagakerjaan.",
        ],
        ProgressEn = ["A specialist occupational safety inspector of the {province} Manpower Office is scheduled to inspect {company}'s site."],
        Notes =
        [
            "Cek riwayat: {company} belum punya P2K3.",
            "Sudah koordinasi dgn pengawas K3 Disnaker Prov {province}.",
        ],
        Referrals = ["Disnaker Provinsi {province}"],
        Industries = ["Konstruksi", "Metal Works", "Steel Indonesia", "Chemical Indonesia", "Sawit Lestari", "Smelter Indonesia", "Logistik", "Plastindo"],
        Topics =
        [
            new()
            {
                Key = "kecelakaan", Weight = 2, Priority = TicketPriority.P1,
                PhraseId = "kecelakaan kerja di {company}", PhraseEn = "the workplace accident at {company}",
                Subjects = ["Kecelakaan kerja di {company}", "Laporan kecelakaan kerja yang tidak dilaporkan perusahaan", "Kecelakaan kerja berat di {city}, mohon pemeriksaan K3"],
                CasualSubjects = ["temen kerja kecelakaan, perusahaan diem aja", "kecelakaan kerja min tolong"],
                EnglishSubjects = ["Serious workplace accident at {company}"],
                Formal =
                [
                    "Pada {date}, rekan kerja saya mengalami kecelakaan di area {site} {company} di {city}: {injury}. Perusahaan tidak melaporkan kejadian ini dan meminta kami tidak membicarakannya dengan pihak luar.",
                    "Pada {date} terjadi ledakan tungku di area {site} {company} yang menyebabkan beberapa pekerja mengalami luka bakar. Menurut kami kejadian ini terjadi karena mesin tidak pernah diperiksa dan pekerja tidak dilengkapi alat pelindung diri.",
                ],
                Casual = ["pak tgl {date} temen sy kecelakaan di {site}: {injury}. ga pake helm krn emang ga dikasih. skrg dirawat tp biaya disuruh nanggung sendiri"],
                English = ["On {date} a co-worker was injured in the {site} of {company}: {injury}. The company has not reported the accident and told us not to talk about it."],
                Resolution =
                [
                    "Pengawas Ketenagakerjaan Spesialis K3 Disnaker Provinsi {province} telah memeriksa lokasi kejadian dan menerbitkan nota pemeriksaan kepada {company} untuk memperbaiki sistem keselamatan kerja dan melaporkan kecelakaan kepada BPJS Ketenagakerjaan. Biaya perawatan korban ditanggung melalui program Jaminan Kecelakaan Kerja.",
                ],
                ResolutionEn =
                [
                    "A specialist safety inspector from {province} examined the site and ordered {company} to correct its safety system and to report the accident to BPJS Ketenagakerjaan. The victims' treatment is covered by the work accident benefit (JKK).",
                ],
                Notes = ["Sudah konfirmasi ke RS, korban dirawat, kondisi stabil.", "Perusahaan belum lapor kecelakaan ke BPJSTK, sudah diingatkan."],
            },
            new()
            {
                Key = "apd", Weight = 2,
                PhraseId = "alat pelindung diri (APD) yang tidak disediakan", PhraseEn = "the missing personal protective equipment",
                Subjects = ["Pekerja tidak diberikan alat pelindung diri", "APD harus dibeli sendiri oleh pekerja", "Kondisi kerja tidak aman di {company}"],
                CasualSubjects = ["APD suruh beli sendiri", "APD ga dikasih, kerja bahaya"],
                EnglishSubjects = ["No safety equipment provided to workers"],
                Formal =
                [
                    "Pekerja di bagian {site} {company} tidak diberikan alat pelindung diri seperti masker, sarung tangan, dan sepatu keselamatan, padahal bekerja dengan bahan kimia. Beberapa rekan sudah mengalami iritasi kulit dan sesak napas.",
                    "Kami bekerja di ketinggian lebih dari 10 meter tanpa body harness dan tanpa pengaman. Ketika kami meminta APD, mandor menyuruh kami membelinya sendiri.",
                ],
                Casual = ["kerja di bagian {site} pake bahan kimia tp masker aja ga dikasih, sarung tangan beli sendiri. bnyk yg gatel2 sama sesak"],
                English = ["Workers in the {site} handle chemicals without masks, gloves or safety shoes. Several colleagues have skin irritation and breathing problems."],
                Resolution =
                [
                    "Sesuai Permenakertrans Nomor PER.08/MEN/VII/2010, pengusaha wajib menyediakan alat pelindung diri bagi pekerja secara cuma-cuma. Pengawas K3 telah memeriksa {company}, dan perusahaan telah menyediakan APD serta mengadakan pelatihan K3 bagi pekerjanya.",
                ],
                ResolutionEn =
                [
                    "Employers must provide personal protective equipment free of charge (Minister Regulation PER.08/MEN/VII/2010). After a safety inspection, {company} has issued the equipment and trained its workers.",
                ],
            },
            new()
            {
                Key = "cuti-melahirkan", Weight = 0.8,
                PhraseId = "hak cuti melahirkan", PhraseEn = "your maternity leave",
                Subjects = ["Pekerja perempuan tidak diberi cuti melahirkan sesuai ketentuan", "Cuti melahirkan hanya diberikan satu bulan"],
                CasualSubjects = ["cuti melahirkan cuma dikasih 1 bulan"],
                EnglishSubjects = ["Maternity leave refused"],
                Formal = ["Saya sedang hamil 8 bulan dan perusahaan hanya memberikan cuti melahirkan selama satu bulan tanpa upah. Jika mengambil cuti lebih lama, saya diminta mengundurkan diri."],
                Casual = ["istri sy hamil, kata {hr} cuti melahirkan cuma 1 bln, lebih dr itu disuruh resign"],
                English = ["I am eight months pregnant and my employer offers only one month of unpaid maternity leave. If I take longer, I am asked to resign."],
                Resolution =
                [
                    "Pekerja perempuan berhak atas istirahat 1,5 bulan sebelum dan 1,5 bulan sesudah melahirkan dengan upah penuh. Pengawas telah memeriksa {company}, dan perusahaan telah memberikan hak cuti melahirkan sesuai ketentuan.",
                ],
                ResolutionEn =
                [
                    "Women workers are entitled to 1.5 months' leave before and 1.5 months after childbirth on full pay. After an inspection, {company} has granted the leave in full.",
                ],
            },
            new()
            {
                Key = "hari-istirahat", Weight = 0.8,
                PhraseId = "waktu kerja tanpa hari istirahat", PhraseEn = "working without weekly rest or annual leave",
                Subjects = ["Bekerja 7 hari seminggu tanpa hari libur", "Hak cuti tahunan tidak diberikan"],
                CasualSubjects = ["kerja 7 hari seminggu ga ada libur"],
                EnglishSubjects = ["No weekly rest day and no annual leave"],
                Formal = ["Kami bekerja 12 jam sehari selama 7 hari seminggu tanpa hari istirahat mingguan dan tanpa cuti tahunan, dengan alasan target pengiriman."],
                Casual = ["kerja dr senin-minggu 12 jam min, libur cuma pas lebaran"],
                English = ["We work 12 hours a day, seven days a week, without a weekly rest day or annual leave."],
                Resolution =
                [
                    "Setiap pekerja berhak atas istirahat mingguan serta cuti tahunan paling sedikit 12 hari kerja setelah bekerja 12 bulan, dan waktu kerja di atas ketentuan harus diperhitungkan sebagai lembur. Pengawas telah memeriksa {company}, dan perusahaan telah memperbaiki pengaturan waktu kerja dan cuti.",
                ],
                ResolutionEn =
                [
                    "Every worker is entitled to a weekly rest day and at least 12 working days of annual leave after 12 months, and hours beyond the limit count as overtime. After an inspection, {company} has corrected its working-time and leave arrangements.",
                ],
            },
        ],
    };

    private static CorpusCategory Pmi() => new()
    {
        Code = "PMI",
        EnglishShare = 0.06,
        ClarifyId = "nama lengkap pekerja migran sesuai paspor, negara dan kota penempatan, nama perusahaan penempatan (P3MI) dan agensi di luar negeri, serta nomor kontak terakhir yang dapat dihubungi",
        ClarifyEn = "the migrant worker's full name as in the passport, the country and city of placement, the names of the placement company (P3MI) and the overseas agency, and the last known contact number",
        Progress =
        [
            "Kami telah berkoordinasi dengan BP2MI dan Perwakilan RI di {country} untuk menindaklanjuti laporan ini.",
            "Atase ketenagakerjaan di {country} telah menghubungi pihak terkait untuk meminta klarifikasi.",
            "Kami telah meminta {agency} memberikan keterangan dan data penempatan pekerja yang bersangkutan.",
        ],
        ProgressEn = ["We are coordinating with BP2MI and the Indonesian mission in {country}."],
        Notes =
        [
            "Sudah diteruskan ke crisis center BP2MI, nomor tiket mereka menyusul.",
            "Cek izin P3MI {agency}: masih aktif.",
            "Atase naker di {country} sudah dihubungi via email.",
        ],
        Referrals = ["BP2MI", "Perwakilan RI di {country}"],
        Industries = ["Mandiri Utama", "Jasa Tenaga Kerja", "Bina Karya", "Duta Sejahtera"],
        Cities = ["Indramayu", "Cilacap", "Lombok Timur", "Kupang", "Ponorogo", "Blitar", "Cianjur", "Sukabumi", "Lombok Tengah", "Malang"],
        Topics =
        [
            new()
            {
                Key = "paspor-ditahan-majikan", Weight = 1.5, Priority = TicketPriority.P2, WorkerIntro = false,
                PhraseId = "paspor yang ditahan majikan", PhraseEn = "the passport withheld by the employer",
                Subjects = ["Paspor PMI ditahan oleh majikan di {country}", "Permohonan bantuan pemulangan: paspor adik saya ditahan majikan"],
                CasualSubjects = ["paspor ditahan majikan, ga bisa pulang"],
                EnglishSubjects = ["Passport of Indonesian domestic worker withheld by employer"],
                Formal = ["Adik saya bekerja sebagai pekerja rumah tangga di {country} melalui {agency}. Paspornya ditahan oleh majikan sejak tiba dan ia tidak diizinkan memegang telepon kecuali pada hari libur. Ia ingin pulang karena kontraknya sudah selesai bulan {month}."],
                Casual = ["min adik sy kerja di {country}, paspornya dipegang majikan, mau pulang ga boleh. kontrak udh abis. agennya {agency} ga bisa dihubungi"],
                English = ["My sister works as a domestic worker in {country}. Her employer has kept her passport since she arrived and will not let her go home although her contract ended in {month}."],
                Resolution =
                [
                    "Sesuai UU Nomor 18 Tahun 2017, pekerja migran berhak menguasai sendiri dokumen perjalanannya selama bekerja. Setelah koordinasi dengan BP2MI dan Perwakilan RI di {country}, paspor telah dikembalikan dan kepulangan yang bersangkutan sedang difasilitasi.",
                ],
                ResolutionEn =
                [
                    "Under Law No. 18/2017, migrant workers have the right to keep their own travel documents. Through BP2MI and the Indonesian mission in {country}, the passport has been returned and her journey home is being arranged.",
                ],
            },
            new()
            {
                Key = "dokumen-ditahan-p3mi", Weight = 1, Priority = TicketPriority.P2, WorkerIntro = false,
                PhraseId = "dokumen yang ditahan perusahaan penempatan", PhraseEn = "the documents held by the placement company",
                Subjects = ["Dokumen calon pekerja migran ditahan perusahaan penempatan", "{agency} menahan paspor dan ijazah"],
                CasualSubjects = ["paspor & ijazah ditahan agen, suruh tebus"],
                EnglishSubjects = ["Placement agency keeps my passport and asks for money"],
                Formal = ["Sebelum berangkat ke {country}, {agency} menahan paspor dan ijazah saya sebagai jaminan. Karena saya membatalkan keberangkatan, perusahaan meminta uang {amount} untuk mengembalikan dokumen tersebut."],
                Casual = ["sy batal berangkat ke {country}, tp paspor sama ijazah sy ditahan {agency}, suruh tebus {amountShort}. tolong pak"],
                English = ["Before my departure to {country}, {agency} kept my passport and diploma as a guarantee. Because I cancelled, they now ask {amount} to return them."],
                Resolution =
                [
                    "Perusahaan penempatan dilarang menahan dokumen pribadi calon pekerja migran. Setelah kami panggil bersama BP2MI, {agency} telah mengembalikan paspor dan ijazah {you} tanpa biaya, dan perusahaan tersebut kami laporkan untuk dievaluasi izinnya.",
                ],
                ResolutionEn =
                [
                    "Placement companies may not hold prospective migrant workers' personal documents. After we summoned {agency} together with BP2MI, your passport and diploma were returned free of charge, and the company has been reported for a review of its licence.",
                ],
            },
            new()
            {
                Key = "gaji-pmi", Weight = 2, Priority = TicketPriority.P2, WorkerIntro = false, Payment = true,
                PhraseId = "gaji pekerja migran yang tidak dibayarkan", PhraseEn = "the unpaid salary abroad",
                Subjects = ["Gaji PMI di {country} tidak dibayar {months} bulan", "Pekerja migran tidak menerima gaji dari majikan"],
                CasualSubjects = ["gaji istri di {country} ga dibayar {months} bln"],
                EnglishSubjects = ["Migrant worker unpaid for {months} months in {country}"],
                Formal =
                [
                    "Istri saya bekerja di {country} sejak {years} tahun lalu melalui {agency}. Selama {months} bulan terakhir gajinya tidak dibayar oleh majikan, dan pihak agensi di sana tidak memberikan tanggapan.",
                    "Saya bekerja di perkebunan kelapa sawit di {country} melalui {agency}. Gaji kami dipotong untuk biaya penempatan jauh melebihi yang dijanjikan dan sudah {months} bulan tidak dibayar.",
                ],
                Casual = ["pak istri sy kerja di {country}, udh {months} bln gajinya ga dibayar majikan. klo nelpon nangis terus. agennya di sini bilang urusan di sana"],
                English = ["My wife has worked in {country} for {years} years. For the last {months} months her employer has not paid her salary and the agency there does not respond."],
                Resolution =
                [
                    "Kasus ini telah kami koordinasikan dengan BP2MI dan Perwakilan RI di {country}. Melalui mediasi atase ketenagakerjaan, majikan telah membayar gaji yang tertunggak, dan {agency} dimintai pertanggungjawaban sesuai perjanjian penempatan.",
                ],
                ResolutionEn =
                [
                    "We took this up with BP2MI and the Indonesian mission in {country}. After mediation by the labour attaché the employer has paid the salary owed, and {agency} has been held to its placement agreement.",
                ],
            },
            new()
            {
                Key = "tppo", Weight = 1, Priority = TicketPriority.P1, WorkerIntro = false, ForwardShare = 0.3,
                PhraseId = "dugaan tindak pidana perdagangan orang (TPPO)", PhraseEn = "the suspected human trafficking case",
                Subjects = ["Dugaan TPPO: anggota keluarga dipekerjakan paksa di {country}", "Korban penipuan lowongan kerja ke luar negeri", "Dugaan perdagangan orang berkedok lowongan kerja"],
                CasualSubjects = ["adik sy dijanjiin kerja di luar negeri ternyata disekap", "tolong pak anak sy dipaksa kerja scam online"],
                EnglishSubjects = ["Suspected human trafficking - Indonesian held in {country}"],
                Formal =
                [
                    "Anak saya berangkat ke {country} bulan {month2} setelah dijanjikan pekerjaan sebagai admin dengan gaji besar oleh seseorang melalui media sosial. Ternyata ia dipekerjakan di perusahaan penipuan daring, dipaksa bekerja 16 jam sehari, paspornya ditahan, dan keluarga diminta tebusan {amount} agar ia bisa pulang.",
                    "Keponakan saya direkrut calo di kampung untuk bekerja di {country} tanpa melalui perusahaan penempatan resmi. Sejak bulan {month} ia tidak bisa dihubungi, dan pesan terakhirnya mengatakan ia dikurung di mes dan tidak digaji.",
                ],
                Casual = ["pak tolong anak sy di {country}, dijanjiin kerja admin ternyata disuruh nipu online, ga boleh keluar, hp diambil. skrg diminta tebusan {amountShort}"],
                English = ["My cousin was recruited through social media for an office job in {country}. He is now forced to work for an online scam company, his passport was taken and the company demands {amount} for his release."],
                Resolution =
                [
                    "Laporan telah kami koordinasikan dengan BP2MI, Perwakilan RI di {country}, dan Satgas TPPO Polri. Korban telah dievakuasi ke penampungan Perwakilan RI dan sedang diproses kepulangannya; keluarga akan dihubungi langsung oleh petugas.",
                ],
                ResolutionEn =
                [
                    "We coordinated with BP2MI, the Indonesian mission in {country} and the police anti-trafficking task force. The victim has been moved to the mission's shelter and is being repatriated; officers will contact the family directly.",
                ],
                Referrals = ["BP2MI", "Bareskrim Polri (Satgas TPPO)"],
                Notes = ["Korban berangkat non-prosedural, tidak terdata di SISKOP2MI.", "Pelapor minta identitas dirahasiakan, keluarga takut diintimidasi calo."],
            },
            new()
            {
                Key = "prosedur-pmi", Weight = 1.2, Priority = TicketPriority.P4, Kind = TicketKind.Informasi, WorkerIntro = false, ForwardShare = 0,
                PhraseId = "prosedur penempatan pekerja migran", PhraseEn = "the procedure for working abroad",
                Subjects = ["Informasi prosedur resmi bekerja ke {country}", "Cara mengecek keabsahan perusahaan penempatan"],
                CasualSubjects = ["mau kerja ke {country} lewat jalur resmi gmn caranya"],
                EnglishSubjects = ["How to work in {country} legally"],
                Formal = ["Saya berencana bekerja ke {country} sebagai {position}. Mohon informasi syarat dan prosedur resmi, serta cara memastikan bahwa {agency} memiliki izin."],
                Casual = ["min mau nanya, sy mau kerja ke {country}, ada tawaran dr {agency}. caranya biar resmi gmn ya? takut ketipu"],
                English = ["I would like to work in {country} as {position}. What is the official procedure and how can I check that {agency} is licensed?"],
                Resolution =
                [
                    "Penempatan resmi dilakukan melalui perusahaan penempatan (P3MI) yang berizin, dengan pendaftaran di Disnaker kabupaten/kota asal dan Layanan Terpadu Satu Atap (LTSA). Izin perusahaan penempatan dapat dicek melalui situs resmi BP2MI. Mohon tidak memproses keberangkatan melalui perorangan atau calo.",
                ],
                ResolutionEn =
                [
                    "Official placement goes through a licensed placement company (P3MI), with registration at your home district's Manpower Office and the one-stop service (LTSA). Licences can be checked on BP2MI's official website. Please do not arrange departure through individuals or brokers.",
                ],
            },
            new()
            {
                Key = "biaya-penempatan", Weight = 0.8, Priority = TicketPriority.P4, Kind = TicketKind.Konsultasi, WorkerIntro = false, ForwardShare = 0,
                PhraseId = "biaya penempatan yang diminta", PhraseEn = "the placement fee you were asked to pay",
                Subjects = ["Berapa biaya penempatan kerja ke {country}?", "Biaya penempatan yang diminta {agency} apakah wajar?"],
                CasualSubjects = ["agen minta biaya {amountShort}, wajar gak?"],
                EnglishSubjects = ["Is this placement fee legal?"],
                Formal = ["{agency} meminta biaya {amount} untuk proses keberangkatan ke {country} sebagai {position}. Apakah biaya tersebut sesuai ketentuan?"],
                Casual = ["min sy mau kerja ke {country}, agen {agency} minta bayar {amountShort} dulu. itu wajar gak ya?"],
                English = ["{agency} asks me to pay {amount} for my placement in {country} as {position}. Is this fee allowed?"],
                Resolution =
                [
                    "Untuk sejumlah jabatan, antara lain pekerja rumah tangga dan pekerja perkebunan, berlaku pembebasan biaya penempatan bagi pekerja migran. Biaya yang boleh dibebankan harus tercantum dalam perjanjian penempatan resmi. Permintaan {agency} telah kami teruskan untuk diklarifikasi; mohon tidak membayar sebelum ada kejelasan.",
                ],
                ResolutionEn =
                [
                    "For a number of occupations, including domestic and plantation work, migrant workers may not be charged placement costs, and any permitted cost must be set out in the official placement agreement. We have asked {agency} to explain its request; please do not pay until this is clear.",
                ],
            },
        ],
    };

    private static CorpusCategory Pelatihan() => new()
    {
        Code = "PELATIHAN",
        ClarifyId = "nama program dan lembaga pelatihan atau perusahaan tempat magang, periode pelaksanaan, serta bukti keikutsertaan",
        ClarifyEn = "the programme and the training institute or host company, the dates, and proof of participation",
        Progress =
        [
            "Kami telah meminta klarifikasi kepada penyelenggara terkait hal yang {you} sampaikan.",
            "Kami sedang berkoordinasi dengan Disnaker Provinsi {province} dan penyelenggara program.",
        ],
        ProgressEn = ["We have asked the organiser to clarify the matter you raised."],
        Notes = ["Sudah hubungi penyelenggara, menunggu jawaban tertulis."],
        Referrals = ["Disnaker Provinsi {province}", "Manajemen Pelaksana Program Kartu Prakerja"],
        Industries = ["Manufacturing", "Elektronik Indonesia", "Otomotif", "Hotel & Resort"],
        Cities = ["Makassar", "Kendari", "Manado", "Bekasi", "Semarang", "Surabaya", "Bandung", "Balikpapan"],
        Topics =
        [
            new()
            {
                Key = "sertifikat-magang", Weight = 1.5, WorkerIntro = false,
                PhraseId = "sertifikat pemagangan yang belum diterbitkan", PhraseEn = "your apprenticeship certificate",
                Subjects = ["Sertifikat pemagangan belum diterbitkan", "Sertifikat magang di {company} tidak kunjung diberikan"],
                CasualSubjects = ["sertifikat magang blm keluar"],
                EnglishSubjects = ["Apprenticeship certificate not issued"],
                Formal = ["Saya telah menyelesaikan program pemagangan selama 12 bulan di {company}, {city}, namun sampai sekarang sertifikat pemagangan belum diterbitkan. Selama magang, uang saku juga sering terlambat."],
                Casual = ["udh selesai magang 1 thn di {company}, sertifikat blm dikasih, katanya nunggu dari pusat. udah 3 bln lebih"],
                English = ["I completed a 12-month apprenticeship at {company} in {city}, but the apprenticeship certificate has still not been issued."],
                Resolution =
                [
                    "Sesuai Permenaker Nomor 6 Tahun 2020, peserta pemagangan berhak atas bimbingan, uang saku, dan sertifikat pemagangan apabila dinyatakan lulus. Setelah koordinasi dengan Disnaker Provinsi {province}, {company} telah menerbitkan sertifikat {you}.",
                ],
                ResolutionEn =
                [
                    "Under Minister of Manpower Regulation No. 6/2020 apprentices are entitled to supervision, an allowance and, on passing, an apprenticeship certificate. After we coordinated with the {province} Manpower Office, {company} has issued your certificate.",
                ],
                Notes = ["Sudah hubungi {company}, sertifikat sedang dicetak."],
            },
            new()
            {
                Key = "magang-eksploitatif", Weight = 1, WorkerIntro = false,
                PhraseId = "pelaksanaan pemagangan yang tidak sesuai ketentuan", PhraseEn = "an apprenticeship that is really unpaid work",
                Subjects = ["Peserta magang dipekerjakan seperti karyawan tanpa pembimbing", "Uang saku peserta magang di bawah ketentuan"],
                CasualSubjects = ["magang tp kerja kayak karyawan", "uang saku magang ga dibayar"],
                EnglishSubjects = ["Apprentices used as full-time workers"],
                Formal = ["Sebagai peserta magang di {company}, kami bekerja penuh waktu dalam shift produksi seperti karyawan biasa, tanpa pembimbing dan tanpa kurikulum, dengan uang saku {amount} per bulan."],
                Casual = ["kami anak magang di {company} disuruh kerja shift kayak karyawan, ga ada pembimbing, uang saku cuma {amountShort} itupun telat"],
                English = ["As apprentices at {company} we work full shifts in production like regular staff, with no supervisor and no curriculum, for an allowance of {amount} a month."],
                Resolution =
                [
                    "Pemagangan wajib dilaksanakan berdasarkan perjanjian pemagangan dengan program, pembimbing, dan uang saku yang jelas; peserta magang tidak boleh dipekerjakan sebagai pengganti pekerja. Setelah pemeriksaan Disnaker Provinsi {province}, {company} telah memperbaiki program pemagangannya dan melunasi uang saku peserta.",
                ],
                ResolutionEn =
                [
                    "An apprenticeship needs a written agreement with a programme, a supervisor and an allowance, and apprentices may not replace regular workers. After an inspection by the {province} Manpower Office, {company} has corrected its programme and paid the outstanding allowances.",
                ],
                Notes = ["Perusahaan penyelenggara magang belum lapor ke Disnaker, minta dilengkapi."],
            },
            new()
            {
                Key = "daftar-pelatihan", Weight = 1.5, Priority = TicketPriority.P4, Kind = TicketKind.Informasi, WorkerIntro = false, ForwardShare = 0,
                PhraseId = "pendaftaran pelatihan vokasi", PhraseEn = "registration for vocational training",
                Subjects = ["Informasi pendaftaran pelatihan {program} di {office}", "Syarat mengikuti pelatihan berbasis kompetensi tahun {year}"],
                CasualSubjects = ["daftar pelatihan {program} gmn caranya", "pelatihan BLK gratis kah?"],
                EnglishSubjects = ["How to register for {program} training"],
                Formal = ["Saya lulusan SMK dan ingin mengikuti pelatihan {program} di {office}. Mohon informasi jadwal, persyaratan, dan apakah pelatihan tersebut dipungut biaya."],
                Casual = ["min mau daftar pelatihan {program} di {office}, gratis gak? syaratnya apa aja"],
                English = ["I would like to join the {program} course at {office}. What are the requirements and is there a fee?"],
                Resolution =
                [
                    "Pelatihan berbasis kompetensi di Balai Pelatihan Vokasi dan Produktivitas (BPVP) tidak dipungut biaya. Pendaftaran dilakukan melalui SIAPkerja (skillhub.kemnaker.go.id), dan jadwal angkatan berikutnya untuk kejuruan {program} diumumkan di laman tersebut.",
                ],
                ResolutionEn =
                [
                    "Competency-based training at the vocational training centres (BPVP) is free. Registration is through SIAPkerja (skillhub.kemnaker.go.id), where the next {program} intake is announced.",
                ],
            },
            new()
            {
                Key = "status-pendaftaran", Weight = 1, Priority = TicketPriority.P4, Kind = TicketKind.Informasi, WorkerIntro = false, ForwardShare = 0,
                PhraseId = "status pendaftaran pelatihan", PhraseEn = "the status of your training application",
                Subjects = ["Status pendaftaran pelatihan melalui SIAPkerja", "Belum ada panggilan seleksi pelatihan {program}"],
                CasualSubjects = ["udh daftar pelatihan blm ada panggilan"],
                EnglishSubjects = ["No news about my training application"],
                Formal = ["Saya sudah mendaftar pelatihan {program} di {office} melalui SIAPkerja sejak bulan {month2}, namun status pendaftaran masih menunggu seleksi."],
                Casual = ["sy udh daftar pelatihan {program} di siapkerja dr bln {month2} tp blm ada panggilan. itu gmn ya min"],
                English = ["I applied for the {program} course at {office} through SIAPkerja in {month2}, but my application still shows as awaiting selection."],
                Resolution =
                [
                    "Kami telah mengonfirmasi kepada {office}: seleksi angkatan berikutnya untuk kejuruan {program} dijadwalkan bulan depan, dan peserta yang lolos seleksi administrasi akan dihubungi melalui nomor yang terdaftar di SIAPkerja.",
                ],
                ResolutionEn =
                [
                    "{office} confirmed that selection for the next {program} intake is scheduled for next month; applicants who pass the administrative check will be contacted on the number registered in SIAPkerja.",
                ],
                Notes = ["Cek SIAPkerja: status peserta masih seleksi administrasi."],
            },
            new()
            {
                Key = "uji-kompetensi", Weight = 1, WorkerIntro = false,
                PhraseId = "uji kompetensi setelah pelatihan", PhraseEn = "the competency test after your training",
                Subjects = ["Peserta pelatihan tidak diikutkan uji kompetensi", "Sertifikat kompetensi belum diterima"],
                CasualSubjects = ["abis pelatihan ga ada uji kompetensi"],
                EnglishSubjects = ["No competency test after training"],
                Formal = ["Saya telah menyelesaikan pelatihan {program} di {office}, namun uji kompetensi yang dijanjikan tidak dilaksanakan sehingga saya tidak memperoleh sertifikat kompetensi."],
                Casual = ["kata instruktur abis pelatihan {program} ada uji kompetensi, tp sampe skrg ga ada kabar, cuma dapet sertifikat pelatihan"],
                English = ["I finished the {program} course at {office}, but the promised competency test never took place."],
                Resolution =
                [
                    "Kami telah mengonfirmasi kepada {office}: uji kompetensi untuk angkatan {you} dijadwalkan ulang bekerja sama dengan Lembaga Sertifikasi Profesi, dan peserta akan dihubungi melalui nomor yang terdaftar.",
                ],
                ResolutionEn =
                [
                    "{office} confirmed that the competency test for your intake has been rescheduled with the professional certification body; participants will be contacted on their registered numbers.",
                ],
            },
        ],
    };

    private static CorpusCategory Layanan() => new()
    {
        Code = "LAYANAN",
        EnglishShare = 0.04,
        ClarifyId = "nama unit layanan, waktu kejadian, ciri-ciri atau nama petugas (jika diketahui), serta bukti pendukung apabila ada",
        ClarifyEn = "the service unit, the date and time, a description or the name of the officer if known, and any supporting evidence",
        Progress =
        [
            "Laporan {you} telah kami sampaikan kepada pimpinan {office} dan Inspektorat Jenderal untuk ditelaah.",
            "Kami sedang meminta keterangan dari unit layanan terkait.",
        ],
        ProgressEn = ["Your report has been passed to the head of {office} and the Inspectorate General for review."],
        Notes = ["Unit sudah dikonfirmasi, menunggu keterangan tertulis kepala unit."],
        Referrals = ["Inspektorat Jenderal Kemnaker", "Ombudsman RI"],
        Industries = ["Textile", "Logistik"],
        Topics =
        [
            new()
            {
                Key = "pungli", Weight = 2, WorkerIntro = false, ForwardShare = 0.3,
                PhraseId = "dugaan pungutan liar", PhraseEn = "the alleged illegal fee",
                Subjects = ["Dugaan pungutan liar di {office}", "Petugas meminta uang untuk mempercepat pengurusan"],
                CasualSubjects = ["dimintain uang sama petugas", "ngurus surat kok bayar"],
                EnglishSubjects = ["Officer asked for money at {office}"],
                Formal =
                [
                    "Pada {date} saya mengurus pencatatan di {office}. Seorang petugas menyampaikan bahwa proses bisa dipercepat jika saya membayar {amount}, tanpa kuitansi resmi.",
                    "Untuk mendapatkan kartu kuning (AK/I), kami diminta membayar {amount} oleh oknum di loket {office}, padahal layanan tersebut gratis.",
                ],
                Casual = ["td ngurus kartu kuning di {office} dimintain {amountShort} sama petugasnya, katanya biar cepet. ga dikasih kwitansi"],
                English = ["When I visited {office} on {date}, an officer said the process would be faster if I paid {amount}, with no official receipt."],
                Resolution =
                [
                    "Terima kasih atas keberanian {you} melapor. Seluruh layanan di {office} tidak dipungut biaya. Laporan telah ditindaklanjuti oleh Inspektorat Jenderal Kementerian Ketenagakerjaan; pemeriksaan terhadap oknum yang bersangkutan telah dilakukan dan identitas pelapor tetap dirahasiakan.",
                ],
                ResolutionEn =
                [
                    "Thank you for having the courage to report this. All services at {office} are free of charge. The Inspectorate General has examined the officer concerned, and your identity remains confidential.",
                ],
                Notes = ["Teruskan ke Itjen, pelapor minta dirahasiakan.", "Cek CCTV loket tanggal kejadian sudah diminta ke kepala unit."],
            },
            new()
            {
                Key = "sikap-petugas", Weight = 1.5, WorkerIntro = false,
                PhraseId = "sikap petugas yang kurang baik", PhraseEn = "the way our staff treated you",
                Subjects = ["Sikap petugas loket tidak ramah", "Keluhan pelayanan di {office}"],
                CasualSubjects = ["petugas jutek banget", "dilempar2 dari loket ke loket"],
                EnglishSubjects = ["Complaint about staff attitude at {office}"],
                Formal = ["Saya datang ke {office} pada {date} untuk berkonsultasi, namun petugas loket berbicara dengan nada tinggi, tidak mau menjelaskan, dan menyuruh saya kembali minggu depan. Saya dilempar dari satu meja ke meja lain tanpa kejelasan."],
                Casual = ["ke {office} tadi pagi, petugasnya main hp terus, ditanya malah ketus. antri dr jam 8 baru dilayani jam 11"],
                English = ["I visited {office} on {date}. The staff at the counter were dismissive and sent me from desk to desk without an answer."],
                Resolution =
                [
                    "Kami memohon maaf atas pengalaman yang kurang menyenangkan tersebut. Laporan telah kami sampaikan kepada pimpinan {office}; petugas yang bersangkutan telah mendapat pembinaan, dan standar pelayanan di unit tersebut sedang dievaluasi.",
                ],
                ResolutionEn =
                [
                    "We apologise for this experience. The head of {office} has been informed, the officer concerned has been counselled, and the unit's service standards are being reviewed.",
                ],
                Notes = ["Petugas ybs sudah dipanggil atasan langsung."],
            },
            new()
            {
                Key = "respons-lambat", Weight = 1.5, WorkerIntro = false, ForwardShare = 0,
                PhraseId = "lambatnya tanggapan atas laporan sebelumnya", PhraseEn = "the slow response to your earlier report",
                Subjects = ["Laporan sebelumnya belum ditanggapi lebih dari sebulan", "Tidak ada tindak lanjut pengaduan"],
                CasualSubjects = ["lapor dr bulan lalu blm ada jawaban", "call center ga pernah diangkat"],
                EnglishSubjects = ["No follow-up on my previous complaint"],
                Formal = ["Saya telah menyampaikan pengaduan melalui kanal LAPOR! pada bulan {month2}, tetapi hingga saat ini belum ada tindak lanjut maupun informasi status. Nomor call center juga selalu sibuk."],
                Casual = ["sy udh lapor bln {month2} soal gaji, smp skrg ga ada kabar. tlp call center ga diangkat2. ini lapor buat apa sih"],
                English = ["I filed a complaint in {month2} and have heard nothing since. The call centre number is always busy."],
                Resolution =
                [
                    "Kami mohon maaf atas keterlambatan tersebut. Laporan {you} sebelumnya telah kami telusuri dan kini ditangani tim terkait dengan prioritas; perkembangannya akan kami sampaikan melalui tiket ini. Masukan mengenai call center juga kami teruskan untuk perbaikan layanan.",
                ],
                ResolutionEn =
                [
                    "We apologise for the delay. We traced your earlier report; the responsible team now handles it with priority and will update you through this ticket. Your feedback on the call centre has been passed on as well.",
                ],
            },
            new()
            {
                Key = "saran", Weight = 1, Priority = TicketPriority.P4, Kind = TicketKind.Aspirasi, WorkerIntro = false, ForwardShare = 0,
                PhraseId = "saran perbaikan layanan", PhraseEn = "your suggestion",
                Subjects = ["Saran untuk peningkatan layanan", "Usulan perbaikan layanan tatap muka"],
                CasualSubjects = ["saran buat layanan min"],
                EnglishSubjects = ["Suggestion to improve walk-in services"],
                Formal =
                [
                    "Saya mengusulkan agar layanan loket dibuka juga pada hari Sabtu, karena banyak pekerja pabrik tidak mendapat izin pada hari kerja untuk mengurus dokumen.",
                    "Mohon dipertimbangkan sistem antrean daring untuk layanan tatap muka, agar warga tidak perlu mengantre sejak subuh.",
                ],
                Casual = ["saran aja min, antrian di {office} bikin online dong, kasian yg dateng dr jauh"],
                English = ["Please consider an online queue system for walk-in services, so that people do not have to queue from early morning."],
                Resolution =
                [
                    "Terima kasih atas saran yang sangat berharga. Usulan {you} telah kami catat dan sampaikan kepada unit pengelola layanan sebagai bahan evaluasi peningkatan kualitas pelayanan.",
                ],
                ResolutionEn = ["Thank you for this valuable suggestion. We have recorded it and passed it to the unit that manages the service for its improvement review."],
            },
        ],
    };

    private static CorpusCategory Info() => new()
    {
        Code = "INFO",
        EnglishShare = 0.1,
        ClarifyId = "kabupaten/kota domisili serta keperluan informasi secara lebih rinci",
        ClarifyEn = "where you live and, in a little more detail, what you need to know",
        Progress = ["Kami sedang mengonfirmasi informasi terbaru kepada unit teknis terkait."],
        ProgressEn = ["We are checking the latest information with the responsible unit."],
        Notes =
        [
            "Jawaban sesuai FAQ, bisa langsung ditutup setelah dibalas.",
            "Pertanyaan serupa banyak masuk minggu ini, usul masuk FAQ.",
        ],
        Referrals = ["Disnaker Provinsi {province}"],
        Industries = ["Textile", "Logistik", "Retailindo"],
        Topics =
        [
            new()
            {
                Key = "info-upah-minimum", Weight = 2, Priority = TicketPriority.P4, Kind = TicketKind.Informasi, WorkerIntro = false, ForwardShare = 0,
                PhraseId = "informasi upah minimum", PhraseEn = "information on the minimum wage",
                Subjects = ["Berapa UMK {city} tahun {year}?", "Informasi penetapan upah minimum tahun depan"],
                CasualSubjects = ["UMK {city} brp ya min", "kapan UMP naik"],
                EnglishSubjects = ["Minimum wage in {city}"],
                Formal = ["Mohon informasi besaran upah minimum kabupaten/kota {city} tahun {year} dan kapan penetapan upah minimum tahun berikutnya diumumkan."],
                Casual = ["min UMK {city} taun ini brp ya? sy mau ngecek gaji sy udh sesuai apa blm"],
                English = ["Could you tell me the current minimum wage in {city} and when next year's rate will be announced?"],
                Resolution =
                [
                    "Upah minimum kabupaten/kota ditetapkan oleh Gubernur; besaran UMK {city} tahun {year} tercantum dalam keputusan Gubernur {province} yang dipublikasikan di laman Disnaker Provinsi {province}. Upah minimum tahun berikutnya diumumkan menjelang akhir tahun.",
                ],
                ResolutionEn =
                [
                    "District and city minimum wages are set by the Governor; the {year} rate for {city} is in the Governor of {province}'s decree, published on the {province} Manpower Office website. Next year's rates are announced towards the end of the year.",
                ],
            },
            new()
            {
                Key = "cara-lapor", Weight = 2, Priority = TicketPriority.P4, Kind = TicketKind.Informasi, WorkerIntro = false, ForwardShare = 0,
                PhraseId = "tata cara pengaduan", PhraseEn = "how to file a complaint",
                Subjects = ["Cara melaporkan perusahaan yang melanggar hak pekerja", "Informasi kanal pengaduan ketenagakerjaan"],
                CasualSubjects = ["lapor perusahaan nakal kemana ya", "cara lapor tanpa ketahuan perusahaan"],
                EnglishSubjects = ["How do I file a labour complaint?"],
                Formal = ["Saya ingin melaporkan perusahaan tempat saya bekerja yang tidak memenuhi hak normatif pekerja. Apa saja dokumen yang perlu disiapkan, dan apakah identitas pelapor dapat dirahasiakan?"],
                Casual = ["min kalo mau lapor perusahaan yg ga bayar lembur caranya gmn, takut ketauan"],
                English = ["I want to report my employer for not respecting workers' rights. Which documents do I need, and can my identity be kept confidential?"],
                Resolution =
                [
                    "Pengaduan dapat disampaikan melalui formulir daring, WhatsApp, email, LAPOR!, call center, atau langsung di loket layanan. Siapkan identitas, nama dan alamat perusahaan, uraian kejadian, serta bukti pendukung seperti kontrak kerja atau slip gaji. Pelapor dapat memilih mode anonim atau rahasia, dan status laporan dapat dipantau dengan kode pelacakan yang diberikan saat laporan diterima.",
                ],
                ResolutionEn =
                [
                    "You can file a complaint through the online form, WhatsApp, email, LAPOR!, the call centre or at a service counter. Prepare your ID, the company's name and address, what happened, and evidence such as your contract or payslips. You may file anonymously or confidentially, and you can follow the report with the tracking code you receive.",
                ],
            },
            new()
            {
                Key = "kartu-kuning", Weight = 1, Priority = TicketPriority.P4, Kind = TicketKind.Informasi, WorkerIntro = false, ForwardShare = 0,
                PhraseId = "pembuatan kartu pencari kerja (AK/I)", PhraseEn = "the job seeker card (AK/I)",
                Subjects = ["Cara membuat kartu kuning (AK/I) secara online", "Syarat pembuatan kartu pencari kerja"],
                CasualSubjects = ["bikin kartu kuning bisa online gak", "syarat bikin kartu kuning apa aja"],
                EnglishSubjects = ["How to get the job seeker card (AK/I)"],
                Formal = ["Mohon informasi persyaratan dan tata cara pembuatan kartu tanda bukti pendaftaran pencari kerja (AK/I), serta apakah dapat diurus secara daring."],
                Casual = ["min bikin kartu kuning skrg bisa online kah? syaratnya apa aja, sy di {city}"],
                English = ["What are the requirements for the job seeker card (AK/I), and can I apply online?"],
                Resolution =
                [
                    "Kartu AK/I dapat diajukan secara daring melalui SIAPkerja atau langsung ke Dinas Ketenagakerjaan kabupaten/kota domisili, dengan melampirkan KTP, ijazah terakhir, dan pas foto. Layanan ini tidak dipungut biaya.",
                ],
                ResolutionEn = ["You can apply for the AK/I card online through SIAPkerja or at the Manpower Office of your district, with your ID card, latest diploma and a photo. The service is free."],
            },
            new()
            {
                Key = "loker-palsu", Weight = 1, Kind = TicketKind.Konsultasi, WorkerIntro = false, ForwardShare = 0,
                PhraseId = "keabsahan lowongan kerja", PhraseEn = "whether the job offer is genuine",
                Subjects = ["Lowongan kerja mengatasnamakan Kemnaker, apakah resmi?", "Diminta transfer biaya seleksi kerja"],
                CasualSubjects = ["ada loker atas nama kemnaker suruh transfer {amountShort}, asli gak?"],
                EnglishSubjects = ["Is this job vacancy real? They ask for a fee"],
                Formal = ["Saya menerima pesan WhatsApp berisi lowongan kerja yang mengatasnamakan Kementerian Ketenagakerjaan dan meminta transfer biaya seleksi {amount}. Mohon konfirmasi apakah lowongan tersebut resmi."],
                Casual = ["min ada lowongan di grup wa atas nama kemnaker, suruh transfer {amountShort} buat seragam. asli apa penipuan?"],
                English = ["I received a WhatsApp message offering a job in the name of the Ministry of Manpower and asking for a {amount} selection fee. Is it genuine?"],
                Resolution =
                [
                    "Kementerian Ketenagakerjaan tidak pernah memungut biaya dalam proses rekrutmen maupun penyaluran kerja. Pesan tersebut patut diduga penipuan; mohon tidak melakukan transfer dan laporkan nomor tersebut. Lowongan resmi dapat dicek melalui SIAPkerja (karirhub.kemnaker.go.id).",
                ],
                ResolutionEn =
                [
                    "The Ministry of Manpower never charges fees for recruitment or job placement. The message is most likely a scam: please do not transfer any money, and report the number. Genuine vacancies are listed on SIAPkerja (karirhub.kemnaker.go.id).",
                ],
            },
            new()
            {
                Key = "prakerja", Weight = 0.7, Priority = TicketPriority.P4, Kind = TicketKind.Informasi, WorkerIntro = false, ForwardShare = 0.8,
                PhraseId = "program Kartu Prakerja", PhraseEn = "the Kartu Prakerja programme",
                Subjects = ["Insentif Kartu Prakerja belum diterima", "Pertanyaan pendaftaran Kartu Prakerja"],
                CasualSubjects = ["insentif prakerja blm masuk min"],
                EnglishSubjects = ["Kartu Prakerja incentive not received"],
                Formal = ["Saya sudah menyelesaikan pelatihan pertama Kartu Prakerja pada bulan {month2}, namun insentif belum masuk ke rekening saya. Mohon informasi ke mana saya harus menanyakan hal ini."],
                Casual = ["min insentif prakerja sy blm masuk2 udh 2 bulan, pelatihan udh selesai. nanya kemana ya"],
                English = ["I finished my first Kartu Prakerja course in {month2} but the incentive has not arrived. Where should I ask?"],
                Resolution =
                [
                    "Program Kartu Prakerja dikelola oleh Manajemen Pelaksana Program Kartu Prakerja, sehingga pertanyaan mengenai insentif telah kami teruskan ke sana. Status insentif juga dapat dipantau melalui dasbor akun prakerja.go.id.",
                ],
                ResolutionEn = ["Kartu Prakerja is run by its own programme management office, to which we have forwarded your question. You can also follow the incentive in your prakerja.go.id dashboard."],
                Referrals = ["Manajemen Pelaksana Program Kartu Prakerja"],
            },
        ],
    };

    private static CorpusCategory Tka() => new()
    {
        Code = "TKA",
        EnglishShare = 0.45,
        ClarifyId = "nama dan alamat perusahaan, lokasi kerja, jabatan yang dipermasalahkan, serta nomor pengesahan RPTKA (bila ada)",
        ClarifyEn = "the company's name and address, the work site, the position concerned, and the RPTKA approval number if any",
        Progress =
        [
            "Kami sedang memeriksa data pengesahan RPTKA {company} dan berkoordinasi dengan pengawas ketenagakerjaan.",
            "Pengawas ketenagakerjaan bersama tim pengawasan orang asing dijadwalkan memeriksa lokasi kerja {company}.",
        ],
        ProgressEn = ["We are checking {company}'s RPTKA records and coordinating with the labour inspectors."],
        Notes = ["Koordinasi dgn pengawas & imigrasi (Timpora)."],
        Referrals = ["Direktorat Jenderal Imigrasi", "Disnaker Provinsi {province}"],
        Industries = ["Nickel Industry", "Steel Indonesia", "Mining", "Smelter Indonesia", "Power Indonesia", "Konstruksi"],
        Cities = ["Morowali", "Kendari", "Batam", "Cilegon", "Jakarta Selatan", "Makassar", "Balikpapan", "Bekasi"],
        Topics =
        [
            new()
            {
                Key = "rptka-tertunda", Weight = 1.2, Priority = TicketPriority.P4, Kind = TicketKind.Konsultasi, WorkerIntro = false, ForwardShare = 0,
                PhraseId = "pengesahan RPTKA", PhraseEn = "the approval of your foreign worker utilisation plan (RPTKA)",
                Subjects = ["Status pengesahan RPTKA belum diterbitkan", "Konsultasi pengajuan RPTKA melalui TKA Online"],
                CasualSubjects = ["RPTKA lama bgt prosesnya"],
                EnglishSubjects = ["RPTKA application pending for weeks", "RPTKA application: request for guidance"],
                Formal = ["Perusahaan kami, {company}, telah mengajukan pengesahan RPTKA untuk jabatan {position} melalui TKA Online pada bulan {month2}, namun status permohonan masih verifikasi hingga kini. Mohon informasi kelengkapan yang mungkin masih kurang."],
                Casual = ["min RPTKA kami blm keluar2 udh sebulan lebih, statusnya verifikasi terus. kurang apa ya"],
                English = ["Our company, {company}, submitted an RPTKA application for a {position} position through the TKA Online system in {month2}. The status has shown under verification for several weeks. Could you advise whether any document is missing?"],
                Resolution =
                [
                    "Sesuai PP Nomor 34 Tahun 2021, pemberi kerja wajib memiliki RPTKA yang disahkan sebelum mempekerjakan TKA dan membayar Dana Kompensasi Penggunaan TKA (DKPTKA). Permohonan {company} telah kami cek: masih diperlukan struktur organisasi dan penunjukan tenaga kerja pendamping. Setelah dokumen diunggah, pengesahan diproses dalam beberapa hari kerja.",
                ],
                ResolutionEn =
                [
                    "Under Government Regulation No. 34/2021, an employer must hold an approved RPTKA before employing a foreign worker and must pay the compensation fund (DKPTKA). We checked {company}'s application: the organisation chart and the designation of an Indonesian counterpart worker are still missing. Once uploaded, the approval is processed within a few working days.",
                ],
                Notes = ["Cek TKA Online: RPTKA {company} menunggu kelengkapan."],
            },
            new()
            {
                Key = "rptka-perpanjangan", Weight = 0.8, Priority = TicketPriority.P4, Kind = TicketKind.Konsultasi, WorkerIntro = false, ForwardShare = 0,
                PhraseId = "perpanjangan RPTKA", PhraseEn = "extending an RPTKA",
                Subjects = ["Persyaratan perpanjangan RPTKA", "Prosedur perpanjangan izin TKA {company}"],
                CasualSubjects = ["perpanjang RPTKA syaratnya apa aja"],
                EnglishSubjects = ["Question on RPTKA extension for our {position}"],
                Formal = ["RPTKA untuk tenaga ahli {nationality} kami dengan jabatan {position} akan berakhir bulan {month}. Mohon informasi prosedur perpanjangan dan besaran DKPTKA yang harus dibayarkan."],
                Casual = ["RPTKA {position} kami habis bln {month}, perpanjangnya gmn min? DKPTKA nya berapa"],
                English = ["We plan to extend the work permit of our {nationality} {position}, whose RPTKA expires in {month}. What is the procedure, and how much is the compensation fund (DKPTKA)?"],
                Resolution =
                [
                    "Perpanjangan RPTKA diajukan melalui TKA Online sebelum masa berlakunya berakhir, dengan melampirkan laporan pelaksanaan pendampingan dan pelatihan tenaga kerja pendamping. DKPTKA dibayarkan sebesar USD 100 per TKA per bulan untuk jangka waktu perpanjangan.",
                ],
                ResolutionEn =
                [
                    "An RPTKA extension is filed through TKA Online before the current approval expires, with a report on the counterpart worker's training. The compensation fund (DKPTKA) is USD 100 per foreign worker per month for the extended period.",
                ],
            },
            new()
            {
                Key = "tka-buruh-kasar", Weight = 1.5,
                PhraseId = "dugaan TKA bekerja tidak sesuai jabatan", PhraseEn = "foreign nationals working in positions not open to them",
                Subjects = ["Dugaan TKA bekerja sebagai buruh kasar di {company}", "Banyak pekerja asing tanpa izin di proyek {company}"],
                CasualSubjects = ["byk TKA jd buruh kasar"],
                EnglishSubjects = ["Foreign nationals working without permits"],
                Formal = ["Di area {site} {company}, {city}, terdapat puluhan pekerja asal {nationality} yang bekerja sebagai operator dan buruh kasar, sementara pekerja lokal dengan keahlian yang sama tidak diterima. Kami menduga sebagian di antaranya tidak memiliki izin kerja yang sah."],
                Casual = ["di {site} {company} byk bgt pekerja dr {nationality} kerja jd operator, ngelas, sopir. orang lokal malah ga diterima"],
                English = ["At {company}'s {site} in {city}, dozens of foreign workers are employed as operators and labourers, apparently without valid permits."],
                Resolution =
                [
                    "Pengawas ketenagakerjaan bersama tim pengawasan orang asing telah memeriksa {company}. Seluruh TKA yang dilaporkan telah dicocokkan dengan RPTKA; terhadap TKA yang bekerja tidak sesuai jabatan diterbitkan nota pemeriksaan, dan aspek keimigrasiannya diteruskan ke Kantor Imigrasi setempat.",
                ],
                ResolutionEn =
                [
                    "Labour inspectors and the foreigner-supervision team inspected {company}. Every foreign worker reported was checked against the RPTKA; for those working outside their approved positions an inspection order was issued, and the immigration aspects were referred to the local immigration office.",
                ],
            },
            new()
            {
                Key = "tka-personalia", Weight = 0.5,
                PhraseId = "TKA pada jabatan yang tertutup bagi TKA", PhraseEn = "a foreign national in a position closed to foreigners",
                Subjects = ["TKA menduduki jabatan personalia di {company}"],
                CasualSubjects = ["kepala HRD kami orang asing, boleh?"],
                EnglishSubjects = ["Foreign national appointed head of HR"],
                Formal = ["Kepala bagian personalia di {company}, {city}, adalah warga negara {nationality}, padahal jabatan tersebut tertutup bagi TKA. Keputusan rekrutmen dan PHK pekerja lokal diambil olehnya."],
                Casual = ["kepala HRD di {company} orang {nationality} pak, yg mecat2 pekerja lokal dia. emang boleh?"],
                English = ["The head of personnel at {company} in {city} is a {nationality} national, although that position is closed to foreign workers."],
                Resolution =
                [
                    "Jabatan yang mengurusi personalia termasuk jabatan yang tertutup bagi TKA. Setelah pemeriksaan pengawas ketenagakerjaan, {company} telah menunjuk pekerja Indonesia sebagai kepala bagian personalia, dan pengesahan RPTKA untuk jabatan tersebut dicabut.",
                ],
                ResolutionEn =
                [
                    "Personnel positions are closed to foreign workers. After an inspection, {company} has appointed an Indonesian as head of personnel, and the RPTKA approval for that position has been revoked.",
                ],
                Notes = ["Jabatan personalia tertutup untuk TKA, perlu pemeriksaan."],
            },
            new()
            {
                Key = "hak-tka", Weight = 1, WorkerIntro = false, Payment = true,
                PhraseId = "hak TKA atas hubungan kerjanya", PhraseEn = "your rights as a foreign employee",
                Subjects = ["TKA mengundurkan diri, gaji terakhir tidak dibayar"],
                CasualSubjects = ["TKA resign, gaji terakhir ga dibayar"],
                EnglishSubjects = ["Final salary unpaid after resignation", "Request for help: dispute with my employer as a foreign employee"],
                Formal = ["Saya warga negara asing yang bekerja sebagai {position} di {company}. Setelah mengundurkan diri dengan pemberitahuan 30 hari, perusahaan menolak membayar gaji terakhir dan menahan dokumen saya."],
                Casual = ["sy TKA di {company}, resign baik2 tp gaji terakhir ga dibayar"],
                English = ["I am a foreign national employed as {position} at {company} in {city}. After I resigned with 30 days' notice, the company refused to pay my final salary of {amount} and is holding the documents I need to cancel my KITAS."],
                Resolution =
                [
                    "Ketentuan ketenagakerjaan Indonesia juga berlaku bagi TKA yang bekerja di Indonesia, termasuk hak atas upah dan penyelesaian hubungan kerja. Perselisihan ini telah kami koordinasikan dengan mediator Disnaker {city}; {company} telah membayar gaji terakhir dan menyerahkan dokumen untuk pembatalan izin tinggal.",
                ],
                ResolutionEn =
                [
                    "Indonesian labour law also protects foreign nationals employed in Indonesia, including the right to wages and to a proper termination. We referred the dispute to the mediator of the {city} Manpower Office; {company} has since paid your final salary and handed over the documents needed to cancel your stay permit.",
                ],
            },
        ],
    };
}
