using System.Globalization;
using Microsoft.AspNetCore.Http;
using NetTopologySuite.Geometries;
using OpportunityMap.Core.Layers;
using OpportunityMap.Core.Querying;
using OpportunityMap.Core.Simplification;
using OpportunityMap.Server.Http;

namespace OpportunityMap.Server.Ogc;

/// <summary>
/// Reads and validates the query string of <c>/collections/{id}/items</c>: bbox, limit, offset, f, and equality
/// filters on the collection's queryable properties. Every problem is reported against its parameter's name.
/// </summary>
internal static class ItemsRequest
{
    public const int MaxOffset = 100_000_000;

    /// <summary>The highest <c>zoom</c>; any zoom above <see cref="ZoomBand.MaxSimplifiedZoom"/> gives the imported geometry.</summary>
    public const int MaxZoom = 22;
    private static readonly string[] StandardParameters = ["bbox", "limit", "offset", "f", "zoom"];
    private static readonly string[] Formats = ["json", "geojson", "csv", "html"];

    /// <summary>Whether the request asks for CSV (<c>f=csv</c>).</summary>
    public static bool WantsCsv(IQueryCollection query) => string.Equals(query["f"], "csv", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The <c>zoom</c> of a request <see cref="Parse"/> accepted: geometry simplified for that Web Mercator zoom, or
    /// <c>null</c> for the imported geometry.
    /// </summary>
    public static int? Zoom(IQueryCollection query) =>
        int.TryParse(query["zoom"], NumberStyles.None, CultureInfo.InvariantCulture, out var zoom) ? zoom : null;

    public static FeatureQuery? Parse(
        IQueryCollection query, LayerMetadata layer, int defaultLimit, int maxLimit, out Dictionary<string, string[]> errors)
    {
        errors = [];
        Envelope? bbox = null;
        var limit = defaultLimit;
        var offset = 0;
        var filters = new List<PropertyFilter>();
        var filtering = new Dictionary<string, string>(StringComparer.Ordinal);

        foreach (var (name, values) in query)
        {
            if (values.Count != 1)
            {
                AddError(errors, name, ProblemMessages.RepeatedParameter);
                continue;
            }

            var value = values[0] ?? "";
            switch (name)
            {
                case "bbox":
                    bbox = ParseBbox(value, BboxCrs(query), errors);
                    break;
                case "bbox-crs":
                    if (OutputCrs.Find(value) is null)
                    {
                        AddError(errors, name, FeatureOutput.SupportedMessage(name));
                    }

                    break;
                case "crs" or "precision" or "properties":
                    // FeatureOutput reads these: they shape the output, not the query.
                    break;
                case "limit":
                    limit = ParseInt(value, 1, maxLimit, name, string.Format(CultureInfo.InvariantCulture, ProblemMessages.LimitRange, maxLimit), errors);
                    break;
                case "offset":
                    offset = ParseInt(value, 0, MaxOffset, name, string.Format(CultureInfo.InvariantCulture, ProblemMessages.OffsetRange, MaxOffset), errors);
                    break;
                case "zoom":
                    ParseInt(value, 0, MaxZoom, name, string.Format(CultureInfo.InvariantCulture, ProblemMessages.ZoomRange, name, MaxZoom), errors);
                    break;
                case "f":
                    if (!Formats.Contains(value, StringComparer.OrdinalIgnoreCase))
                    {
                        AddError(errors, name, string.Format(CultureInfo.InvariantCulture, ProblemMessages.FormatUnsupported, string.Join(", ", Formats)));
                    }

                    break;
                case FilterParameters.Filter or FilterParameters.FilterLang or FilterParameters.FilterCrs or FilterParameters.SortBy:
                    filtering[name] = value;
                    break;
                default:
                    ParseFilter(name, value, layer, filters, errors);
                    break;
            }
        }

        var (filter, sortBy) = FilterParameters.Parse(filtering, layer, errors);
        return errors.Count == 0 ? new FeatureQuery(bbox, filters, limit, offset) { Filter = filter, SortBy = sortBy } : null;
    }

    public static IEnumerable<string> AcceptedParameters(LayerMetadata layer) =>
        StandardParameters.Concat(FilterParameters.Names).Concat(FeatureOutput.ParameterNames).Append("bbox-crs").Concat(layer.Properties.Where(p => p.Queryable).Select(p => p.Name));

    // The CRS the bbox is in: CRS84 unless bbox-crs names a supported one (a bad bbox-crs is reported on its own).
    private static OutputCrs? BboxCrs(IQueryCollection query) =>
        query.TryGetValue("bbox-crs", out var values) ? (values.Count == 1 ? OutputCrs.Find(values[0]) : null) : OutputCrs.Crs84;

    private static Envelope? ParseBbox(string text, OutputCrs? crs, Dictionary<string, string[]> errors)
    {
        var parts = text.Split(',');
        if (parts.Length is not (4 or 6))
        {
            AddError(errors, "bbox", ProblemMessages.BboxFormat);
            return null;
        }

        var numbers = new double[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out numbers[i]) || !double.IsFinite(numbers[i]))
            {
                AddError(errors, "bbox", string.Format(CultureInfo.InvariantCulture, ProblemMessages.BboxNotNumber, i + 1));
                return null;
            }
        }

