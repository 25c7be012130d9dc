using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Complaints.Activities;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Data.Features.Supervision;
using ComplaintOps.Web.Identity;
using ComplaintOps.Web.Localization;
using Microsoft.AspNetCore.Components;

namespace ComplaintOps.Web.Components.Pages.Supervision;

/// <summary>
/// Results waiting for the supervisor (UnderReview): the proposal, its evidence, the compensation and the tier that
/// authorized it, and the clocks; approved or returned with a reason in place, on the version shown.
/// </summary>
public sealed partial class ReviewQueuePage
{
    private readonly Dictionary<Guid, string?> _reasons = [];
    private IReadOnlyList<ReviewItem>? _items;
    private string? _notice;
    private MudBlazor.Severity _noticeSeverity;
    private bool _busy;

    [Inject]
    private ISupervisionQueries Supervision { get; set; } = default!;

    [Inject]
    private IComplaintCommands Commands { get; set; } = default!;

    [Inject]
    private CurrentActor CurrentActor { get; set; } = default!;

    [Inject]
    private LocalTime Time { get; set; } = default!;

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync() => _items = await Supervision.ReviewQueueAsync(await CurrentActor.GetAsync(), CancellationToken.None);

    private string? Reason(ReviewItem item) => _reasons.GetValueOrDefault(item.Id);

    private string CompensationText(ReviewItem item) => item.CompensationKind == CompensationKind.None
        ? L["Compensation.None"]
        : item.CompensationAmount > 0 ? $"{L.Enum("Compensation", item.CompensationKind)} {Labels.Money(item.CompensationAmount)}" : L.Enum("Compensation", item.CompensationKind);

    private string TierText(ReviewItem item) => item.CompensationAuthorizedBy is { } by
        ? L["Review.AuthorizedBy", by]
        : item.RequiredApprovalRole is { } role ? L["Review.NeedsTier", L.Enum("Role", role)] : "—";

    private Task ApproveAsync(ReviewItem item) => FireAsync(item, new Approve(), L["Review.Approved", item.Reference]);

    private Task ReturnAsync(ReviewItem item) => FireAsync(item, new ReturnForRework(Reason(item)?.Trim() ?? ""), L["Review.Returned", item.Reference]);

    private async Task FireAsync(ReviewItem item, ComplaintActivity activity, string done)
    {
        _busy = true;
        try
        {
            await Commands.ApplyAsync(item.Id, item.Version, activity, await CurrentActor.GetAsync(), CancellationToken.None);
            _reasons.Remove(item.Id);
            Show(done, MudBlazor.Severity.Success);
        }
        catch (ConcurrencyConflictException)
        {
            // Someone else acted on it first: say so and show the queue as it is now.
            Show(L["Review.Stale", item.Reference], MudBlazor.Severity.Warning);
        }
        catch (DomainException ex)
        {
            Show(L.Of(ex), MudBlazor.Severity.Error);
            return;
        }
        finally
        {
            _busy = false;
        }

        await LoadAsync();
    }

    private void Show(string text, MudBlazor.Severity severity)
    {
        _notice = text;
        _noticeSeverity = severity;
    }
}
