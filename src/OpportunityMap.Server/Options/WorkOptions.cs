using System.ComponentModel.DataAnnotations;

namespace OpportunityMap.Server.Options;

/// <summary>
/// The work budget of expensive requests (area summaries, the 1935-vs-today report, map images, vector tiles,
/// downloads): how many run at once, how long one waits for its turn, and how long it may work.
/// </summary>
internal sealed class WorkOptions
{
    public const string SectionName = "Work";

    /// <summary>Expensive requests running at once; the default is one per core.</summary>
    [Range(1, 1024)]
    public int MaxConcurrent { get; set; } = Environment.ProcessorCount;

    /// <summary>The longest an expensive request waits for its turn before a 503 with Retry-After.</summary>
    [Range(0, 600)]
    public int QueueSeconds { get; set; } = 3;

    /// <summary>The longest an expensive request may work; then its work is cancelled and it gets a 503.</summary>
    [Range(1, 3600)]
    public int TimeoutSeconds { get; set; } = 10;
}
