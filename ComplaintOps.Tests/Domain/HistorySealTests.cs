using System.Security.Cryptography;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Builders;

namespace ComplaintOps.Tests.Domain;

public sealed class HistorySealTests
{
    private static readonly HistorySeal OtherKey = new(RandomNumberGenerator.GetBytes(32));

    [Fact]
    public void The_same_event_content_sealed_with_two_keys_gives_two_seals()
    {
        var e = new ComplaintBuilder().In(ComplaintStatus.Classified).Events[^1];

        var text = e.CanonicalText();

        Assert.NotEqual(TestRules.Seal.Seal(text), OtherKey.Seal(text));
        Assert.Equal(TestRules.Seal.Seal(text), e.Hash);
        Assert.Equal(64, e.Hash.Length);   // fits the existing 64-character columns
        Assert.True(TestRules.Seal.Verifies(text, e.Hash));
        Assert.False(OtherKey.Verifies(text, e.Hash));
    }

    [Fact]
    public void A_history_verifies_under_its_own_key_only()
    {
        var complaint = new ComplaintBuilder().In(ComplaintStatus.Resolved);

        Assert.Null(ComplaintEvent.FindBreak(complaint.Events, TestRules.Seal));
        Assert.Null(complaint.FindHistoryBreak(TestRules.Seal));
        Assert.Equal(new HistoryBreak(1, HistoryFault.SealMismatch), ComplaintEvent.FindBreak(complaint.Events, OtherKey));
    }

    [Fact]
    public void An_edit_rechained_with_plain_sha256_is_detected()
    {
        var complaint = new ComplaintBuilder().In(ComplaintStatus.Resolved);
        HistoryForgery.SetReason(complaint.Events[2], "edited later");

        HistoryForgery.Rechain(complaint.Events, HistoryForgery.PlainSha256);

        Assert.Equal(new HistoryBreak(1, HistoryFault.SealMismatch), ComplaintEvent.FindBreak(complaint.Events, TestRules.Seal));
    }

    [Fact]
    public void An_edit_rechained_with_the_wrong_key_is_detected_and_only_the_key_holder_can_rechain()
    {
        var complaint = new ComplaintBuilder().In(ComplaintStatus.Resolved);
        HistoryForgery.SetReason(complaint.Events[2], "edited later");

        HistoryForgery.Rechain(complaint.Events, OtherKey.Seal);
        Assert.Equal(new HistoryBreak(1, HistoryFault.SealMismatch), ComplaintEvent.FindBreak(complaint.Events, TestRules.Seal));

        // The point of the key: with it, a rewrite is indistinguishable, so it must stay out of the database.
        HistoryForgery.Rechain(complaint.Events, TestRules.Seal.Seal);
        Assert.Null(ComplaintEvent.FindBreak(complaint.Events, TestRules.Seal));
    }

    [Fact]
    public void Details_that_are_not_json_make_the_event_unreadable_not_an_exception()
    {
        var complaint = new ComplaintBuilder().In(ComplaintStatus.Classified);
        HistoryForgery.SetDetails(complaint.Events[1], "not json {");

        Assert.Null(complaint.Events[1].ReadDetails());
        Assert.Equal(new HistoryBreak(2, HistoryFault.Unreadable), complaint.FindHistoryBreak(TestRules.Seal));
    }

    [Fact]
    public void A_chain_that_verifies_but_disagrees_with_the_complaint_counters_is_broken()
    {
        var complaint = new ComplaintBuilder().In(ComplaintStatus.Resolved);
        var last = complaint.Events.Count;

        // Dropping the last event leaves a valid shorter chain: only EventCount and LastEventHash reveal it.
        var truncated = complaint.Events.Take(last - 1).ToList();
        Assert.Null(ComplaintEvent.FindBreak(truncated, TestRules.Seal));
        typeof(Complaint).GetField("_events", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
            .SetValue(complaint, truncated);

        Assert.Equal(new HistoryBreak(last, HistoryFault.CountMismatch), complaint.FindHistoryBreak(TestRules.Seal));
    }

    [Fact]
    public void Keys_shorter_than_32_bytes_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new HistorySeal(new byte[31]));
        Assert.Equal("HistorySeal", TestRules.Seal.ToString());   // the key never reaches a log line
    }
}
