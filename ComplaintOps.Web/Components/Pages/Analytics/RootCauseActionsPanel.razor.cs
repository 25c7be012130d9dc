using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Web.Identity;
using ComplaintOps.Analytics.Effectiveness;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Governance;
using ComplaintOps.Data.Features.Governance;
using ComplaintOps.Web.Localization;
using ComplaintOps.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace ComplaintOps.Web.Components.Pages.Analytics;

/// <summary>The joint review meeting's action items (DESIGN §4): list with the effect before vs after completion, add one, mark one done.</summary>
public sealed partial class RootCauseActionsPanel
{
    private IReadOnlyList<ActionWithEffect>? _actions;
    private string? _error;
    private int _effectWeeks;

    [Inject]
    private IEffectivenessReports Reports { get; set; } = default!;

    [Inject]
    private CurrentActor CurrentActor { get; set; } = default!;

    [Inject]
    private IRootCauseActions Actions { get; set; } = default!;

    [Inject]
    private IOptions<EffectivenessOptions> Options { get; set; } = default!;

    [Inject]
    private IStringLocalizer<SharedResource> Localizer { get; set; } = default!;

    [Inject]
    private TopicNames Topics { get; set; } = default!;

    private bool _canManage;

    protected override async Task OnInitializedAsync()
    {
        _effectWeeks = Options.Value.EffectWeeks;
        _canManage = (await CurrentActor.GetAsync()).Has(Permission.ManageImprovementActions);   // no form that would be refused
        await Topics.LoadAsync(CancellationToken.None);
        await ReloadAsync();
    }

    private async Task ReloadAsync() => _actions = await Reports.ActionsAsync(CancellationToken.None);

    /// <summary>A topic as "#17 · name"; a category by its name (a legacy "v3:12" key made before lasting topics shows as stored).</summary>
    private string TargetLabel(RootCauseTarget target) => target.Topic is { } topic ? Topics.Of(topic) : Labels.Category(target.Category);

    private Task CompleteAsync(RootCauseActionDto action) =>
        RunAsync(async () => await Actions.CompleteAsync(action.Id, action.Version, await CurrentActor.GetAsync(), CancellationToken.None));

    private async Task RunAsync(Func<Task> step)
    {
        try
        {
            await step();
            _error = null;
        }
        catch (DomainException ex)
        {
            _error = Localizer["Actions.Refused", Localizer.Of(ex)];
        }

        await ReloadAsync();
    }

    private string VolumeText(ActionEffect? effect) => effect switch
    {
        null => "—",
        { AfterWeeklyVolume: null } => Localizer["Actions.PerWeekBefore", F(effect.BeforeWeeklyVolume)],
        _ => Localizer["Actions.PerWeek", F(effect.BeforeWeeklyVolume), F(effect.AfterWeeklyVolume!.Value), effect.WeeksAfter],
    };

    private string SatisfactionText(ActionEffect? effect) =>
        effect is null ? "—" : $"{Labels.Percent(effect.BeforeSatisfaction)} → {Labels.Percent(effect.AfterSatisfaction)}";

    private static string F(double value) => value.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}
