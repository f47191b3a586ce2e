namespace OpportunityMap.Stores.PostGis;

/// <summary>
/// Which load a request reads. The commit time tells two loads apart even if the database was re-created meanwhile
/// and its load numbers started again.
/// </summary>
internal readonly record struct LoadKey(long Number, string Version, DateTime LoadedAt);
