using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Data.Features.CaseLibrary;
using ComplaintOps.Web.Localization;
using Microsoft.AspNetCore.Components;

namespace ComplaintOps.Web.Components.Pages.CaseLibrary;

/// <summary>
/// 案例库: word search over promoted cases in Chinese or English, matched words marked in each hit, filtered by category,
/// product, outcome and topic. The query string (<c>?q=…&amp;category=…</c>) opens a search directly,
/// e.g. from a link.
/// </summary>
public sealed partial class CaseLibraryPage
{
    private const int PageSize = 20;

    private CaseSearchResult? _result;
    private IReadOnlyList<TopicKey> _topics = [];
    private IReadOnlyList<string> _products = [];
    private string? _text;
    private string? _shownText;
    private string? _category;
    private TopicKey? _topic;
    private string? _product;
    private CompensationKind? _outcome;
    private int _page = 1;

    [SupplyParameterFromQuery(Name = "q")]
    public string? Query { get; set; }

    [SupplyParameterFromQuery(Name = "category")]
    public string? CategoryQuery { get; set; }

    [Inject]
    private ICaseLibraryQueries Cases { get; set; } = default!;

    [Inject]
    private LocalTime Time { get; set; } = default!;

    [Inject]
    private TopicNames Topics { get; set; } = default!;

    private int PageCount => _result is null ? 0 : (int)Math.Ceiling(_result.Total / (double)PageSize);

    protected override async Task OnInitializedAsync()
    {
        _text = Query;
        _category = CategoryQuery;
        _topics = await Cases.TopicsAsync(CancellationToken.None);
        await Topics.LoadAsync(CancellationToken.None);
        _products = await Cases.ProductsAsync(CancellationToken.None);
        await LoadAsync();
    }

    private async Task SearchAsync()
    {
        _page = 1;
        await LoadAsync();
    }

    /// <summary>Sets one filter (the select's new value) and searches again from the first page.</summary>
    private Task FilterAsync(Action set)
    {
        set();
        return SearchAsync();
    }

    private async Task OnPageChanged(int page)
    {
        _page = page;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _shownText = _text;
        _result = await Cases.SearchAsync(new CaseSearchQuery(_text, _category, _topic, _product, _outcome, (_page - 1) * PageSize, PageSize), CancellationToken.None);
    }
}
