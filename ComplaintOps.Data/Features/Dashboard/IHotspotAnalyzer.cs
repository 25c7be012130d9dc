namespace ComplaintOps.Data.Features.Dashboard;

/// <summary>
/// Finds hotspots and batch-complaint warnings among the dashboard's facts. An abstraction because the detection lives in
/// ComplaintOps.Analytics, which Data must not reference: the live aggregator and the from-scratch computation get the same
/// implementation from the container, so they still differ only in the facts they hold.
/// </summary>
public interface IHotspotAnalyzer
{
    /// <summary>Rising topics and batch warnings at <paramref name="nowUtc"/>, most urgent first.</summary>
    IReadOnlyList<Hotspot> Analyze(IReadOnlyCollection<ComplaintFacts> facts, DateTimeOffset nowUtc);
}
