using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Supervision;
using ComplaintOps.Data.Features.Supervision;
using ComplaintOps.Web.Identity;
using ComplaintOps.Web.Localization;
using Microsoft.AspNetCore.Components;

namespace ComplaintOps.Web.Components.Pages.Supervision;

/// <summary>Reply templates for the decision notice, per category and language: create, edit (on the version shown) and retire.</summary>
public sealed partial class ReplyTemplatesPage
{
    private IReadOnlyList<ReplyTemplateDto>? _templates;
    private TemplateDraft? _editing;
    private string? _notice;
    private MudBlazor.Severity _noticeSeverity;
    private bool _busy;

    [Inject]
    private IReplyTemplates Templates { get; set; } = default!;

    [Inject]
    private CurrentActor CurrentActor { get; set; } = default!;

    [Inject]
    private LocalTime Time { get; set; } = default!;

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync() => _templates = await Templates.ListAsync(await CurrentActor.GetAsync(), CancellationToken.None);

    private string CategoryLabel(string? code) => code is null or ReplyTemplate.AnyCategory ? L["Templates.AnyCategory"] : Labels.Category(code);

    private void New() => _editing = new TemplateDraft();

    private void Edit(ReplyTemplateDto t) => _editing = new TemplateDraft
    {
        Id = t.Id, Version = t.Version, Category = t.Category, Language = t.Language, Title = t.Title, Verification = t.Verification, Basis = t.Basis, Reasons = t.Reasons,
    };

    private Task SaveAsync() => RunAsync(async actor =>
    {
        var draft = _editing!;
        var text = new ReplyTemplateText(draft.Category, draft.Language, draft.Title ?? "", draft.Verification ?? "", draft.Basis ?? "", draft.Reasons ?? "");
        var saved = draft.Id is { } id
            ? await Templates.ChangeAsync(id, draft.Version, text, actor, CancellationToken.None)
            : await Templates.CreateAsync(text, actor, CancellationToken.None);
        _editing = null;
        return L["Templates.Saved", saved.Title];
    });

    private Task RetireAsync(ReplyTemplateDto t) => RunAsync(async actor =>
    {
        await Templates.RetireAsync(t.Id, t.Version, actor, CancellationToken.None);
        return L["Templates.RetiredDone", t.Title];
    });

    private async Task RunAsync(Func<Actor, Task<string>> change)
    {
        _busy = true;
        try
        {
            _notice = await change(await CurrentActor.GetAsync());
            _noticeSeverity = MudBlazor.Severity.Success;
            await LoadAsync();
        }
        catch (DomainException ex)
        {
            _notice = L.Of(ex);
            _noticeSeverity = MudBlazor.Severity.Error;
        }
        finally
        {
            _busy = false;
        }
    }
}
