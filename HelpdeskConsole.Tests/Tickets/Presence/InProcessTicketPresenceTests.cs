using System.Threading.Channels;
using HelpdeskConsole.Tickets.Presence;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace HelpdeskConsole.Tests.Tickets.Presence;

public sealed class InProcessTicketPresenceTests : IDisposable
{
    private const int Ticket = 42;
    private static readonly TimeSpan Timeout = InProcessTicketPresence.TypingTimeout;

    private readonly FakeTimeProvider clock = new();
    private readonly InProcessTicketPresence presence;

    public InProcessTicketPresenceTests() =>
        presence = new InProcessTicketPresence(clock, NullLogger<InProcessTicketPresence>.Instance);

    public void Dispose() => presence.Dispose();

    private ValueTask<PresenceLease> JoinAsync(string userId, string tab, int ticket = Ticket) =>
        presence.JoinAsync(ticket, userId, NameOf(userId), tab);

    private static string NameOf(string userId) => userId switch
    {
        "rina" => "Rina Marlina",
        "budi" => "Budi Santoso",
        _ => userId,
    };

    private async Task<IReadOnlyList<PresentOfficer>> OfficersAsync(int ticket = Ticket) => (await presence.SnapshotAsync(ticket)).Officers;

    private async Task<Activity> ActivityOfAsync(string userId) => (await OfficersAsync()).Single(o => o.UserId == userId).Activity;

    [Fact]
    public async Task Join_FirstOfficer_AppearsInSnapshot()
    {
        await using var lease = await JoinAsync("rina", "tab-1");

        var officer = Assert.Single(await OfficersAsync());
        Assert.Equal(new PresentOfficer("rina", "Rina Marlina", Activity.None), officer);
        Assert.Empty(await OfficersAsync(ticket: 7));
    }

    [Fact]
    public async Task Join_SeveralOfficers_ListedInOrderOfArrival()
    {
        await using var budi = await JoinAsync("budi", "tab-b");
        await using var rina = await JoinAsync("rina", "tab-r");
        await using var budiAgain = await JoinAsync("budi", "tab-b2");

        Assert.Equal(["budi", "rina"], (await OfficersAsync()).Select(o => o.UserId));
    }

    [Fact]
    public async Task Lease_Disposed_OfficerLeavesAndTicketIsForgotten()
    {
        var rina = await JoinAsync("rina", "tab-1");
        await using var budi = await JoinAsync("budi", "tab-2");

        await rina.DisposeAsync();

        Assert.Equal(["budi"], (await OfficersAsync()).Select(o => o.UserId));
        await budi.DisposeAsync();
        Assert.Empty(await OfficersAsync());
        Assert.Equal(0, presence.TicketCount);
    }

    [Fact]
    public async Task Join_SameUserInTwoTabs_CountsOnceUntilBothLeave()
    {
        var first = await JoinAsync("rina", "tab-1");
        var second = await JoinAsync("rina", "tab-2");
        Assert.Single(await OfficersAsync());

        await first.DisposeAsync();
        Assert.Equal("rina", Assert.Single(await OfficersAsync()).UserId);

        await second.DisposeAsync();
        Assert.Empty(await OfficersAsync());
        Assert.Equal(0, presence.TicketCount);
    }

    [Fact]
    public async Task Join_SameTabTwice_StaysUntilItsLastLeaseIsDisposed()
    {
        var header = await JoinAsync("rina", "tab-1");
        var editor = await JoinAsync("rina", "tab-1");

        // Disposing one lease twice must not take the other's place.
        await header.DisposeAsync();
        await header.DisposeAsync();
        Assert.Single(await OfficersAsync());

        await editor.DisposeAsync();
        Assert.Empty(await OfficersAsync());
    }

    [Fact]
    public async Task Join_AgainWithNewName_ShowsTheLatestName()
    {
        await using var first = await JoinAsync("rina", "tab-1");
        await using var second = await presence.JoinAsync(Ticket, "rina", "Rina M.", "tab-2");

        Assert.Equal("Rina M.", Assert.Single(await OfficersAsync()).DisplayName);
    }

    [Theory]
    [InlineData("", "Rina", "tab")]
    [InlineData("rina", " ", "tab")]
    [InlineData("rina", "Rina", "")]
    public async Task Join_BlankArgument_Throws(string userId, string displayName, string tab) =>
        await Assert.ThrowsAsync<ArgumentException>(async () => await presence.JoinAsync(Ticket, userId, displayName, tab));

    [Fact]
    public async Task SetActivity_NoKeystrokeForTheTimeout_TypingExpires()
    {
        await using var lease = await JoinAsync("rina", "tab-1");
        await presence.SetActivityAsync(lease, Activity.TypingReply);
        Assert.Equal(Activity.TypingReply, await ActivityOfAsync("rina"));

        clock.Advance(Timeout - TimeSpan.FromMilliseconds(1));
        Assert.Equal(Activity.TypingReply, await ActivityOfAsync("rina"));

        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(Activity.None, await ActivityOfAsync("rina"));
    }

