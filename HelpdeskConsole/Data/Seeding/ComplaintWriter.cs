using System.Globalization;
using System.Text;
using HelpdeskConsole.Tickets;

namespace HelpdeskConsole.Data.Seeding;

/// <summary>Everything the texts of one seeded ticket need: what it is about, in which register, with which values.</summary>
internal sealed class ComplaintCase
{
    public required CorpusCategory Category { get; init; }
    public required CorpusTopic Topic { get; init; }
    public required Register Register { get; init; }
    public required TextSlots Slots { get; init; }

    public bool English => Register == Register.English;
}

/// <summary>Composes complaints and citizens' follow-ups from <see cref="DemoCorpus"/>.</summary>
internal static class ComplaintWriter
{
    private static readonly string[] AgencySuffixes = ["Mandiri Utama", "Jasa Tenaga Kerja", "Bina Karya", "Duta Sejahtera", "Insan Global"];

    // Trafficking cases often end in online-scam compounds; regular placements go to the usual destinations.
    private static readonly (string Id, string En)[] ScamCountries =
        [.. DemoCorpus.Countries.Where(c => c.Id is "Kamboja" or "Myanmar" or "Malaysia")];

    private static readonly (string Id, string En)[] PlacementCountries =
        [.. DemoCorpus.Countries.Where(c => c.Id is not ("Kamboja" or "Myanmar" or "Turki"))];

    /// <summary>Chooses the topic and fills the slots; <paramref name="person"/> is null when the reporter gave no name.</summary>
    public static ComplaintCase NewCase(Random random, CorpusCategory category, Register register, SeedPerson? person,
        bool nameGiven, DateTime createdAt)
    {
        var season = SeedCalendar.IsThrSeason(createdAt);
        var topic = category.Topics[random.PickIndex(season ? category.TopicWeights : category.OffSeasonTopicWeights)];
        var english = register == Register.English;
        var slots = new TextSlots();

        var (city, province, _) = category.Cities.Length > 0 && random.Chance(0.75)
            ? DemoCorpus.City(random.Pick(category.Cities))
            : DemoCorpus.Cities[random.PickIndex(DemoCorpus.CityWeights)];
        slots.City = city;
        slots.Province = province;
        slots.Company = CompanyName(random, random.Pick(category.Industries));
        slots.Agency = "PT " + random.Pick(DemoCorpus.CompanyFirst) + " " + random.Pick(DemoCorpus.CompanySecond) + " " +
                       random.Pick(AgencySuffixes);

        var months = random.Next(2, 6);
        var wage = RoundTo(random.Next(2_300_000, 5_800_000), 50_000);
        var amount = AmountFor(topic.Key, random, wage, months);
        slots.Amount = SeedFormat.Rupiah(amount, english);
        slots.AmountShort = SeedFormat.RupiahShort(ShortAmountFor(topic.Key, wage, amount), english);
        slots.Months = months.ToString(CultureInfo.InvariantCulture);
        slots.Month = SeedFormat.MonthName(createdAt.AddMonths(-1).Month, english);
        slots.Month2 = SeedFormat.MonthName(createdAt.AddMonths(-2).Month, english);
        slots.N = (topic.Key == "phk-massal" ? random.Next(80, 900) : random.Next(6, 140)).ToString(CultureInfo.InvariantCulture);
        slots.Years = random.Next(1, 16).ToString(CultureInfo.InvariantCulture);
        var (positionId, positionEn) = random.Pick(topic.Key is "rptka-tertunda" or "rptka-perpanjangan" or "hak-tka" ? DemoCorpus.TkaPositions : DemoCorpus.Positions);
        slots.Position = english ? positionEn : positionId;
        var (countryId, countryEn) = random.Pick(topic.Key == "tppo" && random.Chance(0.6) ? ScamCountries : PlacementCountries);
        slots.Country = english ? countryEn : countryId;
        slots.Date = SeedFormat.Date(createdAt.AddDays(-random.Next(2, 20)), english);
        slots.Program = random.Pick(DemoCorpus.Programs);
        var (nationalityId, nationalityEn) = random.Pick(DemoCorpus.Nationalities);
        slots.Nationality = english ? nationalityEn : nationalityId;
        var (siteId, siteEn) = random.Pick(DemoCorpus.Sites);
        slots.Site = english ? siteEn : siteId;
        var (injuryId, injuryEn) = random.Pick(DemoCorpus.Injuries);
        slots.Injury = english ? injuryEn : injuryId;
        slots.Hr = random.Pick(english ? DemoCorpus.HrWordsEn : DemoCorpus.HrWords);
        slots.Year = createdAt.Year.ToString(CultureInfo.InvariantCulture);
        var christmas = createdAt.Month == 12;
        slots.Holiday = english ? (christmas ? "Christmas" : "Eid") : (christmas ? "Natal" : "Idul Fitri");
        slots.HolidayCasual = christmas ? "natal" : "lebaran";
        slots.Office = slots.Fill(category.Code switch
        {
            "PELATIHAN" => random.Pick(DemoCorpus.TrainingOffices),
            "LAYANAN" => random.Pick(DemoCorpus.Offices),
            _ => "Disnaker {city}",
        });

        slots.Name = nameGiven && person is not null ? person.Name : "";
        slots.You = english ? "you" : !nameGiven || person is null ? "Bapak/Ibu" : person.Female ? "Ibu" : "Bapak";
        slots.Citizen = english
            ? (nameGiven && person is not null ? person.Name : "Sir or Madam")
            : (nameGiven && person is not null ? person.Honorific : "Bapak/Ibu Pelapor");

        return new ComplaintCase { Category = category, Topic = topic, Register = register, Slots = slots };
    }

