using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Features.Governance;
using ComplaintOps.Web.Identity;
using ComplaintOps.Web.Localization;
using ComplaintOps.Web.Resources;
using Microsoft.Extensions.Localization;

namespace ComplaintOps.Web.Governance;

public static class GovernanceEndpoints
{
    /// <summary>GET /governance/meetings/{id}/minutes.xlsx (ViewMeetings; a department-scoped viewer gets their department's items only).</summary>
    public static IEndpointRouteBuilder MapGovernanceEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/governance/meetings/{id:guid}/minutes.xlsx", async (Guid id, HttpContext http, IReviewMeetingQueries meetings,
                IStringLocalizer<SharedResource> l, LocalTime time, CancellationToken cancellationToken) =>
            {
                var viewer = ClaimsActor.From(http.User);
                if (viewer is null)
                {
                    return Results.Forbid();
                }

                var meeting = await meetings.GetAsync(id, viewer, cancellationToken);
                if (meeting is null)
                {
                    return Results.NotFound();
                }

                var buffer = new MemoryStream();
                await MinutesWorkbook.WriteAsync(buffer, meeting, l, time, cancellationToken);
                buffer.Position = 0;
                return Results.File(buffer, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    $"minutes-{meeting.PeriodFrom:yyyyMMdd}-{meeting.PeriodTo:yyyyMMdd}.xlsx");
            })
            .RequireAuthorization(PermissionPolicies.Name(Permission.ViewMeetings));
        return endpoints;
    }
}
