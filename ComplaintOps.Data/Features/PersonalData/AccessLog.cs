using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Data.Features.PersonalData;

/// <summary>Filters and page of the personal data access log.</summary>
public sealed record AccessLogQuery
{
    /// <summary>Part of a complaint reference.</summary>
    public string? ComplaintReference { get; init; }

    /// <summary>Part of a viewer's staff id or name.</summary>
    public string? Viewer { get; init; }

    public DateTimeOffset? FromUtc { get; init; }

    /// <summary>Exclusive.</summary>
    public DateTimeOffset? ToUtc { get; init; }

    public int Skip { get; init; }

    public int Take { get; init; } = 25;
}

/// <summary>One logged unmasking.</summary>
public sealed record AccessLogRow(Guid Id, DateTimeOffset AtUtc, Guid ComplaintId, string ComplaintReference, PersonalDataField Field,
    string ViewerId, string ViewerName, StaffRole ViewerRole);
