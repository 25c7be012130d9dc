using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Notices;
using ComplaintOps.Data.Features.Notices;
using ComplaintOps.Web.Identity;
using ComplaintOps.Web.Localization;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ComplaintOps.Web.Components.Pages.Complaints;

/// <summary>
/// The notices a complaint has sent or owes its customer: kind, channel, the masked address, delivery status, attempts,
/// the last error and when it was sent. An abandoned notice can be sent again by whoever handles the case or follows up
/// with the customer. Reloads when the complaint's version changes (an activity may have written new notices).
/// </summary>
public sealed partial class NoticesPanel
{
    private IReadOnlyList<NoticeRow>? _rows;
    private bool _canResend;
    private bool _busy;
    private string? _error;
    private (Guid, int)? _loadedFor;

    [Parameter, EditorRequired]
    public Guid ComplaintId { get; set; }

    /// <summary>The complaint version shown on the page.</summary>
    [Parameter]
    public int Version { get; set; }

    [Inject]
    private INoticeQueries Queries { get; set; } = default!;

    [Inject]
    private INoticeCommands Commands { get; set; } = default!;

    [Inject]
    private CurrentActor CurrentActor { get; set; } = default!;

    [Inject]
    private LocalTime Time { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        if (_loadedFor != (ComplaintId, Version))
        {
            await LoadAsync();
        }
    }

    private async Task LoadAsync()
    {
        var viewer = await CurrentActor.GetAsync();
        _canResend = viewer.Has(Permission.HandleComplaint) || viewer.Has(Permission.FollowUpCustomer);
        _rows = await Queries.ForComplaintAsync(ComplaintId, viewer, CancellationToken.None);
        _loadedFor = (ComplaintId, Version);
    }

    private async Task ResendAsync(NoticeRow row)
    {
        _busy = true;
        _error = null;
        try
        {
            await Commands.ResendAsync(row.Id, row.Version, await CurrentActor.GetAsync(), CancellationToken.None);
            Snackbar.Add(L["Notices.Resent"], MudBlazor.Severity.Success);
        }
        catch (DomainException ex)
        {
            _error = L.Of(ex);
        }
        finally
        {
            _busy = false;
        }

        await LoadAsync();
    }

    private string When(NoticeRow row) => row switch
    {
        { SentAtUtc: { } sent } => L["Notices.SentAt", Time.Format(sent)],
        { Status: NoticeStatus.Pending } => L["Notices.NextAttempt", Time.Format(row.NextAttemptAtUtc)],
        _ => L["Notices.CreatedAt", Time.Format(row.CreatedAtUtc)],
    };

    private static Color StatusColor(NoticeRow row) => row.Status switch
    {
        NoticeStatus.Sent => Color.Success,
        NoticeStatus.Abandoned => Color.Error,
        _ when row.Attempts > 0 => Color.Warning,
        _ => Color.Default,
    };
}
