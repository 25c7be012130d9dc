using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Data.Features.Partners;

/// <summary>Partner management (ManagePartners). Each change stores who and when; a refused call changes nothing.</summary>
public interface IPartnerCommands
{
    Task<PartnerRow> CreateAsync(NewPartner partner, Actor actor, CancellationToken cancellationToken);

    Task<PartnerRow> RenameAsync(string code, int expectedVersion, string name, string nameEn, Actor actor, CancellationToken cancellationToken);

    Task<PartnerRow> DeactivateAsync(string code, int expectedVersion, Actor actor, CancellationToken cancellationToken);

    /// <summary>Rates the partner's cooperation for a quarter (1–5 with a comment); rating a quarter again supersedes the earlier rating.</summary>
    Task<PartnerRow> RateAsync(string code, int year, int quarter, int score, string comment, Actor actor, CancellationToken cancellationToken);
}
