namespace OpportunityMap.Server.Localization;

/// <summary>
/// A layer's metadata in a language: its title, description, property titles and its sources' names, licences and
/// vintages (the words a resident reads), through <see cref="Strings.Data"/>. English is the data's own words,
/// returned as they are. Property descriptions (a schema's fine print) and attributions (names of people, agencies
/// and works, credited as their licences ask) stay as the data writes them.
/// </summary>
internal static class LayerWords
{
    // How the importer joins one source's vintages (ImportContext.Layer): each part is translated on its own.
    private const string VintageSeparator = "; ";

    public static LayerMetadata In(this LayerMetadata layer, Strings strings) => strings.Language == Strings.English
        ? layer
        : layer with
        {
            Title = strings.Data(layer.Title),
            Description = strings.Data(layer.Description),
            Sources = layer.Sources.In(strings),
            Properties = [.. layer.Properties.Select(p => p with { Title = strings.Data(p.Title) })],
        };

    public static IReadOnlyList<LayerSource> In(this IReadOnlyList<LayerSource> sources, Strings strings) =>
        strings.Language == Strings.English ? sources : [.. sources.Select(s => s.In(strings))];

    public static LayerSource In(this LayerSource source, Strings strings) => strings.Language == Strings.English
        ? source
        : source with
        {
            Name = strings.Data(source.Name),
            Licence = strings.Data(source.Licence),
            Vintage = string.Join(VintageSeparator, source.Vintage.Split(VintageSeparator).Select(strings.Data)),
        };
}
