using HelpdeskConsole.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HelpdeskConsole.Escalation;

internal sealed class SlaPolicyConfiguration : IEntityTypeConfiguration<SlaPolicy>
{
    public void Configure(EntityTypeBuilder<SlaPolicy> b)
    {
        b.Ignore(p => p.FirstResponse);
        b.Ignore(p => p.Resolution);
        // One rule per priority and category; the service also refuses a second general rule (NULLs are distinct).
        b.HasIndex(p => new { p.Priority, p.CategoryId }).IsUnique();
        b.HasOne(p => p.Category).WithMany().HasForeignKey(p => p.CategoryId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EscalationSettingsConfiguration : IEntityTypeConfiguration<EscalationSettings>
{
    public void Configure(EntityTypeBuilder<EscalationSettings> b)
    {
        b.Property(s => s.Id).ValueGeneratedNever();
        b.HasData(new EscalationSettings { Id = EscalationSettings.SingletonId, UpdatedAt = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc) });
    }
}

internal sealed class HolidayConfiguration : IEntityTypeConfiguration<Holiday>
{
    public void Configure(EntityTypeBuilder<Holiday> b)
    {
        b.Property(h => h.NameId).HasMaxLength(120);
        b.Property(h => h.NameEn).HasMaxLength(120);
        b.HasIndex(h => h.Date);
    }
}

internal sealed class RamadanPeriodConfiguration : IEntityTypeConfiguration<RamadanPeriod>
{
    public void Configure(EntityTypeBuilder<RamadanPeriod> b)
    {
        b.Property(h => h.NameId).HasMaxLength(120);
        b.Property(h => h.NameEn).HasMaxLength(120);
        b.HasIndex(h => h.From);
    }
}

internal sealed class TeamWorkingHoursConfiguration : IEntityTypeConfiguration<TeamWorkingHours>
{
    public void Configure(EntityTypeBuilder<TeamWorkingHours> b)
    {
        b.HasIndex(h => new { h.TeamId, h.Schedule, h.Day });
        b.HasOne<Team>().WithMany(t => t.WorkingHours).HasForeignKey(h => h.TeamId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TicketEscalationConfiguration : IEntityTypeConfiguration<TicketEscalation>
{
    public void Configure(EntityTypeBuilder<TicketEscalation> b)
    {
        // Exactly once: a second sweep (another thread, process or a rerun) cannot add the same level again.
        b.HasIndex(e => new { e.TicketId, e.DeadlineKind, e.Cycle, e.Level }).IsUnique();
        // The alert panel: unacknowledged alerts of a team, or of one officer, newest first.
        b.HasIndex(e => new { e.TeamId, e.AcknowledgedAt, e.EscalatedAt });
        b.HasIndex(e => new { e.AssigneeId, e.AcknowledgedAt, e.EscalatedAt });
        b.HasIndex(e => new { e.Level, e.AcknowledgedAt, e.EscalatedAt });
        b.HasOne(e => e.Ticket).WithMany().HasForeignKey(e => e.TicketId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(e => e.Assignee).WithMany().HasForeignKey(e => e.AssigneeId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne(e => e.AcknowledgedBy).WithMany().HasForeignKey(e => e.AcknowledgedById).OnDelete(DeleteBehavior.SetNull);
    }
}
