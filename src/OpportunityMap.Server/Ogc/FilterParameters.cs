using System.Globalization;
using System.Text.Json.Nodes;
using OpportunityMap.Core.Layers;
using OpportunityMap.Core.Querying.Filtering;
using OpportunityMap.Server.Http;

namespace OpportunityMap.Server.Ogc;

/// <summary>
/// The OGC API - Features Part 3 parameters of <c>/items</c> (<c>filter</c>, <c>filter-lang</c>, <c>filter-crs</c>) and
/// <c>sortby</c>. Problems are reported against the parameter's name, a filter's with the position where it broke.
/// </summary>
internal static class FilterParameters
{
    public const string Filter = "filter";
    public const string FilterLang = "filter-lang";
    public const string FilterCrs = "filter-crs";
    public const string SortBy = "sortby";
    public const int MaxSortKeys = 8;
    private const string Cql2Text = "cql2-text";
    private const string Epsg4326 = "http://www.opengis.net/def/crs/EPSG/0/4326";

    public static readonly string[] Names = [Filter, FilterLang, FilterCrs, SortBy];

    /// <summary>The filter (or null) and sort keys given in <paramref name="values"/> (parameter name → value).</summary>
    public static (FilterExpression? Filter, IReadOnlyList<SortProperty> SortBy) Parse(
        Dictionary<string, string> values, LayerMetadata layer, Dictionary<string, string[]> errors)
    {
        if (values.TryGetValue(FilterLang, out var lang) && !string.Equals(lang, Cql2Text, StringComparison.OrdinalIgnoreCase))
        {
            AddError(errors, FilterLang, ProblemMessages.FilterLangUnsupported);
        }

        var latitudeFirst = false;
        if (values.TryGetValue(FilterCrs, out var crs))
        {
            if (crs == Epsg4326)
            {
                latitudeFirst = true;
            }
            else if (crs != ConformanceClasses.Crs84)
            {
                AddError(errors, FilterCrs, string.Format(CultureInfo.InvariantCulture, ProblemMessages.FilterCrsUnsupported, ConformanceClasses.Crs84, Epsg4326));
            }
        }

        FilterExpression? filter = null;
        if (values.TryGetValue(Filter, out var text) && !errors.ContainsKey(FilterLang) && !errors.ContainsKey(FilterCrs))
        {
            try
            {
                filter = Cql2TextParser.Parse(text, layer, latitudeFirst);
            }
            catch (FilterParseException e)
            {
                AddError(errors, Filter, e.Message);
            }
        }

        var sortBy = values.TryGetValue(SortBy, out var keys) ? ParseSortBy(keys, layer, errors) : [];
        return (filter, sortBy);
    }

    /// <summary>The problem's detail: the first filter or sortby error, prefixed by its parameter, else the generic text.</summary>
    public static string Detail(Dictionary<string, string[]> errors)
    {
        foreach (var name in Names)
        {
            if (errors.TryGetValue(name, out var messages))
            {
                return $"{name}: {messages[0]}";
            }
        }

        return ProblemMessages.InvalidParameters;
    }

    public static IEnumerable<JsonNode> OpenApiParameters() =>
    [
        Parameter(Filter, "A CQL2 text filter on the queryable properties and 'geometry': =, <>, <, <=, >, >=, AND, OR, NOT, " +
            "LIKE (% and _, \\ escapes; CASEI for case-insensitive), IN, BETWEEN, IS [NOT] NULL, S_INTERSECTS(geometry, <WKT or BBOX(w,s,e,n)>). " +
            $"At most {Cql2TextParser.MaxLength} characters.", new JsonObject { ["type"] = "string" }),
        Parameter(FilterLang, "The filter's language: only cql2-text.", new JsonObject { ["type"] = "string", ["enum"] = new JsonArray(Cql2Text), ["default"] = Cql2Text }),
        Parameter(FilterCrs, "The CRS of the filter's coordinates: CRS84 (lon/lat, the default) or EPSG:4326 (lat/lon).",
            new JsonObject { ["type"] = "string", ["format"] = "uri", ["enum"] = new JsonArray(ConformanceClasses.Crs84, Epsg4326), ["default"] = ConformanceClasses.Crs84 }),
        Parameter(SortBy, "Comma-separated properties to sort by, each optionally prefixed by + (ascending, the default) or - " +
            "(descending). Nulls sort last; ties are broken by feature id.", new JsonObject { ["type"] = "string" }),
    ];

    private static JsonObject Parameter(string name, string description, JsonObject schema) => new()
    {
        ["name"] = name,
        ["in"] = "query",
        ["required"] = false,
        ["description"] = description,
        ["schema"] = schema,
    };

    private static List<SortProperty> ParseSortBy(string text, LayerMetadata layer, Dictionary<string, string[]> errors)
    {
        var keys = new List<SortProperty>();
        var sortable = layer.Properties.Where(p => p.Type != PropertyType.Json).Select(p => p.Name).ToList();
        foreach (var raw in text.Split(','))
        {
            // A '+' arrives as a space unless the client encoded it, so a leading space means ascending too.
            var item = raw.Trim();
            var descending = item.StartsWith('-');
            // One sign at most: "--name" or "+-name" names no property.
            var name = (descending || item.StartsWith('+') ? item[1..] : item).Trim();
            if (!sortable.Contains(name, StringComparer.Ordinal))
            {
                AddError(errors, SortBy, string.Format(CultureInfo.InvariantCulture, ProblemMessages.SortByUnknown, name, string.Join(", ", sortable)));
                return [];
            }

            keys.Add(new SortProperty(name, descending));
        }

        if (keys.Count > MaxSortKeys)
        {
            AddError(errors, SortBy, string.Format(CultureInfo.InvariantCulture, ProblemMessages.SortByTooMany, MaxSortKeys));
            return [];
        }

        return keys;
    }

    private static void AddError(Dictionary<string, string[]> errors, string name, string message) =>
        errors[name] = errors.TryGetValue(name, out var existing) ? [.. existing, message] : [message];
}
