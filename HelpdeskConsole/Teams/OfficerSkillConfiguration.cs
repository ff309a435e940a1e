using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HelpdeskConsole.Teams;

internal sealed class OfficerSkillConfiguration : IEntityTypeConfiguration<OfficerSkill>
{
    public void Configure(EntityTypeBuilder<OfficerSkill> b)
    {
        b.HasKey(s => new { s.UserId, s.CategoryId });
        b.HasIndex(s => s.CategoryId);
        b.HasOne(s => s.User).WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(s => s.Category).WithMany().HasForeignKey(s => s.CategoryId).OnDelete(DeleteBehavior.Cascade);
    }
}
