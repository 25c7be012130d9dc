using ComplaintOps.Data.Domain.Access;
using Microsoft.AspNetCore.Components.Routing;
using MudBlazor;

namespace ComplaintOps.Web.Components.Layout;

/// <summary>Where an entry of the navigation sits: daily work at the top, then the supervision and governance groups.</summary>
public enum NavSection
{
    Work,
    Supervision,
    Governance,
    Administration,
}

/// <summary>One place of the navigation and the permission that opens it (the page checks the same permission again).</summary>
public sealed record NavEntry(NavSection Section, string Href, string TextKey, string Icon, Permission Permission, NavLinkMatch Match = NavLinkMatch.All)
{
    /// <summary>"nav-" plus the last path segment, e.g. nav-meetings; tests click these.</summary>
    public string TestId => "nav-" + (Href == "/" ? "dashboard" : Href.TrimEnd('/').Split('/')[^1]);
}

/// <summary>The navigation as data, so the menu is one loop and a new page is one line.</summary>
public static class NavEntries
{
    public static IReadOnlyList<NavEntry> All { get; } =
    [
        new(NavSection.Work, "/", "Nav.Dashboard", Icons.Material.Filled.Dashboard, Permission.ViewDashboard),
        new(NavSection.Work, "/my", "Nav.MyCases", Icons.Material.Filled.AssignmentInd, Permission.HandleComplaint),
        new(NavSection.Work, "/queue", "Nav.Queue", Icons.Material.Filled.PendingActions, Permission.ViewComplaints, NavLinkMatch.Prefix),
        new(NavSection.Work, "/sla", "Nav.Sla", Icons.Material.Filled.Timer, Permission.ViewDashboard, NavLinkMatch.Prefix),
        new(NavSection.Work, "/complaints", "Nav.Complaints", Icons.Material.Filled.ListAlt, Permission.ViewComplaints),
        new(NavSection.Work, "/complaints/new", "Nav.Register", Icons.Material.Filled.AddCircleOutline, Permission.RegisterComplaint),
        new(NavSection.Work, "/feedback", "Nav.Feedback", Icons.Material.Filled.PhoneCallback, Permission.FollowUpCustomer),
        new(NavSection.Work, "/cases", "Nav.Cases", Icons.Material.Filled.LibraryBooks, Permission.SearchCaseLibrary, NavLinkMatch.Prefix),
        new(NavSection.Supervision, "/supervision/review", "Nav.Review", Icons.Material.Filled.FactCheck, Permission.ReviewResolution),
        new(NavSection.Supervision, "/supervision/spot-checks", "Nav.SpotChecks", Icons.Material.Filled.Rule, Permission.SpotCheck),
        new(NavSection.Supervision, "/supervision/templates", "Nav.Templates", Icons.Material.Filled.Article, Permission.ManageReplyTemplates),
        new(NavSection.Supervision, "/governance/consultations", "Nav.Consultations", Icons.Material.Filled.Forum, Permission.ConsultCases),
        new(NavSection.Supervision, "/governance/regulator-reports", "Nav.RegulatorReports", Icons.Material.Filled.Gavel, Permission.ReportToRegulator),
        new(NavSection.Governance, "/governance/meetings", "Nav.Meetings", Icons.Material.Filled.Groups, Permission.ViewMeetings, NavLinkMatch.Prefix),
        new(NavSection.Governance, "/governance/actions", "Nav.Actions", Icons.Material.Filled.TaskAlt, Permission.ViewMeetings, NavLinkMatch.Prefix),
        new(NavSection.Governance, "/reports", "Nav.Reports", Icons.Material.Filled.Assessment, Permission.ViewReports, NavLinkMatch.Prefix),
        new(NavSection.Governance, "/partners", "Nav.Partners", Icons.Material.Filled.Handshake, Permission.ViewReports, NavLinkMatch.Prefix),
        new(NavSection.Governance, "/topics", "Nav.Topics", Icons.Material.Filled.Hub, Permission.ViewAnalytics, NavLinkMatch.Prefix),
        new(NavSection.Governance, "/analytics", "Nav.Analytics", Icons.Material.Filled.QueryStats, Permission.ViewAnalytics, NavLinkMatch.Prefix),
        new(NavSection.Administration, "/audit/access-log", "Nav.AccessLog", Icons.Material.Filled.ManageSearch, Permission.ViewAccessLog),
        new(NavSection.Administration, "/calendar", "Nav.Calendar", Icons.Material.Filled.CalendarMonth, Permission.ManageCalendar),
        new(NavSection.Administration, "/admin", "Nav.Admin", Icons.Material.Filled.AdminPanelSettings, Permission.ManageUsers, NavLinkMatch.Prefix),
    ];
}
