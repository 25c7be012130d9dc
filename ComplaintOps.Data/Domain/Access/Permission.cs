namespace ComplaintOps.Data.Domain.Access;

/// <summary>
/// What a person may do. Roles are only named sets of these (<see cref="RolePermissions"/>), which an administrator can
/// change; the domain, the pages, the endpoints and the hub check permissions, never role names.
/// </summary>
public enum Permission
{
    // seeing
    ViewDashboard,
    ViewComplaints,
    /// <summary>Scope: complaints of every department, not only the person's own.</summary>
    AllDepartments,
    /// <summary>See personal data unmasked (each "show" is still logged).</summary>
    ViewPersonalData,
    ViewAnalytics,
    SearchCaseLibrary,

    // complaint activities (see <see cref="TriggerPermissions"/>)
    RegisterComplaint,
    AcknowledgeComplaint,
    ClassifyComplaint,
    AssignComplaint,
    HandleComplaint,
    /// <summary>Add a note to a complaint's history.</summary>
    AnnotateComplaint,
    /// <summary>Scope: act on unassigned complaints of one's department, not only on those assigned to oneself.</summary>
    TakeUnassigned,
    /// <summary>Approve an extension stage that needs no more than a department head (2020 measures: to 30 days).</summary>
    ExtendDeadline,
    /// <summary>Approve the last extension stage: a higher-level institution or head-office senior manager (2020 measures art. 18).</summary>
    ApproveSeniorExtension,
    /// <summary>Report to the regulator (transfer results, major complaints) and designate a complaint major.</summary>
    ReportToRegulator,
    AuthorizeCompensation,
    /// <summary>Compensation tier: up to the handler limit.</summary>
    CompensationHandlerTier,
    /// <summary>Compensation tier: up to the department-head limit.</summary>
    CompensationDepartmentTier,
    /// <summary>Compensation tier: any amount.</summary>
    CompensationUnlimited,
    ReviewResolution,
    FollowUpCustomer,
    RecordCustomerRequest,
    MergeComplaints,

    // governance and administration
    ManageImprovementActions,
    PromoteCase,
    RetrainModels,

    /// <summary>Rename, merge, split and mark topics as noise (the next training respects it).</summary>
    SteerTopics,

    // governance workspace and reports
    /// <summary>See joint review meetings: their agenda items and action items of one's department (all with AllDepartments).</summary>
    ViewMeetings,

    /// <summary>Create a joint review meeting, record findings and root causes, decide and escalate action items.</summary>
    RunMeetings,

    /// <summary>Draw the monthly spot-check sample, record its checklists, findings and rework requests.</summary>
    SpotCheck,

    /// <summary>Open a joint consultation (会诊) on a difficult case and record one's department's opinion.</summary>
    ConsultCases,

    /// <summary>Write the reply templates (macros) for decision notices, per category and language.</summary>
    ManageReplyTemplates,

    /// <summary>Keep the partners (collection agencies, product issuers, channel partners) and rate their cooperation.</summary>
    ManagePartners,

    /// <summary>Run the regulator, operations and disclosure reports and drill to the complaints behind their figures.</summary>
    ViewReports,

    /// <summary>Enter the institution figures and freeze and sign off a report (compliance only).</summary>
    SignOffReports,

    ManageCalendar,
    ViewAccessLog,
    VerifyHistory,
    ManageUsers,
    ManageRoles,
    ManageApiKeys,
}
