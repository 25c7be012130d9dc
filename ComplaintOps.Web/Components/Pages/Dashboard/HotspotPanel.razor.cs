using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Governance;
using ComplaintOps.Data.Domain.Hotspots;
using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Web.Components.Pages.Governance;
using ComplaintOps.Web.Identity;
using ComplaintOps.Web.Realtime;
using ComplaintOps.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace ComplaintOps.Web.Components.Pages.Dashboard;

/// <summary>
/// Rising topics, batch warnings and the alerts just raised. Each opens the complaints behind it; a topic's hotspot offers a
/// root-cause action for that topic to those who manage improvement actions.
/// </summary>
public sealed partial class HotspotPanel
{
    private bool _canAct;

    [Parameter, EditorRequired]
    public IReadOnlyList<Hotspot> Hotspots { get; set; } = [];

    /// <summary>Hotspot and batch alerts just raised, newest first.</summary>
    [Parameter]
    public IReadOnlyList<HotspotAlert> Alerts { get; set; } = [];

    /// <summary>The names of the topics the hotspots and alerts refer to (the snapshot's topic view).</summary>
    [Parameter]
    public IReadOnlyDictionary<TopicKey, string> TopicNames { get; set; } = new Dictionary<TopicKey, string>();

    [Inject]
    private CurrentActor CurrentActor { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private IStringLocalizer<SharedResource> Localizer { get; set; } = default!;

    protected override async Task OnInitializedAsync() =>
        _canAct = (await CurrentActor.GetAsync()).Has(Permission.ManageImprovementActions);   // no button that would be refused

    private string Label(HotspotSubject subject) => subject.Topic is { } topic
        ? topic.Caption(TopicNames.GetValueOrDefault(topic))
        : $"{Localizer["Hotspot.Product"]} {subject.Product}";

    private static string Baseline(double value) => value.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);

    private async Task CreateActionAsync(TopicKey topic)
    {
        var parameters = new DialogParameters<CreateActionDialog> { { d => d.Target, RootCauseTarget.OfTopic(topic) } };
        await Dialogs.ShowAsync<CreateActionDialog>(Localizer["Actions.Add"], parameters,
            new DialogOptions { MaxWidth = MaxWidth.Large, FullWidth = true, CloseOnEscapeKey = true });
    }
}
