using NetTopologySuite.Geometries;
using OpportunityMap.Core.Layers;
using OpportunityMap.Core.Querying;
using SkiaSharp;

namespace OpportunityMap.Server.Sharing.Images;

/// <summary>
/// Draws a map view as a PNG from the vector data alone (no base-map tiles): the layers in the page's order and
/// colours, a title bar, a legend and a source line naming every layer's source and licence.
/// </summary>
internal sealed class MapRenderer(MapFonts fonts)
{
    public const string Redlining = "redlining-1935";
    public const string Zips = "zip-mobility";
    public const string Tracts = "tract-mobility";
    public const string Neighborhoods = "neighborhoods";
    public const string Resources = "resources";

    private const string Income = "household_income_p25";
    private const int ClassCount = 5;
    private const int HolcLabelZoom = 12;

    // Bottom to top, as the page's panes stack them.
    private static readonly string[] DrawingOrder = [Zips, Tracts, Neighborhoods, Redlining, Resources];

    public async Task<byte[]> RenderAsync(IFeatureStore store, MapView view, CancellationToken cancellationToken)
    {
        var catalogue = await store.GetLayersAsync(cancellationToken);
        var projection = new WebMercator(view.CentreLat, view.CentreLon, view.Zoom, view.Width, view.Height);
        var text = MapImageText.For(view.Lang);
        var scale = (float)Math.Clamp(Math.Min(view.Width / 1200.0, view.Height / 630.0), 0.5, 2.0);
        var legend = new List<LegendSection>();
        var sources = new List<LayerSource>();

        using var surface = SKSurface.Create(new SKImageInfo(view.Width, view.Height, SKColorType.Rgba8888, SKAlphaType.Premul))
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

            var section = id switch
            {
                Zips => await DrawChoroplethAsync(canvas, store, layer, projection, text.ZipTitle, text, cancellationToken),
                Tracts => await DrawChoroplethAsync(canvas, store, layer, projection, text.TractTitle, text, cancellationToken),
                Neighborhoods => await DrawOutlinesAsync(canvas, store, layer, projection, text, cancellationToken),
                Redlining => await DrawRedliningAsync(canvas, store, layer, projection, view, text, scale, cancellationToken),
                _ => await DrawResourcesAsync(canvas, store, layer, projection, view, text, scale, cancellationToken),
            };
            legend.Add(section);
            sources.AddRange(layer.Sources);
        }

        if (view.Point is { } point)
        {
            DrawPin(canvas, projection.ToPixel(point.Lon, point.Lat), scale);
        }

        var frame = new MapFrame(canvas, fonts, view.Width, view.Height, scale);
        frame.DrawTitle(view.Title ?? text.DefaultTitle);
        frame.DrawSources(text, sources.DistinctBy(s => (s.Name, s.Licence)).ToList());
        frame.DrawLegend(legend);

        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    private static async Task<LegendSection> DrawChoroplethAsync(
        SKCanvas canvas, IFeatureStore store, LayerMetadata layer, WebMercator projection, string title, MapImageText text, CancellationToken cancellationToken)
    {
        // Classes over the whole layer, as on the page; only what the view shows is drawn.
        var all = await store.QueryAsync(layer.Id, FeatureQuery.All(), cancellationToken);
        var income = IndexOf(layer, Income);
        var classes = new QuantileClasses(all.Features.Select(f => Number(f, income)), ClassCount);
        using var fill = new SKPaint { Style = SKPaintStyle.Fill, IsAntialias = true };
        using var outline = Stroke(SKColors.White, 1);
        foreach (var feature in all.Features.Where(f => f.Geometry.EnvelopeInternal.Intersects(projection.Bounds)))
        {
            using var path = PathOf(feature.Geometry, projection);
            var index = classes.IndexOf(Number(feature, income));
            fill.Color = (index == -1 ? MapPalette.NoData : MapPalette.Classes[index]).WithAlpha(191); // 0.75, as on the page
            canvas.DrawPath(path, fill);
            canvas.DrawPath(path, outline);
        }

        var items = classes.Ranges
            .Select((range, i) => new LegendItem(MapPalette.Classes[i], $"{MapImageText.Dollars(range.Min)} – {MapImageText.Dollars(range.Max)}", LegendShape.Box))
            .ToList();
        if (all.Features.Any(f => classes.IndexOf(Number(f, income)) == -1))
        {
            items.Add(new LegendItem(MapPalette.NoData, text.NoData, LegendShape.Box));
        }

        return new LegendSection(title, text.IncomeNote, items);
    }

