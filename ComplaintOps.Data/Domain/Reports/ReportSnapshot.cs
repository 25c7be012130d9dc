using System.Globalization;
using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Data.Domain.Reports;

/// <summary>
/// A report frozen and signed off: every figure, the complaints behind each, who signed and when, sealed with the keyed
/// hash the complaint history uses (<see cref="HistorySeal"/>, key outside the database). Nothing changes it after
/// creation — the type has no method that would, the store no update path — and <see cref="Verifies"/> recomputes the
/// seal, so an edit of the stored row shows.
/// </summary>
public sealed class ReportSnapshot
{
    private ReportSnapshot()
    {
    }

    public Guid Id { get; private set; }

    public ReportKind Kind { get; private set; }

    public string PeriodKey { get; private set; } = "";

    /// <summary>The canonical text of the figures (<see cref="ReportCanonical"/>).</summary>
    public string Figures { get; private set; } = "";

    public string SignedById { get; private set; } = "";

    public string SignedByName { get; private set; } = "";

    public DateTimeOffset SignedAtUtc { get; private set; }

    public string Hash { get; private set; } = "";

    public static ReportSnapshot SignOff(ReportKind kind, string periodKey, IEnumerable<ReportFigure> figures, Actor actor, DateTimeOffset nowUtc, HistorySeal seal)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(seal);
        if (!actor.Has(Permission.SignOffReports))
        {
            throw ForbiddenException.Lacking(Permission.SignOffReports);
        }

        var snapshot = new ReportSnapshot
        {
            Id = Guid.CreateVersion7(nowUtc),
            Kind = kind,
            PeriodKey = periodKey,
            Figures = ReportCanonical.Write(figures),
            SignedById = actor.Id,
            SignedByName = actor.Name,
            SignedAtUtc = StoredInstant.Normalize(nowUtc),
        };
        snapshot.Hash = seal.Seal(snapshot.CanonicalText());
        return snapshot;
    }

    public IReadOnlyList<ReportFigure> ReadFigures() => ReportCanonical.Read(Figures);

    public bool Verifies(HistorySeal seal)
    {
        ArgumentNullException.ThrowIfNull(seal);
        return seal.Verifies(CanonicalText(), Hash);
    }

    private string CanonicalText() => string.Join('\n', "report-snapshot/1", Id.ToString("D"), Kind.ToString(), PeriodKey, SignedById, SignedByName,
        SignedAtUtc.UtcTicks.ToString(CultureInfo.InvariantCulture), Figures);
}
