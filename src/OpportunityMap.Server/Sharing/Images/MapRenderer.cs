using SkiaSharp;

namespace OpportunityMap.Server.Sharing.Images;

/// <summary>
/// Draws a map view as a PNG from the vector data alone (no base-map tiles): the layers in the page's order and
/// colours, a title bar, a legend and a source line naming every layer's source and licence.
/// </summary>
internal sealed class MapRenderer(MapFonts fonts)
{
    private const int HolcLabelZoom = 12;

    // Bottom to top, as the page's panes stack them.
    private static readonly string[] DrawingOrder = [LayerIds.Zips, LayerIds.Tracts, LayerIds.Neighborhoods, LayerIds.Redlining, LayerIds.Resources];

    public async Task<MapImage> RenderAsync(DataGeneration generation, MapImageRequest request, CancellationToken cancellationToken)
    {
        var view = request.View;
        var catalogue = generation.Layers;
        var choropleths = await ChoroplethClasses.ForAsync(generation, cancellationToken);
        var projection = new WebMercator(view.CentreLat, view.CentreLon, view.Zoom, request.Width, request.Height);
        var text = new MapImageText(Strings.For(view.Lang));
        var drawn = new List<string>();
        var scale = (float)Math.Clamp(Math.Min(request.Width / 1200.0, request.Height / 630.0), 0.5, 2.0);
        var legend = new List<LegendSection>();
        var sources = new List<LayerSource>();
        // Another HOLC city's view (city=) draws that city's areas from the national layer, titled and credited so.
        var city = await ViewCity.FindAsync(generation, view, cancellationToken);

        using var surface = SKSurface.Create(new SKImageInfo(request.Width, request.Height, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException("Skia could not create a drawing surface.");
        var canvas = surface.Canvas;
        canvas.Clear(MapPalette.Background);

        foreach (var id in DrawingOrder)
        {
            var layer = catalogue.FirstOrDefault(l => l.Id == id);
            if (layer is null || !view.Layers.Contains(id))
            {
                continue;
            }

            var features = (await generation.LayerAsync(id, cancellationToken)).Features;
            if (id == LayerIds.Redlining && city is not null)
            {
                var (cityAreas, national) = await CityAreasAsync(generation, city, cancellationToken);
                legend.Add(DrawRedlining(canvas, cityAreas, national, projection, view, text, scale, drawn, GradeColours(features, layer)));
                sources.AddRange(national.Sources);
                continue;
            }

            var section = id switch
            {
                LayerIds.Zips or LayerIds.Tracts => DrawChoropleth(canvas, features, choropleths.FirstOrDefault(c => c.Collection == id), layer, projection,
                    id == LayerIds.Zips ? text.ZipTitle : text.TractTitle, text),
                LayerIds.Neighborhoods => DrawOutlines(canvas, InView(features, projection), projection, text),
                LayerIds.Redlining => DrawRedlining(canvas, features, layer, projection, view, text, scale, drawn),
                _ => DrawResources(canvas, InView(features, projection), layer, projection, view, text, scale),
            };
            legend.Add(section);
            sources.AddRange(layer.Sources);
        }

        if (view.Point is { } point)
        {
            DrawPin(canvas, projection.ToPixel(point.Lon, point.Lat), scale);
        }

        var frame = new MapFrame(canvas, fonts, request.Width, request.Height, scale, drawn);
        frame.DrawTitle(view.Title ?? (city is null ? text.DefaultTitle : view.DisplayTitleIn(ViewCity.Name(city))));
        frame.DrawSources(text.SourceLine(sources.DistinctBy(s => (s.Name, s.Licence)).ToList()));
        frame.DrawLegend(legend);

        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return new MapImage(png.ToArray(), drawn);
    }

    // The features whose envelope meets the view (what a bbox query would give; drawing clips the rest).
    private static IEnumerable<LayerFeature> InView(IReadOnlyList<LayerFeature> features, WebMercator projection) =>
        features.Where(f => f.Geometry.EnvelopeInternal.Intersects(projection.Bounds));

    private static LegendSection DrawChoropleth(
        SKCanvas canvas, IReadOnlyList<LayerFeature> all, ChoroplethClasses? choropleth, LayerMetadata layer, WebMercator projection, string title, MapImageText text)
    {
        // Classes over the whole layer, as on the page (the same ones /map-config gives it); only what the view shows is drawn.
        var income = choropleth is null ? -1 : IndexOf(layer, choropleth.Property);
        var tooFew = IndexOf(layer, "too_few_children");
        var classes = choropleth?.Classes ?? new QuantileClasses([], MapStyle.ClassCount);
        // A value with too few children behind it is drawn as no data, as on the page (docs/data.md, "Small numbers").
        double? Value(LayerFeature feature) => tooFew >= 0 && feature.Values[tooFew] is true ? null : ChoroplethClasses.Number(feature, income);
        using var fill = new SKPaint { Style = SKPaintStyle.Fill, IsAntialias = true };
        using var outline = Stroke(SKColors.White, 1);
        foreach (var feature in InView(all, projection))
        {
            using var path = PathOf(feature.Geometry, projection);
            var index = classes.IndexOf(Value(feature));
            fill.Color = (index == -1 ? MapPalette.NoData : MapPalette.Classes[index]).WithAlpha(191); // 0.75, as on the page
            canvas.DrawPath(path, fill);
            canvas.DrawPath(path, outline);
        }

        var items = classes.Ranges
            .Select((range, i) => new LegendItem(MapPalette.Classes[i], text.Range(range.Min, range.Max), LegendShape.Box))
            .ToList();
        if (all.Any(f => classes.IndexOf(Value(f)) == -1))
        {
            items.Add(new LegendItem(MapPalette.NoData, text.NoData, LegendShape.Box));
        }

        return new LegendSection(title, text.IncomeNote, items);
    }

    private static LegendSection DrawOutlines(SKCanvas canvas, IEnumerable<LayerFeature> features, WebMercator projection, MapImageText text)
    {
        using var outline = Stroke(SKColor.Parse("#4d4d4d"), 1);
        foreach (var feature in features)
        {
            using var path = PathOf(feature.Geometry, projection);
            canvas.DrawPath(path, outline);
        }

        return new LegendSection(text.NeighborhoodsTitle, null, [new LegendItem(SKColor.Parse("#4d4d4d"), text.NeighborhoodsTitle, LegendShape.Outline)]);
    }

    // A city's areas from the national layer, and that layer (its columns and sources).
    private static async Task<(IReadOnlyList<LayerFeature> Areas, LayerMetadata Layer)> CityAreasAsync(
        DataGeneration generation, HolcCities.HolcCity city, CancellationToken cancellationToken)
    {
        var national = await generation.LayerAsync(LayerIds.NationalRedlining, cancellationToken);
        var key = IndexOf(national.Metadata, "city_key");
        return ([.. national.Features.Where(f => f.Values[key] as string == city.Key)], national.Metadata);
    }

    // Each grade's colour on Charlotte's map: the national file has none, so every city is drawn in the same colours.
    private static Dictionary<string, SKColor> GradeColours(IReadOnlyList<LayerFeature> charlotte, LayerMetadata layer)
    {
        var (grade, fill) = (IndexOf(layer, "grade"), IndexOf(layer, "fill"));
        return charlotte.Where(f => f.Values[grade] is string).GroupBy(f => (string)f.Values[grade]!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => MapPalette.FromData(g.First().Values[fill]), StringComparer.Ordinal);
    }

    private LegendSection DrawRedlining(
        SKCanvas canvas, IReadOnlyList<LayerFeature> all, LayerMetadata layer, WebMercator projection, ViewState view, MapImageText text, float scale,
        List<string> drawn, IReadOnlyDictionary<string, SKColor>? gradeColours = null)
    {
        // Every area for the legend's colours (a grade out of view still belongs in the key), those in view drawn.
        var grade = IndexOf(layer, "grade");
        var fillColour = gradeColours is null ? IndexOf(layer, "fill") : -1; // the national file has no colours
        var holcId = IndexOf(layer, "holc_id");
        SKColor ColourOf(LayerFeature f) => gradeColours is not null && f.Values[grade] is string g && gradeColours.TryGetValue(g, out var c)
            ? c
            : MapPalette.FromData(fillColour < 0 ? null : f.Values[fillColour]);
        var alpha = (byte)Math.Round(view.Opacity * 255);
        using var fill = new SKPaint { Style = SKPaintStyle.Fill, IsAntialias = true };
        using var outline = Stroke(MapPalette.HolcOutline, 1);
        var shown = InView(all, projection).ToList();
        foreach (var feature in shown)
        {
            using var path = PathOf(feature.Geometry, projection);
            fill.Color = ColourOf(feature).WithAlpha(alpha);
            canvas.DrawPath(path, fill);
            canvas.DrawPath(path, outline);
        }

        // The grade letter on each area, so grades read without colour (as the page's labels do).
        if (view.Zoom >= HolcLabelZoom)
        {
            var label = new MapLabel(fonts, 12 * scale);
            foreach (var feature in shown)
            {
                var inside = feature.Geometry.InteriorPoint;
                var (x, y) = projection.ToPixel(inside.X, inside.Y);
                var id = feature.Values[holcId] as string ?? feature.Values[grade] as string ?? "";
                drawn.Add(id);
                label.Draw(canvas, id, x, y);
            }
        }

        var items = all
            .GroupBy(f => f.Values[grade] as string ?? "")
            .Where(g => g.Key.Length > 0)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new LegendItem(ColourOf(g.First()), text.HolcItem(g.Key), LegendShape.Box))
            .ToList();
        return new LegendSection(text.HolcTitle, null, items);
    }

    private static LegendSection DrawResources(
        SKCanvas canvas, IEnumerable<LayerFeature> features, LayerMetadata layer, WebMercator projection, ViewState view, MapImageText text, float scale)
    {
        var categoryIndex = IndexOf(layer, "category");
        var radius = 5 * scale;
        using var fill = new SKPaint { Style = SKPaintStyle.Fill, IsAntialias = true };
        using var outline = Stroke(SKColors.White, 1.5f * scale);
        var drawn = new HashSet<string>(StringComparer.Ordinal);
        foreach (var feature in features)
        {
            var category = feature.Values[categoryIndex] as string ?? "other";
            if (view.Categories is { } wanted && !wanted.Contains(category))
            {
                continue;
            }

            drawn.Add(category);
            foreach (var point in PointsOf(feature.Geometry))
            {
                var (x, y) = projection.ToPixel(point.X, point.Y);
                fill.Color = MapPalette.Resource(category);
                canvas.DrawCircle(x, y, radius, fill);
                canvas.DrawCircle(x, y, radius, outline);
            }
        }

        var items = MapPalette.Resources.Where(r => drawn.Contains(r.Id))
            .Select(r => new LegendItem(r.Colour, text.Category(r.Id), LegendShape.Dot))
            .Concat(drawn.Where(c => MapPalette.Resources.All(r => r.Id != c)).Order(StringComparer.Ordinal)
                .Select(c => new LegendItem(MapPalette.Resource(c), text.Category(c), LegendShape.Dot)))
            .ToList();
        return new LegendSection(text.ResourcesTitle, null, items);
    }

    private static void DrawPin(SKCanvas canvas, (float X, float Y) at, float scale)
    {
        using var ring = new SKPaint { Style = SKPaintStyle.Fill, IsAntialias = true, Color = MapPalette.Header };
        using var halo = Stroke(MapPalette.Focus, 3 * scale);
        canvas.DrawCircle(at.X, at.Y, 7 * scale, ring);
        canvas.DrawCircle(at.X, at.Y, 7 * scale, halo);
    }

    private static SKPaint Stroke(SKColor colour, float width) =>
        new() { Style = SKPaintStyle.Stroke, IsAntialias = true, Color = colour, StrokeWidth = width, StrokeJoin = SKStrokeJoin.Round };

    private static SKPath PathOf(Geometry geometry, WebMercator projection)
    {
        using var path = new SKPathBuilder { FillType = SKPathFillType.EvenOdd };
        AddTo(path, geometry, projection);
        return path.Detach();

        static void AddTo(SKPathBuilder path, Geometry geometry, WebMercator projection)
        {
            switch (geometry)
            {
                case Polygon polygon:
                    AddRing(path, polygon.ExteriorRing.Coordinates, projection);
                    foreach (var hole in polygon.InteriorRings)
                    {
                        AddRing(path, hole.Coordinates, projection);
                    }

                    break;
                case LineString line:
                    AddLine(path, line.Coordinates, projection);
                    break;
                case GeometryCollection collection:
                    foreach (var part in collection.Geometries)
                    {
                        AddTo(path, part, projection);
                    }

                    break;
            }
        }

        static void AddRing(SKPathBuilder path, Coordinate[] ring, WebMercator projection)
        {
            AddLine(path, ring, projection);
            path.Close();
        }

        static void AddLine(SKPathBuilder path, Coordinate[] line, WebMercator projection)
        {
            for (var i = 0; i < line.Length; i++)
            {
                var (x, y) = projection.ToPixel(line[i].X, line[i].Y);
                if (i == 0)
                {
                    path.MoveTo(x, y);
                }
                else
                {
                    path.LineTo(x, y);
                }
            }
        }
    }

    private static IEnumerable<Point> PointsOf(Geometry geometry) => geometry switch
    {
        Point point => [point],
        MultiPoint points => points.Geometries.OfType<Point>(),
        _ => [geometry.InteriorPoint],
    };

    private static int IndexOf(LayerMetadata layer, string property)
    {
        for (var i = 0; i < layer.Properties.Count; i++)
        {
            if (layer.Properties[i].Name == property)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"Layer '{layer.Id}' has no property '{property}'.");
    }
}
