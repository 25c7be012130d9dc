using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Analytics.Models;

namespace ComplaintOps.Tests.TestInfrastructure.Bunit;

/// <summary>Counts retraining requests; the status is whatever a test sets.</summary>
public sealed class FakeModelTrainingControl : IModelTrainingControl
{
    public ModelTrainingStatus Status { get; set; } = new(false, null, null, null, null);

    public int Requests { get; private set; }

    public void RequestRetrain(Actor actor) => Requests++;
}
