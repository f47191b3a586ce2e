using System.ComponentModel.DataAnnotations;

namespace OpportunityMap.Server.Options;

/// <summary>The service's public web surface: its public URL, request size limits, CORS and per-client rate limits.</summary>
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

    /// <summary>
    /// The public URL of the service (e.g. <c>https://map.example.org</c>), used for every absolute link instead of
    /// the request's Host header, so that no request can make the service (or a cache in front of it) hand out links
    /// to another host. Empty (the default): links name the host the request named.
    /// </summary>
    public string PublicBaseUrl { get; set; } = "";

    /// <summary>The largest request body, in KiB (only <c>POST /api/summary</c> reads one); larger is a 413.</summary>
    [Range(1, 1024 * 1024)]
    public int MaxRequestBodyKilobytes { get; set; } = 64;

    /// <summary>
    /// The longest request line (method, path and query), in KiB; longer is a 414. Room for a CQL2 filter of the
    /// parser's full length, percent-encoded.
    /// </summary>
    [Range(1, 1024)]
    public int MaxRequestLineKilobytes { get; set; } = 32;

    /// <summary>The most header bytes a request may send, in KiB; more is a 431.</summary>
    [Range(1, 1024)]
    public int MaxRequestHeadersKilobytes { get; set; } = 32;
}
