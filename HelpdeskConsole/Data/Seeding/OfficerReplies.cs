using System.Text;
using HelpdeskConsole.Tickets;

namespace HelpdeskConsole.Data.Seeding;

/// <summary>What an officer answers at each step.</summary>
internal enum ReplyKind
{
    /// <summary>Received, being verified.</summary>
    Acknowledge,
    /// <summary>Something is missing (PERLU_KELENGKAPAN).</summary>
    RequestInformation,
    /// <summary>What is being done meanwhile.</summary>
    Progress,
    /// <summary>After a chase: apology and progress.</summary>
    Apology,
    /// <summary>The resolution, asking the citizen to confirm (MENUNGGU_TANGGAPAN).</summary>
    Answer,
    /// <summary>Closing after the citizen confirmed.</summary>
    Closing,
    /// <summary>Not the desk's authority: forwarded.</summary>
    Referral,
    /// <summary>Same matter as another ticket.</summary>
    Duplicate,
    /// <summary>The citizen withdrew.</summary>
    Withdrawn,
}

/// <summary>
/// Officers' public replies, built from the stages of the service-excellence training (domain.md): greeting,
/// empathy, clarification, solution or referral, commitment, closing. Internal notes are officer shorthand.
/// </summary>
internal static class OfficerReplies
{
    public static string Reply(Random random, ComplaintCase c, ReplyKind kind, DateTime localTime, bool late)
    {
        var english = c.English;
        var sb = new StringBuilder(900);
        sb.Append(Greeting(english, localTime)).Append(' ').Append("{citizen},").Append("\n\n");
        if (late && kind is ReplyKind.Acknowledge or ReplyKind.RequestInformation or ReplyKind.Progress or ReplyKind.Referral)
        {
            sb.Append(english
                ? "We apologise for our late response. "
                : "Kami mohon maaf atas keterlambatan tanggapan kami. ");
        }

        switch (kind)
        {
            case ReplyKind.Acknowledge:
                sb.Append(Empathy(random, c)).Append(' ')
                    .Append(english
                        ? "Your report has been registered as {number} and we are now verifying its completeness and whether it falls within our authority."
                        : "Laporan {you} telah kami terima dengan nomor {number} dan saat ini sedang kami verifikasi kelengkapan serta kewenangannya.")
                    .Append("\n\n").Append(Commitment(random, english));
                break;

            case ReplyKind.RequestInformation:
                sb.Append(Empathy(random, c)).Append("\n\n")
                    .Append(english
                        ? "So that we can follow this up, could you please send us " + c.Category.ClarifyEn + "? You can simply reply to this message."
                        : "Agar laporan dapat kami tindak lanjuti, mohon {you} melengkapi " + c.Category.ClarifyId + ". Data tersebut dapat dikirim dengan membalas pesan ini.")
                    .Append(' ')
                    .Append(english
                        ? "Until then the report is marked as needing information, and the handling time starts again once it is complete."
                        : "Selama menunggu kelengkapan, status laporan kami ubah menjadi Perlu Kelengkapan dan batas waktu penanganan dihitung kembali setelah data lengkap.");
                break;

            case ReplyKind.Progress:
                sb.Append(english ? "Thank you for the information. " : "Terima kasih atas informasi yang {you} sampaikan. ")
                    .Append(random.Pick(english ? c.Category.ProgressEn : c.Category.Progress))
                    .Append("\n\n").Append(Commitment(random, english));
                break;

            case ReplyKind.Apology:
                sb.Append(english
                        ? "We understand your frustration and we are sorry this is taking time. Your report has not been forgotten. "
                        : "Kami memahami kekecewaan {you} dan mohon maaf atas lamanya proses ini. Laporan {you} tidak kami abaikan. ")
                    .Append(random.Pick(english ? c.Category.ProgressEn : c.Category.Progress))
                    .Append("\n\n").Append(Commitment(random, english));
                break;

            case ReplyKind.Answer:
                sb.Append(english ? "Following up on report {number}: " : "Menindaklanjuti laporan {number}, dengan ini kami sampaikan hasilnya. ")
                    .Append(random.Pick(english ? c.Topic.ResolutionEn : c.Topic.Resolution))
                    .Append("\n\n")
                    .Append(english
                        ? "Could you please confirm whether the matter is now resolved? If we hear nothing within 10 working days, we will close the report."
                        : "Mohon konfirmasi apakah permasalahan tersebut sudah terselesaikan. Apabila dalam 10 hari kerja tidak ada tanggapan, laporan ini akan kami tutup.");
                break;

            case ReplyKind.Closing:
                sb.Append(english
                    ? "Thank you for confirming. We are glad the matter has been resolved, and report {number} is now closed."
                    : "Terima kasih atas konfirmasinya. Kami turut senang permasalahan {you} telah terselesaikan, dan laporan {number} kami nyatakan selesai.");
                break;

            case ReplyKind.Referral:
                sb.Append(Empathy(random, c)).Append("\n\n")
                    .Append(english
                        ? "Having verified your report, we found that this matter falls under the authority of {target}. We have therefore forwarded it, with all supporting information, to {target}, whose officers will contact you directly. You can still follow it with your tracking code."
                        : "Setelah kami verifikasi, permasalahan yang {you} sampaikan merupakan kewenangan {target}. Oleh karena itu laporan ini telah kami teruskan kepada {target} beserta seluruh data pendukung, dan {you} akan dihubungi langsung oleh petugas instansi tersebut. Perkembangannya tetap dapat dipantau dengan kode pelacakan {you}.");
                break;

            case ReplyKind.Duplicate:
                sb.Append(english
                    ? "Thank you for your report. It concerns the same matter as report {dup}, which is already being handled, so we have merged the two and archived this one. Updates will follow on {dup}."
                    : "Terima kasih atas laporannya. Laporan ini sama dengan laporan {dup} yang sedang kami tangani, sehingga penanganannya kami gabungkan dan tiket ini kami arsipkan. Perkembangan akan kami sampaikan melalui laporan {dup}.");
                break;

            case ReplyKind.Withdrawn:
                sb.Append(english
                    ? "Thank you for letting us know. As you requested, we have closed this report. Please contact us again if anything else comes up."
                    : "Terima kasih atas informasinya. Sesuai permintaan {you}, laporan ini kami tutup. Apabila di kemudian hari ada kendala, silakan menghubungi kami kembali.");
                break;
        }

        sb.Append("\n\n").Append(Closing(random, english, kind is ReplyKind.Closing));
        return c.Slots.Fill(sb.ToString());
    }

