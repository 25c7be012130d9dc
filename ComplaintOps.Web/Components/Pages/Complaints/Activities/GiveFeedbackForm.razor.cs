using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Complaints.Activities;
using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Web.Components.Pages.Complaints.Activities;

/// <summary>
/// The written decision (art. 19): what was verified, basis, reasons and the remedies open to the customer, the channel
/// it goes out on and the proof it was sent (with what counts as proof on that channel). A 核查 review is offered only
/// when the complaint's profile has one.
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

    private IEnumerable<Remedies> OfferedRemedies =>
        Enum.GetValues<Remedies>().Where(r => r != Remedies.None && (r != Remedies.Review || Complaint.Policy?.Review is not null));

    protected override void OnInitialized() => _channel = Channels.Contains(Complaint.Channel) ? Complaint.Channel : null;

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
