namespace OpportunityMap.Server.Resident;

/// <summary>Walking-scale distance strings: "350 m", "1.2 km", "300 ft", "0.4 mi" (docs/api.md, Card).</summary>
internal static class DistanceDisplay
{
    public const string Metric = "metric";
    public const string Imperial = "imperial";

    private const double MetresPerMile = 1609.344;
    private const double MetresPerFoot = 0.3048;

    /// <summary>English readers get miles (US signs); Spanish readers metres, which most grew up with.</summary>
    public static string DefaultUnits(string language) => language == "es" ? Metric : Imperial;

    public static string Format(double metres, string units) => units == Metric ? FormatMetric(metres) : FormatImperial(metres);

    private static string FormatMetric(double metres) => metres switch
    {
        < 995 => Invariant($"{Math.Round(metres / 10, MidpointRounding.AwayFromZero) * 10:0} m"),
        < 9_950 => Invariant($"{metres / 1000:0.0} km"),
        _ => Invariant($"{metres / 1000:0} km"),
    };

    private static string FormatImperial(double metres)
    {
        var miles = metres / MetresPerMile;
        return miles switch
        {
            < 0.095 => Invariant($"{Math.Max(50, Math.Round(metres / MetresPerFoot / 50, MidpointRounding.AwayFromZero) * 50):0} ft"),
            < 9.95 => Invariant($"{miles:0.0} mi"),
            _ => Invariant($"{miles:0} mi"),
        };
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
