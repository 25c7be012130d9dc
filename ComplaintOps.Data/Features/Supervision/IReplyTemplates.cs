using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Supervision;

namespace ComplaintOps.Data.Features.Supervision;

/// <summary>Reply templates for the decision notice: managed with ManageReplyTemplates, offered to whoever gives feedback.</summary>
public interface IReplyTemplates
{
    /// <summary>All templates (retired ones last). Needs ManageReplyTemplates.</summary>
    Task<IReadOnlyList<ReplyTemplateDto>> ListAsync(Actor viewer, CancellationToken cancellationToken);

    /// <summary>Active templates for a category (its own and "any"), the complaint's language first. Needs FollowUpCustomer or ManageReplyTemplates.</summary>
    Task<IReadOnlyList<ReplyTemplateDto>> ForComplaintAsync(string? category, string language, Actor viewer, CancellationToken cancellationToken);

    Task<ReplyTemplateDto> CreateAsync(ReplyTemplateText text, Actor actor, CancellationToken cancellationToken);

    Task<ReplyTemplateDto> ChangeAsync(Guid id, int expectedVersion, ReplyTemplateText text, Actor actor, CancellationToken cancellationToken);

    Task<ReplyTemplateDto> RetireAsync(Guid id, int expectedVersion, Actor actor, CancellationToken cancellationToken);
}