    public static string Note(Random random, ComplaintCase c)
    {
        var roll = random.NextDouble();
        var pool = roll < 0.45 && c.Topic.Notes.Length > 0 ? c.Topic.Notes : roll < 0.75 ? c.Category.Notes : GenericNotes;
        return c.Slots.Fill(random.Pick(pool));
    }

    public static string LeadNote(Random random, ComplaintCase c, bool late, TicketPriority priority) => c.Slots.Fill(
        late ? "Sudah lewat batas respons pertama. Segera hubungi pelapor dan sampaikan permohonan maaf."
        : priority == TicketPriority.P1 ? "P1: koordinasikan hari ini juga, kabari saya perkembangannya."
        : random.Pick(LeadNotes));

    public static string ForwardNote(ComplaintCase c) => c.Slots.Fill("Bukan wewenang kita, teruskan ke {target}. Data pendukung sudah dilampirkan.");

    public static string DuplicateNote(ComplaintCase c) => c.Slots.Fill("Isi sama dengan {dup}, penanganan digabung ke sana. Tiket ini diarsipkan.");

    public static string PriorityNote(TicketPriority from, TicketPriority to) => to < from
        ? "Dinaikkan: menyangkut banyak pekerja / risiko keselamatan."
        : "Diturunkan: permintaan informasi, tidak ada unsur pelanggaran.";

    public const string AutoCloseNote = "Ditutup otomatis: tidak ada tanggapan pelapor dalam 10 hari kerja.";

