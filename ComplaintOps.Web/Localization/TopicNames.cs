using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Data.Features.Topics;

namespace ComplaintOps.Web.Localization;

/// <summary>
/// How a topic reads in the UI: "#17 · its name" (the analyst's name, else the automatic label), "#17" for a topic it does
/// not know. One per circuit: a component calls <see cref="LoadAsync"/> before rendering names (read once, then kept), so
/// a page shows the names as they were when it opened; the topics workspace reads its own, always fresh.
/// </summary>
public sealed class TopicNames(ITopicQueries topics)
{
    private IReadOnlyDictionary<TopicKey, string> _names = new Dictionary<TopicKey, string>();
    private bool _loaded;

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (!_loaded)
        {
            _names = await topics.NamesAsync(cancellationToken);
            _loaded = true;
        }
    }

    public string Of(TopicKey? key) => key is { } k ? k.Caption(_names.GetValueOrDefault(k)) : "—";
}
