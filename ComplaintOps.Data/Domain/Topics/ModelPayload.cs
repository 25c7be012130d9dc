namespace ComplaintOps.Data.Domain.Topics;

/// <summary>The files of a <see cref="ModelVersion"/> (a zip), kept apart so listing versions never reads megabytes.</summary>
public sealed class ModelPayload
{
    private ModelPayload()
    {
    }

    public ModelPayload(int modelVersion, byte[] content)
    {
        ModelVersion = modelVersion;
        Content = content;
    }

    public int ModelVersion { get; private set; }

    public byte[] Content { get; private set; } = [];
}
