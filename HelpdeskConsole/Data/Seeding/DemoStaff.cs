using HelpdeskConsole.Identity;

namespace HelpdeskConsole.Data.Seeding;

/// <summary>One demo account: who, which role, and the team found through a category code it owns.</summary>
internal sealed record DemoStaffMember(string Email, string DisplayName, string Role, string? TeamCategory);

/// <summary>
/// The demo desk: an admin, eight team leads and 36 officers with names from across Indonesia. The four
/// well-known logins (admin@, lead@, officer@, officer.phk@) are the ones the README and tests use.
/// Regional desks are staffed from their region: Sulawesi with Bugis and Minahasa names, Papua with Papuan names.
/// </summary>
internal static class DemoStaff
{
    public const string Password = "Helpdesk#2026";
    public const string Domain = "helpdesk.test";

    public const string AdminEmail = "admin@" + Domain;
    public const string LeadEmail = "lead@" + Domain;
    public const string OfficerEmail = "officer@" + Domain;
    public const string PhkOfficerEmail = "officer.phk@" + Domain;

    public static bool IsWellKnown(string email) => email is AdminEmail or LeadEmail or OfficerEmail or PhkOfficerEmail;

    public static readonly IReadOnlyList<DemoStaffMember> All =
    [
        new(AdminEmail, "Ratna Kusumawardani", Roles.Admin, null),

        // Tim Pengupahan & THR: the busiest team (UPAH and THR are over a third of the volume).
        new(LeadEmail, "Bambang Sutrisno", Roles.TeamLead, "UPAH"),
        new(OfficerEmail, "Dewi Anggraini", Roles.Officer, "UPAH"),
        Officer("asep.saepudin", "Asep Saepudin", "UPAH"),
        Officer("lasma.simanjuntak", "Lasma Simanjuntak", "UPAH"),
        Officer("hendra.wijaya", "Hendra Wijaya", "UPAH"),
        Officer("nurul.hikmah", "Nurul Hikmah", "UPAH"),
        Officer("yusrizal.chaniago", "Yusrizal Chaniago", "UPAH"),

        // Tim Hubungan Industrial & PHK
        Lead("parlindungan.siregar", "Parlindungan Siregar, S.H.", "PHK"),
        new(PhkOfficerEmail, "Rizky Pratama", Roles.Officer, "PHK"),
        Officer("euis.komalasari", "Euis Komalasari", "PHK"),
        Officer("andi.amir", "Andi Baso Amir", "PHK"),
        Officer("made.ariani", "Ni Made Ariani", "PHK"),
        Officer("teguh.wibowo", "Teguh Wibowo", "PHK"),

        // Tim Jaminan Sosial
        Lead("sri.wahyuni", "Sri Wahyuni", "JAMSOS"),
        Officer("cecep.hidayat", "Cecep Hidayat", "JAMSOS"),
        Officer("fitriani.koto", "Fitriani Koto", "JAMSOS"),
        Officer("steven.halim", "Steven Halim", "JAMSOS"),
        Officer("rahmat.nasution", "Rahmat Nasution", "JAMSOS"),
        Officer("yuni.lestari", "Yuni Lestari", "JAMSOS"),

        // Tim Norma Kerja & K3
        Lead("heru.prasetyo", "Heru Prasetyo, S.T.", "K3"),
        Officer("dede.rohmat", "Dede Rohmat", "K3"),
        Officer("wayan.sudarsana", "I Wayan Sudarsana", "K3"),
        Officer("tiurma.hutapea", "Tiurma Hutapea", "K3"),
        Officer("ahmad.fauzi", "Ahmad Fauzi", "K3"),

        // Tim Pelindungan Pekerja Migran
        Lead("endang.sulastri", "Endang Sulastri", "PMI"),
        Officer("lalu.zaini", "Lalu Muhammad Zaini", "PMI"),
        Officer("maria.nahak", "Maria Goreti Nahak", "PMI"),
        Officer("imas.nurjanah", "Imas Nurjanah", "PMI"),
        Officer("syaiful.anam", "Moh. Syaiful Anam", "PMI"),

        // Desk Regional Sulawesi (Pelatihan & TKA), WITA
        Lead("andi.tenri", "Andi Tenri Ajeng", "PELATIHAN"),
        Officer("muhammad.arfah", "Muhammad Arfah", "PELATIHAN"),
        Officer("grace.sumampouw", "Grace Sumampouw", "PELATIHAN"),
        Officer("haslinda.rahman", "Haslinda Rahman", "PELATIHAN"),
        Officer("jefri.pangemanan", "Jefri Pangemanan", "PELATIHAN"),

        // Tim Kualitas Layanan
        Lead("wulan.puspitasari", "Wulan Puspitasari", "LAYANAN"),
        Officer("yohana.tanoto", "Yohana Tanoto", "LAYANAN"),
        Officer("cut.aini", "Cut Nurul Aini", "LAYANAN"),
        Officer("danang.saputra", "Danang Saputra", "LAYANAN"),
        Officer("neneng.rosita", "Neneng Rosita", "LAYANAN"),

        // Desk Regional Papua (Informasi Umum), WIT
        Lead("marthen.rumbiak", "Marthen Rumbiak", "INFO"),
        Officer("yakomina.wanimbo", "Yakomina Wanimbo", "INFO"),
        Officer("selpius.tabuni", "Selpius Tabuni", "INFO"),
        Officer("naomi.waromi", "Naomi Waromi", "INFO"),
        Officer("frans.kambu", "Frans Kambu", "INFO"),
    ];

    private static DemoStaffMember Officer(string local, string name, string category) =>
        new($"{local}@{Domain}", name, Roles.Officer, category);

    private static DemoStaffMember Lead(string local, string name, string category) =>
        new($"{local}@{Domain}", name, Roles.TeamLead, category);
}