    public static string Subject(Random random, ComplaintCase c, bool officerTyped)
    {
        var topic = c.Topic;
        var pool = c.Register switch
        {
            Register.English => topic.EnglishSubjects,
            Register.Formal => topic.Subjects,
            _ when officerTyped => topic.Subjects,
            _ => random.Chance(0.6) ? topic.CasualSubjects : topic.Subjects,
        };
        var subject = c.Slots.Fill(random.Pick(pool));
        return subject.Length <= 200 ? subject : subject[..200];
    }

    /// <summary>The complaint itself. Calls and walk-ins are typed by the officer who took them.</summary>
    public static string Body(Random random, ComplaintCase c, TicketChannel channel, bool brief = false)
    {
        var topic = c.Topic;
        var slots = c.Slots;
        var named = slots.Name.Length > 0;
        var asks = topic.Kind is TicketKind.Informasi or TicketKind.Konsultasi or TicketKind.Aspirasi;
        var sb = new StringBuilder(700);

        switch (c.Register)
        {
            case Register.English:
                if (!brief)
                {
                    sb.Append(random.Pick(DemoCorpus.EnglishOpeners)).Append("\n\n");
                }

                sb.Append(random.Pick(topic.English));
                if (!brief)
                {
                    sb.Append("\n\n").Append(random.Pick(DemoCorpus.EnglishRequests)).Append("\n\n")
                        .Append(random.Pick(named ? DemoCorpus.EnglishClosingsNamed : DemoCorpus.EnglishClosings));
                }

                break;

            case Register.Formal:
                var transcribed = channel is TicketChannel.Telepon or TicketChannel.Loket;
                if (transcribed)
                {
                    sb.Append(channel == TicketChannel.Telepon
                        ? "Laporan diterima melalui call center dan dicatat oleh petugas.\n\n"
                        : "Laporan disampaikan langsung di loket layanan dan dicatat oleh petugas.\n\n");
                }
                else if (!brief)
                {
                    sb.Append(random.Pick(DemoCorpus.FormalOpeners)).Append("\n\n");
                }

                if (topic.WorkerIntro && !brief)
                {
                    sb.Append(random.Pick(named ? DemoCorpus.FormalIntrosNamed : DemoCorpus.FormalIntrosAnonymous)).Append(' ');
                }

                sb.Append(random.Pick(topic.Formal));
                if (!brief)
                {
                    sb.Append("\n\n");
                    if (!asks && topic.WorkerIntro && random.Chance(0.6))
                    {
                        sb.Append(random.Pick(DemoCorpus.FormalDetails)).Append(' ');
                    }

                    sb.Append(random.Pick(asks ? DemoCorpus.FormalQuestions : DemoCorpus.FormalRequests));
                    if (transcribed)
                    {
                        break;
                    }

                    if (!asks)
                    {
                        sb.Append("\n\n").Append(random.Pick(named ? DemoCorpus.FormalClosingsNamed : DemoCorpus.FormalClosings));
                    }
                    else if (named)
                    {
                        sb.Append("\n\nSalam,\n{name}");
                    }
                }

                break;

            case Register.Javanese or Register.Sundanese:
                var javanese = c.Register == Register.Javanese;
                var lines = (javanese, asks) switch
                {
                    (true, true) => DemoCorpus.JavaneseAsks,
                    (true, false) => DemoCorpus.JavaneseLines,
                    (false, true) => DemoCorpus.SundaneseAsks,
                    _ => DemoCorpus.SundaneseLines,
                };
                sb.Append(random.Pick(javanese ? DemoCorpus.JavaneseOpeners : DemoCorpus.SundaneseOpeners)).Append(' ')
                    .Append(random.Pick(topic.Casual));
                EndSentence(sb).Append(random.Pick(lines)).Append(' ')
                    .Append(random.Pick(javanese ? DemoCorpus.JavaneseClosings : DemoCorpus.SundaneseClosings));
                break;

            default:
                var opener = brief ? "" : random.Pick(DemoCorpus.CasualOpeners);
                if (opener.Length > 0)
                {
                    sb.Append(opener).Append(' ');
                }

                sb.Append(random.Pick(topic.Casual));
                if (!brief && !asks && topic.WorkerIntro && random.Chance(0.4))
                {
                    EndSentence(sb).Append(random.Pick(DemoCorpus.CasualDetails));
                }

                var closing = brief ? "" : random.Pick(DemoCorpus.CasualClosings);
                if (closing.Length > 0)
                {
                    EndSentence(sb).Append(closing);
                }

                break;
        }

        return slots.Fill(sb.ToString());
    }

