namespace ComplaintOps.Data.Domain.Complaints;

/// <summary>Why a stored history stops proving itself.</summary>
public enum HistoryFault
{
    /// <summary>Sequence numbers are not 1, 2, 3… (an event was deleted or inserted).</summary>
    SequenceGap,

    /// <summary>The event does not point at the seal of the event before it (reordered, replaced or deleted).</summary>
    PreviousHashMismatch,

    /// <summary>The event's content does not match its seal under the configured key (edited, or sealed with another key).</summary>
    SealMismatch,

    /// <summary>A stored value cannot be read back (e.g. Details is not a JSON object of strings).</summary>
    Unreadable,

    /// <summary>The complaint's EventCount differs from the number of stored events (events deleted from the end, or added).</summary>
    CountMismatch,

    /// <summary>The complaint's LastEventHash is not the seal of its last event.</summary>
    LastHashMismatch,
}

/// <summary>The first event (by sequence) at which a complaint's history is broken, and why.</summary>
public sealed record HistoryBreak(int Sequence, HistoryFault Fault);
