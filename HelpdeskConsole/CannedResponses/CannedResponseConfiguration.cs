using HelpdeskConsole.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HelpdeskConsole.CannedResponses;

internal sealed class CannedResponseConfiguration : IEntityTypeConfiguration<CannedResponse>
{
    public const int MaxTitle = 120;
    public const int MaxShortcut = 40;
    public const int MaxBody = 4000;
    public const int MaxTags = 400;

    public void Configure(EntityTypeBuilder<CannedResponse> b)
    {
        b.Property(r => r.Title).HasMaxLength(MaxTitle);
        b.Property(r => r.Shortcut).HasMaxLength(MaxShortcut);
        b.Property(r => r.Body).HasMaxLength(MaxBody);
        b.Property(r => r.Language).HasMaxLength(2);
        b.Property(r => r.Tags).HasMaxLength(MaxTags);
        b.Property(r => r.ReviewNote).HasMaxLength(500);
        b.Property(r => r.Version).IsConcurrencyToken();

        // The picker and the library look texts up by shortcut and language, and list them by visibility scope.
        b.HasIndex(r => new { r.Shortcut, r.Language });
        b.HasIndex(r => new { r.Visibility, r.TeamId });
        b.HasIndex(r => new { r.OwnerId, r.Visibility });
        b.HasIndex(r => r.CategoryId);

        b.HasOne(r => r.Category).WithMany().HasForeignKey(r => r.CategoryId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(r => r.Team).WithMany().HasForeignKey(r => r.TeamId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(r => r.Owner).WithMany().HasForeignKey(r => r.OwnerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(r => r.UpdatedBy).WithMany().HasForeignKey(r => r.UpdatedById).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ApplicationUser>().WithMany().HasForeignKey(r => r.ApprovedById).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<CannedResponse>().WithMany().HasForeignKey(r => r.TranslationId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class CannedResponseVersionConfiguration : IEntityTypeConfiguration<CannedResponseVersion>
{
    public void Configure(EntityTypeBuilder<CannedResponseVersion> b)
    {
        b.Property(v => v.Title).HasMaxLength(CannedResponseConfiguration.MaxTitle);
        b.Property(v => v.Shortcut).HasMaxLength(CannedResponseConfiguration.MaxShortcut);
        b.Property(v => v.Body).HasMaxLength(CannedResponseConfiguration.MaxBody);
        b.Property(v => v.Language).HasMaxLength(2);
        b.Property(v => v.Tags).HasMaxLength(CannedResponseConfiguration.MaxTags);
        b.Property(v => v.ChangedFields).HasMaxLength(200);
        b.Property(v => v.Note).HasMaxLength(500);

        // One row per version number: two saves from the same version cannot both land.
        b.HasIndex(v => new { v.ResponseId, v.Number }).IsUnique();
        b.HasOne(v => v.Response).WithMany(r => r.Versions).HasForeignKey(v => v.ResponseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(v => v.Author).WithMany().HasForeignKey(v => v.AuthorId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CannedResponseUsageConfiguration : IEntityTypeConfiguration<CannedResponseUsage>
{
    public void Configure(EntityTypeBuilder<CannedResponseUsage> b)
    {
        b.Property(u => u.OfficerId).HasMaxLength(450);
        // The library counts uses per text; a ticket's uses are read with its replies.
        b.HasIndex(u => new { u.ResponseId, u.At });
        b.HasIndex(u => u.TicketId);
        b.HasOne<CannedResponse>().WithMany().HasForeignKey(u => u.ResponseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(u => u.Ticket).WithMany().HasForeignKey(u => u.TicketId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ApplicationUser>().WithMany().HasForeignKey(u => u.OfficerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(u => u.Message).WithMany().HasForeignKey(u => u.MessageId).OnDelete(DeleteBehavior.Cascade);
    }
}
