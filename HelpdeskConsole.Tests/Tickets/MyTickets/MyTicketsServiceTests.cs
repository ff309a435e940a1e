using HelpdeskConsole.Data;
using HelpdeskConsole.Identity;
using HelpdeskConsole.Tests.TestSupport;
using HelpdeskConsole.Tickets;
using HelpdeskConsole.Tickets.MyTickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskConsole.Tests.Tickets.MyTickets;

public sealed class MyTicketsServiceTests : ComponentTestBase
{
    private Viewer me = default!;
    private ApplicationUser colleague = default!;

    public MyTicketsServiceTests() => MyTicketsDesk.AddServices(Context.Services);

    private IServiceProvider Services => Context.Services;

    private IDbContextFactory<HelpdeskDbContext> Db => Services.GetRequiredService<IDbContextFactory<HelpdeskDbContext>>();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await TestData.SeedReferenceDataAsync(Db);
        var officer = await TestData.AddAccountAsync(Db, "Sari Wulandari", Roles.Officer, "UPAH");
        colleague = await TestData.AddAccountAsync(Db, "Yusrizal Chaniago", Roles.Officer, "UPAH");
        me = new Viewer(officer.Id, officer.TeamId, IsAdmin: false, IsTeamLead: false);
    }

    private Task<MyTicketsList> GetAsync() => Services.GetRequiredService<MyTicketsService>().GetOpenAsync(me);

    [Fact]
    public async Task GetOpen_MixedCaseload_ListsOnlyMyOpenTickets()
    {
        List<int> open = [];
        foreach (var status in TicketStatusExtensions.Open)
        {
            open.Add(await MyTicketsDesk.TicketAsync(Services, $"Milik saya, {status}", me.UserId, status));
        }

        await MyTicketsDesk.TicketAsync(Services, "Selesai", me.UserId, TicketStatus.Selesai);
        await MyTicketsDesk.TicketAsync(Services, "Diteruskan", me.UserId, TicketStatus.Diteruskan);
        await MyTicketsDesk.TicketAsync(Services, "Diarsipkan", me.UserId, TicketStatus.Diarsipkan);
        await MyTicketsDesk.TicketAsync(Services, "Milik rekan", colleague.Id);
        await MyTicketsDesk.TicketAsync(Services, "Belum diambil", null, TicketStatus.Baru);

        var mine = await GetAsync();

        Assert.Equal(open.Order(), mine.Rows.Select(r => r.Id).Order());
        Assert.Equal(5, mine.Total);
    }

    [Fact]
    public async Task GetOpen_Caseload_PriorityFirstThenOldestAndWaitingForTheCitizenLast()
    {
        var p3 = await MyTicketsDesk.TicketAsync(Services, "P3 lama", me.UserId, priority: TicketPriority.P3, daysOld: 30);
        var p1New = await MyTicketsDesk.TicketAsync(Services, "P1 baru", me.UserId, priority: TicketPriority.P1, daysOld: 1);
        var p2 = await MyTicketsDesk.TicketAsync(Services, "P2", me.UserId, TicketStatus.Verifikasi, TicketPriority.P2, daysOld: 40);
        var p1Old = await MyTicketsDesk.TicketAsync(Services, "P1 lama", me.UserId, TicketStatus.Baru, TicketPriority.P1, daysOld: 3);
        var p4 = await MyTicketsDesk.TicketAsync(Services, "P4", me.UserId, priority: TicketPriority.P4, daysOld: 90);
        var waitingP2 = await MyTicketsDesk.TicketAsync(Services, "Menunggu P2", me.UserId, TicketStatus.MenungguTanggapan, TicketPriority.P2, daysOld: 2);
        var waitingP1 = await MyTicketsDesk.TicketAsync(Services, "Menunggu P1", me.UserId, TicketStatus.PerluKelengkapan, TicketPriority.P1, daysOld: 1);

        var mine = await GetAsync();

        Assert.Equal([p1Old, p1New, p2, p3, p4, waitingP1, waitingP2], mine.Rows.Select(r => r.Id));
        Assert.Equal([false, false, false, false, false, true, true], mine.Rows.Select(r => r.IsWaitingOnCitizen));
    }

    [Fact]
    public async Task GetOpen_AnotherTeamsTicketStillAssignedToMe_IsNotListed()
    {
        // Visibility decides first: a ticket that moved to another team is that team's, whoever it still names.
        await MyTicketsDesk.TicketAsync(Services, "Sekarang urusan tim PHK", me.UserId, categoryCode: "PHK");
        var ours = await MyTicketsDesk.TicketAsync(Services, "Urusan tim ini", me.UserId);

        var mine = await GetAsync();

        Assert.Equal([ours], mine.Rows.Select(r => r.Id));
    }

    [Fact]
    public async Task GetOpen_Row_CarriesWhatThePageShows()
    {
        var id = await MyTicketsDesk.TicketAsync(Services, "Gaji dipotong sepihak", me.UserId, TicketStatus.Diproses, TicketPriority.P2, daysOld: 5);

        var row = Assert.Single((await GetAsync()).Rows);

        Assert.Equal(id, row.Id);
        Assert.StartsWith("ADU-", row.Number, StringComparison.Ordinal);
        Assert.Equal("Gaji dipotong sepihak", row.Subject);
        Assert.Equal("UPAH", row.CategoryCode);
        Assert.Equal((TicketStatus.Diproses, TicketPriority.P2), (row.Status, row.Priority));
        Assert.InRange(DateTime.UtcNow - row.CreatedAt, TimeSpan.FromDays(4.9), TimeSpan.FromDays(5.1));
    }
}
