namespace ComplaintOps.Data.Features.Topics;

/// <summary>Proof of holding a lease: who holds it and under which generation (a later take by anyone else bumps it).</summary>
public sealed record LeaseTicket(string Name, string Holder, long Generation);
