namespace OpportunityMap.Server.Options;

/// <summary>Where the reference data is read from at start-up.</summary>
internal sealed class GeodataOptions
{
    public const string SectionName = "Geodata";

    /// <summary>The directory holding the upstream files (relative paths resolve against the working directory).</summary>
    public string Source { get; set; } = "../shared/geodata";

    /// <summary>The sources manifest; empty = the one shipped beside the binaries (geodata/manifest.json).</summary>
    public string Manifest { get; set; } = "";

    public string ResolveManifest() =>
        string.IsNullOrWhiteSpace(Manifest)
            ? Path.Combine(AppContext.BaseDirectory, "geodata", "manifest.json")
            : Path.GetFullPath(Manifest);
}
