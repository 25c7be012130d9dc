using ComplaintOps.Data.Features.Topics;
using ComplaintOps.Web.Identity;
using Microsoft.AspNetCore.Components;

namespace ComplaintOps.Web.Components.Pages.Topics;

/// <summary>
/// The topics workspace: every topic with its size (complaints placed in it now), weekly trend, words, quality and state,
/// emerging ones first. A topic opens its page, where analysts steer it.
/// </summary>
public sealed partial class TopicsPage
{
    private TopicListQuery _query = new();
    private IReadOnlyList<TopicRow>? _rows;

    [Inject]
    private ITopicQueries Topics { get; set; } = default!;

    [Inject]
    private CurrentActor CurrentActor { get; set; } = default!;

    protected override Task OnInitializedAsync() => LoadAsync();

    private Task ApplyAsync(TopicListQuery query)
    {
        _query = query;
        return LoadAsync();
    }

    private async Task LoadAsync() => _rows = await Topics.ListAsync(_query, await CurrentActor.GetAsync(), CancellationToken.None);
}
