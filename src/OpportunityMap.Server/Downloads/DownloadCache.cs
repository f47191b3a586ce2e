using OpportunityMap.Server.Hosting;

namespace OpportunityMap.Server.Downloads;

/// <summary>The download files of the data being served, keyed by file name; a reload drops them.</summary>
internal sealed class DownloadCache
{
    public PerVersionCache<byte[]> Files { get; } = new();
}