    private static readonly string[] GenericNotes =
    [
        "Pelapor sudah ditelepon untuk konfirmasi kronologi.",
        "Ambil dari antrean, saya tangani.",
        "Laporan lengkap, lanjut proses.",
        "Nomor pelapor tidak aktif, dihubungi via email.",
        "Pelapor emosional di telepon, sudah ditenangkan dan dijelaskan alurnya.",
    ];

    private static readonly string[] LeadNotes =
    [
        "Tolong diprioritaskan, sudah mendekati batas waktu.",
        "Ok, lanjutkan koordinasi. Pantau sampai selesai.",
        "Mohon jawaban ke pelapor pakai template resmi, cantumkan dasar hukumnya.",
        "Cek apakah ada laporan serupa, gabungkan kalau perlu.",
    ];

    private static string Greeting(bool english, DateTime localTime)
    {
        if (english)
        {
            return "Dear";
        }

        var part = localTime.Hour switch
        {
            < 11 => "pagi",
            < 15 => "siang",
            < 18 => "sore",
            _ => "malam",
        };
        return "Selamat " + part;
    }

    private static string Empathy(Random random, ComplaintCase c)
    {
        var phrase = c.English ? c.Topic.PhraseEn : c.Topic.PhraseId;
        var asks = c.Topic.Kind is TicketKind.Informasi or TicketKind.Konsultasi or TicketKind.Aspirasi;
        string[] pool = (c.English, asks) switch
        {
            (true, true) => ["Thank you for contacting the Ministry of Manpower complaint desk about " + phrase + "."],
            (true, false) =>
            [
                "Thank you for contacting the Ministry of Manpower complaint desk. We understand how worrying " + phrase + " must be, and we will do our best to help.",
                "Thank you for reporting " + phrase + ". We are sorry for the difficulties you are facing.",
            ],
            (false, true) =>
            [
                "Terima kasih telah menghubungi Layanan Pengaduan Kementerian Ketenagakerjaan dan atas pertanyaan {you} mengenai " + phrase + ".",
                "Terima kasih atas pertanyaan {you} terkait " + phrase + ".",
            ],
            (false, false) =>
            [
                "Terima kasih telah menghubungi Layanan Pengaduan Kementerian Ketenagakerjaan. Kami memahami keresahan {you} terkait " + phrase + ", dan kami akan membantu semaksimal mungkin.",
                "Terima kasih telah menyampaikan laporan mengenai " + phrase + ". Kami turut prihatin atas kesulitan yang {you} alami.",
                "Terima kasih atas kepercayaan {you} kepada layanan kami. Kami memahami bahwa persoalan " + phrase + " ini sangat penting bagi {you}.",
            ],
        };
        return random.Pick(pool);
    }

    private static string Commitment(Random random, bool english) => english
        ? random.Pick(CommitmentsEn)
        : random.Pick(Commitments);

    private static readonly string[] Commitments =
    [
        "Kami akan menyampaikan perkembangan penanganan paling lambat {deadline}.",
        "Perkembangan laporan dapat {you} pantau dengan kode pelacakan, dan kami akan mengabari {you} paling lambat {deadline}.",
    ];

    private static readonly string[] CommitmentsEn =
    [
        "We will update you by {deadline} at the latest.",
        "You can follow the report with your tracking code; we will update you by {deadline}.",
    ];

    private static string Closing(Random random, bool english, bool survey)
    {
        var sb = new StringBuilder();
        if (survey)
        {
            sb.Append(english
                ? "We would be grateful if you could rate our service in the short satisfaction survey we will send you."
                : "Kami mengundang {you} mengisi survei kepuasan layanan yang akan kami kirimkan, sebagai bahan perbaikan pelayanan kami.");
        }
        else
        {
            sb.Append(random.Pick(english
                ? ["If you have anything to add, simply reply to this message.", "Please do not hesitate to reply if you have further questions."]
                : (string[])["Apabila ada hal lain yang ingin disampaikan, silakan membalas pesan ini.", "Jangan ragu menghubungi kami kembali apabila ada pertanyaan."]));
        }

        sb.Append(english ? "\n\nKind regards,\n{officer}\n{team}" : "\n\nSalam hormat,\n{officer}\n{team}");
        return sb.ToString();
    }
}
