using System.Security.Cryptography;
using System.Text;
using ComplaintOps.Data.Domain.Complaints;

namespace ComplaintOps.Tests.TestInfrastructure;

/// <summary>What someone with write access to the rows (but not the key) can do: edit a field, then re-chain every event.</summary>
public static class HistoryForgery
{
    /// <summary>The old unkeyed chain: anyone can compute it.</summary>
    public static string PlainSha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public static void SetReason(ComplaintEvent e, string reason) => Set(e, nameof(ComplaintEvent.Reason), reason);

    public static void SetDetails(ComplaintEvent e, string details) => Set(e, nameof(ComplaintEvent.Details), details);

    /// <summary>Recomputes PreviousHash and Hash of every event in order with <paramref name="hash"/>; returns the new last hash.</summary>
    public static string Rechain(IEnumerable<ComplaintEvent> events, Func<string, string> hash)
    {
        var previous = "";
        foreach (var e in events.OrderBy(e => e.Sequence))
        {
            Set(e, nameof(ComplaintEvent.PreviousHash), previous);
            previous = hash(e.CanonicalText());
            Set(e, nameof(ComplaintEvent.Hash), previous);
        }

        return previous;
    }

    private static void Set(ComplaintEvent e, string property, string value) =>
        typeof(ComplaintEvent).GetProperty(property)!.SetValue(e, value);
}
