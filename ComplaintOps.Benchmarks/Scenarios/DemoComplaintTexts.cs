using ComplaintOps.Analytics.Models;
using ComplaintOps.Data.Domain.Calendar;
using ComplaintOps.Data.Features.Demo;

namespace ComplaintOps.Benchmarks.Scenarios;

/// <summary>Bilingual demo complaints as the models see them: subject + description, personal data masked.</summary>
public static class DemoComplaintTexts
{
    public static List<string> Generate(int count, int seed)
    {
        var calendar = new BusinessCalendar(BusinessCalendar.ChinaTimeZone, ShippedCalendars.LoadAll(CalendarRegion.China));
        return [.. DemoDataGenerator.Generate(count, seed, DateTimeOffset.UtcNow, calendar, BenchmarkSeal.Seal)
            .Select(c => ComplaintTextForModels.Of(c.Subject, c.Description, c.CustomerName))];
    }
}
