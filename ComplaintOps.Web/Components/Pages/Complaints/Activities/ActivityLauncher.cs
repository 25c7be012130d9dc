using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Complaints.Activities;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Web.Localization;
using ComplaintOps.Web.Resources;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace ComplaintOps.Web.Components.Pages.Complaints.Activities;

/// <summary>
/// Opens the <see cref="ActivityDialog"/> of a trigger for a complaint and fires what it builds on the version shown:
/// the one way the detail page and the work lists (review, feedback) carry out an activity.
/// </summary>
public static class ActivityLauncher
{
    /// <summary>The activity applied, or null when the dialog was cancelled.</summary>
    public static async Task<ComplaintActivity?> RunAsync(IDialogService dialogs, IStringLocalizer<SharedResource> l, ComplaintTrigger trigger, ComplaintDetail shown,
        Func<ComplaintActivity, Task<string?>> submit)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        var parameters = new DialogParameters<ActivityDialog>();
        parameters.Add(d => d.Trigger, trigger);
        parameters.Add(d => d.Complaint, shown);
        parameters.Add(d => d.Submit, submit);
        var width = ActivityForms.IsWide(trigger) ? MaxWidth.Medium : MaxWidth.Small;
        var options = new DialogOptions { MaxWidth = width, FullWidth = true, CloseOnEscapeKey = true };
        var dialog = await dialogs.ShowAsync<ActivityDialog>(l.Enum("Trigger", trigger), parameters, options);
        var result = await dialog.Result;
        return result is { Canceled: false, Data: ComplaintActivity done } ? done : null;
    }

    /// <summary>Applies <paramref name="action"/>; the refusal in the user's language, or null when applied.</summary>
    public static async Task<string?> ApplyAsync(IComplaintCommands commands, IStringLocalizer<SharedResource> l, ComplaintDetail shown, ComplaintActivity action, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(commands);
        ArgumentNullException.ThrowIfNull(shown);
        try
        {
            if (action is Merge merge)
            {
                await commands.MergeAsync(shown.Id, shown.Version, merge.IntoId, hasNewFacts: false, actor, CancellationToken.None);
            }
            else
            {
                await commands.ApplyAsync(shown.Id, shown.Version, action, actor, CancellationToken.None);
            }

            return null;
        }
        catch (ConcurrencyConflictException)
        {
            // Someone else changed the complaint: the dialog says so and keeps the input; cancelling reloads.
            return l["Detail.Conflict"];
        }
        catch (DomainException ex)
        {
            return l.Of(ex);
        }
    }
}
