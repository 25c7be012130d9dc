using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Features.Consultations;
using ComplaintOps.Web.Identity;
using ComplaintOps.Web.Localization;
using Microsoft.AspNetCore.Components;

namespace ComplaintOps.Web.Components.Pages.Cases;

/// <summary>
/// The complaint's joint consultations (会诊): the question, each invited department's opinion or that it is still
/// waiting, and the conclusion. ConsultCases holders open one; an invited department's head records its opinion; the
/// opener concludes. Opening and concluding change the complaint's history, so the page is told to reload.
/// </summary>
public sealed partial class ConsultationPanel
{
    private IReadOnlyList<ConsultationView>? _consultations;
    private readonly Dictionary<Guid, string> _opinions = [];
    private readonly Dictionary<Guid, string> _conclusions = [];
    private List<string> _departments = [];
    private string _question = "";
    private string? _department;
    private bool _canOpen;
    private bool _opening;
    private bool _busy;
    private string? _error;

    [Parameter, EditorRequired]
    public Guid ComplaintId { get; set; }

    /// <summary>Called after a change that appended to the complaint's history (its version moved).</summary>
    [Parameter]
    public EventCallback OnComplaintChanged { get; set; }

    [Inject]
    private IConsultationQueries Queries { get; set; } = default!;

    [Inject]
    private IConsultationCommands Commands { get; set; } = default!;

    [Inject]
    private CurrentActor CurrentActor { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        var viewer = await CurrentActor.GetAsync();
        _canOpen = viewer.Has(Permission.ConsultCases);
        _department = viewer.Department;
        _consultations = await Queries.ForComplaintAsync(ComplaintId, viewer, CancellationToken.None);
    }

    private static string Draft(Dictionary<Guid, string> drafts, Guid id) => drafts.GetValueOrDefault(id, "");

    private Task OpenAsync() => RunAsync(async actor =>
    {
        await Commands.OpenAsync(ComplaintId, new NewConsultation(_departments, _question), actor, CancellationToken.None);
        _opening = false;
        _question = "";
        _departments = [];
        return true;
    });

    private Task RecordAsync(ConsultationView c) => RunAsync(async actor =>
    {
        await Commands.RecordOpinionAsync(c.Id, c.Version, Draft(_opinions, c.Id), actor, CancellationToken.None);
        _opinions.Remove(c.Id);
        return false;
    });

    private Task CloseAsync(ConsultationView c) => RunAsync(async actor =>
    {
        await Commands.CloseAsync(c.Id, c.Version, Draft(_conclusions, c.Id), actor, CancellationToken.None);
        _conclusions.Remove(c.Id);
        return true;
    });

    /// <summary>Runs a command; a refusal is shown in the user's language and the input kept.</summary>
    private async Task RunAsync(Func<Data.Domain.Reference.Actor, Task<bool>> command)
    {
        _busy = true;
        _error = null;
        try
        {
            var actor = await CurrentActor.GetAsync();
            var complaintChanged = await command(actor);
            _consultations = await Queries.ForComplaintAsync(ComplaintId, actor, CancellationToken.None);
            if (complaintChanged)
            {
                await OnComplaintChanged.InvokeAsync();
            }
        }
        catch (DomainException ex)
        {
            _error = L.Of(ex);
        }
        finally
        {
            _busy = false;
        }
    }
}
