using System.Globalization;
using Bunit;
using ComplaintOps.Analytics.Models;
using ComplaintOps.Analytics.Suggestions;
using ComplaintOps.Analytics.CaseLibrary;
using ComplaintOps.Data.Domain.Hotspots;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Calendar;
using ComplaintOps.Data.Features.CaseLibrary;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Data.Features.Consultations;
using ComplaintOps.Data.Features.Dashboard;
using ComplaintOps.Data.Features.Partners;
using ComplaintOps.Data.Features.Notices;
using ComplaintOps.Data.Features.PersonalData;
using ComplaintOps.Data.Features.Queue;
using ComplaintOps.Data.Features.RegulatorReports;
using ComplaintOps.Data.Features.Sla;
using ComplaintOps.Data.Features.Governance;
using ComplaintOps.Data.Features.Staff;
using ComplaintOps.Data.Features.Supervision;
using ComplaintOps.Data.Features.Topics;
using ComplaintOps.Web.Components.Shared;
using ComplaintOps.Web.Identity;
using ComplaintOps.Web.Localization;
using ComplaintOps.Web.Realtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MudBlazor.Services;

namespace ComplaintOps.Tests.TestInfrastructure.Bunit;

/// <summary>
/// Shared bUnit context: MudBlazor services (no popover provider check, as MudBlazor's own tests), loose JS interop,
/// the real resx localization, a fixed clock, in-memory fakes of the feature interfaces and a real dashboard aggregator over a fake.
/// MudBlazor's services are IAsyncDisposable only: xunit v3 disposes this class through <see cref="BunitContext.DisposeAsync"/>.
/// </summary>
public abstract class ComplaintOpsBunitContext : BunitContext
{
    /// <summary>Monday 2026-11-23 10:00 in Shanghai.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);

    protected ComplaintOpsBunitContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices(o => o.PopoverOptions.CheckForPopoverProvider = false);
        Services.AddLocalization();
        Services.AddSingleton<TimeProvider>(Clock);
        Commands.Clock = Clock;
        Services.AddSingleton(Options.Create(new SlaOptions()));
        Services.AddSingleton<LocalTime>();
        Services.AddSingleton<CurrentModels>();
        Services.AddSingleton<IModelTrainingControl>(Training);
        Services.AddScoped<TopicNames>();
        Services.AddSingleton<ITopicQueries>(Topics);
        Services.AddSingleton<ITopicCommands>(Topics);
        Services.AddSingleton<SharedMarkupCache>();
        Services.AddSingleton<IComplaintQueries>(Queries);
        Services.AddSingleton<IComplaintCommands>(Commands);
        Services.AddSingleton<IStaffQueries>(Staff);
        Services.AddSingleton<ICalendarService>(Calendar);
        Services.AddScoped<CurrentActor>();
        RunAs(TestRules.Agent);
        Services.AddSingleton<IDashboardQueries>(DashboardQueries);
        Services.AddSingleton<IQueueQueries>(QueueQueries);
        Services.AddSingleton<IClassificationSuggester>(Suggester);
        Services.AddSingleton(Options.Create(new DashboardOptions()));
        Services.AddSingleton(Options.Create(new HotspotOptions()));
        Services.AddSingleton(Options.Create(new BatchOptions()));
        Services.AddSingleton(new HotspotAnalyzer(new HotspotOptions(), new BatchOptions()));
        Services.AddSingleton<DashboardAggregator>();
        Services.AddSingleton<ICaseLibraryQueries>(CaseLibrary);
        Services.AddSingleton<ICaseLibrary>(CaseLibrary);
        Services.AddSingleton<IPersonalDataAccess>(PersonalData);
        Services.AddSingleton<IAccessLogQueries>(AccessLog);
        Services.AddSingleton<IReplyTemplates>(ReplyTemplates);
        Consultations = new InMemoryConsultations(Clock);
        Services.AddSingleton<IConsultationQueries>(Consultations);
        Services.AddSingleton<IConsultationCommands>(Consultations);
        Services.AddSingleton<IRegulatorReportQueries>(RegulatorReports);
        Services.AddSingleton<IPartnerQueries>(Partners);
        Actions = new InMemoryRootCauseActions(Clock);
        Meetings = new InMemoryReviewMeetings(Clock, Actions);
        Services.AddSingleton<IRootCauseActions>(Actions);
        Services.AddSingleton<IReviewMeetingQueries>(Meetings);
        Services.AddSingleton<IReviewMeetingCommands>(Meetings);
        Services.AddSingleton<INoticeQueries>(Notices);
        Services.AddSingleton<INoticeCommands>(Notices);
        UseCulture("en");
    }

    protected FakeTimeProvider Clock { get; } = new(Now);

    protected FakeComplaintQueries Queries { get; } = new();

    protected FakeComplaintCommands Commands { get; } = new();

    protected FakeStaffQueries Staff { get; } = new();

    protected FakeCalendarService Calendar { get; } = new();

    protected FakeDashboardQueries DashboardQueries { get; } = new();

    protected FakeQueueQueries QueueQueries { get; } = new();

    protected FakeClassificationSuggester Suggester { get; } = new();

    protected FakeModelTrainingControl Training { get; } = new();
    protected EmptyCaseLibrary CaseLibrary { get; } = new();

    protected FakePersonalDataAccess PersonalData { get; } = new();

    protected FakeAccessLogQueries AccessLog { get; } = new();

    protected FakeTopics Topics { get; } = new();

    protected InMemoryReplyTemplates ReplyTemplates { get; } = new();
    protected InMemoryConsultations Consultations { get; }

    protected FakeRegulatorReportQueries RegulatorReports { get; } = new();

    protected FakePartnerQueries Partners { get; } = new();
    /// <summary>Action items and review meetings in memory, on the real domain rules.</summary>
    protected InMemoryRootCauseActions Actions { get; }

    protected InMemoryReviewMeetings Meetings { get; }
    protected FakeNotices Notices { get; } = new();

    /// <summary>The real aggregator over <see cref="DashboardQueries"/>: <c>ReconcileAsync</c>, or <c>AcceptAsync</c> + <c>FlushAsync</c>, publish.</summary>
    protected DashboardAggregator Aggregator => Services.GetRequiredService<DashboardAggregator>();

    /// <summary>Signs <paramref name="actor"/> in for the components rendered next (claims as the app's claims factory writes them).</summary>
    protected void RunAs(Actor actor)
    {
        var auth = AddAuthorization();
        auth.SetAuthorized(actor.Id);
        auth.SetClaims(TestClaims.Of(actor));
    }

    /// <summary>Signs the demo staff member of <paramref name="role"/> in (as <c>IntegrationTest.RunAs</c> does) and returns them.</summary>
    protected Actor RunAs(StaffRole role)
    {
        var actor = TestActors.Of(role);
        RunAs(actor);
        return actor;
    }

    /// <summary>Sets the UI language for the rest of the test ("en" or "zh-CN"), as the culture cookie would.</summary>
    protected static void UseCulture(string name)
    {
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
    }
}
