namespace ComplaintOps.Analytics.Models;

/// <summary>What the analytics page sees of the training: its status, and a way to ask for a retraining now.</summary>
public interface IModelTrainingControl
{
    ModelTrainingStatus Status { get; }

    /// <summary>Asks the background training to retrain as soon as it can (a second request before it starts is the same request).</summary>
    /// <exception cref="Data.Domain.Common.ForbiddenException">The actor may not retrain models.</exception>
    void RequestRetrain(Data.Domain.Reference.Actor actor);
}
