using OpportunityMap.Core.Querying.Filtering;

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
    public const string Cql2Text = "cql2-text";
    public const string Epsg4326 = "http://www.opengis.net/def/crs/EPSG/0/4326";

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
