using HelpdeskConsole.Identity;
using HelpdeskConsole.Teams;
using HelpdeskConsole.Teams.Staff;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace HelpdeskConsole.Tests.Teams;

public sealed class ConsolePresenceTests : TeamTestBase
{
    private ConsolePresence presence = default!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        presence = new ConsolePresence(Context.Services.GetRequiredService<IServiceScopeFactory>(), Clock, NullLogger<ConsolePresence>.Instance);
    }

    public override async Task DisposeAsync()
    {
        presence.Dispose();
        await base.DisposeAsync();
    }

    [Fact]
    public async Task Opened_FirstConsoleOfAnOfflineOfficer_MakesThemAvailable()
    {
        Assert.Equal(Availability.Offline, await AvailabilityOfAsync(Officer));

        await presence.OpenedAsync(Officer.UserId, "circuit-1");

        Assert.Equal(Availability.Available, await AvailabilityOfAsync(Officer));
        Assert.Equal(1, presence.ConsolesOf(Officer.UserId));
        Assert.Equal(Availability.Offline, await AvailabilityOfAsync(Colleague));
    }

    [Fact]
    public async Task Closed_OneOfTwoConsoles_StaysAvailableAfterTheGrace()
    {
        await presence.OpenedAsync(Officer.UserId, "tab-1");
        await presence.OpenedAsync(Officer.UserId, "tab-2");
        // Rina closes her only console at the same moment: her going offline shows that the grace timers have run.
        await presence.OpenedAsync(Colleague.UserId, "rina");

        presence.Closed(Officer.UserId, "tab-1");
        presence.Closed(Colleague.UserId, "rina");
        Clock.Advance(ConsolePresence.Grace + TimeSpan.FromSeconds(1));
        await WaitForAsync(Colleague, Availability.Offline);

        Assert.Equal(Availability.Available, await AvailabilityOfAsync(Officer));
        Assert.Equal(1, presence.ConsolesOf(Officer.UserId));
    }

    [Fact]
    public async Task Closed_LastConsole_GoesOfflineOnlyOnceTheGraceHasPassed()
    {
        await presence.OpenedAsync(Officer.UserId, "tab-1");
        await presence.OpenedAsync(Officer.UserId, "tab-2");
        presence.Closed(Officer.UserId, "tab-1");
        presence.Closed(Officer.UserId, "tab-2");

        Clock.Advance(ConsolePresence.Grace - TimeSpan.FromSeconds(1));
        Assert.Equal(Availability.Available, await AvailabilityOfAsync(Officer));
        Assert.Equal(0, presence.ConsolesOf(Officer.UserId));

        Clock.Advance(TimeSpan.FromSeconds(2));
        await WaitForAsync(Officer, Availability.Offline);
    }

    [Fact]
    public async Task Opened_AgainWithinTheGrace_StaysAvailable()
    {
        await presence.OpenedAsync(Officer.UserId, "before-reload");
        await presence.OpenedAsync(Colleague.UserId, "rina");
        presence.Closed(Officer.UserId, "before-reload");
        presence.Closed(Colleague.UserId, "rina");

        Clock.Advance(ConsolePresence.Grace / 2);
        await presence.OpenedAsync(Officer.UserId, "after-reload");
        Clock.Advance(ConsolePresence.Grace);
        // Rina's timer was due when Sari's would have been: once she is offline, Sari's timer would have run too.
        await WaitForAsync(Colleague, Availability.Offline);

        Assert.Equal(Availability.Available, await AvailabilityOfAsync(Officer));
        Assert.Equal(1, presence.ConsolesOf(Officer.UserId));
    }

    [Fact]
    public async Task Opened_ByAnOfficerOnABreak_KeepsThemOnTheirBreak()
    {
        await SetAvailabilityAsync(Availability.OnBreak, Officer);

        await presence.OpenedAsync(Officer.UserId, "circuit-1");

        Assert.Equal(Availability.OnBreak, await AvailabilityOfAsync(Officer));
        Assert.Equal(1, presence.ConsolesOf(Officer.UserId));
    }

    /// <summary>The timer's work runs off the test's thread: wait for the database to say so, up to <see cref="TeamTestBase.Patience"/>.</summary>
    private async Task WaitForAsync(Viewer person, Availability expected)
    {
        var deadline = DateTime.UtcNow + Patience;
        var actual = await AvailabilityOfAsync(person);
        while (actual != expected && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
            actual = await AvailabilityOfAsync(person);
        }

        Assert.Equal(expected, actual);
    }
}
