using System.Text.Json;
using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Data.Domain.Complaints;

/// <summary>
/// One entry in a complaint's append-only history. Each is sealed with a keyed hash (<see cref="HistorySeal"/>)
/// and carries the seal of the one before it, so any edit, insertion or deletion breaks the chain, and without the key
/// the chain cannot be recomputed to hide it (tamper evidence). The UI timeline is exactly this list.
/// </summary>
public sealed class ComplaintEvent
{
    public const string RegisteredKind = "Registered";

    private static readonly IReadOnlyDictionary<string, string> NoDetails = new Dictionary<string, string>();

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
        Actor actor, DateTimeOffset atUtc, string? reason, string? details, string previousHash, HistorySeal seal)
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
        e.Hash = seal.Seal(e.CanonicalText());
        return e;
    }

    /// <summary>Every stored fact of the event, in a fixed order: the text the seal covers. Not secret; the key is.</summary>
    public string CanonicalText() => string.Join('\u001f',
        PreviousHash, ComplaintId.ToString("N"), Sequence, Kind, FromStatus?.ToString() ?? "", ToStatus, ActorId, ActorName,
        ActorRole, OccurredAtUtc.UtcTicks, Reason ?? "", Details ?? "");

    /// <summary>
    /// <see cref="Details"/> as written by the domain (a JSON object of strings), or null when the stored text is not
    /// that: a row edited outside the application must not take down the pages that show it.
    /// </summary>
    public IReadOnlyDictionary<string, string>? ReadDetails()
    {
        if (Details is null)
        {
            return NoDetails;
        }

        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, string>>(Details);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// Checks a history in sequence order against <paramref name="seal"/>. Returns the first event that breaks the
    /// chain and why, or null when intact. The complaint-level checks (count, last seal) are in Complaint.FindHistoryBreak.
    /// </summary>
    public static HistoryBreak? FindBreak(IEnumerable<ComplaintEvent> history, HistorySeal seal)
    {
        ArgumentNullException.ThrowIfNull(seal);
        var previous = "";
        var expected = 1;
        foreach (var e in history.OrderBy(e => e.Sequence))
        {
            HistoryFault? fault = e.Sequence != expected ? HistoryFault.SequenceGap
                : e.PreviousHash != previous ? HistoryFault.PreviousHashMismatch
                : e.ReadDetails() is null ? HistoryFault.Unreadable
                : !seal.Verifies(e.CanonicalText(), e.Hash) ? HistoryFault.SealMismatch
                : null;
            if (fault is { } f)
            {
                return new HistoryBreak(e.Sequence, f);
            }

            previous = e.Hash;
            expected++;
        }

        return null;
    }
}
