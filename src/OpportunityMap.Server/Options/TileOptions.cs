using System.ComponentModel.DataAnnotations;

namespace OpportunityMap.Server.Options;

/// <summary>Vector tiles (<c>/collections/{id}/tiles</c>).</summary>
internal sealed class TileOptions
{
    public const string SectionName = "Tiles";

    /// <summary>The most memory encoded tiles may take in the tile cache, in MiB (0 turns the cache off).</summary>
    [Range(0, 4096)]
    public int CacheMegabytes { get; set; } = 64;
}
