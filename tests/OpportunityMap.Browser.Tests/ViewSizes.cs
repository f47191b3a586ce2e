namespace OpportunityMap.Browser.Tests;

/// <summary>Issue 16's sizes and languages: a desktop (1400×900) and a phone (390×844), in English and Spanish.</summary>
public static class ViewSizes
{
    public static TheoryData<int, int, string> BothSizesBothLanguages => new()
    {
        { 1400, 900, "en" }, { 390, 844, "es" }, { 1400, 900, "es" }, { 390, 844, "en" },
    };
}
