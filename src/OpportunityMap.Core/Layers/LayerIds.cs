namespace OpportunityMap.Core.Layers;

/// <summary>The ids of the published collections (the API's names for them), in one place.</summary>
public static class LayerIds
{
    /// <summary>Charlotte's 1935 HOLC areas.</summary>
    public const string Redlining = "redlining-1935";

    /// <summary>Mecklenburg's ZIP areas with children-weighted mobility blended from tracts.</summary>
    public const string Zips = "zip-mobility";

    /// <summary>The 2010 census tracts with their Opportunity Atlas outcomes.</summary>
    public const string Tracts = "tract-mobility";

    /// <summary>Schools, libraries, parks and other neighborhood resources.</summary>
    public const string Resources = "resources";

    /// <summary>The Quality of Life Explorer's Neighborhood Profile Areas.</summary>
    public const string Neighborhoods = "neighborhoods";

    /// <summary>The towns of Mecklenburg County and the unincorporated county.</summary>
    public const string Municipalities = "municipalities";

    /// <summary>Mecklenburg's ZIP areas with the Social Capital Atlas's measures (economic connectedness, ...).</summary>
    public const string SocialCapital = "zip-social-capital";

    /// <summary>Every HOLC city Mapping Inequality digitised.</summary>
    public const string NationalRedlining = "redlining-national";

    /// <summary>No collection or feature id is longer; a longer one is refused before any store sees it.</summary>
    public const int MaxLength = 256;
}
