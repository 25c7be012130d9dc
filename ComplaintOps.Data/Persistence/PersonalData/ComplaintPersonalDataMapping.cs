using ComplaintOps.Data.Domain.Complaints;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ComplaintOps.Data.Persistence.PersonalData;

/// <summary>
/// The complaint's personal data columns (and those of its joint complainants and agent): encrypted with the application's key ring (ciphertext only in the database,
/// its backups and its logs), sized for the ciphertext, plus the indexed lookup hashes of phone and ID number. Mapped
/// here rather than in ComplaintConfiguration because the converters need the application's protector.
/// </summary>
public static class ComplaintPersonalDataMapping
{
    public const string PhoneLookup = "CustomerPhoneLookup";
    public const string IdNumberLookup = "CustomerIdNumberLookup";

    public const int PhoneLength = ComplaintLimits.Phone;
    public const int IdNumberLength = ComplaintLimits.IdNumber;
    public const int AccountLength = 40;

    public static void Apply(EntityTypeBuilder<Complaint> b, PersonalDataProtection protection)
    {
        var converter = Encrypted(protection);
        b.Property(c => c.CustomerName).HasConversion(converter).HasMaxLength(PersonalDataProtection.StoredLength(ComplaintLimits.Name)).IsRequired();
        b.Property(c => c.CustomerPhone).HasConversion(converter).HasMaxLength(PersonalDataProtection.StoredLength(PhoneLength));
        b.Property(c => c.CustomerEmail).HasConversion(converter).HasMaxLength(PersonalDataProtection.StoredLength(ComplaintLimits.Email));
        b.Property(c => c.CustomerIdNumber).HasConversion(converter).HasMaxLength(PersonalDataProtection.StoredLength(IdNumberLength));
        b.Property(c => c.CustomerAccount).HasConversion(converter).HasMaxLength(PersonalDataProtection.StoredLength(AccountLength));

        // Shadow properties: the domain knows nothing of them; ComplaintOpsDbContext fills them on every save.
        b.Property<string?>(PhoneLookup).HasMaxLength(PersonalDataLookup.HashLength);
        b.Property<string?>(IdNumberLookup).HasMaxLength(PersonalDataLookup.HashLength);
        b.HasIndex(PhoneLookup);
        b.HasIndex(IdNumberLookup);
    }

    internal static ValueConverter Encrypted(PersonalDataProtection protection) =>
        new ValueConverter<string, string>(v => protection.Protect(v), v => protection.Unprotect(v));

    /// <summary>Joint complainants and the agent: the same converter and stored lengths as the customer's own fields.</summary>
    public static void Apply(EntityTypeBuilder<ComplaintParty> b, PersonalDataProtection protection)
    {
        var converter = Encrypted(protection);
        b.Property(p => p.Name).HasConversion(converter).HasMaxLength(PersonalDataProtection.StoredLength(ComplaintLimits.Name)).IsRequired();
        b.Property(p => p.Phone).HasConversion(converter).HasMaxLength(PersonalDataProtection.StoredLength(PhoneLength));
        b.Property(p => p.IdNumber).HasConversion(converter).HasMaxLength(PersonalDataProtection.StoredLength(IdNumberLength));
    }
}
