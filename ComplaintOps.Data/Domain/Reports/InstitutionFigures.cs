using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Data.Domain.Reports;

/// <summary>
/// The institution's own figures for a half-year (branches, personal customers) that the normalised rates divide by, and
/// the latest published medians to compare them with, as entered by compliance. Append-only: each entry is a new row
/// naming who entered it and when, and the newest row of a period is in force — so two people entering at once lose
/// nothing and the history of corrections is the table itself.
/// </summary>
public sealed class InstitutionFigures
{
    public const int SourceLength = 200;

    private InstitutionFigures()
    {
    }

    public Guid Id { get; private set; }

    public string PeriodKey { get; private set; } = "";

    public int Branches { get; private set; }

    public long PersonalCustomers { get; private set; }

    /// <summary>Published median complaints per 1,000 branches (the regulator's bulletin), null when not entered.</summary>
    public decimal? MedianPerThousandBranches { get; private set; }

    /// <summary>Published median complaints per 10 million personal customers.</summary>
    public decimal? MedianPerTenMillionCustomers { get; private set; }

    /// <summary>Which bulletin the medians come from.</summary>
    public string? MediansSource { get; private set; }

    public string EnteredById { get; private set; } = "";

    public string EnteredByName { get; private set; } = "";

    public DateTimeOffset EnteredAtUtc { get; private set; }

    public static InstitutionFigures Enter(ReportPeriod period, int branches, long personalCustomers, decimal? medianPerThousandBranches,
        decimal? medianPerTenMillionCustomers, string? mediansSource, Actor actor, DateTimeOffset nowUtc)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.Has(Permission.SignOffReports))
        {
            throw ForbiddenException.Lacking(Permission.SignOffReports);
        }

        if (branches <= 0 || personalCustomers <= 0 || medianPerThousandBranches < 0 || medianPerTenMillionCustomers < 0
            || medianPerThousandBranches > 1_000_000_000m || medianPerTenMillionCustomers > 1_000_000_000m)
        {
            throw new DomainException("invalid_institution_figures", "Branches and personal customers must be positive; medians cannot be negative.");
        }

        var source = string.IsNullOrWhiteSpace(mediansSource) ? null : mediansSource.Trim();
        if (source?.Length > SourceLength)
        {
            throw new DomainException("invalid_institution_figures", $"The source of the medians is at most {SourceLength} characters.");
        }

        return new InstitutionFigures
        {
            Id = Guid.CreateVersion7(nowUtc),
            PeriodKey = period.Key,
            Branches = branches,
            PersonalCustomers = personalCustomers,
            MedianPerThousandBranches = medianPerThousandBranches,
            MedianPerTenMillionCustomers = medianPerTenMillionCustomers,
            MediansSource = source,
            EnteredById = actor.Id,
            EnteredByName = actor.Name,
            EnteredAtUtc = StoredInstant.Normalize(nowUtc),
        };
    }
}
