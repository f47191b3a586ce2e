using OpportunityMap.Core.Querying.Filtering;
using OpportunityMap.Core.Simplification;

namespace OpportunityMap.Server.Ogc;

/// <summary>
/// Reads and validates the query string of <c>/collections/{id}/items</c>: bbox (and bbox-crs), datetime, limit,
/// offset, f, the Part 3 filter and sortby, and equality filters on the collection's queryable properties. Every
/// problem is reported against its parameter's name.
/// </summary>
internal static class ItemsRequest
{
    public const int MaxOffset = 100_000_000;

    /// <summary>The highest <c>zoom</c>; any zoom above <see cref="ZoomBand.MaxSimplifiedZoom"/> gives the imported geometry.</summary>
    public const int MaxZoom = 22;
    private static readonly string[] StandardParameters = ["bbox", "datetime", "limit", "offset", "f", "zoom"];
    private static readonly string[] Formats = ["json", "geojson", "csv", "html"];

    /// <summary>
    /// The <c>zoom</c> of a request <see cref="Parse"/> accepted: geometry simplified for that Web Mercator zoom, or
    /// <c>null</c> for the imported geometry.
    /// </summary>
    public static int? Zoom(IQueryCollection query) =>
        int.TryParse(query["zoom"], NumberStyles.None, CultureInfo.InvariantCulture, out var zoom) ? zoom : null;

    /// <param name="maxLimit">The largest page; a larger <c>limit</c> gives this many (/req/core/fc-limit-response-1).</param>
    /// <param name="temporal">The collection's time, which <c>datetime</c> filters on; null when it has none.</param>
    public static FeatureQuery? Parse(
        IQueryCollection query, LayerMetadata layer, int defaultLimit, int maxLimit, TemporalProperty? temporal, out Dictionary<string, string[]> errors)
    {
        errors = [];
        BboxArea? bbox = null;
        FilterExpression? datetime = null;
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
                    if (BboxCrs(query) is { } crs)
                    {
                        bbox = BboxParameter.Parse(value, crs, layer.GeometryName, out var bboxError);
                        if (bboxError is not null)
                        {
                            AddError(errors, name, bboxError);
                        }
                    }

                    break;
                case "datetime":
                    if (!DatetimeParameter.TryParse(value, temporal, out datetime, out var datetimeError))
                    {
                        AddError(errors, name, datetimeError!);
                    }

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
                    limit = ParseLimit(value, maxLimit, errors);
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
        if (errors.Count > 0)
        {
            return null;
        }

        // The bbox's exact area (across the antimeridian, or in a projected CRS) and the datetime are filters too.
        foreach (var condition in new[] { bbox?.Exact, datetime })
        {
            if (condition is not null)
            {
                filter = filter is null ? condition : new AndExpression(filter, condition);
            }
        }

        return new FeatureQuery(bbox?.Envelope, filters, limit, offset) { Filter = filter, SortBy = sortBy };
    }

    public static IEnumerable<string> AcceptedParameters(LayerMetadata layer) =>
        StandardParameters.Concat(FilterParameters.Names).Concat(FeatureOutput.ParameterNames).Append("bbox-crs").Concat(layer.Properties.Where(p => p.Queryable).Select(p => p.Name));

    // The CRS the bbox is in: CRS84 unless bbox-crs names a supported one (a bad bbox-crs is reported on its own).
    private static OutputCrs? BboxCrs(IQueryCollection query) =>
        query.TryGetValue("bbox-crs", out var values) ? (values.Count == 1 ? OutputCrs.Find(values[0]) : null) : OutputCrs.Crs84;

    // Any whole number from 1; above the maximum, the maximum (OGC API - Features 1.0.1 asks for that, not an error).
    private static int ParseLimit(string text, int maxLimit, Dictionary<string, string[]> errors)
    {
        if (text.Length > 0 && text.All(char.IsAsciiDigit) && text.Any(c => c != '0'))
        {
            return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit < maxLimit ? (int)limit : maxLimit;
        }

        AddError(errors, "limit", string.Format(CultureInfo.InvariantCulture, ProblemMessages.LimitWhole, maxLimit));
        return 1;
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
            PropertyType.Date => TemporalValues.TryParseDate(text, out var date) ? date : null,
            PropertyType.Timestamp => TemporalValues.TryParseTimestamp(text, out var instant) ? instant : null,
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
