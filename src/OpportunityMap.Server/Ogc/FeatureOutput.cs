namespace OpportunityMap.Server.Ogc;

/// <summary>
/// How features are written: the output CRS (<c>crs</c>), the number of decimals of each coordinate
/// (<c>precision</c>) and which properties, in which order (<c>properties</c>). The default writes CRS84 at full
/// precision with every property, from the per-feature cache.
/// </summary>
internal sealed record FeatureOutput(OutputCrs Crs, int? Precision, IReadOnlyList<int>? PropertyIndexes)
{
    public const int MaxPrecision = 15;

    /// <summary>The parameters this type reads; the items and item endpoints accept them.</summary>
    public static readonly string[] ParameterNames = ["crs", "precision", "properties"];

    public static FeatureOutput Default { get; } = new(OutputCrs.Crs84, null, null);

    public bool IsDefault => Crs.IsDefault && Precision is null && PropertyIndexes is null;

    /// <summary>Reads crs, precision and properties; a bad value adds its error and gives null.</summary>
    public static FeatureOutput? Parse(IQueryCollection query, LayerMetadata layer, Dictionary<string, string[]> errors)
    {
        var crs = OutputCrs.Crs84;
        int? precision = null;
        List<int>? properties = null;
        var valid = true;
        if (query.TryGetValue("crs", out var crsValues) && crsValues.Count == 1)
        {
            crs = OutputCrs.Find(crsValues[0]) ?? OutputCrs.Crs84;
            valid &= Check(crs == OutputCrs.Find(crsValues[0]), "crs", SupportedMessage("crs"), errors);
        }

        if (query.TryGetValue("precision", out var precisionValues) && precisionValues.Count == 1)
        {
            var ok = int.TryParse(precisionValues[0], NumberStyles.None, CultureInfo.InvariantCulture, out var digits) && digits <= MaxPrecision;
            precision = ok ? digits : null;
            valid &= Check(ok, "precision", string.Format(CultureInfo.InvariantCulture, ProblemMessages.PrecisionRange, MaxPrecision), errors);
        }

        if (query.TryGetValue("properties", out var propertyValues) && propertyValues.Count == 1)
        {
            properties = [];
            foreach (var name in (propertyValues[0] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var index = layer.IndexOf(name);
                if (!Check(index >= 0, "properties", string.Format(
                    CultureInfo.InvariantCulture, ProblemMessages.PropertiesUnknown, name, string.Join(", ", layer.Properties.Select(p => p.Name))), errors))
                {
                    valid = false;
                    break;
                }

                if (!properties.Contains(index))
                {
                    properties.Add(index);
                }
            }
        }

        foreach (var name in ParameterNames)
        {
            // The items endpoint's reader reports repeated parameters already; report one only once.
            if (query.TryGetValue(name, out var values) && values.Count != 1)
            {
                valid = false;
                if (!errors.ContainsKey(name))
                {
                    Check(false, name, ProblemMessages.RepeatedParameter, errors);
                }
            }
        }

        return valid ? new FeatureOutput(crs, precision, properties) : null;
    }

    /// <summary>The message naming every supported CRS, for <c>crs</c> or <c>bbox-crs</c>.</summary>
    public static string SupportedMessage(string parameter) => string.Format(
        CultureInfo.InvariantCulture, ProblemMessages.CrsUnsupported, parameter, string.Join(", ", OutputCrs.All.Select(c => c.Uri)));

    /// <summary>The properties to write, as indexes into the layer's schema, in output order.</summary>
    public IEnumerable<int> Properties(LayerMetadata layer) => PropertyIndexes ?? Enumerable.Range(0, layer.Properties.Count);

    /// <summary>The feature's geometry in the output CRS, rounded to the precision.</summary>
    public Geometry Geometry(LayerFeature feature)
    {
        var geometry = Crs.IsDefault ? feature.Geometry : Crs.FromLonLat(RingOrientation.Rfc7946(feature.Geometry));
        if (Precision is not { } digits)
        {
            return geometry;
        }

        if (ReferenceEquals(geometry, feature.Geometry))
        {
            geometry = geometry.Copy();
        }

        geometry.Apply(new RoundCoordinates(digits));
        geometry.GeometryChanged();
        return geometry;
    }

    /// <summary>Writes one feature of an items page: from the cache when this is the default output.</summary>
    public void WriteFeature(Utf8JsonWriter writer, LayerMetadata layer, LayerFeature feature, IReadOnlyList<Link>? links = null)
    {
        if (IsDefault && links is null)
        {
            GeoJsonWriter.WriteCachedFeature(writer, layer, feature);
        }
        else
        {
            GeoJsonWriter.WriteFeature(writer, layer, feature, links, Geometry(feature), ringsAsGiven: !Crs.IsDefault, PropertyIndexes);
        }
    }

    private static bool Check(bool ok, string parameter, string message, Dictionary<string, string[]> errors)
    {
        if (!ok)
        {
            errors[parameter] = errors.TryGetValue(parameter, out var existing) ? [.. existing, message] : [message];
        }

        return ok;
    }

    private sealed class RoundCoordinates(int digits) : ICoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq, int i)
        {
            seq.SetX(i, Math.Round(seq.GetX(i), digits, MidpointRounding.AwayFromZero));
            seq.SetY(i, Math.Round(seq.GetY(i), digits, MidpointRounding.AwayFromZero));
        }
    }
}
