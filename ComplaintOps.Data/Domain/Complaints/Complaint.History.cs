namespace ComplaintOps.Data.Domain.Complaints;

public sealed partial class Complaint
{
    /// <summary>
    /// The first point where the loaded history stops proving itself under <paramref name="seal"/>, or null when intact.
    /// Beyond the chain itself, the complaint's own EventCount and LastEventHash must agree with it: otherwise events
    /// deleted from the end would leave a shorter chain that still verifies.
    /// </summary>
    public HistoryBreak? FindHistoryBreak(HistorySeal seal)
    {
        if (ComplaintEvent.FindBreak(_events, seal) is { } broken)
        {
            return broken;
        }

        if (_events.Count != EventCount)
        {
            // The first missing event (fewer stored) or the first one too many (more stored).
            return new HistoryBreak(Math.Min(_events.Count, EventCount) + 1, HistoryFault.CountMismatch);
        }

        var lastHash = _events.Count == 0 ? "" : _events.MaxBy(e => e.Sequence)!.Hash;
        return lastHash == LastEventHash ? null : new HistoryBreak(EventCount, HistoryFault.LastHashMismatch);
    }
}