        // With six numbers the order is minLon,minLat,minHeight,maxLon,maxLat,maxHeight; heights are not used.
        var (minX, minY, maxX, maxY) = numbers.Length == 4
            ? (numbers[0], numbers[1], numbers[2], numbers[3])
            : (numbers[0], numbers[1], numbers[3], numbers[4]);
        if (crs is null)
        {
            return null;
        }

        if (crs != OutputCrs.Crs84)
        {
            var lonLat = BboxInCrs.ToLonLat(minX, minY, maxX, maxY, crs, out var problem);
            if (problem is not null)
            {
                AddError(errors, "bbox", problem);
            }

            return lonLat;
        }

        if (minX < -180 || maxX > 180 || minY < -90 || maxY > 90 || maxX < -180 || minX > 180 || maxY < -90 || minY > 90)
        {
            AddError(errors, "bbox", ProblemMessages.BboxRange);
            return null;
        }

        if (minX > maxX || minY > maxY)
        {
            AddError(errors, "bbox", string.Format(CultureInfo.InvariantCulture, ProblemMessages.BboxInverted, minX > maxX ? "longitude" : "latitude"));
            return null;
        }

        return new Envelope(minX, maxX, minY, maxY);
    }

    private static int ParseInt(string text, int min, int max, string name, string message, Dictionary<string, string[]> errors)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        AddError(errors, name, message);
        return min;
    }

    private static void ParseFilter(string name, string text, LayerMetadata layer, List<PropertyFilter> filters, Dictionary<string, string[]> errors)
    {
        var property = layer.FindProperty(name);
        if (property is not { Queryable: true })
        {
            AddError(errors, name, string.Format(CultureInfo.InvariantCulture, ProblemMessages.UnknownParameter, string.Join(", ", AcceptedParameters(layer))));
            return;
        }

        object? value = property.Type switch
        {
            PropertyType.String => text,
            PropertyType.Integer => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) ? l : null,
            PropertyType.Number => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) ? d : null,
            PropertyType.Boolean => bool.TryParse(text, out var b) ? b : null,
            _ => null,
        };
        if (value is null)
        {
            AddError(errors, name, string.Format(CultureInfo.InvariantCulture, ProblemMessages.FilterType, name, property.Type.ToString().ToLowerInvariant()));
            return;
        }

        filters.Add(new PropertyFilter(name, value));
    }

    private static void AddError(Dictionary<string, string[]> errors, string name, string message) =>
        errors[name] = errors.TryGetValue(name, out var existing) ? [.. existing, message] : [message];
}
