using System.Globalization;
using HelpdeskConsole.Escalation.Alerts;
using HelpdeskConsole.Localization;
using HelpdeskConsole.Tickets;
using HelpdeskConsole.Tickets.Workspace;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace HelpdeskConsole.Tests.Tickets.Workspace;

/// <summary>The timeline line as an officer reads it: who, what, and a remark when there is one.</summary>
public sealed class TimelineTextTests
{
    private const string Sari = "Sari Wulandari";

    [Theory]
    // The clock: paused and resumed with the status that did it.
    [InlineData("id-ID", TicketHistoryAction.ClockPaused, null, "MenungguTanggapan", null, Sari, "Sari Wulandari menjeda jam SLA: menunggu warga (Menunggu tanggapan)")]
    [InlineData("en-GB", TicketHistoryAction.ClockPaused, null, "MenungguTanggapan", null, Sari, "Sari Wulandari paused the SLA clock: waiting on the citizen (Awaiting citizen)")]
    [InlineData("id-ID", TicketHistoryAction.ClockResumed, null, "Diproses", null, null, "Sistem menjalankan lagi jam SLA (Diproses)")]
    [InlineData("en-GB", TicketHistoryAction.ClockResumed, null, "Diproses", null, null, "System restarted the SLA clock (In progress)")]
    // The sweep's escalations: the level reached and the deadline, never the raw note.
    [InlineData("id-ID", TicketHistoryAction.Escalated, null, "Warning", "FirstResponse", null, "Sistem memberi peringatan eskalasi: tenggat tanggapan pertama sudah dekat")]
    [InlineData("en-GB", TicketHistoryAction.Escalated, null, "Warning", "FirstResponse", null, "System raised an escalation warning: the first-response deadline is near")]
    [InlineData("id-ID", TicketHistoryAction.Escalated, "Warning", "Breach", "Resolution", null, "Sistem mengeskalasi tiket: tenggat penyelesaian terlewati")]
    [InlineData("en-GB", TicketHistoryAction.Escalated, "Warning", "Breach", "Resolution", null, "System escalated the ticket: the resolution deadline has passed")]
    [InlineData("id-ID", TicketHistoryAction.Escalated, "Breach", "SecondLevel", "Resolution", null, "Sistem mengeskalasi ke tingkat dua: tenggat penyelesaian sudah lama terlewati")]
    [InlineData("en-GB", TicketHistoryAction.Escalated, "Breach", "SecondLevel", "Resolution", null, "System escalated to the second level: the resolution deadline is long past")]
    [InlineData("id-ID", TicketHistoryAction.Escalated, null, "Breach", null, null, "Sistem mengeskalasi tiket: tenggat terlewati")]
    // What the sweep changed on its own: the system acted, and its marker note is not a remark.
    [InlineData("id-ID", TicketHistoryAction.PriorityChanged, "P3", "P2", "escalation:breach", null, "Sistem menaikkan prioritas P3 Normal → P2 Tinggi karena tenggat terlewati")]
    [InlineData("en-GB", TicketHistoryAction.PriorityChanged, "P3", "P2", "escalation:breach", null, "System raised the priority P3 Normal → P2 High because the deadline passed")]
    [InlineData("id-ID", TicketHistoryAction.Assigned, Sari, "Bambang Sutrisno", "escalation:second-level", null, "Sistem mengalihkan tiket ke koordinator Bambang Sutrisno (eskalasi tingkat dua)")]
    [InlineData("en-GB", TicketHistoryAction.Assigned, Sari, "Bambang Sutrisno", "escalation:second-level", null, "System handed the ticket to the team lead Bambang Sutrisno (second-level escalation)")]
    // Acknowledging names the level as the bell does.
    [InlineData("id-ID", TicketHistoryAction.EscalationAcknowledged, null, "Breach", null, Sari, "Sari Wulandari mengonfirmasi peringatan eskalasi (tingkat: Lewat tenggat)")]
    [InlineData("en-GB", TicketHistoryAction.EscalationAcknowledged, null, "SecondLevel", null, Sari, "Sari Wulandari acknowledged the escalation alert (level: Second level)")]
    // People's own changes and remarks read as before.
    [InlineData("id-ID", TicketHistoryAction.PriorityChanged, "P3", "P2", null, Sari, "Sari Wulandari mengubah prioritas P3 Normal → P2 Tinggi")]
    [InlineData("id-ID", TicketHistoryAction.Assigned, null, Sari, null, Sari, "Sari Wulandari menugaskan Sari Wulandari")]
    [InlineData("en-GB", TicketHistoryAction.IdentityRevealed, null, null, "Verifying with the employer", Sari, "Sari Wulandari revealed the reporter's NIK — Verifying with the employer")]
    public void Line_HistoryEntry_ReadsAsAnOfficerSeesIt(
        string culture, TicketHistoryAction action, string? from, string? to, string? note, string? author, string expected)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            using var services = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider();
            var w = services.GetRequiredService<IStringLocalizer<WorkspaceStrings>>();
            var l = services.GetRequiredService<IStringLocalizer<Strings>>();
            var a = services.GetRequiredService<IStringLocalizer<AlertStrings>>();
            var entry = new TimelineEntry(1, new DateTime(2025, 3, 3, 2, 0, 0, DateTimeKind.Utc), TimelineKind.Event, author, null, action, from, to, note);

            var line = $"{TimelineText.Actor(entry, w)} {TimelineText.Describe(entry, w, l, a)}"
                + (TimelineText.Remark(entry) is { } remark ? $" — {remark}" : "");

            Assert.Equal(expected, line);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
