using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Data.Features.Consultations;

/// <summary>
/// Joint consultations (会诊). Each call is one unit of work; a refused call (<see cref="Domain.Common.DomainException"/>:
/// permission, scope, department, closed, stale version) changes nothing.
/// </summary>
public interface IConsultationCommands
{
    /// <summary>Opens a consultation on an open complaint the actor can see and notes it on the complaint's history.</summary>
    Task<ConsultationView> OpenAsync(Guid complaintId, NewConsultation consultation, Actor actor, CancellationToken cancellationToken);

    /// <summary>Records the opinion of the actor's own department on the version the actor saw.</summary>
    Task<ConsultationView> RecordOpinionAsync(Guid consultationId, int expectedVersion, string opinion, Actor actor, CancellationToken cancellationToken);

    /// <summary>The opener concludes and closes it; the conclusion is noted on the complaint's history.</summary>
    Task<ConsultationView> CloseAsync(Guid consultationId, int expectedVersion, string conclusion, Actor actor, CancellationToken cancellationToken);
}
