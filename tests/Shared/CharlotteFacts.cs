namespace OpportunityMap.Testing;

/// <summary>Known facts of the real Charlotte data that several suites check, each in one place.</summary>
internal static class CharlotteFacts
{
    /// <summary>
    /// Each polygon layer and its feature count: the 34 areas of the 1935 map, 34 ZIP codes, 233 census tracts (2010)
    /// and 462 Neighborhood Profile Areas.
    /// </summary>
    public static TheoryData<string, int> LayerCounts => new()
    {
        { "redlining-1935", 34 },
        { "zip-mobility", 34 },
        { "tract-mobility", 233 },
        { "neighborhoods", 462 },
    };
}
