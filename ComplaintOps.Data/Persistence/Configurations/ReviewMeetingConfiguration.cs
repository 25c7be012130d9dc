using ComplaintOps.Data.Domain.Governance;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintOps.Data.Persistence.Configurations;

public sealed class ReviewMeetingConfiguration : IEntityTypeConfiguration<ReviewMeeting>
{
    public void Configure(EntityTypeBuilder<ReviewMeeting> b)
    {
        b.ToTable("ReviewMeetings");
        b.HasKey(m => m.Id);
        b.Property(m => m.Id).ValueGeneratedNever();
        b.Property(m => m.Version).IsConcurrencyToken();
        b.Property(m => m.Title).HasMaxLength(ReviewMeeting.TitleLength).IsRequired();
        b.Property(m => m.Status).HasConversion<string>().HasMaxLength(12);
        b.Property(m => m.ChairId).HasMaxLength(24).IsRequired();
        b.Property(m => m.ChairName).HasMaxLength(RootCauseAction.OwnerLength).IsRequired();
        b.Property(m => m.CreatedById).HasMaxLength(24).IsRequired();
        b.Property(m => m.CreatedByName).HasMaxLength(RootCauseAction.OwnerLength).IsRequired();
        b.Property(m => m.Participants).AsJson();
        b.Ignore(m => m.NewEvents);
        b.HasMany(m => m.Items).WithOne().HasForeignKey(i => i.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(m => m.Items).HasField("_items").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasIndex(m => m.PeriodFrom);
    }
}

public sealed class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItem>
{
    public void Configure(EntityTypeBuilder<AgendaItem> b)
    {
        b.ToTable("AgendaItems");
        b.HasKey(i => i.Id);
        b.Property(i => i.Id).ValueGeneratedNever();
        b.Property(i => i.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(i => i.Title).HasMaxLength(AgendaItem.TitleLength).IsRequired();
        b.Property(i => i.TopicName).HasMaxLength(200);
        b.Property(i => i.Product).HasMaxLength(100);
        b.Property(i => i.Department).HasMaxLength(24);
        b.Property(i => i.ResponsibleDepartment).HasMaxLength(24);
        b.Property(i => i.Findings).HasMaxLength(AgendaItem.TextLength);
        b.Property(i => i.RootCause).HasMaxLength(AgendaItem.TextLength);
        b.Property(i => i.Figures).AsJson();
        b.Property(i => i.Complaints).AsJson();
        b.Property(i => i.WeeklyCounts).AsJson();
        b.Ignore(i => i.Topic);
        b.Ignore(i => i.VisibleTo);
        b.HasIndex(i => new { i.MeetingId, i.Position }).IsUnique();
    }
}

public sealed class GovernanceEventConfiguration : IEntityTypeConfiguration<GovernanceEvent>
{
    public void Configure(EntityTypeBuilder<GovernanceEvent> b)
    {
        b.ToTable("GovernanceEvents");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(24);
        b.Property(e => e.Field).HasMaxLength(40);
        b.Property(e => e.OldValue).HasMaxLength(GovernanceEvent.ValueLength);
        b.Property(e => e.NewValue).HasMaxLength(GovernanceEvent.ValueLength);
        b.Property(e => e.ActorId).HasMaxLength(24).IsRequired();
        b.Property(e => e.ActorName).HasMaxLength(RootCauseAction.OwnerLength).IsRequired();
        b.HasIndex(e => e.MeetingId);
        b.HasIndex(e => e.ActionId);
    }
}
