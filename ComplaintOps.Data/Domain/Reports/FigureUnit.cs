namespace ComplaintOps.Data.Domain.Reports;

public enum FigureUnit
{
    Count,

    /// <summary>A fraction 0–1, rounded to four places.</summary>
    Rate,

    /// <summary>Yuan, exact (decimal).</summary>
    Money,

    /// <summary>A normalised rate (per 1,000 branches, per 10 million customers) or an entered institution figure.</summary>
    Number,
}
