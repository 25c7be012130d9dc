using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Supervision;
using ComplaintOps.Data.Features.Supervision;

namespace ComplaintOps.Tests.TestInfrastructure.Bunit;

/// <summary>Reply templates kept in memory on the real <see cref="ReplyTemplate"/> rules (permissions, validation, versions).</summary>
public sealed class InMemoryReplyTemplates : IReplyTemplates
{
    private readonly List<ReplyTemplate> _all = [];

    public List<SupervisionEvent> Events { get; } = [];

    public DateTimeOffset Now { get; set; } = ComplaintOpsBunitContext.Now;

    /// <summary>Adds a template as the compliance officer would.</summary>
    public ReplyTemplateDto Add(ReplyTemplateText text) => CreateAsync(text, TestRules.Compliance, CancellationToken.None).Result;

    public Task<IReadOnlyList<ReplyTemplateDto>> ListAsync(Actor viewer, CancellationToken cancellationToken) =>
        viewer.Has(Permission.ManageReplyTemplates)
            ? Task.FromResult<IReadOnlyList<ReplyTemplateDto>>([.. _all.OrderBy(t => t.Retired).Select(ToDto)])
            : throw ForbiddenException.Lacking(Permission.ManageReplyTemplates);

    public Task<IReadOnlyList<ReplyTemplateDto>> ForComplaintAsync(string? category, string language, Actor viewer, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ReplyTemplateDto>>([.. _all.Where(t => !t.Retired && t.Covers(category)).OrderBy(t => t.Language != language).Select(ToDto)]);

    public Task<ReplyTemplateDto> CreateAsync(ReplyTemplateText text, Actor actor, CancellationToken cancellationToken)
    {
        var (template, created) = ReplyTemplate.Create(text, actor, Now);
        _all.Add(template);
        Events.Add(created);
        return Task.FromResult(ToDto(template));
    }

    public Task<ReplyTemplateDto> ChangeAsync(Guid id, int expectedVersion, ReplyTemplateText text, Actor actor, CancellationToken cancellationToken) =>
        Change(id, expectedVersion, t => t.Change(text, actor, Now));

    public Task<ReplyTemplateDto> RetireAsync(Guid id, int expectedVersion, Actor actor, CancellationToken cancellationToken) =>
        Change(id, expectedVersion, t => t.Retire(actor, Now));

    private Task<ReplyTemplateDto> Change(Guid id, int expectedVersion, Func<ReplyTemplate, SupervisionEvent> change)
    {
        var template = _all.Single(t => t.Id == id);
        if (template.Version != expectedVersion)
        {
            throw new DomainException("concurrency_conflict", "stale");
        }

        Events.Add(change(template));
        return Task.FromResult(ToDto(template));
    }

    private static ReplyTemplateDto ToDto(ReplyTemplate t) => ReplyTemplates.ToDto(t);
}
