using ComplaintOps.Data.Domain.Complaints.Activities;

namespace ComplaintOps.Web.Components.Pages.Complaints.Activities;

/// <summary>An activity whose only data is one required text: a reason, or a note.</summary>
public abstract partial class ReasonForm
{
    private string? _text;

    /// <summary>The resx key of the input's label.</summary>
    protected virtual string LabelKey => "Field.Reason";

    protected virtual string TestId => "field-reason";

    protected abstract ComplaintActivity Build(string text);

    public override Task<ComplaintActivity?> BuildAsync() => Task.FromResult<ComplaintActivity?>(Build(Text(_text)));
}

public sealed class ReturnForReworkForm : ReasonForm
{
    protected override ComplaintActivity Build(string text) => new ReturnForRework(text);
}

public sealed class AppealForm : ReasonForm
{
    protected override ComplaintActivity Build(string text) => new Appeal(text);
}

public sealed class ReopenForm : ReasonForm
{
    protected override ComplaintActivity Build(string text) => new Reopen(text);
}

public sealed class WithdrawForm : ReasonForm
{
    protected override ComplaintActivity Build(string text) => new Withdraw(text);
}

public sealed class RejectForm : ReasonForm
{
    protected override ComplaintActivity Build(string text) => new Reject(text);
}

public sealed class AddNoteForm : ReasonForm
{
    protected override string LabelKey => "Field.Note";

    protected override string TestId => "field-note";

    protected override ComplaintActivity Build(string text) => new AddNote(text);
}

/// <summary>Closes the follow-up a low callback score opened: what was done for the customer.</summary>
public sealed class CompleteFollowUpForm : ReasonForm
{
    protected override string LabelKey => "Field.FollowUpDone";

    protected override string TestId => "field-note";

    protected override ComplaintActivity Build(string text) => new CompleteFollowUp(text);
}
