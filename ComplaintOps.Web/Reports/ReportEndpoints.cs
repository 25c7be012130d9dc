using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Reports;
using ComplaintOps.Data.Features.Reports;
using ComplaintOps.Web.Identity;
using ComplaintOps.Web.Localization;
using ComplaintOps.Web.Resources;
using Microsoft.Extensions.Localization;

namespace ComplaintOps.Web.Reports;

/// <summary>GET /reports/{kind}/{period}/export.csv and export.xlsx: the figures as the report page shows them (signed ones as signed).</summary>
public static class ReportEndpoints
{
    public static IEndpointRouteBuilder MapReportEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/reports/{kind}/{period}").RequireAuthorization(PermissionPolicies.Name(Permission.ViewReports));
        group.MapGet("/export.csv", (HttpContext http, string kind, string period, IReportService reports, IStringLocalizer<SharedResource> l, TopicNames topics) =>
            ExportAsync(http, kind, period, reports, l, topics, xlsx: false));
        group.MapGet("/export.xlsx", (HttpContext http, string kind, string period, IReportService reports, IStringLocalizer<SharedResource> l, TopicNames topics) =>
            ExportAsync(http, kind, period, reports, l, topics, xlsx: true));
        return app;
    }

    private static async Task<IResult> ExportAsync(HttpContext http, string kind, string period, IReportService reports, IStringLocalizer<SharedResource> l,
        TopicNames topics, bool xlsx)
    {
        if (!ReportLabels.TryParseKind(kind, out var reportKind) || !ReportPeriod.TryParse(period, out var reportPeriod)
            || ClaimsActor.From(http.User) is not { } viewer)
        {
            return Results.NotFound();
        }

        var ct = http.RequestAborted;
        var report = await reports.GetAsync(reportKind, reportPeriod, viewer, ct);
        await topics.LoadAsync(ct);
        var rows = ReportExport.Rows(report, l, topics);
        var name = $"{ReportLabels.Slug(reportKind)}-{reportPeriod.Key}";
        var buffer = new MemoryStream();
        if (xlsx)
        {
            await ReportExport.WriteXlsxAsync(buffer, report, rows, ct);
        }
        else
        {
            await ReportExport.WriteCsvAsync(buffer, rows, ct);
        }

        buffer.Position = 0;
        return xlsx
            ? Results.File(buffer, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx")
            : Results.File(buffer, "text/csv; charset=utf-8", name + ".csv");
    }
}
