using HelpdeskConsole.Data;
using HelpdeskConsole.Intake;
using HelpdeskConsole.Realtime;
using HelpdeskConsole.Teams;
using HelpdeskConsole.Tickets;
using HelpdeskConsole.Tickets.MyTickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HelpdeskConsole.Tests.Tickets.MyTickets;

/// <summary>Arranging someone's caseload: complaints filed through the real intake, then assigned and aged as a test needs.</summary>
internal static class MyTicketsDesk
{
    /// <summary>
    /// How long a test waits for the page to show what the database says. A full parallel test run on two cores
    /// can take longer than bUnit's 1 s default to reload a page; the wait ends as soon as the condition holds.
    /// </summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public static void AddServices(IServiceCollection services)
    {
        services.AddSingleton<MyTicketsService>();
        services.AddSingleton<TeamClock>();
        services.AddSingleton<ComplaintValidator>();
        services.AddSingleton<TicketIntakeService>();
        services.AddSingleton<WriteGate>();
        services.AddSingleton<HelpdeskConsole.Escalation.SlaRulesProvider>();
        services.AddSingleton<HelpdeskConsole.Escalation.SlaClock>();
        services.AddSingleton(Options.Create(new IntakeOptions()));
    }

    /// <summary>Files a complaint and sets who has it, where it stands, how urgent and how old it is.</summary>
    public static async Task<int> TicketAsync(
        IServiceProvider services, string subject, string? assigneeId, TicketStatus status = TicketStatus.Diproses,
        TicketPriority priority = TicketPriority.P3, int daysOld = 1, string categoryCode = "UPAH")
    {
        var receipt = (await services.GetRequiredService<TicketIntakeService>().SubmitAsync(new NewComplaint
        {
            Kind = "pengaduan", CategoryCode = categoryCode, Subject = subject, Body = "Mohon dibantu.", IdentityMode = "anonim",
        })).Receipt!;
        var created = DateTime.UtcNow.AddDays(-daysOld);
        await using var db = await services.GetRequiredService<IDbContextFactory<HelpdeskDbContext>>().CreateDbContextAsync();
        await db.Tickets.Where(t => t.Id == receipt.Id).ExecuteUpdateAsync(s => s
            .SetProperty(t => t.AssigneeId, assigneeId)
            .SetProperty(t => t.Status, status)
            .SetProperty(t => t.Priority, priority)
            .SetProperty(t => t.CreatedAt, created));
        return receipt.Id;
    }

    /// <summary>Changes a ticket the way a service would: in a transaction with its event, published after the commit.</summary>
    public static async Task ChangeAsync(IServiceProvider services, int ticketId, Action<Ticket> change)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<HelpdeskDbContext>>().CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var ticket = await db.Tickets.Include(t => t.Category).SingleAsync(t => t.Id == ticketId);
        change(ticket);
        ticket.UpdatedAt = DateTime.UtcNow;
        var logged = await TicketEventLog.AppendAsync(db, ticket, ticket.Category!.Code, false, TicketEventType.TicketChanged, ticket.UpdatedAt, default);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        services.GetRequiredService<InProcessTicketEventBus>().Publish(TicketEventMessage.From(logged));
    }
}