    private static async Task<LegendSection> DrawOutlinesAsync(
        SKCanvas canvas, IFeatureStore store, LayerMetadata layer, WebMercator projection, MapImageText text, CancellationToken cancellationToken)
    {
        var page = await store.QueryAsync(layer.Id, new FeatureQuery(projection.Bounds, [], int.MaxValue, 0), cancellationToken);
        using var outline = Stroke(SKColor.Parse("#4d4d4d"), 1);
        foreach (var feature in page.Features)
        {
            using var path = PathOf(feature.Geometry, projection);
            canvas.DrawPath(path, outline);
        }

        return new LegendSection(text.NeighborhoodsTitle, null, [new LegendItem(SKColor.Parse("#4d4d4d"), text.NeighborhoodsTitle, LegendShape.Outline)]);
    }

    private async Task<LegendSection> DrawRedliningAsync(
        SKCanvas canvas, IFeatureStore store, LayerMetadata layer, WebMercator projection, MapView view, MapImageText text, float scale,
        CancellationToken cancellationToken)
    {
        // Every area for the legend's colours (a grade out of view still belongs in the key), those in view drawn.
        var all = await store.QueryAsync(layer.Id, FeatureQuery.All(), cancellationToken);
        var grade = IndexOf(layer, "grade");
        var fillColour = IndexOf(layer, "fill");
        var holcId = IndexOf(layer, "holc_id");
        var alpha = (byte)Math.Round(view.Opacity * 255);
        using var fill = new SKPaint { Style = SKPaintStyle.Fill, IsAntialias = true };
        using var outline = Stroke(MapPalette.HolcOutline, 1);
        var shown = all.Features.Where(f => f.Geometry.EnvelopeInternal.Intersects(projection.Bounds)).ToList();
        foreach (var feature in shown)
        {
            using var path = PathOf(feature.Geometry, projection);
            fill.Color = MapPalette.FromData(feature.Values[fillColour]).WithAlpha(alpha);
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
                label.Draw(canvas, feature.Values[holcId] as string ?? feature.Values[grade] as string ?? "", x, y);
            }
        }

        var items = all.Features
            .GroupBy(f => f.Values[grade] as string ?? "")
            .Where(g => g.Key.Length > 0)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new LegendItem(
                MapPalette.FromData(g.First().Values[fillColour]),
                $"{g.Key} — {(text.HolcCategories.TryGetValue(g.Key, out var category) ? category : g.Key)}",
                LegendShape.Box))
            .ToList();
        return new LegendSection(text.HolcTitle, null, items);
    }

    private static async Task<LegendSection> DrawResourcesAsync(
        SKCanvas canvas, IFeatureStore store, LayerMetadata layer, WebMercator projection, MapView view, MapImageText text, float scale,
        CancellationToken cancellationToken)
    {
        var page = await store.QueryAsync(layer.Id, new FeatureQuery(projection.Bounds, [], int.MaxValue, 0), cancellationToken);
        var categoryIndex = IndexOf(layer, "category");
        var radius = 5 * scale;
        using var fill = new SKPaint { Style = SKPaintStyle.Fill, IsAntialias = true };
        using var outline = Stroke(SKColors.White, 1.5f * scale);
        var drawn = new HashSet<string>(StringComparer.Ordinal);
        foreach (var feature in page.Features)
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

    private static double? Number(LayerFeature feature, int index) => feature.Values[index] switch
    {
        double d => d,
        long l => l,
        int i => i,
        _ => null,
    };
}
