using System.ComponentModel.DataAnnotations;

namespace OpportunityMap.Server.Options;

/// <summary>An address geocoder behind /api/geocode; off unless <see cref="Url"/> is set.</summary>
internal sealed class GeocoderOptions
{
    public const string SectionName = "Geocoder";

    /// <summary>
    /// A URL template with <c>{q}</c> (replaced by the URL-escaped query) answering Nominatim's JSON array
    /// (<c>lat</c>, <c>lon</c>, <c>display_name</c>, <c>boundingbox</c>); empty = no geocoder.
    /// </summary>
    public string? Url { get; set; }

    [Range(1, 60)]
    public int TimeoutSeconds { get; set; } = 5;

    /// <summary>Sent as User-Agent: public Nominatim refuses requests without one that names the application.</summary>
    public string UserAgent { get; set; } = "OpportunityMap (https://github.com/opportunitymap)";

    public bool Enabled => !string.IsNullOrWhiteSpace(Url);
}
