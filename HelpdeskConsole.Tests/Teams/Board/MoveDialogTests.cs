using Bunit;
using HelpdeskConsole.Teams;
using HelpdeskConsole.Teams.Board;
using HelpdeskConsole.Tests.TestSupport;
using HelpdeskConsole.Tickets;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace HelpdeskConsole.Tests.Teams.Board;

public sealed class MoveDialogTests : ComponentTestBase
{
    private static readonly BoardOfficer Sari = Officer("sari", "Sari Wulandari", Availability.Available, capacity: 15, open: 3);
    private static readonly BoardOfficer Rina = Officer("rina", "Rina Marlina", Availability.Offline, capacity: 15, open: 2);
    private static readonly BoardOfficer Dewi = Officer("dewi", "Dewi Lestari", Availability.Available, capacity: 4, open: 3);

    private IRenderedComponent<MudPopoverProvider> popovers = default!;
    private IRenderedComponent<MudDialogProvider> dialogs = default!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        popovers = Context.Render<MudPopoverProvider>();
        dialogs = Context.Render<MudDialogProvider>();
    }

    [Fact]
    public async Task MoveDialog_OfflineOfficerChosen_SaysSheIsAway()
    {
        await ShowAsync([Ticket(1, null)]);

        await ChooseAsync("Rina Marlina");

        dialogs.WaitForAssertion(() => Assert.Contains("Rina Marlina sedang Offline", dialogs.Find("#move-away").TextContent, StringComparison.Ordinal));
        Assert.Empty(dialogs.FindAll("#move-over"));
    }

    [Fact]
    public async Task MoveDialog_AvailableOfficerWithRoomChosen_WarnsOfNothing()
    {
        await ShowAsync([Ticket(1, null)]);

        await ChooseAsync("Sari Wulandari");

        dialogs.WaitForAssertion(() => Assert.Equal("Sari Wulandari", dialogs.Find("#move-target").GetAttribute("value")));
        Assert.Empty(dialogs.FindAll("#move-away"));
        Assert.Empty(dialogs.FindAll("#move-over"));
    }

    [Fact]
    public async Task MoveDialog_MovedTicketsWouldExceedCapacity_WarnsOfIt()
    {
        // Dewi has 3 of 4: one more fits, two do not.
        await ShowAsync([Ticket(1, null), Ticket(2, "sari")]);

        await ChooseAsync("Dewi Lestari");

        dialogs.WaitForAssertion(() => Assert.Contains("melebihi kapasitas Dewi Lestari (4 tiket)", dialogs.Find("#move-over").TextContent, StringComparison.Ordinal));
        Assert.Empty(dialogs.FindAll("#move-away"));
    }

    [Fact]
    public async Task MoveDialog_TicketsAlreadyHersDoNotCount_NoCapacityWarning()
    {
        // Of the two, one is already Dewi's (counted in her 3): only one more arrives, 4 of 4.
        await ShowAsync([Ticket(1, null), Ticket(2, "dewi")]);

        await ChooseAsync("Dewi Lestari");

        dialogs.WaitForAssertion(() => Assert.Equal("Dewi Lestari", dialogs.Find("#move-target").GetAttribute("value")));
        Assert.Empty(dialogs.FindAll("#move-over"));
    }

    [Fact]
    public async Task MoveDialog_NothingChosen_CannotConfirm()
    {
        await ShowAsync([Ticket(1, null)]);

        Assert.True(dialogs.Find("#move-confirm").HasAttribute("disabled"));
    }

    [Fact]
    public async Task MoveDialog_OfficerAndReasonConfirmed_ReturnsThemAsTheChoice()
    {
        var reference = await ShowAsync([Ticket(1, null), Ticket(2, null)]);
        dialogs.WaitForAssertion(() => Assert.Contains("Pindahkan 2 tiket", dialogs.Markup, StringComparison.Ordinal));

        await ChooseAsync("Sari Wulandari");
        await dialogs.Find("textarea#move-reason").ChangeAsync(new ChangeEventArgs { Value = "Sari menangani perusahaan ini" });
        dialogs.WaitForAssertion(() => Assert.False(dialogs.Find("#move-confirm").HasAttribute("disabled")));
        await dialogs.Find("#move-confirm").ClickAsync(new MouseEventArgs());

        var result = await reference.Result;
        Assert.NotNull(result);
        Assert.False(result.Canceled);
        Assert.Equal(new MoveChoice("sari", "Sari menangani perusahaan ini"), result.Data);
    }

    [Fact]
    public async Task MoveDialog_UnassignedConfirmed_ReturnsNoOfficer()
    {
        var reference = await ShowAsync([Ticket(1, "rina")]);

        await ChooseAsync("Belum ada petugas");
        dialogs.WaitForAssertion(() => Assert.Equal("Belum ada petugas", dialogs.Find("#move-target").GetAttribute("value")));
        await dialogs.Find("#move-confirm").ClickAsync(new MouseEventArgs());

        var result = await reference.Result;
        Assert.NotNull(result);
        Assert.False(result.Canceled);
        var choice = Assert.IsType<MoveChoice>(result.Data);
        Assert.Null(choice.ToUserId);
        Assert.Empty(dialogs.FindAll("#move-away"));
    }

    [Fact]
    public async Task MoveDialog_Cancelled_ReturnsNoChoice()
    {
        var reference = await ShowAsync([Ticket(1, null)]);
        await ChooseAsync("Sari Wulandari");

        await dialogs.Find("#move-cancel").ClickAsync(new MouseEventArgs());

        var result = await reference.Result;
        Assert.NotNull(result);
        Assert.True(result.Canceled);
    }

    private async Task<IDialogReference> ShowAsync(IReadOnlyList<BoardTicket> tickets)
    {
        var service = Context.Services.GetRequiredService<IDialogService>();
        IDialogReference? reference = null;
        await dialogs.InvokeAsync(async () => reference = await service.ShowAsync<MoveDialog>("Pindahkan tiket", new DialogParameters<MoveDialog>
        {
            { d => d.Tickets, tickets },
            { d => d.Officers, new[] { Sari, Rina, Dewi } },
        }));
        dialogs.WaitForElement("#move-target");
        return reference!;
    }

    private Task ChooseAsync(string text) => MudSelectChoice.ChooseAsync(popovers, dialogs.Find("#move-target"), text);

    private static BoardOfficer Officer(string id, string name, Availability availability, int capacity, int open) =>
        new(id, name, false, availability, capacity, open, 0, 0, null, []);

    private static BoardTicket Ticket(int id, string? assigneeId) =>
        new(id, $"ADU-2025-{id:D6}", "Gaji belum dibayar", TicketPriority.P3, TicketStatus.Baru, "UPAH", assigneeId,
            DateTime.UtcNow, null, null, false, 1, 0);
}
