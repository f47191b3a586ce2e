using OpportunityMap.Ingest.Extra;

namespace OpportunityMap.Server.Options;

/// <summary>One entry of <c>Geodata:Extra</c>: a GeoJSON file served as its own collection.</summary>
internal sealed class ExtraCollectionOptions
{
    public string Id { get; set; } = "";

    /// <summary>The GeoJSON file; a relative path resolves against <c>Geodata:ExtraDirectory</c>.</summary>
    public string Path { get; set; } = "";

    public string Title { get; set; } = "";

    public string Description { get; set; } = "";

    /// <summary>The property holding each feature's id; empty = the feature's position in the file.</summary>
    public string IdProperty { get; set; } = "";

    public List<string> Queryables { get; set; } = [];

    /// <summary>
    /// Types for some properties by name, e.g. <c>{ "date": "Date", "start": "Timestamp", "POP_EST": "Number" }</c>
    /// (String, Integer, Number, Boolean, Date, Timestamp, Json); the others are read from the data.
    /// </summary>
    public Dictionary<string, string> PropertyTypes { get; set; } = [];

    /// <summary>The name filters give the geometry (queryable); empty = <c>geometry</c>.</summary>
    public string GeometryName { get; set; } = "";

    /// <summary>
    /// The property <c>datetime</c> filters on: a Timestamp, a Date or an Integer year; empty = none (every feature
    /// matches any datetime). With <see cref="TemporalEndProperty"/>, the start of each feature's interval.
    /// </summary>
    public string TemporalProperty { get; set; } = "";

    /// <summary>The end of each feature's interval, of the type of <see cref="TemporalProperty"/>; empty = an instant.</summary>
    public string TemporalEndProperty { get; set; } = "";

    /// <summary>The largest <c>limit</c> a request may ask of this collection; 0 = <c>Api:MaxLimit</c>.</summary>
    public int MaxLimit { get; set; }

    public string SourceName { get; set; } = "";

    public string SourceUrl { get; set; } = "";

    public string Licence { get; set; } = "";

    public string LicenceUrl { get; set; } = "";

    public string Attribution { get; set; } = "";

    public string Vintage { get; set; } = "";

    public ExtraCollection ToCollection(string directory) => new(
        Id,
        System.IO.Path.GetFullPath(System.IO.Path.Combine(directory, Path)),
        Title.Length > 0 ? Title : Id,
        Description,
        IdProperty.Length > 0 ? IdProperty : null,
        Queryables,
        new LayerSource(SourceName.Length > 0 ? SourceName : Id, SourceUrl, Licence, LicenceUrl, Attribution, Vintage))
    {
        PropertyTypes = ExtraCollection.ParsePropertyTypes(Id, PropertyTypes),
        GeometryName = GeometryName.Length > 0 ? GeometryName : LayerMetadata.DefaultGeometryName,
    };
}
