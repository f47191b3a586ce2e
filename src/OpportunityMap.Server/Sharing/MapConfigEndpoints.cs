using OpportunityMap.Core.Simplification;
using OpportunityMap.Server.Sharing.Images;

namespace OpportunityMap.Server.Sharing;

/// <summary>
/// What the map page needs to know about this deployment and its look: the base map, whether address search is on,
/// the default view and layers, the palette (resource categories in the page's order), the choropleths' classes and
/// the simplification zoom bands. The page takes all
/// of it from here, so the server's images and the page can never disagree.
/// </summary>
internal static class MapConfigEndpoints
{
    public static IEndpointRouteBuilder MapMapConfig(this IEndpointRouteBuilder app)
    {
        app.MapGet("/map-config", GetMapConfig)
            .CachedByGeneration()
            .WithName("map-config")
            .WithSummary("The map page's settings: base map, address search, default layers, palette, choropleth classes, zoom bands")
            .WithTags("Map");
        return app;
    }

    private static async Task<Microsoft.AspNetCore.Http.HttpResults.Ok<MapConfig>> GetMapConfig(
        IOptions<MapOptions> map, IOptions<GeocoderOptions> geocoder, DataGeneration generation, CancellationToken cancellationToken)
    {
        var baseMap = string.IsNullOrWhiteSpace(map.Value.BaseMapUrl) ? null : map.Value.BaseMapUrl;
        var choropleths = await ChoroplethClasses.ForAsync(generation, cancellationToken);
        return TypedResults.Ok(new MapConfig(
            baseMap,
            baseMap is null || string.IsNullOrWhiteSpace(map.Value.BaseMapAttribution) ? null : map.Value.BaseMapAttribution,
            geocoder.Value.Enabled,
            MapStyle.DefaultLayers,
            new ViewDefaults([ViewState.DefaultLat, ViewState.DefaultLon], ViewState.DefaultZoom, ViewState.MaxZoom, ViewState.DefaultOpacity),
            [.. ZoomBand.All.Select(band => band.MaxZoom)],
            new Palette(MapStyle.ClassColours, MapStyle.NoData, MapStyle.Unknown, MapStyle.HolcOutline,
                [.. MapStyle.Resources.Select(r => new ResourceColour(r.Id, r.Colour))], MapStyle.OtherResource),
            [.. choropleths.Select(c => new Choropleth(c.Collection, c.Property, "quantile",
                [.. c.Classes.Ranges.Select(r => new ClassRange(r.Min, r.Max))], c.Group, GroupChildren(c), SmallNumbers.MinimumChildren))]));
    }

    /// <param name="ZoomBands">The highest zoom of each simplification band, coarsest first (items?zoom=); above the last, imported geometry.</param>
    internal sealed record MapConfig(
        string? BaseMapUrl, string? BaseMapAttribution, bool Geocoder, IReadOnlyList<string> DefaultLayers, ViewDefaults View, IReadOnlyList<int> ZoomBands,
        Palette Palette, IReadOnlyList<Choropleth> Choropleths);

    /// <summary>What a view shows when its URL does not say: centre (lat, lon), zoom, the 1935 layer's opacity.</summary>
    internal sealed record ViewDefaults(IReadOnlyList<double> Centre, int Zoom, int MaxZoom, double Opacity);

    /// <param name="Classes">The choropleth classes' colours, lowest first.</param>
    internal sealed record Palette(
        IReadOnlyList<string> Classes, string NoData, string Unknown, string HolcOutline, IReadOnlyList<ResourceColour> Resources, string OtherResource);

    internal sealed record ResourceColour(string Category, string Colour);

    /// <param name="Classes">Each class's smallest and largest value, lowest first; a value above the last goes in the last.</param>
    /// <param name="Group">Which children: all (the default map), black or white.</param>
    /// <param name="Children">The property counting the children behind a value (null: the layer's too_few_children says).</param>
    /// <param name="MinimumChildren">Under this many children a value is drawn as no data (docs/data.md, "Small numbers").</param>
    internal sealed record Choropleth(
        string Collection, string Property, string Method, IReadOnlyList<ClassRange> Classes, string Group, string? Children, double MinimumChildren);

    private static string? GroupChildren(ChoroplethClasses c) =>
        MapStyle.GroupChoropleths.Where(g => g.Collection == c.Collection).SelectMany(g => g.Groups).FirstOrDefault(g => g.Group == c.Group).Children;

    internal sealed record ClassRange(double Min, double Max);
}
