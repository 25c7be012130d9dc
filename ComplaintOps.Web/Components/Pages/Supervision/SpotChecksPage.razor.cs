using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Supervision;
using ComplaintOps.Data.Features.Supervision;
using ComplaintOps.Web.Identity;
using ComplaintOps.Web.Localization;
using Microsoft.AspNetCore.Components;

namespace ComplaintOps.Web.Components.Pages.Supervision;

/// <summary>
/// The monthly spot check: preview and draw a month's sample (seed shown and recorded, so anyone can re-draw it), then
/// check each case against the checklist, ask for rework on a failure, and sign the check off; the pass rate is the
/// share of checked cases that passed.
/// </summary>
public sealed partial class SpotChecksPage
{
    private IReadOnlyList<SpotCheckSummary>? _list;
    private SpotCheckDetail? _detail;
    private SpotCheckPreview? _preview;
    private DateOnly _month;
    private long _seed;
    private int? _size;
    private string? _notice;
    private MudBlazor.Severity _noticeSeverity;
    private bool _busy;

    [Inject]
    private ISpotChecks SpotChecks { get; set; } = default!;

    [Inject]
    private CurrentActor CurrentActor { get; set; } = default!;

    [Inject]
    private LocalTime Time { get; set; } = default!;

    /// <summary>The twelve months before this one (a month is sampled once it is over).</summary>
    private IEnumerable<DateOnly> Months => Enumerable.Range(1, 12).Select(i => FirstOfThisMonth.AddMonths(-i));

    private DateOnly FirstOfThisMonth => new(Time.Today.Year, Time.Today.Month, 1);

    protected override async Task OnInitializedAsync()
    {
        _month = FirstOfThisMonth.AddMonths(-1);
        // A fresh seed to start from; whatever is drawn with is recorded, so it need not be secret or memorable.
        _seed = Random.Shared.NextInt64(1, 1_000_000);
        await LoadAsync();
        if (_list is [var latest, ..])
        {
            await OpenAsync(latest.Id);
        }
    }

    private async Task LoadAsync() => _list = await SpotChecks.ListAsync(await CurrentActor.GetAsync(), CancellationToken.None);

    private async Task OpenAsync(Guid id) => _detail = await SpotChecks.GetAsync(id, await CurrentActor.GetAsync(), CancellationToken.None);

    private Task PreviewAsync() => RunAsync(async actor =>
    {
        _preview = await SpotChecks.PreviewAsync(_month, _seed, _size, actor, CancellationToken.None);
        return null;
    });

    private Task DrawAsync() => RunAsync(async actor =>
    {
        _detail = await SpotChecks.DrawAsync(_month, _seed, _size, actor, CancellationToken.None);
        _preview = null;
        return L["SpotCheck.Drawn", _detail.Summary.Month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture)];
    });

    private Task RecordAsync(SpotCheckCaseAnswers answers) => RunAsync(async actor =>
    {
        _detail = await SpotChecks.RecordAsync(_detail!.Summary.Id, _detail.Summary.Version, answers.CaseId, answers.Answers, answers.Finding, actor, CancellationToken.None);
        return L["SpotCheck.Recorded"];
    });

    private Task ReworkAsync((Guid CaseId, string Note) rework) => RunAsync(async actor =>
    {
        _detail = await SpotChecks.RequestReworkAsync(_detail!.Summary.Id, _detail.Summary.Version, rework.CaseId, rework.Note, actor, CancellationToken.None);
        return L["SpotCheck.ReworkRequested"];
    });

    private Task CompleteAsync() => RunAsync(async actor =>
    {
        _detail = await SpotChecks.CompleteAsync(_detail!.Summary.Id, _detail.Summary.Version, actor, CancellationToken.None);
        return L["SpotCheck.Completed"];
    });

    /// <summary>Runs a change; a refusal (including a stale version, after which the check is reloaded) is shown instead.</summary>
    private async Task RunAsync(Func<Data.Domain.Reference.Actor, Task<string?>> change)
    {
        _busy = true;
        try
        {
            var done = await change(await CurrentActor.GetAsync());
            if (done is not null)
            {
                Show(done, MudBlazor.Severity.Success);
                await LoadAsync();
            }
        }
        catch (DomainException ex)
        {
            Show(L.Of(ex), MudBlazor.Severity.Error);
            if (ex.Code == "concurrency_conflict" && _detail is { } stale)
            {
                await OpenAsync(stale.Summary.Id);
                await LoadAsync();
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private void Show(string text, MudBlazor.Severity severity)
    {
        _notice = text;
        _noticeSeverity = severity;
    }
}

