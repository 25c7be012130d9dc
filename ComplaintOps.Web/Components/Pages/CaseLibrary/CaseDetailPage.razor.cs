using ComplaintOps.Analytics.CaseLibrary;
using ComplaintOps.Data.Features.CaseLibrary;
using ComplaintOps.Web.Localization;
using Microsoft.AspNetCore.Components;

namespace ComplaintOps.Web.Components.Pages.CaseLibrary;

/// <summary>One library case: the anonymised story, root cause, resolution and lessons, the original complaint and similar cases.</summary>
public sealed partial class CaseDetailPage
{
    private LibraryCaseDetail? _case;
    private IReadOnlyList<SimilarCase>? _similar;
    private bool _loaded;

    [Parameter]
    public Guid Id { get; set; }

    [Inject]
    private ICaseLibraryQueries Cases { get; set; } = default!;

    [Inject]
    private ICaseLibrary Library { get; set; } = default!;

    [Inject]
    private LocalTime Time { get; set; } = default!;

    [Inject]
    private TopicNames Topics { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        _similar = null;
        await Topics.LoadAsync(CancellationToken.None);
        _case = await Cases.GetAsync(Id, CancellationToken.None);
        _loaded = true;
        if (_case is not null)
        {
            _similar = await Library.SimilarToCaseAsync(_case.Id, 5, CancellationToken.None);
        }
    }
}
