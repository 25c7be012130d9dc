using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Governance;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Data.Features.Governance;
using ComplaintOps.Data.Features.Staff;
using ComplaintOps.Data.Features.Topics;
using ComplaintOps.Web.Identity;
using ComplaintOps.Web.Localization;
using ComplaintOps.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace ComplaintOps.Web.Components.Pages.Governance;

/// <summary>
/// Creates an action item (DESIGN §4): on a meeting's agenda item, and in the dialog a hotspot or a topic page opens with its
/// topic as <see cref="Target"/> (then without a meeting). A refusal shows in the user's language and keeps what was typed.
/// </summary>
public sealed partial class ActionItemForm
{
    private IReadOnlyList<TopicRow> _topics = [];
    private IReadOnlyList<StaffMember> _staff = [];
    private TargetChoices _choices = new([], []);
    private RootCauseTargetKind _kind = RootCauseTargetKind.Category;
    private TopicKey? _topic;
    private string? _code;
    private string? _title;
    private string? _ownerId;
    private string? _department;
    private DateTime? _due;
    private string? _error;
    private bool _busy;

    /// <summary>What the action is against; null lets the person pick.</summary>
    [Parameter]
    public RootCauseTarget? Target { get; set; }

    /// <summary>The meeting and agenda item deciding it, when a meeting does.</summary>
    [Parameter]
    public Guid? MeetingId { get; set; }

    [Parameter]
    public Guid? AgendaItemId { get; set; }

    /// <summary>The department preselected (the item's responsible department).</summary>
    [Parameter]
    public string? Department { get; set; }

    [Parameter]
    public EventCallback<RootCauseActionDto> OnCreated { get; set; }

    [Inject]
    private IRootCauseActions Actions { get; set; } = default!;

    [Inject]
    private IReviewMeetingQueries Meetings { get; set; } = default!;

    [Inject]
    private ITopicQueries TopicQueries { get; set; } = default!;

    [Inject]
    private IStaffQueries StaffQueries { get; set; } = default!;

    [Inject]
    private TopicNames Topics { get; set; } = default!;

    [Inject]
    private CurrentActor CurrentActor { get; set; } = default!;

    [Inject]
    private IStringLocalizer<SharedResource> Localizer { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _department = Department;
        await Topics.LoadAsync(CancellationToken.None);
        _staff = [.. (await StaffQueries.ListAsync(CancellationToken.None)).Where(s => s.Role is not StaffRole.System and not StaffRole.Administrator)];
        if (Target is null)
        {
            var viewer = await CurrentActor.GetAsync();
            _choices = await Meetings.TargetChoicesAsync(CancellationToken.None);
            if (viewer.Has(Data.Domain.Access.Permission.ViewAnalytics))
            {
                _topics = [.. (await TopicQueries.ListAsync(new TopicListQuery(), viewer, CancellationToken.None)).Where(t => t.State.RaisesAlerts())];
                _kind = _topics.Count > 0 ? RootCauseTargetKind.Topic : RootCauseTargetKind.Category;   // categories until a model has found topics
            }
        }
    }

    private string OwnerName(string? id) => _staff.FirstOrDefault(s => s.Id == id) is { } s ? $"{Labels.StaffName(s)} ({s.Id})" : "";

    private string PartnerName(string? code) =>
        _choices.Partners.FirstOrDefault(p => p.Code == code) is { } p ? $"{p.Code} · {(Labels.IsChinese ? p.Name : p.NameEn)}" : code ?? "";

    private void OwnerChanged(string? id)
    {
        _ownerId = id;
        _department ??= _staff.FirstOrDefault(s => s.Id == id)?.Department;   // the owner's department unless one was chosen
    }

    private RootCauseTarget? Chosen() => Target ?? (_kind switch
    {
        RootCauseTargetKind.Topic => _topic is { } topic ? RootCauseTarget.OfTopic(topic) : null,
        _ when string.IsNullOrWhiteSpace(_code) => null,
        RootCauseTargetKind.Category => RootCauseTarget.OfCategory(_code!),
        RootCauseTargetKind.Product => RootCauseTarget.OfProduct(_code!),
        RootCauseTargetKind.Department => RootCauseTarget.OfDepartment(_code!),
        _ => RootCauseTarget.OfPartner(_code!),
    });

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
            var created = await Actions.CreateAsync(
                new NewRootCauseAction(Chosen()!, _title ?? "", _ownerId ?? "", _department, DateOnly.FromDateTime(due)) { MeetingId = MeetingId, AgendaItemId = AgendaItemId },
                await CurrentActor.GetAsync(), CancellationToken.None);
            _title = null;
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
