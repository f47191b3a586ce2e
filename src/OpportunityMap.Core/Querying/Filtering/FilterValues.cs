namespace OpportunityMap.Core.Querying.Filtering;

/// <summary>
/// How filter and sort values compare: strings by code point, numbers as numbers, false before true, dates by day and
/// timestamps as instants.
/// </summary>
internal static class FilterValues
{
    /// <summary>Compares two non-null values of one kind (string, long or double, bool, DateOnly, DateTimeOffset).</summary>
    public static int Compare(object left, object right) => (left, right) switch
    {
        (string a, string b) => Math.Sign(CodePointComparer.Instance.Compare(a, b)),
        (long a, long b) => a.CompareTo(b),
        (bool a, bool b) => a.CompareTo(b),
        (DateOnly a, DateOnly b) => a.CompareTo(b),
        (DateTimeOffset a, DateTimeOffset b) => a.UtcTicks.CompareTo(b.UtcTicks),
        _ => ToDouble(left).CompareTo(ToDouble(right)),
    };

    public static bool IsScalar(PropertyType type) => type is not PropertyType.Json;

    private static double ToDouble(object value) => value switch
    {
        long l => l,
        double d => d,
        _ => throw new ArgumentException($"Cannot compare {value.GetType().Name} with a number.", nameof(value)),
    };
}
