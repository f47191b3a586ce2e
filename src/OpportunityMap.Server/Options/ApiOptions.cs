using System.ComponentModel.DataAnnotations;

namespace OpportunityMap.Server.Options;

/// <summary>Limits of the OGC API.</summary>
internal sealed class ApiOptions
{
    public const string SectionName = "Api";

    /// <summary>Items per page when the request names no limit.</summary>
    [Range(1, 1_000_000)]
    public int DefaultLimit { get; set; } = 100;

    /// <summary>The largest limit a request may ask for; larger is a 400.</summary>
    [Range(1, 1_000_000)]
    public int MaxLimit { get; set; } = 10_000;

    /// <summary>The longest a request may take before it is cancelled with a 503.</summary>
    [Range(1, 3600)]
    public int RequestTimeoutSeconds { get; set; } = 30;
}
