using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Data.Features.Partners;

public interface IPartnerQueries
{
    /// <summary>Active partners, for the pickers of the registration and classification forms (reference data, no personal data).</summary>
    Task<IReadOnlyList<PartnerRow>> ActiveAsync(CancellationToken cancellationToken);

    /// <summary>All partners with their latest cooperation rating; needs ViewReports or ManagePartners.</summary>
    Task<IReadOnlyList<PartnerRow>> ListAsync(Actor viewer, CancellationToken cancellationToken);

    /// <summary>
    /// Per partner, the complaints registered in [<paramref name="from"/>, <paramref name="to"/>] (local dates, inclusive) and
    /// their KPIs (the shared definitions of <see cref="Domain.Kpis.Kpi"/>); needs ViewReports or ManagePartners.
    /// </summary>
    Task<IReadOnlyList<PartnerScore>> ScorecardAsync(DateOnly from, DateOnly to, Actor viewer, CancellationToken cancellationToken);
}
