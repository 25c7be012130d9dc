namespace ComplaintOps.Data.Domain.Consultations;

public static class ConsultationLimits
{
    public const int Text = 4000;

    /// <summary>A consultation is across departments, but not a broadcast to all of them.</summary>
    public const int MaxDepartments = 6;
}
