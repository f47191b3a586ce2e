using System.ComponentModel.DataAnnotations;

namespace OpportunityMap.Server.Options;

/// <summary>The service's public web surface: CORS and per-client rate limits.</summary>
internal sealed class WebOptions
{
    public const string SectionName = "Web";

    /// <summary>Origins allowed to call the read API from scripts, comma separated; <c>*</c> (the default) allows any.</summary>
    public string CorsOrigins { get; set; } = "*";

    /// <summary>Requests one client (IP address) may make per window; 0 turns rate limiting off.</summary>
    [Range(0, 1_000_000)]
    public int RateLimitPermits { get; set; } = 600;

    /// <summary>The rate-limit window in seconds.</summary>
    [Range(1, 3600)]
    public int RateLimitWindowSeconds { get; set; } = 10;
}
