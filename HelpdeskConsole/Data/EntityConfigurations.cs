using HelpdeskConsole.Administration;
using HelpdeskConsole.Attachments;
using HelpdeskConsole.Identity;
using HelpdeskConsole.Realtime;
using HelpdeskConsole.Teams;
using HelpdeskConsole.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HelpdeskConsole.Data;

internal sealed class TicketConfiguration : IEntityTypeConfiguration<Ticket>
{
    public void Configure(EntityTypeBuilder<Ticket> b)
    {
        b.Property(t => t.Number).HasMaxLength(20);
        b.Property(t => t.TrackingCode).HasMaxLength(16);
        b.Property(t => t.Subject).HasMaxLength(200);
        b.Property(t => t.Version).IsConcurrencyToken();
        b.Property(t => t.ForwardedTo).HasMaxLength(200);
        b.Property(t => t.ClosingNote).HasMaxLength(2000);

        b.HasIndex(t => t.Number).IsUnique();
        b.HasIndex(t => t.TrackingCode).IsUnique();

        // The queue filters by team (always, unless admin), then status, assignee, priority or category,
        // and sorts by age or last update. One index per hot filter+sort, so no page scans the table.
        b.HasIndex(t => new { t.TeamId, t.CreatedAt });
        b.HasIndex(t => new { t.TeamId, t.Status, t.CreatedAt });
        b.HasIndex(t => new { t.TeamId, t.AssigneeId, t.CreatedAt });
        b.HasIndex(t => new { t.TeamId, t.Priority, t.CreatedAt });
        b.HasIndex(t => new { t.TeamId, t.CategoryId, t.CreatedAt });
        b.HasIndex(t => new { t.TeamId, t.UpdatedAt });
        b.HasIndex(t => new { t.AssigneeId, t.Status });
        b.HasIndex(t => new { t.Status, t.CreatedAt });
        b.HasIndex(t => t.CreatedAt);
        b.HasIndex(t => t.UpdatedAt);

        // The queue sorts by deadline within a team (or across all, for admins); the escalation sweep reads only
        // the tickets whose next level is due, so with nothing due it touches one index entry.
        b.HasIndex(t => new { t.TeamId, t.DueAt });
        b.HasIndex(t => t.DueAt);
        b.HasIndex(t => t.NextEscalationAt);

        b.HasOne(t => t.Category).WithMany().HasForeignKey(t => t.CategoryId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(t => t.Team).WithMany().HasForeignKey(t => t.TeamId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(t => t.Assignee).WithMany().HasForeignKey(t => t.AssigneeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(t => t.Complainant).WithOne().HasForeignKey<Ticket>(t => t.ComplainantId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ComplainantConfiguration : IEntityTypeConfiguration<Complainant>
{
    public void Configure(EntityTypeBuilder<Complainant> b)
    {
        b.Property(c => c.Name).HasMaxLength(120);
        b.Property(c => c.Nik).HasMaxLength(16);
        b.Property(c => c.Phone).HasMaxLength(32);
        b.Property(c => c.Email).HasMaxLength(254);
        b.Property(c => c.Address).HasMaxLength(500);
    }
}

internal sealed class TicketMessageConfiguration : IEntityTypeConfiguration<TicketMessage>
{
    public void Configure(EntityTypeBuilder<TicketMessage> b)
    {
        b.Property(m => m.Body).HasMaxLength(10_000);
        b.HasIndex(m => new { m.TicketId, m.CreatedAt });
        b.HasOne(m => m.Ticket).WithMany(t => t.Messages).HasForeignKey(m => m.TicketId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(m => m.Author).WithMany().HasForeignKey(m => m.AuthorId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TicketHistoryEntryConfiguration : IEntityTypeConfiguration<TicketHistoryEntry>
{
    public void Configure(EntityTypeBuilder<TicketHistoryEntry> b)
    {
        b.ToTable("TicketHistory");
        b.Property(h => h.FromValue).HasMaxLength(200);
        b.Property(h => h.ToValue).HasMaxLength(200);
        b.Property(h => h.Note).HasMaxLength(1000);
        b.HasIndex(h => new { h.TicketId, h.At });
        b.HasOne(h => h.Ticket).WithMany(t => t.History).HasForeignKey(h => h.TicketId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(h => h.Actor).WithMany().HasForeignKey(h => h.ActorId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TicketNumberSequenceConfiguration : IEntityTypeConfiguration<TicketNumberSequence>
{
    public void Configure(EntityTypeBuilder<TicketNumberSequence> b)
    {
        b.HasKey(s => s.Year);
        b.Property(s => s.Year).ValueGeneratedNever();
    }
}

internal sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> b)
    {
        b.Property(c => c.Code).HasMaxLength(16);
        b.Property(c => c.NameId).HasMaxLength(120);
        b.Property(c => c.NameEn).HasMaxLength(120);
        b.HasIndex(c => c.Code).IsUnique();
        b.HasOne(c => c.Team).WithMany(t => t.Categories).HasForeignKey(c => c.TeamId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> b)
    {
        b.Property(t => t.Name).HasMaxLength(120);
        b.Property(t => t.TimeZoneId).HasMaxLength(40);
        b.HasIndex(t => t.Name).IsUnique();
        b.HasOne(t => t.Lead).WithMany().HasForeignKey(t => t.LeadId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> b)
    {
        b.Property(u => u.DisplayName).HasMaxLength(120);
        b.HasOne(u => u.Team).WithMany(t => t.Members).HasForeignKey(u => u.TeamId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(u => new { u.TeamId, u.DisplayName });
        // Automatic assignment looks for the team's available officers.
        b.HasIndex(u => new { u.TeamId, u.Availability });
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.Property(a => a.ActorName).HasMaxLength(120);
        b.Property(a => a.Area).HasMaxLength(24);
        b.Property(a => a.EntityId).HasMaxLength(64);
        b.Property(a => a.Action).HasMaxLength(40);
        b.Property(a => a.Details).HasMaxLength(4000);
        b.HasIndex(a => a.At);
        b.HasIndex(a => new { a.Area, a.EntityId });
    }
}

internal sealed class TicketEventConfiguration : IEntityTypeConfiguration<TicketEvent>
{
    public void Configure(EntityTypeBuilder<TicketEvent> b)
    {
        b.HasKey(e => e.Sequence);
        b.Property(e => e.Sequence).ValueGeneratedNever();
        b.Property(e => e.Number).HasMaxLength(20);
        b.Property(e => e.Subject).HasMaxLength(200);
        b.Property(e => e.CategoryCode).HasMaxLength(16);
        // Catch-up reads "after N" for one team (or all, for admins); the primary key serves the latter.
        b.HasIndex(e => new { e.TeamId, e.Sequence });
        b.HasIndex(e => e.TicketId);
    }
}

internal sealed class EventSequenceConfiguration : IEntityTypeConfiguration<EventSequence>
{
    public void Configure(EntityTypeBuilder<EventSequence> b)
    {
        b.Property(s => s.Id).ValueGeneratedNever();
        b.HasData(new EventSequence { Id = EventSequence.SingletonId, Value = 0 });
    }
}

internal sealed class TicketAttachmentConfiguration : IEntityTypeConfiguration<TicketAttachment>
{
    public void Configure(EntityTypeBuilder<TicketAttachment> b)
    {
        b.Property(a => a.FileName).HasMaxLength(200);
        b.Property(a => a.ContentType).HasMaxLength(64);
        b.Property(a => a.StorageKey).HasMaxLength(64);
        b.Property(a => a.Sha256).HasMaxLength(64);
        b.HasIndex(a => a.StorageKey).IsUnique();
        b.HasIndex(a => new { a.TicketId, a.CreatedAt });
        b.HasOne(a => a.Ticket).WithMany().HasForeignKey(a => a.TicketId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(a => a.Message).WithMany().HasForeignKey(a => a.MessageId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne(a => a.UploadedBy).WithMany().HasForeignKey(a => a.UploadedById).OnDelete(DeleteBehavior.Restrict);
    }
}