    /// <summary>The citizen sends what the officer asked for.</summary>
    public static string ProvidesInformation(Random random, ComplaintCase c)
    {
        var group = c.Category.Code switch
        {
            "PMI" => 1,
            "UPAH" or "THR" => 2,
            _ when c.Topic.WorkerIntro => 3,
            _ => 4,
        };
        string[] pool = (c.Register, group) switch
        {
            (Register.English, 1) => ["Thank you. The agency is {agency} and the placement is in {country}. I have sent a copy of the passport and the last messages by email."],
            (Register.English, 2 or 3) => ["Thank you for your reply. The company is {company} in {city}. I have sent the supporting documents by email."],
            (Register.English, _) => ["Thank you. I have sent the requested details by email."],
            (Register.Formal, 1) => ["Terima kasih atas tanggapannya. Nama perusahaan penempatannya {agency}, negara penempatan {country}. Fotokopi paspor dan tangkapan layar percakapan terakhir sudah saya kirim melalui email.", "Baik, berikut data yang diminta: perusahaan penempatan {agency}, penempatan di {country} sejak {years} tahun lalu. Nomor kontak terakhir sudah saya cantumkan di email."],
            (Register.Formal, 2) => ["Terima kasih atas tanggapannya. Berikut kelengkapan data: nama perusahaan {company}, berlokasi di {city}. Slip gaji dan perjanjian kerja sudah saya kirimkan melalui email.", "Baik, data yang diminta sudah saya lengkapi. Perusahaan: {company}, {city}. Masa kerja saya {years} tahun. Slip gaji tiga bulan terakhir saya lampirkan melalui email."],
            (Register.Formal, 3) => ["Terima kasih atas tanggapannya. Perusahaan yang saya laporkan adalah {company}, berlokasi di {city}. Dokumen dan foto pendukung sudah saya kirimkan melalui email.", "Baik, berikut kelengkapannya: {company}, {city}. Kronologi lengkap dan bukti pendukung saya lampirkan melalui email."],
            (Register.Formal, _) => ["Terima kasih. Data yang diminta sudah saya kirimkan melalui email, mohon dicek.", "Baik, berikut saya sampaikan kelengkapan datanya. Dokumen pendukung sudah saya kirim melalui email."],
            (_, 1) => ["ok pak, agennya {agency}, di {country}. foto paspor sy kirim lewat email ya", "ini datanya min: {agency}, negara {country}. no hp terakhir udh sy kirim"],
            (_, 2) => ["ok pak, ini sy kirim datanya. nama PT nya {company}, alamat di {city}. slip gaji sy fotoin ya", "udh sy kirim ke email min, {company} di {city}. kerja udh {years} thn"],
            (_, 3) => ["ok pak, PT nya {company} di {city}. foto2nya udh sy kirim ke email", "udh sy kirim kronologinya min, perusahaannya {company} {city}"],
            _ => ["udh sy kirim datanya min, tolong dicek", "ok pak sudah sy lengkapi ya"],
        };
        return c.Slots.Fill(random.Pick(pool));
    }

