using System.ComponentModel.DataAnnotations;
using OpportunityMap.Server.Http;

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

    /// <summary>
    /// Reverse proxies (IP addresses or CIDR networks, comma separated) whose X-Forwarded-For, -Proto and -Host
    /// headers are believed: the client address for rate limits and logs, and the scheme and host for links.
    /// Empty (the default): the headers are ignored, as anyone could send them.
    /// </summary>
    public string TrustedProxies { get; set; } = "";
}
