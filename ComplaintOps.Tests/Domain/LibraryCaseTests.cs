using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Data.Domain.CaseLibrary;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Builders;

namespace ComplaintOps.Tests.Domain;

public sealed class LibraryCaseTests
{
    [Fact]
    public void Promotion_copies_the_complaint_facts_and_trims_the_texts()
    {
        var complaint = new ComplaintBuilder().With(d => d with { Product = "白金信用卡" }).In(ComplaintStatus.Closed);
        var at = TestRules.Local(2026, 4, 1, 9);

        var c = LibraryCase.Promote(complaint, new CasePromotion
        {
            ComplaintId = complaint.Id, Title = "  标题 ", Summary = "摘要", RootCause = "原因", Resolution = "结果", Lessons = "教训",
        }, TestRules.Supervisor, at);

        Assert.Equal((complaint.Id, complaint.Reference, complaint.Category, complaint.Language), (c.ComplaintId, c.Reference, c.Category, c.Language));
        Assert.Equal("标题", c.Title);
        Assert.Null(c.Topic);
        Assert.Equal((TestRules.Supervisor.Id, TestRules.Supervisor.Name, at, 1), (c.PromotedById, c.PromotedByName, c.PromotedAtUtc, c.Version));
        Assert.Equal("标题\n摘要\n原因\n结果\n教训", c.SearchText);
        Assert.Equal(("白金信用卡", CompensationKind.Refund), (c.Product, c.Outcome));   // the builder resolves with a refund

        c.AssignTopic(new TopicKey(3));

        Assert.Equal((new TopicKey(3), 3, 2), (c.Topic, c.TopicId, c.Version));
        Assert.Equal(new TopicKey(5), LibraryCase.Promote(complaint, new CasePromotion
        {
            ComplaintId = complaint.Id, Title = "标题", Summary = "摘要", RootCause = "原因", Resolution = "结果", Lessons = "教训",
        }, TestRules.Supervisor, at, new TopicKey(5)).Topic);
    }
}
