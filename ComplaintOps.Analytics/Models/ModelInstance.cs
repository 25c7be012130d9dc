using Microsoft.Extensions.Options;

namespace ComplaintOps.Analytics.Models;

/// <summary>This instance's name in the model registry and the trainer lease (configured, or machine/process/random suffix).</summary>
public sealed class ModelInstance(IOptions<ModelTrainingOptions> options)
{
    public string Name { get; } = string.IsNullOrWhiteSpace(options.Value.InstanceName)
        ? $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..6]}"
        : options.Value.InstanceName;
}
