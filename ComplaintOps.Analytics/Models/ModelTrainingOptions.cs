using System.ComponentModel.DataAnnotations;

namespace ComplaintOps.Analytics.Models;

/// <summary>Settings of the background training (<c>Analytics:Training</c>).</summary>
public sealed class ModelTrainingOptions
{
    public const string SectionName = "Analytics:Training";

    /// <summary>Where model versions are stored (relative to the app's content root).</summary>
    [Required]
    public string ModelDirectory { get; set; } = "App_Data/models";

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

    /// <summary>Train at start when no stored model exists.</summary>
    public bool TrainOnStart { get; set; } = true;
}
