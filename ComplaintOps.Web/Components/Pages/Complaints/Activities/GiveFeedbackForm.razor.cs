using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Complaints.Activities;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Supervision;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Data.Features.Supervision;
using ComplaintOps.Web.Identity;
using ComplaintOps.Web.Localization;
using Microsoft.AspNetCore.Components;

namespace ComplaintOps.Web.Components.Pages.Complaints.Activities;

/// <summary>
/// The written decision (art. 19): what was verified, basis, reasons and the remedies open to the customer, the channel
/// it goes out on and the proof it was sent (with what counts as proof on that channel). A 核查 review is offered only
/// when the complaint's profile has one. A reply template of the complaint's category fills verification, basis and
/// reasons, its placeholders taken from the complaint (the customer's name as shown here: masked).
/// </summary>
public sealed partial class GiveFeedbackForm
{
    /// <summary>Channels a decision can be sent on (each has a proof-of-sending hint, resx Proof.&lt;channel&gt;).</summary>
    public static readonly Channel[] Channels = [Channel.Phone, Channel.Email, Channel.Letter, Channel.WeChat, Channel.MobileApp, Channel.Branch];

    private string? _verification;
    private string? _basis;
    private string? _reasons;
    private Remedies _remedies;
    private bool _remediesError;
    private Channel? _channel;
    private string? _proof;
    private IReadOnlyList<ReplyTemplateDto> _templates = [];
    private ReplyTemplateDto? _template;

    [Inject]
    private IReplyTemplates Templates { get; set; } = default!;

    [Inject]
    private CurrentActor CurrentActor { get; set; } = default!;

    [Inject]
    private LocalTime Time { get; set; } = default!;

    private IEnumerable<Remedies> OfferedRemedies =>
        Enum.GetValues<Remedies>().Where(r => r != Remedies.None && (r != Remedies.Review || Complaint.Policy?.Review is not null));

    protected override async Task OnInitializedAsync()
    {
        _channel = Channels.Contains(Complaint.Channel) ? Complaint.Channel : null;
        try
        {
            _templates = await Templates.ForComplaintAsync(Complaint.Category, Complaint.Language, await CurrentActor.GetAsync(), CancellationToken.None);
        }
        catch (ForbiddenException)
        {
            // Someone who may not give feedback has no templates to choose from; the form still shows.
            _templates = [];
        }
    }

    private string TemplateLabel(ReplyTemplateDto t) =>
        $"{t.Title} · {(t.Category == ReplyTemplate.AnyCategory ? L["Templates.AnyCategory"] : Labels.Category(t.Category))} · {t.Language}";

    /// <summary>Fills the three texts from the template; what was typed before is replaced (the template is a starting point to edit).</summary>
    private void Use(ReplyTemplateDto? template)
    {
        _template = template;
        if (template is null)
        {
            return;
        }

        var values = Placeholders(Complaint, Time.Today);
        _verification = values.Fill(template.Verification);
        _basis = values.Fill(template.Basis);
        _reasons = values.Fill(template.Reasons);
    }

    /// <summary>The placeholder values of a complaint: reference, the customer's name as shown (masked), the compensation, today.</summary>
    public static ReplyPlaceholders Placeholders(ComplaintDetail complaint, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        return new ReplyPlaceholders(complaint.Reference, complaint.CustomerName, complaint.CompensationAmount, today);
    }

    private void Toggle(Remedies remedy, bool on)
    {
        _remedies = on ? _remedies | remedy : _remedies & ~remedy;
        _remediesError = false;
    }

    public override Task<ComplaintActivity?> BuildAsync()
    {
        _remediesError = _remedies == Remedies.None;
        if (_remediesError)
        {
            StateHasChanged();
            return Task.FromResult<ComplaintActivity?>(null);
        }

        var notice = new DecisionNotice(Text(_verification), Text(_basis), Text(_reasons), _remedies, _channel ?? Complaint.Channel, Text(_proof));
        return Task.FromResult<ComplaintActivity?>(new GiveFeedback(notice));
    }
}