    [Fact]
    public async Task SetActivity_NewKeystroke_ExtendsTyping()
    {
        await using var lease = await JoinAsync("rina", "tab-1");
        await presence.SetActivityAsync(lease, Activity.TypingNote);
        clock.Advance(TimeSpan.FromSeconds(5));
        await presence.SetActivityAsync(lease, Activity.TypingNote);

        clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(Activity.TypingNote, await ActivityOfAsync("rina"));

        clock.Advance(Timeout - TimeSpan.FromSeconds(5));
        Assert.Equal(Activity.None, await ActivityOfAsync("rina"));
    }

    [Fact]
    public async Task SetActivity_None_StopsTypingAtOnce()
    {
        await using var lease = await JoinAsync("rina", "tab-1");
        await presence.SetActivityAsync(lease, Activity.TypingReply);

        await presence.SetActivityAsync(lease, Activity.None);

        Assert.Equal(Activity.None, await ActivityOfAsync("rina"));
    }

    [Fact]
    public async Task SetActivity_OneOfTwoTabsTyping_UserIsTypingAndReplyOutranksNote()
    {
        await using var noteTab = await JoinAsync("rina", "tab-1");
        await using var replyTab = await JoinAsync("rina", "tab-2");

        await presence.SetActivityAsync(noteTab, Activity.TypingNote);
        Assert.Equal(Activity.TypingNote, await ActivityOfAsync("rina"));

        await presence.SetActivityAsync(replyTab, Activity.TypingReply);
        Assert.Equal(Activity.TypingReply, await ActivityOfAsync("rina"));

        await replyTab.DisposeAsync();
        Assert.Equal(Activity.TypingNote, await ActivityOfAsync("rina"));
    }

    [Fact]
    public async Task SetActivity_AfterLeaving_IsIgnored()
    {
        await using var stays = await JoinAsync("budi", "tab-b");
        var lease = await JoinAsync("rina", "tab-r");
        await lease.DisposeAsync();

        await presence.SetActivityAsync(lease, Activity.TypingReply);

        Assert.Equal(["budi"], (await OfficersAsync()).Select(o => o.UserId));
    }

    [Fact]
    public async Task SetActivity_LeaseOfAnotherService_Throws()
    {
        using var other = new InProcessTicketPresence(clock, NullLogger<InProcessTicketPresence>.Instance);
        await using var foreign = await other.JoinAsync(Ticket, "rina", "Rina", "tab-1");

        await Assert.ThrowsAsync<ArgumentException>(async () => await presence.SetActivityAsync(foreign, Activity.TypingReply));
    }

    [Fact]
    public async Task Lease_DisposedWhileTyping_ItsTimerNoLongerCounts()
    {
        var lease = await JoinAsync("rina", "tab-1");
        await presence.SetActivityAsync(lease, Activity.TypingReply);
        await lease.DisposeAsync();

        await using var back = await JoinAsync("rina", "tab-1");
        var version = (await presence.SnapshotAsync(Ticket)).Version;
        Assert.Equal(Activity.None, await ActivityOfAsync("rina"));

        clock.Advance(Timeout * 2);
        Assert.Equal(version, (await presence.SnapshotAsync(Ticket)).Version);
    }

    [Fact]
    public async Task Subscribe_JoinTypeExpireLeave_HandlerSeesEachChange()
    {
        var seen = new Recorder();
        using var subscription = presence.Subscribe(Ticket, seen.Handle);

        var lease = await JoinAsync("rina", "tab-1");
        await seen.WaitForAsync(s => s.Officers.Any(o => o.UserId == "rina"));

        await presence.SetActivityAsync(lease, Activity.TypingReply);
        await seen.WaitForAsync(s => s.Officers.Any(o => o.Activity == Activity.TypingReply));

        // Nobody calls the service when typing expires: the timer raises the change.
        clock.Advance(Timeout);
        await seen.WaitForAsync(s => s.Officers.Count == 1 && s.Officers[0].Activity == Activity.None);

        await lease.DisposeAsync();
        await seen.WaitForAsync(s => s.Officers.Count == 0);
    }

    [Fact]
    public async Task Subscribe_NothingVisibleChanges_NoNewSnapshot()
    {
        await using var lease = await JoinAsync("rina", "tab-1");
        await presence.SetActivityAsync(lease, Activity.TypingReply);
        var before = await presence.SnapshotAsync(Ticket);

        // A keystroke that only extends typing, and the same officer opening a second tab, change nothing others see.
        clock.Advance(TimeSpan.FromSeconds(3));
        await presence.SetActivityAsync(lease, Activity.TypingReply);
        await using var secondTab = await JoinAsync("rina", "tab-2");

        Assert.Same(before, await presence.SnapshotAsync(Ticket));
    }

