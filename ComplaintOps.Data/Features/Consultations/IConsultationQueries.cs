using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Data.Features.Consultations;

public interface IConsultationQueries
{
    /// <summary>The complaint's consultations, newest first; empty when the viewer may not see the complaint.</summary>
    Task<IReadOnlyList<ConsultationView>> ForComplaintAsync(Guid complaintId, Actor viewer, CancellationToken cancellationToken);

    /// <summary>The viewer's work list (needs ConsultCases).</summary>
    Task<ConsultationWorkList> WorkListAsync(Actor viewer, CancellationToken cancellationToken);
}
