namespace OpportunityMap.Server.Sharing;

/// <summary>The oEmbed endpoint's problem messages.</summary>
internal static class OEmbedMessages
{
    public const string UrlMissing = "url is required: the address of a map view of this site (/ or /embed).";
    public const string SizeRange = "{0} must be a whole number of pixels from 1 to {1}.";
    public const string NotAMapViewTitle = "Not a map view of this site";
    public const string NotAMapView = "oEmbed answers only for this site's map views: its / or /embed pages.";
    public const string FormatTitle = "Format not implemented";
    public const string Format = "Only format=json is available.";
    public const string EmbedMissing = "The embed page is missing from the web root.";
}
