namespace ComplaintOps.Data.Domain.Administration;

/// <summary>What an API client's key opens: the intake API, or the live hub for a wallboard.</summary>
public enum ApiClientKind
{
    /// <summary>Registers complaints and reads them back (permissions RegisterComplaint, ViewComplaints, AllDepartments).</summary>
    Intake,

    /// <summary>Watches the live hub /hubs/ops (permission ViewDashboard only; receives every department's changes).</summary>
    Wallboard,
}
