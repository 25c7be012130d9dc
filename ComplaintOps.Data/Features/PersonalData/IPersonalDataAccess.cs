using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Data.Features.PersonalData;

/// <summary>The only way to see a personal data field in clear: one field at a time, and every time logged.</summary>
public interface IPersonalDataAccess
{
    /// <summary>
    /// The clear value of <paramref name="field"/> (null when the complaint has none), after recording the access.
    /// Throws <see cref="Domain.Common.ForbiddenException"/> without recording anything when the viewer lacks
    /// <see cref="Permission.ViewPersonalData"/> or the complaint is outside their scope, and
    /// <see cref="Domain.Common.NotFoundException"/> when there is no such complaint.
    /// </summary>
    Task<string?> RevealAsync(Guid complaintId, PersonalDataField field, Actor viewer, CancellationToken cancellationToken);
}
