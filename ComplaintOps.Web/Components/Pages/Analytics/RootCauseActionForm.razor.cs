using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Governance;
using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Data.Features.Governance;
using ComplaintOps.Data.Features.Topics;
using ComplaintOps.Web.Identity;
using ComplaintOps.Web.Localization;
using ComplaintOps.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace ComplaintOps.Web.Components.Pages.Analytics;

/// <summary>
/// Creates a root-cause action (DESIGN §4): the analytics page's form, and the dialog a hotspot or a topic page opens with
/// its topic as <see cref="Target"/>. A refusal shows in the user's language and keeps what was typed.
/// </summary>
public sealed partial class RootCauseActionForm
{
    private IReadOnlyList<TopicRow> _topics = [];
    private bool _byTopic;
    private TopicKey? _topic;
    private string? _category;
    private string? _title;
    private string? _owner;
    private DateTime? _due;
    private string? _error;
    private bool _busy;

    /// <summary>The topic or category the action is against; null lets the person pick one.</summary>
    [Parameter]
    public RootCauseTarget? Target { get; set; }

    [Parameter]
    public EventCallback<RootCauseActionDto> OnCreated { get; set; }

    [Inject]
    private IRootCauseActions Actions { get; set; } = default!;

    [Inject]
    private ITopicQueries TopicQueries { get; set; } = default!;

    [Inject]
    private TopicNames Topics { get; set; } = default!;

    [Inject]
    private CurrentActor CurrentActor { get; set; } = default!;

    [Inject]
    private IStringLocalizer<SharedResource> Localizer { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        await Topics.LoadAsync(CancellationToken.None);
        var viewer = await CurrentActor.GetAsync();
        if (Target is null && viewer.Has(Data.Domain.Access.Permission.ViewAnalytics))
        {
            _topics = [.. (await TopicQueries.ListAsync(new TopicListQuery(), viewer, CancellationToken.None)).Where(t => t.State.RaisesAlerts())];
            _byTopic = _topics.Count > 0;   // categories until a model has found topics
        }
    }

    private string TargetLabel(RootCauseTarget target) => target.Topic is { } topic ? Topics.Of(topic) : Labels.Category(target.Category);

    private RootCauseTarget? Chosen() => Target ?? (_byTopic
        ? _topic is { } topic ? RootCauseTarget.OfTopic(topic) : null
        : _category is { Length: > 0 } category ? RootCauseTarget.OfCategory(category) : null);

    private async Task AddAsync()
    {
        if (_due is not { } due)
        {
            _error = Localizer["Actions.DueRequired"];
            return;
        }

        _busy = true;
        try
        {
            var created = await Actions.CreateAsync(new NewRootCauseAction(Chosen()!, _title ?? "", _owner ?? "", DateOnly.FromDateTime(due)),
                await CurrentActor.GetAsync(), CancellationToken.None);
            _title = null;
            _owner = null;
            _error = null;
            await OnCreated.InvokeAsync(created);
        }
        catch (DomainException ex)
        {
            _error = Localizer["Actions.Refused", Localizer.Of(ex)];
        }
        finally
        {
            _busy = false;
        }
    }
}
