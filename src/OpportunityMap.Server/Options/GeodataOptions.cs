namespace OpportunityMap.Server.Options;

/// <summary>Where the reference data is read from at start-up.</summary>
internal sealed class GeodataOptions
{
    public const string SectionName = "Geodata";

    /// <summary>The directory holding the upstream files (relative paths resolve against the working directory).</summary>
    public string Source { get; set; } = "../shared/geodata";

    /// <summary>The sources manifest; empty = the one shipped beside the binaries (geodata/manifest.json).</summary>
    public string Manifest { get; set; } = "";

    /// <summary>When the in-memory store loads the national HOLC layer (redlining-national), if the manifest lists it.</summary>
    public NationalHolcLoading NationalHolc { get; set; } = NationalHolcLoading.Background;

    /// <summary>GeoJSON files served as extra collections (e.g. the benchmark harness's data), after the manifest's layers.</summary>
    public List<ExtraCollectionOptions> Extra { get; set; } = [];

    /// <summary>Where the relative paths of <see cref="Extra"/> resolve (default: the working directory).</summary>
    public string ExtraDirectory { get; set; } = "";

    public string ResolveManifest() =>
        string.IsNullOrWhiteSpace(Manifest)
            ? Path.Combine(AppContext.BaseDirectory, "geodata", "manifest.json")
            : Path.GetFullPath(Manifest);

    /// <summary>The largest limit a request may ask of this collection.</summary>
    public int MaxLimitFor(string collectionId, int defaultMaxLimit) =>
        Extra.FirstOrDefault(e => string.Equals(e.Id, collectionId, StringComparison.Ordinal)) is { MaxLimit: > 0 } extra
            ? extra.MaxLimit
            : defaultMaxLimit;
}
