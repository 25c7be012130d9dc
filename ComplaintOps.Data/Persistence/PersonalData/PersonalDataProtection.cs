using Microsoft.AspNetCore.DataProtection;

namespace ComplaintOps.Data.Persistence.PersonalData;

/// <summary>
/// How the personal data columns are encrypted (ASP.NET Core Data Protection, one purpose for all of them) and how the
/// lookup hashes are made. One instance per application; the EF model is cached per instance
/// (<see cref="PersonalDataModelCacheKeyFactory"/>), so two applications with different key rings in one process never
/// share a converter.
/// </summary>
public sealed class PersonalDataProtection
{
    /// <summary>Bump the version only with a migration that re-encrypts: data protected under one purpose cannot be read under another.</summary>
    public const string Purpose = "ComplaintOps.PersonalData.v1";

    private readonly IDataProtector? _protector;

    private PersonalDataProtection(IDataProtector? protector, PersonalDataLookup lookup)
    {
        _protector = protector;
        Lookup = lookup;
    }

    public PersonalDataLookup Lookup { get; }

    /// <summary>
    /// For <c>dotnet ef</c> only: the design-time factories build the model to compare schemas and never read or write
    /// rows, so values pass through unchanged. Never used by the application or the tests.
    /// </summary>
    public static PersonalDataProtection DesignTimeOnly { get; } =
        new(null, PersonalDataLookup.FromBase64(Convert.ToBase64String(new byte[PersonalDataLookup.MinimumKeyBytes])));

    public static PersonalDataProtection Create(IDataProtectionProvider provider, PersonalDataLookup lookup)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(lookup);
        return new PersonalDataProtection(provider.CreateProtector(Purpose), lookup);
    }

    public string Protect(string value) => _protector is null ? value : _protector.Protect(value);

    public string Unprotect(string value) => _protector is null ? value : _protector.Unprotect(value);

    /// <summary>
    /// Stored length of a value of at most <paramref name="maxChars"/> characters: Data Protection's default
    /// AES-256-CBC + HMAC-SHA256 payload (4-byte magic header, 16-byte key id, 16-byte IV, the UTF-8 text padded to a
    /// 16-byte block, 32-byte MAC), base64url-encoded. UTF-8 is at most 3 bytes per UTF-16 character.
    /// </summary>
    public static int StoredLength(int maxChars)
    {
        var payload = 4 + 16 + 16 + ((maxChars * 3 / 16) + 1) * 16 + 32;
        return (payload * 4 + 2) / 3;
    }
}
