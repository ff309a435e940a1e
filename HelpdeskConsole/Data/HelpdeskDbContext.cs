using HelpdeskConsole.Administration;
using HelpdeskConsole.Attachments;
using HelpdeskConsole.CannedResponses;
using HelpdeskConsole.Escalation;
using HelpdeskConsole.Identity;
using HelpdeskConsole.Realtime;
using HelpdeskConsole.Teams;
using HelpdeskConsole.Tickets;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace HelpdeskConsole.Data;

/// <summary>The console's one database: Identity, tickets, teams and the admin audit trail.</summary>
public class HelpdeskDbContext(DbContextOptions<HelpdeskDbContext> options)
    : IdentityDbContext<ApplicationUser>(options)
{
    public DbSet<Ticket> Tickets => Set<Ticket>();
    public DbSet<Complainant> Complainants => Set<Complainant>();
    public DbSet<TicketMessage> TicketMessages => Set<TicketMessage>();
    public DbSet<TicketHistoryEntry> TicketHistory => Set<TicketHistoryEntry>();
    public DbSet<TicketNumberSequence> TicketNumberSequences => Set<TicketNumberSequence>();
    public DbSet<Category> Categories => Set<Category>();
    public DbSet<Team> Teams => Set<Team>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<TicketEvent> TicketEvents => Set<TicketEvent>();
    public DbSet<TicketAttachment> TicketAttachments => Set<TicketAttachment>();
    public DbSet<EventSequence> EventSequences => Set<EventSequence>();
    public DbSet<SlaPolicy> SlaPolicies => Set<SlaPolicy>();
    public DbSet<EscalationSettings> EscalationSettings => Set<EscalationSettings>();
    public DbSet<Holiday> Holidays => Set<Holiday>();
    public DbSet<RamadanPeriod> RamadanPeriods => Set<RamadanPeriod>();
    public DbSet<TeamWorkingHours> TeamWorkingHours => Set<TeamWorkingHours>();
    public DbSet<TicketEscalation> TicketEscalations => Set<TicketEscalation>();
    public DbSet<CannedResponse> CannedResponses => Set<CannedResponse>();
    public DbSet<CannedResponseVersion> CannedResponseVersions => Set<CannedResponseVersion>();
    public DbSet<CannedResponseUsage> CannedResponseUsages => Set<CannedResponseUsage>();
    public DbSet<OfficerSkill> OfficerSkills => Set<OfficerSkill>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(HelpdeskDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every timestamp is UTC. Stored without an offset (sortable on SQLite, timestamptz on PostgreSQL)
        // and read back with Kind=Utc so that time-zone conversions are never ambiguous.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<NullableUtcConverter>();

        // Enums are stored by name: readable in the database, and safe if a member is ever added in between.
        configurationBuilder.Properties<TicketStatus>().HaveConversion<string>().HaveMaxLength(24);
        configurationBuilder.Properties<TicketKind>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<TicketChannel>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<TicketPriority>().HaveConversion<string>().HaveMaxLength(2);
        configurationBuilder.Properties<IdentityMode>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<MessageType>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<TicketHistoryAction>().HaveConversion<string>().HaveMaxLength(24);
        configurationBuilder.Properties<TicketEventType>().HaveConversion<string>().HaveMaxLength(24);
        configurationBuilder.Properties<DeadlineKind>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<EscalationLevel>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<SlaUnit>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<NonWorkingDayKind>().HaveConversion<string>().HaveMaxLength(24);
        configurationBuilder.Properties<ScheduleKind>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<DayOfWeek>().HaveConversion<string>().HaveMaxLength(10);
        configurationBuilder.Properties<ResponsePurpose>().HaveConversion<string>().HaveMaxLength(24);
        configurationBuilder.Properties<ResponseVisibility>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<ResponseChange>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<Availability>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<AssignmentMode>().HaveConversion<string>().HaveMaxLength(16);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        PrepareSave();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        PrepareSave();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private static readonly HashSet<string> SlaClockProperties =
    [
        nameof(Ticket.DueKind), nameof(Ticket.DueAt), nameof(Ticket.WarnAt), nameof(Ticket.SlaPaused),
        nameof(Ticket.EscalationLevel), nameof(Ticket.NextEscalationAt),
    ];

    private void PrepareSave()
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            switch (entry)
            {
                case { Entity: TicketHistoryEntry or AuditEntry or TicketEvent or CannedResponseVersion or CannedResponseUsage, State: EntityState.Modified or EntityState.Deleted }:
                    throw new InvalidOperationException(
                        $"{entry.Metadata.ClrType.Name} rows are append-only: they can be added, never changed or removed.");
                case { Entity: Ticket ticket, State: EntityState.Modified }
                    when entry.Properties.Any(p => p.IsModified && !SlaClockProperties.Contains(p.Metadata.Name)):
                    // The concurrency check compares the original value; the new one makes every other copy stale.
                    // The SLA clock's own bookkeeping (a warning level reached, say) changes nothing an officer edits.
                    ticket.Version++;
                    break;
            }
        }
    }

    private sealed class UtcConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    private sealed class NullableUtcConverter() : ValueConverter<DateTime?, DateTime?>(
        v => v == null ? v : v.Value.Kind == DateTimeKind.Utc ? v : v.Value.ToUniversalTime(),
        v => v == null ? v : DateTime.SpecifyKind(v.Value, DateTimeKind.Utc));
}
