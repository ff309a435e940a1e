using HelpdeskConsole.Tickets;
using static HelpdeskConsole.Tickets.TicketStatus;

namespace HelpdeskConsole.Tests.Tickets;

public sealed class TicketLifecycleTests
{
    /// <summary>The lifecycle of domain.md written out by hand: action → (target, statuses it may start from).</summary>
    private static readonly Dictionary<TicketAction, (TicketStatus To, TicketStatus[] From)> Expected = new()
    {
        [TicketAction.Verify] = (Verifikasi, [Baru, PerluKelengkapan]),
        [TicketAction.AskForInformation] = (PerluKelengkapan, [Baru, Verifikasi, Diproses, MenungguTanggapan]),
        [TicketAction.StartProcessing] = (Diproses, [Baru, Verifikasi, PerluKelengkapan, MenungguTanggapan]),
        [TicketAction.AwaitCitizen] = (MenungguTanggapan, [Diproses]),
        [TicketAction.Forward] = (Diteruskan, [Baru, Verifikasi, Diproses]),
        [TicketAction.Resolve] = (Selesai, [Verifikasi, Diproses, MenungguTanggapan]),
        [TicketAction.Archive] = (Diarsipkan, [Baru, Verifikasi, PerluKelengkapan, Diproses, MenungguTanggapan]),
        [TicketAction.Reopen] = (Diproses, [Selesai, Diarsipkan, Diteruskan]),
    };

    public static TheoryData<TicketAction, TicketStatus> EveryPair()
    {
        var data = new TheoryData<TicketAction, TicketStatus>();
        foreach (var action in Enum.GetValues<TicketAction>())
        {
            foreach (var status in Enum.GetValues<TicketStatus>())
            {
                data.Add(action, status);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void IsAllowed_EveryActionFromEveryStatus_MatchesTheDomainLifecycle(TicketAction action, TicketStatus from)
    {
        Assert.Equal(Expected[action].From.Contains(from), TicketLifecycle.IsAllowed(action, from));
        Assert.Equal(Expected[action].To, TicketLifecycle.Target(action));
    }

    [Fact]
    public void Available_ClosedTicket_OnlyReopens()
    {
        foreach (var closed in new[] { Selesai, Diarsipkan, Diteruskan })
        {
            Assert.Equal([TicketAction.Reopen], TicketLifecycle.Available(closed));
        }
    }

    [Fact]
    public void Reopen_AlwaysReturnsToProcessing() => Assert.Equal(Diproses, TicketLifecycle.Target(TicketAction.Reopen));
}
