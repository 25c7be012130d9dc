using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Supervision;
using ComplaintOps.Data.Features.Demo;
using ComplaintOps.Data.Features.Supervision;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;

namespace ComplaintOps.Tests.Data.Supervision;

/// <summary>The demo data set gives the supervision and feedback pages something to show.</summary>
public sealed class DemoSupervisionTests : IntegrationTest
{
    [Fact]
    public async Task The_demo_has_results_to_review_feedback_work_templates_in_both_languages_and_last_months_spot_check()
    {
        await Get<DemoDataSeeder>().SeedAsync(new DemoOptions { Complaints = 1500 }, Ct);
        var supervisor = TestActors.Of(StaffRole.Supervisor);

        Assert.NotEmpty(await Get<ISupervisionQueries>().ReviewQueueAsync(supervisor, Ct));
        var work = await Get<ISupervisionQueries>().FeedbackWorkAsync(TestActors.Of(StaffRole.FeedbackAgent), Ct);
        Assert.Contains(work, w => w.Kind == FeedbackWorkKind.FeedbackDue);
        Assert.Contains(work, w => w.Kind == FeedbackWorkKind.CallbackDue);

        var templates = await Get<IReplyTemplates>().ListAsync(TestActors.Of(StaffRole.Compliance), Ct);
        Assert.Contains(templates, t => t.Language == "zh" && t.Category == "CARD");
        Assert.Contains(templates, t => t.Language == "en" && t.Category == "CARD");
        Assert.Contains(templates, t => t.Category == ReplyTemplate.AnyCategory);

        var check = Assert.Single(await Get<ISpotChecks>().ListAsync(supervisor, Ct));
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime);
        Assert.Equal(new DateOnly(today.Year, today.Month, 1).AddMonths(-1), check.Month);
        Assert.Equal((DemoSupervision.SpotCheckSeed, 4, 3, 1), (check.Seed, check.Checked, check.Passed, check.ReworkRequested));
        var detail = await Get<ISpotChecks>().GetAsync(check.Id, supervisor, Ct);
        // The recorded sample is what the recorded month and seed draw again from the database.
        Assert.Equal(detail!.Cases.Select(c => c.ComplaintId), (await Get<ISpotChecks>().PreviewAsync(check.Month, check.Seed, check.SampleSize, supervisor, Ct)).Sample);
        var reworked = detail.Cases.Single(c => c.ReworkRequested);
        Assert.True((await RunAs(StaffRole.Supervisor).GetAsync(reworked.ComplaintId))!.HistoryIntact);
    }
}
