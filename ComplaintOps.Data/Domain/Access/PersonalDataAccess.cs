using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Data.Domain.Access;

/// <summary>
/// One unmasking of one personal data field: who saw which field of which complaint, and when. Written in the same
/// transaction that read the value, so there is no reveal without its row; rows are never changed or deleted.
/// </summary>
public sealed class PersonalDataAccess
{
    public const int ReferenceLength = 32;
    public const int ViewerIdLength = 64;
    public const int ViewerNameLength = 100;

    private PersonalDataAccess()
    {
    }

    public Guid Id { get; private set; }

    public Guid ComplaintId { get; private set; }

    public string ComplaintReference { get; private set; } = "";

    public PersonalDataField Field { get; private set; }

    public string ViewerId { get; private set; } = "";

    public string ViewerName { get; private set; } = "";

    public StaffRole ViewerRole { get; private set; }

    public DateTimeOffset AtUtc { get; private set; }

    public static PersonalDataAccess Record(Guid complaintId, string complaintReference, PersonalDataField field, Actor viewer, DateTimeOffset atUtc)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return new PersonalDataAccess
        {
            Id = Guid.NewGuid(),
            ComplaintId = complaintId,
            ComplaintReference = complaintReference,
            Field = field,
            ViewerId = Clip(viewer.Id, ViewerIdLength),
            ViewerName = Clip(viewer.Name, ViewerNameLength),
            ViewerRole = viewer.Role,
            AtUtc = atUtc.ToUniversalTime(),
        };
    }

    private static string Clip(string value, int length) => value.Length <= length ? value : value[..length];
}
