using System.ComponentModel.DataAnnotations;

namespace ComplaintOps.Analytics.Models;

/// <summary>Settings of the background training (<c>Analytics:Training</c>).</summary>
public sealed class ModelTrainingOptions
{
    public const string SectionName = "Analytics:Training";

    /// <summary>This instance's name in the model registry and the trainer lease; empty = machine, process and a random suffix.</summary>
    public string? InstanceName { get; set; }

    /// <summary>
    /// How long the trainer lease lasts without renewal. The trainer renews it every third of this while it trains, so
    /// another instance takes over only this long after the trainer died.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan LeaseTtl { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often an instance looks in the registry for a version another instance published.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan SyncEvery { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Retrain this often; also on demand.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "90.00:00:00")]
    public TimeSpan RetrainEvery { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Train on at most the newest this many complaints.</summary>
    [Range(100, 2_000_000)]
    public int MaxComplaints { get; set; } = 100_000;

    /// <summary>No model is trained below this many complaints (clusters of a handful of texts mean nothing).</summary>
    [Range(20, 1_000_000)]
    public int MinComplaints { get; set; } = 200;

    /// <summary>Number of topic clusters; empty chooses it by silhouette.</summary>
    [Range(2, 500)]
    public int? ClusterCount { get; set; }

    /// <summary>Largest number of clusters the automatic choice tries.</summary>
    [Range(2, 500)]
    public int MaxClusterCount { get; set; } = 30;

    /// <summary>Classifiers are trained only with at least this many labelled complaints.</summary>
    [Range(20, 1_000_000)]
    public int MinLabelled { get; set; } = 100;

    /// <summary>Train on this instance's own initiative: at start when nothing is published, then whenever the newest version is older than <see cref="RetrainEvery"/>. Off, it trains only on request.</summary>
    public bool TrainOnStart { get; set; } = true;
}
