using ComplaintOps.Data.Domain.Reference;
using static ComplaintOps.Data.Domain.Access.Permission;

namespace ComplaintOps.Data.Domain.Access;

/// <summary>
/// The permission set each role starts with. The database keeps the sets an administrator has since changed;
/// these are what a new database is seeded with and what tests and the demo data act with.
/// </summary>
public static class RolePermissions
{
    private static readonly Dictionary<StaffRole, Permission[]> Defaults = new()
    {
        [StaffRole.IntakeAgent] =
        [
            ViewComplaints, AllDepartments, ViewPersonalData, SearchCaseLibrary, RegisterComplaint, AcknowledgeComplaint,
            ClassifyComplaint, AssignComplaint, AnnotateComplaint, RecordCustomerRequest, MergeComplaints,
        ],
        [StaffRole.Handler] =
        [
            ViewComplaints, ViewPersonalData, SearchCaseLibrary, AcknowledgeComplaint, HandleComplaint, AnnotateComplaint, TakeUnassigned,
            CompensationHandlerTier, PromoteCase,
            ViewMeetings,
        ],
        [StaffRole.DepartmentHead] =
        [
            ViewDashboard, ViewComplaints, ViewPersonalData, ViewAnalytics, SearchCaseLibrary, AcknowledgeComplaint, AssignComplaint,
            HandleComplaint, AnnotateComplaint, TakeUnassigned, ExtendDeadline, AuthorizeCompensation, CompensationDepartmentTier, PromoteCase,
            ViewMeetings, ConsultCases, ViewReports,
        ],
        [StaffRole.Supervisor] =
        [
            ViewDashboard, ViewComplaints, AllDepartments, ViewPersonalData, ViewAnalytics, SearchCaseLibrary, ExtendDeadline,
            AuthorizeCompensation, CompensationUnlimited, ReviewResolution, AnnotateComplaint, RecordCustomerRequest, MergeComplaints,
            ManageImprovementActions, PromoteCase, ReportToRegulator, SteerTopics,
            ViewMeetings, RunMeetings, SpotCheck, ConsultCases, ManageReplyTemplates, ManagePartners, ViewReports,
        ],
        [StaffRole.FeedbackAgent] =
        [
            ViewComplaints, AllDepartments, ViewPersonalData, SearchCaseLibrary, FollowUpCustomer, AnnotateComplaint, RecordCustomerRequest,
            ViewMeetings,
        ],
        [StaffRole.Manager] =
        [
            ViewDashboard, ViewComplaints, AllDepartments, ViewAnalytics, SearchCaseLibrary, ManageImprovementActions, RetrainModels, SteerTopics,
            ExtendDeadline, ApproveSeniorExtension,
            ViewMeetings, RunMeetings, ConsultCases, ManagePartners, ViewReports,
        ],
        [StaffRole.Compliance] =
        [
            ViewDashboard, ViewComplaints, AllDepartments, ViewPersonalData, ViewAnalytics, SearchCaseLibrary, ManageCalendar,
            ViewAccessLog, VerifyHistory, ReportToRegulator,
            ViewMeetings, ManageReplyTemplates, ViewReports, SignOffReports,
        ],
        [StaffRole.Auditor] =
        [
            ViewDashboard, ViewComplaints, AllDepartments, ViewAnalytics, SearchCaseLibrary, ViewAccessLog, VerifyHistory,
            ViewMeetings, ViewReports,
        ],
        [StaffRole.Administrator] = [ManageUsers, ManageRoles, ManageApiKeys, ManageCalendar],
        [StaffRole.System] = [RegisterComplaint, ViewComplaints, AllDepartments],
    };

    /// <summary>The roles a person can be given (System is the API's, not a person's).</summary>
    public static IReadOnlyList<StaffRole> AssignableRoles { get; } = [.. Defaults.Keys.Where(r => r != StaffRole.System)];

    public static IReadOnlySet<Permission> DefaultFor(StaffRole role) =>
        Defaults.TryGetValue(role, out var set) ? set.ToHashSet() : new HashSet<Permission>();
}
