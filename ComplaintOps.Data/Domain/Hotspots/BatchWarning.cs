namespace ComplaintOps.Data.Domain.Hotspots;

/// <summary>
/// At least the threshold of complaints on one topic or product arrived within the batch <see cref="Window"/> ending now;
/// the first and last of them arrived at <see cref="FirstAtUtc"/> and <see cref="LastAtUtc"/>.
/// </summary>
public sealed record BatchWarning(HotspotSubject Subject, int Count, DateTimeOffset FirstAtUtc, DateTimeOffset LastAtUtc, TimeWindow Window);
