using System.Security.Cryptography;
using System.Text;
using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Data.Domain.Complaints;

/// <summary>
/// One entry in a complaint's append-only history. Each carries the hash of the one before it, so any edit,
/// insertion or deletion breaks the chain (tamper evidence). The UI timeline is exactly this list.
/// </summary>
public sealed class ComplaintEvent
{
    public const string RegisteredKind = "Registered";

    private ComplaintEvent()
    {
    }

    public Guid Id { get; private set; }

    public Guid ComplaintId { get; private set; }

    /// <summary>1, 2, 3… per complaint; unique with <see cref="ComplaintId"/>.</summary>
    public int Sequence { get; private set; }

    /// <summary><see cref="RegisteredKind"/> or a <see cref="ComplaintTrigger"/> name.</summary>
    public string Kind { get; private set; } = "";

    public ComplaintStatus? FromStatus { get; private set; }

    public ComplaintStatus ToStatus { get; private set; }

    public string ActorId { get; private set; } = "";

    public string ActorName { get; private set; } = "";

    public StaffRole ActorRole { get; private set; }

    public DateTimeOffset OccurredAtUtc { get; private set; }

    public string? Reason { get; private set; }

    /// <summary>The action's other facts as sorted JSON (department, amount, …).</summary>
    public string? Details { get; private set; }

    public string PreviousHash { get; private set; } = "";

    public string Hash { get; private set; } = "";

    internal static ComplaintEvent Create(Guid complaintId, int sequence, string kind, ComplaintStatus? from, ComplaintStatus to,
        Actor actor, DateTimeOffset atUtc, string? reason, string? details, string previousHash)
    {
        var e = new ComplaintEvent
        {
            Id = Guid.CreateVersion7(atUtc),
            ComplaintId = complaintId,
            Sequence = sequence,
            Kind = kind,
            FromStatus = from,
            ToStatus = to,
            ActorId = actor.Id,
            ActorName = actor.Name,
            ActorRole = actor.Role,
            OccurredAtUtc = atUtc,
            Reason = reason,
            Details = details,
            PreviousHash = previousHash,
        };
        e.Hash = e.ComputeHash();
        return e;
    }

    public string ComputeHash()
    {
        var text = string.Join('\u001f',
            PreviousHash, ComplaintId.ToString("N"), Sequence, Kind, FromStatus?.ToString() ?? "", ToStatus, ActorId, ActorName,
            ActorRole, OccurredAtUtc.UtcTicks, Reason ?? "", Details ?? "");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>
    /// Checks a complete history in sequence order. Returns the first sequence number that breaks the chain, or null when intact.
    /// </summary>
    public static int? FindBreak(IEnumerable<ComplaintEvent> history)
    {
        var previous = "";
        var expected = 1;
        foreach (var e in history.OrderBy(e => e.Sequence))
        {
            if (e.Sequence != expected || e.PreviousHash != previous || e.Hash != e.ComputeHash())
            {
                return e.Sequence;
            }

            previous = e.Hash;
            expected++;
        }

        return null;
    }
}
