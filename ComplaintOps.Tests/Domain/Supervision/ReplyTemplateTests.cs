using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Supervision;
using ComplaintOps.Tests.TestInfrastructure;

namespace ComplaintOps.Tests.Domain.Supervision;

public sealed class ReplyTemplateTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 3, 2, 0, 0, TimeSpan.Zero);

    private static readonly ReplyTemplateText Card = new("CARD", "zh", "年费退还", "经核实，投诉 {reference} 属实。", "依据领用合约。", "已向{customer}退还 {amount}（{date}）。");

    [Fact]
    public void Placeholders_are_filled_and_unknown_ones_are_left_as_typed()
    {
        var values = new ReplyPlaceholders("CP20261103-ABC", "张*", 1234.5m, new DateOnly(2026, 11, 3));

        Assert.Equal("已向张*退还 ¥1,234.50（2026-11-03）。{refrence}", values.Fill(Card.Reasons + "{refrence}"));
        Assert.Equal("经核实，投诉 CP20261103-ABC 属实。", values.Fill(Card.Verification));
    }

    [Theory]
    [InlineData(StaffRole.Handler)]
    [InlineData(StaffRole.FeedbackAgent)]
    [InlineData(StaffRole.Manager)]
    public void Only_supervision_and_compliance_manage_templates(StaffRole role)
    {
        Assert.Throws<ForbiddenException>(() => ReplyTemplate.Create(Card, TestActors.Of(role), Now));
        Assert.Equal("CARD", ReplyTemplate.Create(Card, TestActors.Of(StaffRole.Compliance), Now).Template.Category);
        Assert.Equal("CARD", ReplyTemplate.Create(Card, TestActors.Of(StaffRole.Supervisor), Now).Template.Category);
    }

    [Fact]
    public void An_unknown_category_a_third_language_and_a_blank_text_are_refused()
    {
        var compliance = TestActors.Of(StaffRole.Compliance);

        Assert.Equal("invalid_category", Assert.Throws<DomainException>(() => ReplyTemplate.Create(Card with { Category = "NOPE" }, compliance, Now)).Code);
        Assert.Equal("invalid_language", Assert.Throws<DomainException>(() => ReplyTemplate.Create(Card with { Language = "fr" }, compliance, Now)).Code);
        Assert.Equal("invalid_basis", Assert.Throws<DomainException>(() => ReplyTemplate.Create(Card with { Basis = "  " }, compliance, Now)).Code);
        Assert.True(ReplyTemplate.Create(Card with { Category = null }, compliance, Now).Template.Covers("LOAN"));   // blank = any
    }

    [Fact]
    public void A_change_raises_the_version_and_a_retired_template_no_longer_changes()
    {
        var compliance = TestActors.Of(StaffRole.Compliance);
        var (template, _) = ReplyTemplate.Create(Card, compliance, Now);

        var changed = template.Change(Card with { Title = "年费退还（新版）" }, compliance, Now.AddDays(1));
        template.Retire(compliance, Now.AddDays(2));

        Assert.Equal((ReplyTemplate.ChangedKind, 3, true), (changed.Kind, template.Version, template.Retired));
        Assert.Equal("template_retired", Assert.Throws<DomainException>(() => template.Change(Card, compliance, Now)).Code);
    }
}
