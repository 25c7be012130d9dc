using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Data.Features.RegulatorReports;

/// <summary>
/// Major complaints owing a report to the regulator. Reports are recorded as sent with the complaint's own
/// <see cref="Domain.Complaints.Activities.ReportToRegulator"/> activity, which meets the MajorReport clock.
/// </summary>
public interface IRegulatorReportQueries
{
    /// <summary>Needs <see cref="Domain.Access.Permission.ReportToRegulator"/>.</summary>
    Task<RegulatorReportList> ListAsync(Actor viewer, CancellationToken cancellationToken);
}
