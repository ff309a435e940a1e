using HelpdeskConsole.Tests.Escalation.Alerts;
using HelpdeskConsole.Tests.Tickets.Workspace;
using HelpdeskConsole.Tickets;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskConsole.Tests.Tickets;

public sealed class TicketQueueServiceTests : WorkspaceTestBase
{
    private TicketQueueService Queue => Context.Services.GetRequiredService<TicketQueueService>();

    [Fact]
    public async Task DueSort_PagesAcrossTheDatedAndUndatedRuns_EveryTicketOnceInUrgencyOrder()
    {
        var now = DateTime.UtcNow;
        var dated = new List<int>();
        for (var i = 0; i < 26; i++)
        {
            var id = await FileAsync();
            // Filed in the reverse of their urgency, so the order cannot come from the ids or the arrival.
            await TestEscalations.SetClockAsync(Db, id, now.AddHours(30 - i), now.AddHours(20 - i));
            dated.Insert(0, id);
        }

        var paused = await FileAsync();
        await TestEscalations.SetClockAsync(Db, paused, null, null, paused: true);
        var query = new QueueQuery { Sort = QueueSort.Due, Descending = false, PageSize = 25 };

        var first = await Queue.GetPageAsync(Officer, query);
        var second = await Queue.GetPageAsync(Officer, query with { Page = 2 });

        Assert.Equal(27, first.Total);
        Assert.Equal(dated.Take(25), first.Rows.Select(r => r.Id));
        Assert.Equal([dated[25], paused], second.Rows.Select(r => r.Id));

        var descending = await Queue.GetPageAsync(Officer, query with { Descending = true, Page = 2 });
        Assert.Equal([dated[0], paused], descending.Rows.Select(r => r.Id));
    }
}
