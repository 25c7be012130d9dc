namespace ComplaintOps.Web.Resources;

/// <summary>Marker for the UI strings in SharedResource.resx (English) and SharedResource.zh-CN.resx (Chinese).</summary>
public sealed class SharedResource;
