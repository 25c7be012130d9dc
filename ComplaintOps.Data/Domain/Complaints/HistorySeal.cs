using System.Security.Cryptography;
using System.Text;

namespace ComplaintOps.Data.Domain.Complaints;

/// <summary>
/// Seals history events with HMAC-SHA256 under a key that lives outside the database. A plain hash chain can be
/// recomputed by anyone who can edit the rows; a keyed one only by someone who also holds the key.
/// </summary>
public sealed class HistorySeal
{
    /// <summary>HMAC-SHA256 keys shorter than its 32-byte output weaken it; shorter keys are refused.</summary>
    public const int MinimumKeyBytes = 32;

    private readonly byte[] _key;

    public HistorySeal(ReadOnlySpan<byte> key)
    {
        if (key.Length < MinimumKeyBytes)
        {
            throw new ArgumentException($"A history key needs at least {MinimumKeyBytes} bytes; this one has {key.Length}.", nameof(key));
        }

        _key = key.ToArray();
    }

    /// <summary>From the configured base64 text (<c>openssl rand -base64 32</c>).</summary>
    public static HistorySeal FromBase64(string key) => new(Convert.FromBase64String(key));

    /// <summary>Lower-case hex, 64 characters: the same shape as the SHA-256 hashes stored before, so the columns fit.</summary>
    public string Seal(string canonicalText) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(canonicalText)));

    /// <summary>Fixed-time comparison, so timing says nothing about how much of a forged seal was right.</summary>
    public bool Verifies(string canonicalText, string seal) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Seal(canonicalText)), Encoding.ASCII.GetBytes(seal));

    /// <summary>Keeps the key out of logs and of the records that carry this (e.g. HandlingRules.ToString()).</summary>
    public override string ToString() => nameof(HistorySeal);
}
