using ComplaintOps.Data.Domain.Notices;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintOps.Data.Persistence.PersonalData;

/// <summary>
/// A notice's recipient is the customer's e-mail address or phone: encrypted like the complaint's own copy
/// (<see cref="ComplaintPersonalDataMapping"/>), so the outbox is no clear-text list of customers' contacts.
/// </summary>
public static class NoticePersonalDataMapping
{
    public static void Apply(EntityTypeBuilder<Notice> b, PersonalDataProtection protection)
    {
        b.Property(n => n.Recipient).HasConversion(ComplaintPersonalDataMapping.Encrypted(protection))
            .HasMaxLength(PersonalDataProtection.StoredLength(Notice.RecipientLength)).IsRequired();
    }
}
