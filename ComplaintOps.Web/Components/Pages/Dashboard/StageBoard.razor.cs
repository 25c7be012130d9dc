using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Dashboard;
using ComplaintOps.Web.Components.Pages.Queue;
using ComplaintOps.Web.Localization;
using Microsoft.AspNetCore.Components;

namespace ComplaintOps.Web.Components.Pages.Dashboard;

/// <summary>
/// Open complaints by department (rows, catalog order, unassigned last) and stage (columns); cells drill down to the queue.
/// The matrix is drawn as markup once per snapshot and language and shared by every open dashboard (its ~100 cells would
/// otherwise be a render tree held by each circuit); it re-renders whole, at most a few times a second.
/// </summary>
public sealed partial class StageBoard
{
    private static readonly ComplaintStatus[] Columns = [.. Enum.GetValues<ComplaintStatus>().Where(s => s.IsOpen())];

    [Parameter, EditorRequired]
    public IReadOnlyList<StageCount> Stages { get; set; } = [];

    private IEnumerable<string?> Rows()
    {
        var present = Stages.Select(s => s.Department).ToHashSet();
        foreach (var department in Departments.All.Where(d => present.Contains(d.Code)))
        {
            yield return department.Code;
        }

        foreach (var other in present.Where(d => d is not null && Departments.Find(d) is null).Order(StringComparer.Ordinal))
        {
            yield return other;
        }

        if (present.Contains(null))
        {
            yield return null;
        }
    }

    private int Count(string? department, ComplaintStatus status) =>
        Stages.Where(s => s.Department == department && s.Status == status).Sum(s => s.Count);

    private int RowTotal(string? department) => Stages.Where(s => s.Department == department).Sum(s => s.Count);

    private static string Link(string department, ComplaintStatus status) => new QueueFilter { Department = department, Status = status }.ToUri();

    private string DrawMatrix()
    {
        var html = new StringBuilder("<table class=\"stage-matrix\"><thead><tr>");
        html.Append("<th class=\"matrix-corner\">").Append(Encode(L["Field.Department"])).Append("</th>");
        foreach (var status in Columns)
        {
            var name = Encode(L.Enum("Status", status));
            html.Append("<th title=\"").Append(name).Append("\">").Append(name).Append("</th>");
        }

        html.Append("<th>").Append(Encode(L["Dashboard.Total"])).Append("</th></tr></thead><tbody>");
        foreach (var department in Rows())
        {
            var code = Encode(department ?? "");
            html.Append("<tr><th class=\"matrix-row-head\">").Append(Encode(department is null ? L["Dashboard.Unassigned"] : Labels.Department(department))).Append("</th>");
            foreach (var status in Columns)
            {
                var count = Count(department, status);
                html.Append("<td data-testid=\"stage-cell\" data-department=\"").Append(code).Append("\" data-status=\"").Append(status)
                    .Append("\" class=\"").Append(count == 0 ? "zero" : "").Append("\">");
                if (count > 0 && department is not null)
                {
                    html.Append("<a href=\"").Append(Encode(Link(department, status))).Append("\">").Append(count.ToString(CultureInfo.InvariantCulture)).Append("</a>");
                }
                else
                {
                    html.Append(count == 0 ? "·" : count.ToString(CultureInfo.InvariantCulture));
                }

                html.Append("</td>");
            }

            html.Append("<td class=\"matrix-total\" data-testid=\"stage-row-total\" data-department=\"").Append(code).Append("\">")
                .Append(RowTotal(department).ToString(CultureInfo.InvariantCulture)).Append("</td></tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);
}
