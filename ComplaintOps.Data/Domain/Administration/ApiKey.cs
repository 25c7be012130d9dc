using System.Security.Cryptography;
using System.Text;

namespace ComplaintOps.Data.Domain.Administration;

/// <summary>An API key: "co_" + 32 random bytes (base64url). Only its hash and its first characters are ever stored.</summary>
public static class ApiKey
{
    public const string Prefix = "co_";

    /// <summary>How many leading characters are kept in clear to tell keys apart in lists and logs.</summary>
    public const int PrefixLength = 8;

    public const int HashLength = 64;

    public static string Generate() => Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>
    /// SHA-256 (hex). A fast unsalted hash is enough here, unlike for passwords: a generated key carries 256 random bits, so
    /// nobody can search the key space from a stolen hash, and a deterministic hash lets each request find its client by an
    /// indexed lookup. (The configured demo keys are weak, but they are public demo values and never used outside demo mode.)
    /// </summary>
    public static string Hash(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key))).ToLowerInvariant();

    public static string Identify(string key) => key.Length <= PrefixLength ? key : key[..PrefixLength];

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
