using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Complaints.Activities;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Data.Features.Supervision;
using ComplaintOps.Web.Components.Pages.Complaints.Activities;
using ComplaintOps.Web.Identity;
using ComplaintOps.Web.Localization;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ComplaintOps.Web.Components.Pages.Feedback;

/// <summary>
/// The feedback team's work list: decisions to give, callbacks to make (with the attempts so far), follow-ups a low
/// score opened. Each line opens the complaint's own activity form (decision notice with reply templates, callback
/// result, follow-up) on the version it was read at.
/// </summary>
public sealed partial class FeedbackPage
{
    private IReadOnlyList<FeedbackWorkItem>? _items;
    private string? _notice;
    private bool _busy;

    [Inject]
    private ISupervisionQueries Supervision { get; set; } = default!;

    [Inject]
    private IComplaintQueries Complaints { get; set; } = default!;

    [Inject]
    private IComplaintCommands Commands { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private CurrentActor CurrentActor { get; set; } = default!;

    [Inject]
    private LocalTime Time { get; set; } = default!;

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync() => _items = await Supervision.FeedbackWorkAsync(await CurrentActor.GetAsync(), CancellationToken.None);

    private List<FeedbackWorkItem> Of(FeedbackWorkKind kind) => _items?.Where(i => i.Kind == kind).ToList() ?? [];

    public static ComplaintTrigger TriggerOf(FeedbackWorkKind kind) => kind switch
    {
        FeedbackWorkKind.FeedbackDue => ComplaintTrigger.GiveFeedback,
        FeedbackWorkKind.CallbackDue => ComplaintTrigger.RecordCallback,
        _ => ComplaintTrigger.CompleteFollowUp,
    };

    private async Task ActAsync(FeedbackWorkItem row)
    {
        _notice = null;
        _busy = true;
        try
        {
            var actor = await CurrentActor.GetAsync();
            var trigger = TriggerOf(row.Kind);
            var detail = await Complaints.GetAsync(row.Id, actor, CancellationToken.None);
            if (detail is null || detail.Version != row.Version || !detail.PermittedTriggers.Contains(trigger))
            {
                // Changed since the list was read (someone else gave the feedback, or it moved on).
                _notice = L["FeedbackWork.Moved", row.Reference];
            }
            else if (await ActivityLauncher.RunAsync(Dialogs, L, trigger, detail, action => ActivityLauncher.ApplyAsync(Commands, L, detail, action, actor)) is { } done)
            {
                Snackbar.Add(L["Detail.Applied", L.Enum("Trigger", done.Trigger)] + " · " + row.Reference, MudBlazor.Severity.Success);
            }
        }
        finally
        {
            _busy = false;
        }

        await LoadAsync();
    }
}