    [Fact]
    public async Task Subscribe_OtherTicketChanges_HandlerHearsOnlyItsTicket()
    {
        var seen = new Recorder();
        using var subscription = presence.Subscribe(Ticket, seen.Handle);

        await using var elsewhere = await JoinAsync("budi", "tab-b", ticket: 7);
        await using var here = await JoinAsync("rina", "tab-r");

        await seen.WaitForAsync(s => s.Officers.Count == 1);
        Assert.All(seen.All, s => Assert.Equal(Ticket, s.TicketId));
        Assert.DoesNotContain(seen.All, s => s.Officers.Any(o => o.UserId == "budi"));
    }

    [Fact]
    public async Task Subscribe_HandlerThrows_OthersStillHearAndItKeepsListening()
    {
        var failing = new Recorder(fail: true);
        var healthy = new Recorder();
        using var first = presence.Subscribe(Ticket, failing.Handle);
        using var second = presence.Subscribe(Ticket, healthy.Handle);

        await using var rina = await JoinAsync("rina", "tab-r");
        await healthy.WaitForAsync(s => s.Officers.Count == 1);
        await using var budi = await JoinAsync("budi", "tab-b");

        await healthy.WaitForAsync(s => s.Officers.Count == 2);
        await failing.WaitForAsync(s => s.Officers.Count == 2);
    }

    [Fact]
    public async Task Subscribe_Disposed_NoMoreCallsAndTicketIsForgotten()
    {
        var seen = new Recorder();
        var subscription = presence.Subscribe(Ticket, seen.Handle);
        Assert.Equal(1, presence.TicketCount);

        var lease = await JoinAsync("rina", "tab-1");
        await seen.WaitForAsync(s => s.Officers.Count == 1);
        await lease.DisposeAsync();
        await seen.WaitForAsync(s => s.Officers.Count == 0);
        // Someone still listens to the empty ticket.
        Assert.Equal(1, presence.TicketCount);

        subscription.Dispose();
        Assert.Equal(0, presence.TicketCount);

        // A listener still subscribed hears the next change; the one that left does not.
        var probe = new Recorder();
        using var stillListening = presence.Subscribe(Ticket, probe.Handle);
        await using var later = await JoinAsync("budi", "tab-2");
        await probe.WaitForAsync(s => s.Officers.Any(o => o.UserId == "budi"));
        Assert.DoesNotContain(seen.All, s => s.Officers.Any(o => o.UserId == "budi"));
    }

    [Fact]
    public async Task Presence_ManyTabsAtOnce_EndsEmptyAndForgotten()
    {
        var tickets = Enumerable.Range(1, 5).ToArray();
        var listeners = tickets.Select(t => presence.Subscribe(t, _ => Task.CompletedTask)).ToList();

        await Parallel.ForEachAsync(Enumerable.Range(0, 400), async (i, _) =>
        {
            var lease = await presence.JoinAsync(tickets[i % tickets.Length], $"user-{i % 17}", $"Officer {i % 17}", $"tab-{i}");
            await presence.SetActivityAsync(lease, i % 2 == 0 ? Activity.TypingReply : Activity.TypingNote);
            await presence.SnapshotAsync(lease.TicketId);
            await presence.SetActivityAsync(lease, Activity.None);
            await lease.DisposeAsync();
        });

        foreach (var ticket in tickets)
        {
            Assert.Empty(await OfficersAsync(ticket));
        }

        listeners.ForEach(l => l.Dispose());
        Assert.Equal(0, presence.TicketCount);
    }

    /// <summary>Collects what a handler receives, and lets a test await a real condition instead of sleeping.</summary>
    private sealed class Recorder(bool fail = false)
    {
        private readonly Channel<TicketPresenceSnapshot> received = Channel.CreateUnbounded<TicketPresenceSnapshot>();
        private readonly List<TicketPresenceSnapshot> all = [];

        public IReadOnlyList<TicketPresenceSnapshot> All
        {
            get
            {
                lock (all)
                {
                    return [.. all];
                }
            }
        }

        public Task Handle(TicketPresenceSnapshot snapshot)
        {
            lock (all)
            {
                all.Add(snapshot);
            }

            received.Writer.TryWrite(snapshot);
            return fail ? throw new InvalidOperationException("listener failed") : Task.CompletedTask;
        }

        public async Task WaitForAsync(Func<TicketPresenceSnapshot, bool> condition)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            while (!condition(await received.Reader.ReadAsync(timeout.Token)))
            {
            }
        }
    }
}
