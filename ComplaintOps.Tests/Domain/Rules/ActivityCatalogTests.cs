using System.Globalization;
using System.Resources;
using ComplaintOps.Analytics.Effectiveness;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Complaints.Activities;
using ComplaintOps.Web.Resources;

namespace ComplaintOps.Tests.Domain.Rules;

/// <summary>
/// One activity type per trigger, found by reflection over the Data assembly (not from a list the code keeps), and
/// everything a trigger needs elsewhere: a standard cost for the effectiveness analysis and a label in both languages.
/// </summary>
public sealed class ActivityCatalogTests
{
    private static readonly Type[] ActivityTypes = typeof(ComplaintActivity).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && t.IsSubclassOf(typeof(ComplaintActivity)))
        .ToArray();

    /// <summary>The trigger an activity type declares, read from an instance made without running any constructor logic.</summary>
    private static ComplaintTrigger TriggerOf(Type type) =>
        ((ComplaintActivity)System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(type)).Trigger;

    public static TheoryData<ComplaintTrigger> Triggers() => new(Enum.GetValues<ComplaintTrigger>());

    [Fact]
    public void Every_trigger_has_exactly_one_activity_type()
    {
        Assert.Contains(typeof(Extend), ActivityTypes);   // the scan finds the records
        var byTrigger = ActivityTypes.GroupBy(TriggerOf).ToDictionary(g => g.Key, g => g.Select(t => t.Name).ToList());

        Assert.All(byTrigger, pair => Assert.Single(pair.Value));
        Assert.Equal(Enum.GetValues<ComplaintTrigger>().Order(), byTrigger.Keys.Order());
        Assert.Equal(Enum.GetValues<ComplaintTrigger>().Length, ActivityTypes.Length);
    }

    [Theory]
    [MemberData(nameof(Triggers))]
    public void Every_trigger_has_a_standard_cost(ComplaintTrigger trigger)
    {
        var minutes = new CostOptions().StandardMinutes;

        Assert.True(minutes.TryGetValue(trigger.ToString(), out var value), $"No standard minutes for {trigger}.");
        Assert.InRange(value, 1, 8 * 60);
    }

    [Theory]
    [MemberData(nameof(Triggers))]
    public void Every_trigger_has_an_english_and_a_chinese_label(ComplaintTrigger trigger)
    {
        var resources = new ResourceManager(typeof(SharedResource).FullName!, typeof(SharedResource).Assembly);
        var key = "Trigger." + trigger;
        // Each culture's own set, without falling back to the neutral one: a missing Chinese label must not pass as English.
        var en = resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)?.GetString(key);
        var zh = resources.GetResourceSet(CultureInfo.GetCultureInfo("zh-CN"), createIfNotExists: true, tryParents: false)?.GetString(key);

        Assert.False(string.IsNullOrWhiteSpace(en), $"{key} has no English label.");
        Assert.False(string.IsNullOrWhiteSpace(zh), $"{key} has no Chinese label.");
        Assert.NotEqual(en, zh);
    }
}
