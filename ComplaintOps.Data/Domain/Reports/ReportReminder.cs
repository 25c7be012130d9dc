namespace ComplaintOps.Data.Domain.Reports;

/// <summary>
/// Marks that the due reminder of a report period was written (with its notices, in one transaction). The period key is
/// the primary key, so two instances running the reminder at once write it once: the second insert fails and rolls back.
/// </summary>
public sealed class ReportReminder(string periodKey, DateTimeOffset writtenAtUtc)
{
    public string PeriodKey { get; private set; } = periodKey;

    public DateTimeOffset WrittenAtUtc { get; private set; } = writtenAtUtc;
}
