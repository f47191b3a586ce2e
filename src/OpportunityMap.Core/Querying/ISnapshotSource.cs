namespace OpportunityMap.Core.Querying;

/// <summary>
/// A store whose data can be replaced while it serves (PostGIS, where an import switches readers over). Each request
/// opens one snapshot, so every answer it gives (data version, layers, features) comes from the same load.
/// </summary>
public interface ISnapshotSource
{
    /// <summary>A store pinned to the data current when it is first used. Cheap to open; not shared between requests.</summary>
    IFeatureStore OpenSnapshot();
}
