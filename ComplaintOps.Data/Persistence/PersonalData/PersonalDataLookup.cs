using System.Security.Cryptography;
using System.Text;

namespace ComplaintOps.Data.Persistence.PersonalData;

/// <summary>
/// Keyed hashes (HMAC-SHA256) of the normalized phone number and ID number, stored beside the encrypted values so an
/// exact search still finds a complaint. Encryption is randomized (the same phone encrypts differently every time), so
/// the ciphertext cannot be compared; the keyed hash can, and without the key it cannot be reversed by trying every
/// phone number. Only whole values match: a partial number hashes to something else.
/// </summary>
public sealed class PersonalDataLookup
{
    public const int MinimumKeyBytes = 32;

    /// <summary>Hex of a SHA-256 HMAC.</summary>
    public const int HashLength = 64;

    private readonly byte[] _key;

    private PersonalDataLookup(byte[] key) => _key = key;

    public static PersonalDataLookup FromBase64(string base64)
    {
        var key = Convert.FromBase64String(base64.Trim());
        return key.Length < MinimumKeyBytes
            ? throw new ArgumentException($"The lookup key needs at least {MinimumKeyBytes} bytes.", nameof(base64))
            : new PersonalDataLookup(key);
    }

    /// <summary>Digits only; a mainland mobile written with +86 counts as the same number without it.</summary>
    public static string NormalizePhone(string phone)
    {
        var digits = new string([.. phone.Where(char.IsAsciiDigit)]);
        return digits.Length == 13 && digits.StartsWith("861", StringComparison.Ordinal) ? digits[2..] : digits;
    }

    /// <summary>Upper case without spaces (the check character of a resident ID may be typed as x or X).</summary>
    public static string NormalizeIdNumber(string idNumber) =>
        new string([.. idNumber.Where(c => !char.IsWhiteSpace(c))]).ToUpperInvariant();

    public string? Phone(string? phone) => phone is null ? null : Hash("phone", NormalizePhone(phone));

    public string? IdNumber(string? idNumber) => idNumber is null ? null : Hash("id", NormalizeIdNumber(idNumber));

    // The field name is part of the hashed text, so the same digits as a phone and as an ID number hash differently.
    private string? Hash(string field, string normalized) => normalized.Length == 0
        ? null
        : Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(field + ":" + normalized)));
}