    public static string Thanks(Random random, ComplaintCase c)
    {
        var paid = c.Topic.Payment;
        string[] pool = (c.Register, paid) switch
        {
            (Register.English, true) => ["Thank you, I received the payment today.", "Confirmed, the money has been paid. Thank you for your help."],
            (Register.English, _) => ["Thank you very much, the matter has been resolved.", "Thank you for the clear explanation."],
            (Register.Formal, true) => ["Terima kasih banyak atas bantuannya, hak saya sudah dibayarkan oleh perusahaan.", "Dengan ini saya konfirmasi bahwa pembayaran sudah saya terima. Terima kasih atas tindak lanjutnya."],
            (Register.Formal, _) => ["Terima kasih banyak atas bantuannya, permasalahan saya sudah selesai.", "Terima kasih atas penjelasan dan tindak lanjutnya.", "Alhamdulillah sudah terselesaikan. Terima kasih atas pelayanannya."],
            (Register.Javanese, true) => ["alhamdulillah sampun dibayar, matur nuwun sanget pak."],
            (Register.Javanese, _) => ["matur nuwun sanget pak, sampun beres."],
            (Register.Sundanese, true) => ["alhamdulillah tos dibayar, hatur nuhun pisan."],
            (Register.Sundanese, _) => ["hatur nuhun pisan, tos beres."],
            (_, true) => ["alhamdulillah udh cair pak, makasih banyak 🙏", "udh ditransfer sama perusahaan min, makasih ya", "mantap min, udh dibayar. makasih"],
            _ => ["makasih min udh dibantu", "udah beres pak, terima kasih banyak", "oke jelas min, makasih infonya 🙏"],
        };
        return random.Pick(pool);
    }

    public static string Chases(Random random, ComplaintCase c)
    {
        string[] pool = c.Register switch
        {
            Register.English => ["I have not heard anything for a while. Is there any update on my report?", "Could you please let me know the status of my complaint?"],
            Register.Formal => ["Mohon maaf, sudah beberapa hari belum ada kabar mengenai laporan saya. Mohon informasi perkembangannya.", "Selamat siang, saya ingin menanyakan perkembangan laporan saya. Terima kasih."],
            _ => ["min laporan sy gmn? udah lama ga ada kabar", "halo?? udh seminggu lebih nih blm ada jawaban", "pak tolong dong dibales, kami butuh kepastian", "gimana pak kelanjutannya?"],
        };
        return random.Pick(pool);
    }

