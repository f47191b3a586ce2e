using System.ComponentModel.DataAnnotations;

namespace OpportunityMap.Server.Options;

/// <summary>HTTP caching of API responses.</summary>
internal sealed class CacheOptions
{
    public const string SectionName = "Cache";

    /// <summary>
    /// <c>Cache-Control: max-age</c> for API responses, in seconds. Every response also carries a strong ETag from the
    /// data version, so a cache revalidates cheaply (304) and never gets new data under an old ETag.
    /// </summary>
    [Range(0, 31_536_000)]
    public int MaxAgeSeconds { get; set; } = 60;

    /// <summary>
    /// Memory for whole responses derived from the data (JSON documents, vector tiles, map images) kept by the output
    /// cache per data generation, request and host: a repeated request is answered from these bytes without touching
    /// the store. Responses over 8 MB are streamed and not kept. 0 turns it off.
    /// </summary>
    [Range(0, 16_384)]
    public int ResponseMegabytes { get; set; } = 128;
}
