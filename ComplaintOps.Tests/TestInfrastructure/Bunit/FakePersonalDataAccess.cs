using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.PersonalData;

namespace ComplaintOps.Tests.TestInfrastructure.Bunit;

/// <summary>Clear values by field; records every reveal and refuses viewers without ViewPersonalData, as the real command does.</summary>
public sealed class FakePersonalDataAccess : IPersonalDataAccess
{
    private readonly List<(Guid ComplaintId, PersonalDataField Field, string ViewerId)> _reveals = [];

    public Dictionary<PersonalDataField, string> Values { get; } = [];

    public IReadOnlyList<(Guid ComplaintId, PersonalDataField Field, string ViewerId)> Reveals
    {
        get
        {
            lock (_reveals)
            {
                return [.. _reveals];
            }
        }
    }

    public Task<string?> RevealAsync(Guid complaintId, PersonalDataField field, Actor viewer, CancellationToken cancellationToken)
    {
        if (!viewer.Has(Permission.ViewPersonalData))
        {
            throw ForbiddenException.Lacking(Permission.ViewPersonalData);
        }

        lock (_reveals)
        {
            _reveals.Add((complaintId, field, viewer.Id));
        }

        return Task.FromResult(Values.GetValueOrDefault(field));
    }
}