    public static string Withdraws(Random random, ComplaintCase c)
    {
        string[] pool = c.Register switch
        {
            Register.English => ["The issue has been settled with the employer, so I would like to withdraw my report. Thank you."],
            Register.Formal => ["Permasalahan sudah diselesaikan secara kekeluargaan dengan perusahaan, sehingga laporan ini saya cabut. Terima kasih.", "Mohon maaf, laporan ini saya batalkan karena sudah ada kesepakatan dengan pihak perusahaan."],
            _ => ["min udh dibayar kok barusan, laporannya dicabut aja ya. makasih", "pak udh selesai sama perusahaan, laporan dibatalin aja"],
        };
        return random.Pick(pool);
    }

    public static string Reopens(Random random, ComplaintCase c)
    {
        string[] pool = c.Register switch
        {
            Register.English => ["Unfortunately the employer has still not done what was agreed. Could you please reopen my report?"],
            Register.Formal => ["Mohon maaf, ternyata sampai hari ini perusahaan belum juga melaksanakan kesepakatan tersebut. Mohon laporan saya ditindaklanjuti kembali."],
            _ => ["pak ternyata blm dibayar jg sampe skrg, katanya minggu depan terus. tolong dibuka lagi laporannya", "min perusahaan ingkar janji, blm ada yg dibayar. gmn ini"],
        };
        return random.Pick(pool);
    }

    /// <summary>Ends the sentence so far ("." unless it already ends with punctuation) and leaves a space.</summary>
    private static StringBuilder EndSentence(StringBuilder sb)
    {
        if (sb.Length > 0 && sb[^1] is not ('.' or '?' or '!' or ',' or ':'))
        {
            sb.Append('.');
        }

        return sb.Append(' ');
    }

    private static string CompanyName(Random random, string industry)
    {
        var name = random.Pick(DemoCorpus.CompanyFirst) + " " + random.Pick(DemoCorpus.CompanySecond);
        return random.Next(20) switch
        {
            < 2 => "CV " + name,
            2 => "PT " + name + " " + industry + " Tbk",
            _ => "PT " + name + " " + industry,
        };
    }

    private static long AmountFor(string topic, Random random, long wage, int months) => topic switch
    {
        "upah-tertunggak" => wage * 2,
        "upah-dicicil" => wage / 2 * months,
        "upah-di-bawah-umk" => RoundTo(random.Next(1_700_000, 3_200_000), 50_000),
        "potongan-upah" or "pungli" or "loker-palsu" => RoundTo(random.Next(150_000, 1_500_000), 50_000),
        "thr-kurang" => RoundTo(wage / 2, 50_000),
        "phk-tanpa-pesangon" => RoundTo(random.Next(2_000_000, 15_000_000), 500_000),
        "jht-saldo" => RoundTo(random.Next(1_500_000, 6_000_000), 1_000),
        "jkk" => RoundTo(random.Next(4_000_000, 25_000_000), 10_000),
        "dokumen-ditahan-p3mi" => RoundTo(random.Next(5_000_000, 15_000_000), 500_000),
        "tppo" => RoundTo(random.Next(20_000_000, 80_000_000), 1_000_000),
        "biaya-penempatan" => RoundTo(random.Next(8_000_000, 35_000_000), 500_000),
        "magang-eksploitatif" => RoundTo(random.Next(800_000, 1_800_000), 100_000),
        "hak-tka" => RoundTo(random.Next(15_000_000, 60_000_000), 1_000_000),
        _ => wage,
    };

    /// <summary>The figure a chatting worker mentions: what they did get, where that differs from what is owed.</summary>
    private static long ShortAmountFor(string topic, long wage, long amount) => topic switch
    {
        "upah-dicicil" => RoundTo(wage / 2, 100_000),
        "thr-prorata" => wage,
        _ => amount,
    };

    private static long RoundTo(long value, long step) => value / step * step;
}
