namespace HelpdeskConsole.CannedResponses;

/// <summary>One text of the demo library (Development only). The Indonesian and English versions of a text share a shortcut; the seeder links them.</summary>
internal sealed record DemoResponse(string Shortcut, string Language, string? CategoryCode, ResponsePurpose Purpose, string Title, string Body, string[] Tags);

/// <summary>
/// The demo response library: the six stages of the service-excellence script (greeting to closing) and the
/// situations officers meet again and again (an angry complainant, missing information, forwarding, a delay, the
/// auto-close notice), general and for the common categories, each in Indonesian and English. Every body is one
/// stage on its own, so a greeting, an empathy text and so on down to a closing concatenate into one reply.
/// Placeholders are only those of <see cref="Placeholders.AllowList"/>; legal references are the ones an officer
/// would cite (PP 36/2021, Permenaker 6/2016, UU 2/2004, UU 13/2003 as amended by UU 6/2023, PP 35/2021).
/// </summary>
internal static class DemoResponses
{
    public static readonly IReadOnlyList<DemoResponse> All =
    [
        // ---------------------------------------------------------------- Salam (greetings)
        new("salam-umum", "id", null, ResponsePurpose.Salam, "Salam pembuka umum",
            "Yth. {{pelapor.nama}},\n\nSalam sejahtera. Saya {{petugas.nama}} dari {{unit.nama}}, Layanan Pengaduan Kementerian Ketenagakerjaan, yang akan membantu menangani laporan Bapak/Ibu nomor {{tiket.nomor}}.",
            ["a6:attitude", "5s"]),
        new("salam-umum", "en", null, ResponsePurpose.Salam, "General greeting",
            "Dear {{citizen.name}},\n\nGreetings from the Ministry of Manpower complaint service. My name is {{officer.name}} of {{unit.name}}, and I will be handling your report {{ticket.number}}.",
            ["a6:attitude", "5s"]),

        new("salam-formal", "id", null, ResponsePurpose.Salam, "Salam pembuka resmi (surat/email)",
            "Yth. {{pelapor.nama}}\ndi tempat\n\nDengan hormat,\n\nMenindaklanjuti laporan Bapak/Ibu nomor {{tiket.nomor}} perihal {{tiket.kategori}}, bersama ini {{unit.nama}} Kementerian Ketenagakerjaan Republik Indonesia menyampaikan tanggapan sebagai berikut.",
            ["a6:appearance", "5s", "formal"]),
        new("salam-formal", "en", null, ResponsePurpose.Salam, "Formal greeting (letter/email)",
            "Dear {{citizen.name}},\n\nWith reference to your report {{ticket.number}} concerning {{ticket.category}}, {{unit.name}} of the Ministry of Manpower of the Republic of Indonesia would like to respond as follows.",
            ["a6:appearance", "5s", "formal"]),

        new("salam-kontak-ulang", "id", null, ResponsePurpose.Salam, "Salam untuk pelapor yang menghubungi kembali",
            "Yth. {{pelapor.nama}},\n\nSalam sejahtera, terima kasih telah kembali menghubungi kami. Saya {{petugas.nama}} dari {{unit.nama}}; riwayat laporan Bapak/Ibu nomor {{tiket.nomor}} sudah saya pelajari, sehingga Bapak/Ibu tidak perlu mengulang penjelasan dari awal.",
            ["a6:attention", "5s"]),
        new("salam-kontak-ulang", "en", null, ResponsePurpose.Salam, "Greeting for a repeat contact",
            "Dear {{citizen.name}},\n\nThank you for getting back in touch with us. I am {{officer.name}} of {{unit.name}}; I have read the history of your report {{ticket.number}}, so there is no need to explain everything again.",
            ["a6:attention", "5s"]),

        // ---------------------------------------------------------------- Empati (acknowledge, thank, apologise)
        new("empati-umum", "id", null, ResponsePurpose.Empati, "Empati dan terima kasih (umum)",
            "Terima kasih atas kepercayaan Bapak/Ibu menyampaikan laporan ini kepada kami. Kami memahami bahwa permasalahan ini sangat penting bagi Bapak/Ibu, dan kami akan membantu semaksimal mungkin sesuai kewenangan kami.",
            ["a6:attitude", "a6:attention"]),
        new("empati-umum", "en", null, ResponsePurpose.Empati, "Empathy and thanks (general)",
            "Thank you for trusting us with your report. We understand how important this matter is to you, and we will do our best to help within our authority.",
            ["a6:attitude", "a6:attention"]),

        new("empati-upah", "id", "UPAH", ResponsePurpose.Empati, "Empati: upah belum atau kurang dibayar",
            "Terima kasih atas kepercayaan Bapak/Ibu menyampaikan laporan ini kepada kami. Kami memahami bahwa upah yang terlambat atau kurang dibayar sangat memberatkan kebutuhan sehari-hari Bapak/Ibu dan keluarga. Laporan Bapak/Ibu kami tangani sebagai prioritas.",
            ["a6:attitude", "upah"]),
        new("empati-upah", "en", "UPAH", ResponsePurpose.Empati, "Empathy: wages unpaid or underpaid",
            "Thank you for trusting us with this report. We understand that late or underpaid wages put a heavy strain on the daily needs of you and your family. We are treating your report as a priority.",
            ["a6:attitude", "upah"]),

        new("empati-thr", "id", "THR", ResponsePurpose.Empati, "Empati: THR di masa puncak menjelang Lebaran",
            "Terima kasih telah menyampaikan pengaduan THR kepada kami. Kami memahami betapa pentingnya THR bagi Bapak/Ibu dan keluarga untuk menyambut hari raya. Menjelang Idulfitri jumlah pengaduan THR yang kami terima meningkat tajam; meski demikian, setiap laporan tetap kami catat dan tangani sebagai prioritas sesuai urutannya.",
            ["a6:attitude", "thr", "lebaran"]),
        new("empati-thr", "en", "THR", ResponsePurpose.Empati, "Empathy: THR during the pre-Eid peak",
            "Thank you for raising your THR (religious holiday allowance) complaint with us. We understand how much the allowance matters to you and your family ahead of the holiday. In the weeks before Eid al-Fitr the number of THR complaints rises sharply; even so, every report is logged and handled as a priority in turn.",
            ["a6:attitude", "thr", "lebaran"]),

        new("empati-phk", "id", "PHK", ResponsePurpose.Empati, "Empati: pemutusan hubungan kerja",
            "Kami turut prihatin atas pemutusan hubungan kerja yang Bapak/Ibu alami, dan kami memahami bahwa situasi ini berat bagi Bapak/Ibu dan keluarga. Terima kasih telah mempercayakan permasalahan ini kepada kami; kami akan membantu menjelaskan hak-hak Bapak/Ibu dan jalur penyelesaian yang tersedia.",
            ["a6:attitude", "phk"]),
        new("empati-phk", "en", "PHK", ResponsePurpose.Empati, "Empathy: termination of employment",
            "We are sorry to hear about the termination of your employment, and we understand how difficult this is for you and your family. Thank you for entrusting this matter to us; we will help explain your rights and the ways in which the dispute can be settled.",
            ["a6:attitude", "phk"]),

        new("empati-k3", "id", "K3", ResponsePurpose.Empati, "Empati: kecelakaan kerja",
            "Kami turut prihatin atas kecelakaan kerja yang menimpa Bapak/Ibu atau rekan kerja Bapak/Ibu, dan kami berharap korban segera mendapatkan perawatan yang layak. Keselamatan pekerja adalah prioritas kami, sehingga laporan ini kami tangani dengan segera.",
            ["a6:attitude", "k3"]),
        new("empati-k3", "en", "K3", ResponsePurpose.Empati, "Empathy: accident at work",
            "We are very sorry to hear about the accident at work that has affected you or your colleague, and we hope that whoever was injured is receiving proper care. Workers' safety is our priority, so we are handling this report urgently.",
            ["a6:attitude", "k3"]),

        // ---------------------------------------------------------------- Klarifikasi (who, what, when, where, evidence)
        new("klarifikasi-umum", "id", null, ResponsePurpose.Klarifikasi, "Klarifikasi: siapa, apa, kapan, di mana, bukti",
            "Agar laporan dapat kami tindak lanjuti dengan tepat, mohon Bapak/Ibu melengkapi keterangan berikut: siapa pihak yang dilaporkan (nama dan alamat lengkap perusahaan atau instansi), apa yang terjadi, sejak kapan, dan di mana lokasinya. Mohon lampirkan pula bukti pendukung yang Bapak/Ibu miliki, misalnya dokumen, foto, atau tangkapan layar percakapan. Keterangan tersebut cukup dikirim dengan membalas pesan ini.",
            ["a6:attention", "a6:ability"]),
        new("klarifikasi-umum", "en", null, ResponsePurpose.Klarifikasi, "Clarification: who, what, when, where, evidence",
            "So that we can follow up your report properly, please tell us who the report is about (the full name and address of the company or agency), what happened, since when, and where. Please also attach any supporting evidence you have, such as documents, photos or screenshots of messages. You can simply reply to this message.",
            ["a6:attention", "a6:ability"]),

        new("klarifikasi-upah", "id", "UPAH", ResponsePurpose.Klarifikasi, "Klarifikasi: data pengaduan upah",
            "Untuk menindaklanjuti pengaduan upah ini, mohon Bapak/Ibu menyampaikan nama dan alamat lengkap perusahaan, jabatan serta tanggal mulai bekerja, dan periode upah yang belum dibayar atau kekurangannya. Mohon lampirkan pula bukti pendukung, misalnya slip gaji, kontrak kerja atau surat pengangkatan, dan mutasi rekening atau bukti transfer gaji. Apabila rekan kerja lain mengalami hal yang sama, mohon sebutkan perkiraan jumlahnya.",
            ["a6:attention", "upah"]),
        new("klarifikasi-upah", "en", "UPAH", ResponsePurpose.Klarifikasi, "Clarification: details of a wage complaint",
            "To follow up this wage complaint, please send us the full name and address of the company, your position and start date, and the period for which wages are unpaid or underpaid. Please also attach supporting evidence such as payslips, your employment contract or letter of appointment, and bank statements or salary transfer receipts. If colleagues are affected too, please tell us roughly how many.",
            ["a6:attention", "upah"]),

        new("klarifikasi-thr", "id", "THR", ResponsePurpose.Klarifikasi, "Klarifikasi: data pengaduan THR",
            "Agar pengaduan THR dapat segera kami teruskan untuk ditindaklanjuti, mohon Bapak/Ibu menyampaikan nama dan alamat lengkap perusahaan, tanggal mulai bekerja dan status hubungan kerja (PKWT, PKWTT, atau harian lepas), serta besaran upah per bulan. Mohon jelaskan juga apakah THR belum dibayar sama sekali, dibayar kurang, atau dibayar terlambat, dan lampirkan bukti seperti slip gaji, kontrak kerja, atau bukti transfer THR bila ada.",
            ["a6:attention", "thr"]),
        new("klarifikasi-thr", "en", "THR", ResponsePurpose.Klarifikasi, "Clarification: details of a THR complaint",
            "So that we can pass your THR complaint on for action quickly, please send us the full name and address of the company, your start date and type of employment (fixed-term/PKWT, permanent/PKWTT, or daily casual), and your monthly wage. Please also tell us whether the THR has not been paid at all, was paid short, or was paid late, and attach evidence such as payslips, your employment contract or the THR transfer receipt if you have one.",
            ["a6:attention", "thr"]),

        new("klarifikasi-phk", "id", "PHK", ResponsePurpose.Klarifikasi, "Klarifikasi: kronologi dan dokumen PHK",
            "Untuk dapat memberikan penjelasan yang tepat, mohon Bapak/Ibu menyampaikan nama dan alamat perusahaan, tanggal mulai bekerja, status hubungan kerja (PKWT atau PKWTT), serta tanggal dan alasan PHK yang disampaikan perusahaan. Mohon lampirkan pula kontrak kerja, surat PHK atau surat pemberitahuan dari perusahaan, slip gaji terakhir, dan risalah perundingan bipartit apabila sudah dilakukan. Mohon informasikan juga apakah Bapak/Ibu sudah menerima pesangon atau kompensasi, dan berapa besarnya.",
            ["a6:attention", "phk"]),
        new("klarifikasi-phk", "en", "PHK", ResponsePurpose.Klarifikasi, "Clarification: termination timeline and documents",
            "So that we can advise you correctly, please send us the name and address of the company, your start date, your type of contract (fixed-term/PKWT or permanent/PKWTT), and the date of and reason for the termination given by the company. Please also attach your employment contract, the termination letter or notice from the company, your last payslip, and the minutes of the bipartite negotiation if one has taken place. Please also tell us whether you have received any severance or compensation, and how much.",
            ["a6:attention", "phk"]),

        new("klarifikasi-bpjs", "id", "JAMSOS", ResponsePurpose.Klarifikasi, "Klarifikasi: kepesertaan dan klaim BPJS Ketenagakerjaan",
            "Agar kami dapat menelusuri permasalahan jaminan sosial Bapak/Ibu, mohon sampaikan nama perusahaan, nomor kepesertaan (KPJ) pada kartu BPJS Ketenagakerjaan, serta program yang dipermasalahkan (JHT, JKK, JKM, JP, atau JKP). Mohon jelaskan pula kendalanya, misalnya iuran dipotong dari gaji tetapi tidak disetorkan atau klaim ditolak, dan lampirkan foto kartu BPJS, slip gaji yang menunjukkan potongan iuran, atau tangkapan layar saldo pada aplikasi JMO. Demi pelindungan data pribadi, mohon tidak mengirimkan foto KTP atau NIK lengkap melalui pesan ini.",
            ["a6:attention", "bpjs"]),
        new("klarifikasi-bpjs", "en", "JAMSOS", ResponsePurpose.Klarifikasi, "Clarification: BPJS Ketenagakerjaan membership and claims",
            "So that we can look into your social security problem, please send us the name of the company, the membership number (KPJ) on your BPJS Ketenagakerjaan card, and the programme concerned (JHT, JKK, JKM, JP or JKP). Please also describe the problem, for example contributions deducted from your wages but not paid in, or a rejected claim, and attach a photo of your BPJS card, a payslip showing the deduction, or a screenshot of your balance in the JMO app. To protect your personal data, please do not send a photo of your identity card (KTP) or your full NIK in this message.",
            ["a6:attention", "bpjs"]),

        new("klarifikasi-pmi", "id", "PMI", ResponsePurpose.Klarifikasi, "Klarifikasi: data pekerja migran",
            "Agar kasus dapat segera kami koordinasikan, mohon Bapak/Ibu menyampaikan nama lengkap pekerja migran, negara dan kota penempatan, nama perusahaan penempatan (P3MI) yang memberangkatkan, nama majikan atau perusahaan di luar negeri, serta tanggal keberangkatan. Mohon jelaskan kondisi pekerja saat ini dan lampirkan dokumen yang ada, seperti perjanjian kerja, perjanjian penempatan, atau tangkapan layar percakapan terakhir. Apabila pekerja dalam bahaya atau diduga menjadi korban perdagangan orang, mohon segera sampaikan agar laporan kami tangani sebagai prioritas kritis.",
            ["a6:attention", "pmi"]),
        new("klarifikasi-pmi", "en", "PMI", ResponsePurpose.Klarifikasi, "Clarification: details of a migrant worker case",
            "So that we can coordinate the case quickly, please send us the migrant worker's full name, the country and city of placement, the name of the placement agency (P3MI) that sent them, the name of the employer or company abroad, and the date of departure. Please describe the worker's current situation and attach any documents you have, such as the employment agreement, the placement agreement or screenshots of the latest messages. If the worker is in danger or may be a victim of human trafficking, please tell us at once so that we handle the report as a critical priority.",
            ["a6:attention", "pmi"]),

        // ---------------------------------------------------------------- Solusi / rujukan (the answer)
        new("solusi-umum", "id", null, ResponsePurpose.Solusi, "Solusi: langkah penyelesaian umum (bipartit dahulu)",
            "Berdasarkan keterangan dan dokumen yang Bapak/Ibu sampaikan serta ketentuan ketenagakerjaan yang berlaku, berikut langkah yang kami sarankan:\n\n- sampaikan permasalahan secara tertulis kepada perusahaan (bagian HRD atau manajemen) dan simpan salinannya;\n- simpan bukti pendukung, seperti perjanjian kerja, slip gaji, dan percakapan dengan perusahaan;\n- apabila tidak tercapai kesepakatan, kabari kami agar laporan dapat kami teruskan kepada pengawas ketenagakerjaan atau mediator sesuai permasalahannya.",
            ["a6:ability", "a6:action"]),
        new("solusi-umum", "en", null, ResponsePurpose.Solusi, "Solution: general steps (bipartite first)",
            "Based on the information and documents you have provided and the labour regulations in force, we suggest the following steps:\n\n- raise the matter with your employer (HR or management) in writing and keep a copy;\n- keep your supporting evidence, such as your employment contract, payslips and messages with the company;\n- if no agreement is reached, let us know so that we can pass the matter to the labour inspectors or a mediator, as appropriate.",
            ["a6:ability", "a6:action"]),

        new("solusi-upah", "id", "UPAH", ResponsePurpose.Solusi, "Solusi: upah tidak dibayar atau di bawah ketentuan",
            "Sesuai PP 36/2021 tentang Pengupahan, upah wajib dibayarkan sesuai waktu yang disepakati dan tidak boleh lebih rendah dari upah minimum yang berlaku, dan keterlambatan pembayaran upah dapat dikenai denda. Langkah yang kami sarankan:\n\n- sampaikan keberatan secara tertulis kepada perusahaan (perundingan bipartit) dan simpan salinannya;\n- apabila tidak ada penyelesaian, laporan akan kami teruskan kepada pengawas ketenagakerjaan Disnaker provinsi untuk pemeriksaan ke perusahaan;\n- apabila perselisihan hak tetap tidak selesai, Bapak/Ibu dapat mencatatkannya ke Disnaker kabupaten/kota untuk diselesaikan melalui mediasi.",
            ["a6:ability", "upah", "mediasi"]),
        new("solusi-upah", "en", "UPAH", ResponsePurpose.Solusi, "Solution: wages unpaid or below the rules",
            "Under Government Regulation (PP) 36/2021 on Wages, wages must be paid on the agreed date and may not be lower than the applicable minimum wage, and late payment of wages may incur a fine. We suggest the following steps:\n\n- raise your objection with the company in writing (bipartite negotiation) and keep a copy;\n- if this does not resolve it, we will forward your report to the labour inspectors of the Provincial Manpower Office, who can examine the company;\n- if a dispute over rights still remains, you can register it with the district/city Manpower Office to be settled through mediation.",
            ["a6:ability", "upah", "mediasi"]),

        new("solusi-thr", "id", "THR", ResponsePurpose.Solusi, "Solusi: ketentuan THR keagamaan",
            "Sesuai Permenaker 6/2016, THR keagamaan wajib dibayarkan paling lambat 7 (tujuh) hari sebelum hari raya kepada pekerja dengan masa kerja minimal 1 bulan secara terus-menerus, baik PKWT maupun PKWTT. Besarnya:\n\n- masa kerja 12 bulan atau lebih: 1 (satu) bulan upah;\n- masa kerja 1 bulan sampai kurang dari 12 bulan: proporsional, yaitu masa kerja dibagi 12 dikali 1 bulan upah;\n- THR dibayarkan dalam bentuk uang rupiah.\n\nPengusaha yang terlambat atau tidak membayar THR dapat dikenai denda dan sanksi administratif, dan laporan Bapak/Ibu akan kami teruskan kepada pengawas ketenagakerjaan untuk ditindaklanjuti.",
            ["a6:ability", "thr", "lebaran"]),
        new("solusi-thr", "en", "THR", ResponsePurpose.Solusi, "Solution: the religious holiday allowance rules",
            "Under Minister of Manpower Regulation (Permenaker) 6/2016, the religious holiday allowance (THR) must be paid no later than 7 (seven) days before the holiday to every worker with at least 1 month of continuous service, whether on a fixed-term (PKWT) or permanent (PKWTT) contract. The amount is:\n\n- 12 months of service or more: 1 (one) month's wages;\n- from 1 month to less than 12 months: in proportion, i.e. months of service divided by 12, times 1 month's wages;\n- it is paid in money, in rupiah.\n\nAn employer who pays THR late or not at all may be fined and face administrative sanctions, and we will forward your report to the labour inspectors for follow-up.",
            ["a6:ability", "thr", "lebaran"]),

        new("solusi-phk-mediasi", "id", "PHK", ResponsePurpose.Solusi, "Solusi: jalur bipartit, mediasi, dan PHI",
            "Sesuai UU 2/2004 tentang Penyelesaian Perselisihan Hubungan Industrial, perselisihan PHK diselesaikan secara bertahap:\n\n- perundingan bipartit antara Bapak/Ibu dan perusahaan, paling lama 30 hari kerja, yang hasilnya dituangkan dalam risalah;\n- apabila gagal, perselisihan dicatatkan ke Dinas Ketenagakerjaan kabupaten/kota setempat dengan melampirkan risalah bipartit, untuk diselesaikan melalui mediasi;\n- apabila anjuran mediator tidak diterima salah satu pihak, perselisihan dapat diajukan gugatan ke Pengadilan Hubungan Industrial (PHI).\n\nHak atas pesangon dan kompensasi mengikuti UU 13/2003 sebagaimana telah diubah dengan UU 6/2023 beserta PP 35/2021.",
            ["a6:ability", "phk", "mediasi"]),
        new("solusi-phk-mediasi", "en", "PHK", ResponsePurpose.Solusi, "Solution: bipartite talks, mediation and the PHI court",
            "Under Law (UU) 2/2004 on the Settlement of Industrial Relations Disputes, a termination dispute is settled in stages:\n\n- bipartite negotiation between you and the company, for at most 30 working days, with the outcome recorded in minutes;\n- if that fails, the dispute is registered with the local district/city Manpower Office, with the bipartite minutes attached, and settled through mediation;\n- if either party rejects the mediator's recommendation, the dispute can be brought before the Industrial Relations Court (PHI).\n\nSeverance and compensation rights follow UU 13/2003 as amended by UU 6/2023, together with PP 35/2021.",
            ["a6:ability", "phk", "mediasi"]),

        new("solusi-jamsos", "id", "JAMSOS", ResponsePurpose.Solusi, "Solusi: iuran tidak disetor atau klaim terkendala",
            "Pengusaha wajib mendaftarkan seluruh pekerjanya sebagai peserta BPJS Ketenagakerjaan dan menyetorkan iuran, termasuk bagian iuran yang dipotong dari upah pekerja. Langkah yang dapat ditempuh:\n\n- periksa status kepesertaan dan riwayat iuran melalui aplikasi JMO atau kantor cabang BPJS Ketenagakerjaan terdekat;\n- apabila iuran tidak disetorkan, laporan akan kami koordinasikan dengan BPJS Ketenagakerjaan dan pengawas ketenagakerjaan untuk penegakan kepatuhan perusahaan;\n- untuk klaim JHT, JKK, JKM, JP, atau JKP yang terkendala, sampaikan nomor pengajuan klaim agar dapat kami telusuri bersama BPJS Ketenagakerjaan.",
            ["a6:ability", "bpjs"]),
        new("solusi-jamsos", "en", "JAMSOS", ResponsePurpose.Solusi, "Solution: contributions not paid in or claims stuck",
            "Employers must register all their workers with BPJS Ketenagakerjaan and pay in the contributions, including the share deducted from workers' wages. You can take the following steps:\n\n- check your membership status and contribution history in the JMO app or at the nearest BPJS Ketenagakerjaan branch office;\n- if contributions have not been paid in, we will take up your report with BPJS Ketenagakerjaan and the labour inspectors to enforce the company's compliance;\n- for a JHT, JKK, JKM, JP or JKP claim that is stuck, send us the claim reference number so that we can trace it together with BPJS Ketenagakerjaan.",
            ["a6:ability", "bpjs"]),

        new("solusi-k3", "id", "K3", ResponsePurpose.Solusi, "Solusi: kecelakaan kerja dan hak JKK",
            "Setiap kecelakaan kerja wajib dilaporkan oleh pengusaha kepada Dinas Ketenagakerjaan dan BPJS Ketenagakerjaan, dan biaya perawatan pekerja yang terdaftar ditanggung melalui program Jaminan Kecelakaan Kerja (JKK) sesuai kebutuhan medis. Tindak lanjut yang kami lakukan:\n\n- laporan kami teruskan kepada pengawas ketenagakerjaan spesialis K3 di Disnaker provinsi untuk pemeriksaan ke lokasi kerja;\n- kami memastikan bersama BPJS Ketenagakerjaan bahwa kecelakaan telah dilaporkan dan hak JKK korban diproses;\n- apabila pekerja belum didaftarkan sebagai peserta, pengusaha tetap wajib menanggung biaya perawatan dan hak-hak pekerja sesuai ketentuan.",
            ["a6:ability", "a6:action", "k3"]),
        new("solusi-k3", "en", "K3", ResponsePurpose.Solusi, "Solution: accidents at work and JKK benefits",
            "Every accident at work must be reported by the employer to the Manpower Office and to BPJS Ketenagakerjaan, and the treatment costs of a registered worker are covered by the Work Accident Insurance programme (JKK) according to medical need. What we are doing next:\n\n- we are forwarding the report to the occupational safety and health (K3) labour inspectors of the Provincial Manpower Office, who will inspect the workplace;\n- we are checking with BPJS Ketenagakerjaan that the accident has been reported and the injured worker's JKK benefits are being processed;\n- if the worker was not registered, the employer must still bear the treatment costs and the worker's entitlements as the rules require.",
            ["a6:ability", "a6:action", "k3"]),

        // ---------------------------------------------------------------- Komitmen (next step, deadline, tracking code)
        new("komitmen-tindak-lanjut", "id", null, ResponsePurpose.Komitmen, "Komitmen tindak lanjut dan kode pelacakan",
            "Langkah kami berikutnya adalah memverifikasi laporan dan berkoordinasi dengan pihak terkait, dan hasilnya akan kami sampaikan paling lambat {{tiket.tenggat}}. Bapak/Ibu dapat memantau status laporan kapan saja dengan kode pelacakan **{{tiket.kode}}**.",
            ["a6:accountability", "a6:action"]),
        new("komitmen-tindak-lanjut", "en", null, ResponsePurpose.Komitmen, "Follow-up commitment and tracking code",
            "Our next step is to verify your report and coordinate with the parties concerned; we will let you know the outcome by {{ticket.deadline}} at the latest. You can follow the status of your report at any time with the tracking code **{{ticket.code}}**.",
            ["a6:accountability", "a6:action"]),

        new("komitmen-thr", "id", "THR", ResponsePurpose.Komitmen, "Komitmen: tindak lanjut THR oleh pengawas",
            "Laporan THR Bapak/Ibu telah kami teruskan kepada pengawas ketenagakerjaan untuk segera dilakukan pemeriksaan atau pemanggilan terhadap perusahaan. Kami akan menyampaikan hasil tindak lanjutnya paling lambat {{tiket.tenggat}}, dan status laporan dapat Bapak/Ibu pantau dengan kode pelacakan **{{tiket.kode}}**. Apabila THR dibayarkan sebelum tenggat tersebut, mohon kabari kami agar laporan dapat kami selesaikan.",
            ["a6:accountability", "thr"]),
        new("komitmen-thr", "en", "THR", ResponsePurpose.Komitmen, "Commitment: THR follow-up by the inspectors",
            "We have passed your THR report to the labour inspectors so that they can promptly examine or summon the company. We will let you know the result by {{ticket.deadline}} at the latest, and you can follow the status of your report with the tracking code **{{ticket.code}}**. If the THR is paid before then, please let us know so that we can close the report.",
            ["a6:accountability", "thr"]),

        // ---------------------------------------------------------------- Penutup (closing, survey invitation)
        new("penutup-survei", "id", null, ResponsePurpose.Penutup, "Penutup dengan undangan survei kepuasan",
            "Terima kasih atas kesabaran dan kerja sama Bapak/Ibu. Kami mengundang Bapak/Ibu mengisi survei kepuasan masyarakat (IKM) yang akan kami kirimkan; penilaian Bapak/Ibu sangat berarti bagi perbaikan layanan kami.\n\nSalam hormat,\n{{petugas.nama}}\n{{unit.nama}}",
            ["a6:accountability", "5s", "ikm"]),
        new("penutup-survei", "en", null, ResponsePurpose.Penutup, "Closing with the satisfaction survey invitation",
            "Thank you for your patience and cooperation. We invite you to complete the public satisfaction survey (IKM) that we will send you; your rating helps us improve our service.\n\nKind regards,\n{{officer.name}}\n{{unit.name}}",
            ["a6:accountability", "5s", "ikm"]),

        new("penutup-whatsapp", "id", null, ResponsePurpose.Penutup, "Penutup hangat untuk WhatsApp",
            "Terima kasih banyak ya, Bapak/Ibu, sudah sabar menunggu. Kalau berkenan, mohon bantu isi survei kepuasan singkat yang nanti kami kirimkan, supaya layanan kami makin baik. Semoga urusannya lancar. Salam, {{petugas.nama}}.",
            ["5s", "ikm", "whatsapp"]),
        new("penutup-whatsapp", "en", null, ResponsePurpose.Penutup, "Warm closing for WhatsApp",
            "Thank you so much for waiting so patiently. If you have a moment, please fill in the short satisfaction survey we'll send you; it really helps us do better. All the best, {{officer.name}}.",
            ["5s", "ikm", "whatsapp"]),

        // ---------------------------------------------------------------- Situations
        new("redam-emosi", "id", null, ResponsePurpose.DeEscalation, "Meredam emosi pelapor",
            "Kami mohon maaf atas ketidaknyamanan yang Bapak/Ibu alami, dan kami memahami kekecewaan Bapak/Ibu. Keluhan Bapak/Ibu kami terima dengan serius dan tidak akan kami abaikan. Izinkan kami memastikan duduk permasalahannya terlebih dahulu agar dapat membantu dengan tepat; saya, {{petugas.nama}}, akan mendampingi laporan ini sampai tuntas.",
            ["a6:attitude", "a6:attention"]),
        new("redam-emosi", "en", null, ResponsePurpose.DeEscalation, "Calming an upset complainant",
            "We are sorry for the inconvenience you have experienced, and we understand your frustration. We take your complaint seriously and it will not be ignored. Please allow us to make sure we understand the problem correctly so that we can help you properly; I, {{officer.name}}, will personally follow your report until it is resolved.",
            ["a6:attitude", "a6:attention"]),

        new("lengkapi-berkas", "id", null, ResponsePurpose.MissingInformation, "Permintaan kelengkapan data",
            "Setelah kami periksa, laporan Bapak/Ibu nomor {{tiket.nomor}} belum dapat kami proses lebih lanjut karena data pendukungnya belum lengkap. Mohon Bapak/Ibu melengkapi nama dan alamat lengkap perusahaan, kronologi singkat, serta salinan bukti yang relevan dengan membalas pesan ini. Selama menunggu kelengkapan, status laporan menjadi **Perlu Kelengkapan** dan batas waktu penanganan dihentikan sementara, lalu dilanjutkan kembali setelah data kami terima.",
            ["a6:attention", "a6:accountability"]),
        new("lengkapi-berkas", "en", null, ResponsePurpose.MissingInformation, "Request for missing information",
            "Having checked your report {{ticket.number}}, we are not yet able to process it further because some supporting information is missing. Please send us the full name and address of the company, a short account of what happened, and copies of any relevant evidence by replying to this message. Until then the report is marked **Needs information** and the handling time is paused; it resumes as soon as we receive the information.",
            ["a6:attention", "a6:accountability"]),

        new("teruskan-disnaker", "id", null, ResponsePurpose.Forwarding, "Diteruskan ke Disnaker provinsi",
            "Setelah kami verifikasi, penanganan permasalahan ini merupakan kewenangan Dinas Ketenagakerjaan Provinsi tempat perusahaan berada, yang membawahi pengawas ketenagakerjaan di wilayah tersebut. Oleh karena itu, laporan Bapak/Ibu beserta data pendukungnya telah kami teruskan ke Disnaker Provinsi, dan petugas di sana akan menghubungi Bapak/Ibu secara langsung. Perkembangannya tetap dapat Bapak/Ibu pantau dengan kode pelacakan {{tiket.kode}}.",
            ["rujukan", "a6:accountability"]),
        new("teruskan-disnaker", "en", null, ResponsePurpose.Forwarding, "Forwarded to the provincial manpower office",
            "Having verified your report, we found that this matter falls under the authority of the Provincial Manpower Office (Disnaker) where the company is located, which oversees the labour inspectors in that area. We have therefore forwarded your report and its supporting documents to the Provincial Manpower Office, whose officers will contact you directly. You can still follow its progress with your tracking code {{ticket.code}}.",
            ["rujukan", "a6:accountability"]),

        new("teruskan-bpjs", "id", "JAMSOS", ResponsePurpose.Forwarding, "Diteruskan ke BPJS Ketenagakerjaan",
            "Permasalahan yang Bapak/Ibu sampaikan berkaitan dengan layanan kepesertaan dan klaim yang dikelola langsung oleh BPJS Ketenagakerjaan. Laporan ini telah kami teruskan kepada BPJS Ketenagakerjaan untuk ditindaklanjuti, dan Bapak/Ibu juga dapat menghubungi kantor cabang terdekat atau kanal layanan resminya. Kami tetap memantau penanganannya, dan perkembangannya dapat Bapak/Ibu lihat dengan kode pelacakan {{tiket.kode}}.",
            ["rujukan", "bpjs"]),
        new("teruskan-bpjs", "en", "JAMSOS", ResponsePurpose.Forwarding, "Forwarded to BPJS Ketenagakerjaan",
            "The matter you have raised concerns membership and claim services run directly by BPJS Ketenagakerjaan, the workers' social security agency. We have forwarded your report to BPJS Ketenagakerjaan for follow-up; you can also contact your nearest branch office or its official service channels. We will keep track of how it is handled, and you can follow its progress with your tracking code {{ticket.code}}.",
            ["rujukan", "bpjs"]),

        new("teruskan-pmi", "id", "PMI", ResponsePurpose.Forwarding, "Diteruskan ke KP2MI (dahulu BP2MI)",
            "Pelindungan pekerja migran Indonesia, termasuk penanganan kasus di negara penempatan, merupakan kewenangan Kementerian Pelindungan Pekerja Migran Indonesia (KP2MI, dahulu BP2MI). Laporan Bapak/Ibu beserta data pendukungnya telah kami teruskan ke KP2MI agar dapat segera ditangani dan dikoordinasikan dengan perwakilan RI di negara penempatan. Perkembangannya tetap dapat Bapak/Ibu pantau dengan kode pelacakan {{tiket.kode}}.",
            ["rujukan", "pmi"]),
        new("teruskan-pmi", "en", "PMI", ResponsePurpose.Forwarding, "Forwarded to the migrant worker protection ministry (KP2MI)",
            "The protection of Indonesian migrant workers, including cases in the country of placement, is the responsibility of the Ministry of Protection of Indonesian Migrant Workers (KP2MI, formerly BP2MI). We have forwarded your report and its supporting documents to KP2MI so that it can be handled promptly and coordinated with the Indonesian mission in the country of placement. You can still follow its progress with your tracking code {{ticket.code}}.",
            ["rujukan", "pmi"]),

        new("teruskan-ombudsman", "id", null, ResponsePurpose.Forwarding, "Diteruskan ke Ombudsman RI",
            "Laporan Bapak/Ibu menyangkut dugaan maladministrasi pelayanan publik oleh instansi di luar Kementerian Ketenagakerjaan, sehingga pemeriksaannya bukan merupakan kewenangan kami. Oleh karena itu, laporan ini telah kami teruskan kepada Ombudsman Republik Indonesia melalui SP4N-LAPOR!, dan Bapak/Ibu juga dapat melapor langsung ke kantor perwakilan Ombudsman di provinsi Bapak/Ibu dengan melampirkan bukti yang sama. Perkembangannya tetap dapat Bapak/Ibu pantau dengan kode pelacakan {{tiket.kode}}.",
            ["rujukan", "a6:accountability"]),
        new("teruskan-ombudsman", "en", null, ResponsePurpose.Forwarding, "Forwarded to the Ombudsman",
            "Your report concerns suspected maladministration in a public service by an agency outside the Ministry of Manpower, so it is not within our authority to examine it. We have therefore forwarded it to the Ombudsman of the Republic of Indonesia through SP4N-LAPOR!, and you may also report directly to the Ombudsman's representative office in your province, attaching the same evidence. You can still follow its progress with your tracking code {{ticket.code}}.",
            ["rujukan", "a6:accountability"]),

        new("maaf-terlambat", "id", null, ResponsePurpose.DelayApology, "Permohonan maaf atas keterlambatan",
            "Kami mohon maaf atas keterlambatan tanggapan terhadap laporan Bapak/Ibu nomor {{tiket.nomor}}, dan atas ketidaknyamanan yang ditimbulkan. Laporan Bapak/Ibu tidak kami abaikan: saat ini penanganannya masih menunggu hasil koordinasi dengan pihak terkait. Kami akan menyampaikan perkembangan berikutnya paling lambat {{tiket.tenggat}}.",
            ["a6:accountability", "a6:attitude"]),
        new("maaf-terlambat", "en", null, ResponsePurpose.DelayApology, "Apology for a delay",
            "We apologise for the delay in responding to your report {{ticket.number}} and for the inconvenience this has caused. Your report has not been forgotten: we are still waiting for the outcome of our coordination with the parties concerned. We will send you the next update by {{ticket.deadline}} at the latest.",
            ["a6:accountability", "a6:attitude"]),

        new("tutup-otomatis", "id", null, ResponsePurpose.AutoCloseNotice, "Pemberitahuan penutupan otomatis",
            "Karena kami belum menerima tanggapan dari Bapak/Ibu dalam 10 hari kerja sejak jawaban kami kirimkan, laporan nomor {{tiket.nomor}} kami nyatakan selesai dan kami tutup. Apabila permasalahan ternyata belum terselesaikan, Bapak/Ibu dapat menghubungi kami kembali dengan menyebutkan kode pelacakan {{tiket.kode}}, dan laporan akan kami buka kembali. Terima kasih atas kepercayaan Bapak/Ibu kepada layanan kami.",
            ["a6:accountability"]),
        new("tutup-otomatis", "en", null, ResponsePurpose.AutoCloseNotice, "Automatic closure notice",
            "As we have not heard from you within 10 working days of our answer, report {{ticket.number}} is now considered resolved and has been closed. If the matter has not in fact been resolved, please contact us again quoting your tracking code {{ticket.code}} and we will reopen the report. Thank you for your trust in our service.",
            ["a6:accountability"]),
    ];
}
