using ComplaintOps.Data.Domain.Complaints.Activities;

namespace ComplaintOps.Web.Components.Pages.Complaints.Activities;

/// <summary>An activity with no data: the form only asks to confirm it.</summary>
public abstract partial class ConfirmForm
{
    protected abstract ComplaintActivity Activity { get; }

    public override Task<ComplaintActivity?> BuildAsync() => Task.FromResult<ComplaintActivity?>(Activity);
}

public sealed class StartInvestigationForm : ConfirmForm
{
    protected override ComplaintActivity Activity => new StartInvestigation();
}

public sealed class SubmitForReviewForm : ConfirmForm
{
    protected override ComplaintActivity Activity => new SubmitForReview();
}

public sealed class ApproveForm : ConfirmForm
{
    protected override ComplaintActivity Activity => new Approve();
}

public sealed class CloseForm : ConfirmForm
{
    protected override ComplaintActivity Activity => new Close();
}

public sealed class AcknowledgeForm : ConfirmForm
{
    protected override ComplaintActivity Activity => new Acknowledge();
}

public sealed class ResumeForm : ConfirmForm
{
    protected override ComplaintActivity Activity => new Resume();
}

public sealed class AuthorizeCompensationForm : ConfirmForm
{
    protected override ComplaintActivity Activity => new AuthorizeCompensation();
}
