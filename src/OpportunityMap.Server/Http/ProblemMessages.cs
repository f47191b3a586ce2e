namespace OpportunityMap.Server.Http;

/// <summary>Every message the API sends in problem details, in one place.</summary>
internal static class ProblemMessages
{
    public const string InvalidParameters = "One or more query parameters are invalid.";
    public const string UnknownParameter = "Unknown parameter. This collection accepts: {0}.";
    public const string RepeatedParameter = "The parameter may be given only once.";
    public const string BboxFormat = "bbox must be four numbers: minLon,minLat,maxLon,maxLat (or six with heights).";
    public const string BboxNotNumber = "bbox value number {0} is not a finite number.";
    public const string BboxRange = "bbox longitudes must lie in [-180, 180] and latitudes in [-90, 90].";
    public const string BboxInverted = "bbox is inverted: the minimum {0} is greater than the maximum.";
    public const string LimitRange = "limit must be a whole number from 1 to {0}.";
    public const string LimitWhole = "limit must be a whole number from 1 (a larger one than the collection's maximum gives the maximum, {0}).";
    public const string OffsetRange = "offset must be a whole number from 0 to {0}.";
    public const string FilterType = "{0} is a {1} property; the value given is not a valid {1}.";
    public const string FormatUnsupported = "f must be one of: {0}.";
    public const string CrsUnsupported = "{0} must be one of the collection's CRS URIs: {1}.";
    public const string DatetimeFormat = "datetime must be an RFC 3339 date-time (2018-02-12T23:20:50Z) or date (2018-02-12), or an interval start/end where an open end is '..' or empty.";
    public const string DatetimeInverted = "datetime is an interval whose start is after its end.";
    public const string PrecisionRange = "precision must be a whole number of decimals from 0 to {0}.";
    public const string PropertiesUnknown = "properties names '{0}', which this collection does not have. Its properties: {1}.";
    public const string BboxLatLonRange = "bbox in {0} is minLat,minLon,maxLat,maxLon: latitudes in [-90, 90], longitudes in [-180, 180].";
    public const string BboxOutsideCrs = "bbox lies outside the area that {0} can express in longitude and latitude.";
    public const string CollectionNotFoundTitle = "Collection not found";
    public const string CollectionNotFound = "There is no collection '{0}'. See /collections for the list.";
    public const string FeatureNotFoundTitle = "Feature not found";
    public const string FeatureNotFound = "Collection '{0}' has no feature '{1}'.";
    public const string StoreUnavailableTitle = "Service temporarily unavailable";
    public const string StoreUnavailable = "The data store cannot be reached right now. Try again shortly.";
    public const string RateLimitedTitle = "Too many requests";
    public const string RateLimited = "This client has sent too many requests. Try again in {0} seconds.";
    public const string AdminKeyTitle = "Not authorised";
    public const string AdminKey = "Send the configured administrative key in the X-Admin-Key header.";
    public const string ReloadFailedTitle = "Reload failed";
    public const string ReloadFailed = "The new data was not loaded: {0}. Still serving data version {1}.";
    public const string IdTooLong = "Ids are at most {0} characters long.";
    public const string NoBodyTitle = "No body expected";
    public const string NoBody = "This endpoint takes no request body.";
    public const string CoordinateRange = "{0} must be a number from -{1} to {1}.";
    public const string OneOf = "{0} must be one of: {1}.";
    public const string SearchQueryLength = "q must be 1 to {0} characters (after trimming spaces).";
    public const string NoSuchPlaceTitle = "No such place";
    public const string NoSuchPlace = "There is no place '{1}' in '{0}' (a ZIP, tract, neighborhood, town, 1935 area or resource).";
    public const string NoGeocoderTitle = "No geocoder";
    public const string NoGeocoder = "No geocoder is configured (Geocoder:Url).";
    public const string GeocoderFailedTitle = "Geocoder failed";
    public const string GeocoderTimeout = "The geocoder did not answer within {0} seconds.";
    public const string GeocoderFailed = "The geocoder could not be used: {0}.";
    public const string AreaInvalidTitle = "Invalid area";
    public const string AreaNotJson = "The body is not JSON: {0}";
    public const string AreaEmpty = "The polygon has no area (after repairing it, if it was invalid).";
    public const string AreaFeatureNoGeometry = "The Feature has no geometry object.";
    public const string AreaCollectionOfOne = "A FeatureCollection must hold exactly one feature.";
    public const string AreaType = "The geometry must be a GeoJSON Polygon or MultiPolygon, not {0}.";
    public const string AreaCoordinates = "The geometry's coordinates are not an array of linear rings.";
    public const string AreaRing = "Every ring is an array of at least 4 positions.";
    public const string AreaRingNotClosed = "A ring is not closed: its first and last positions must be equal.";
    public const string AreaPosition = "Every position is [longitude, latitude] with longitude in [-180, 180] and latitude in [-90, 90].";
    public const string AreaTooManyVertices = "The polygon has more than {0} positions; simplify it first.";
    public const string ContentTypeTitle = "Unsupported media type";
    public const string ContentType = "Send the area as application/geo+json or application/json.";
    public const string SummaryLayer = "layer must be one of: {0}.";
    public const string SummaryParameters = "Name an area with both layer and id, or POST a GeoJSON polygon.";
    public const string DocNotFoundTitle = "Document not found";
    public const string DocNotFound = "There is no document '{0}'. The documents are: {1}.";
    public const string DownloadNotFoundTitle = "Download not found";
    public const string DownloadNotFound = "There is no download '{0}'. Downloads are /downloads/{{collectionId}}.geojson, .csv, .gpkg and .LICENSE.txt.";

    // Part 3 filtering and sorting (FilterParameters).
    public const string FilterLangUnsupported = "Only filter-lang=cql2-text is supported.";
    public const string FilterCrsUnsupported = "filter-crs must be {0} (lon/lat, the default) or {1} (lat/lon).";
    public const string SortByUnknown = "sortby names '{0}', which is not a property this collection can sort by: {1}.";
    public const string SortByTooMany = "sortby takes at most {0} properties.";

    // Vector tiles and simplified geometry.
    public const string ZoomRange = "{0} must be a whole number from 0 to {1}.";
    public const string TileIndexRange = "{0} must be a whole number from 0 to {1} at zoom {2}.";
    public const string InvalidTile = "The tile address is invalid.";
    public const string TileFormat = "{0} must be a whole number, optionally followed by .mvt or .pbf.";
    public const string NoNationalLayerTitle = "No national HOLC layer";
    public const string NoNationalLayer = "This deployment does not load the national HOLC layer (redlining-national): its manifest leaves it out.";

    // Requests refused before or around any endpoint (RequestLimits, ClientErrorHandler, WorkBudget, PublicHost).
    public const string BodyTooLargeTitle = "Request body too large";
    public const string BodyTooLarge = "The request body is larger than the {0} KiB this service accepts.";
    public const string BodyTooSlowTitle = "Request body too slow";
    public const string BodyTooSlow = "The request body arrived too slowly.";
    public const string BadRequestTitle = "Bad request";
    public const string BadRequest = "The request could not be read: {0}";
    public const string RequestLineTooLongTitle = "Request line too long";
    public const string RequestLineTooLong = "The request line (method, path and query) is longer than the {0} KiB this service accepts.";
    public const string HeadersTooLargeTitle = "Request headers too large";
    public const string HeadersTooLarge = "The request headers are larger than the {0} KiB this service accepts.";
    public const string NulCharacter = "{0} contains a NUL character.";
    public const string HostNotAllowedTitle = "Unknown host";
    public const string HostNotAllowed = "This service does not answer for the host the request named.";
    public const string OutsideProjectionTitle = "Outside the projection's domain";
    public const string OutsideProjection = "A coordinate lies where {0} cannot express it.";
    public const string BusyTitle = "Busy";
    public const string Busy = "Too many expensive requests are running; try again in {0} seconds.";
    public const string WorkTimeoutTitle = "Too much work";
    public const string WorkTimeout = "The request needed more than the {0} seconds of work one request may take.";
    public const string AreaOutsideAreaOfUse = "The area must lie within {0}'s area of use, where it is measured: longitude {1} to {2}, latitude {3} to {4}.";
    public const string AreaTooManyCrossings = "The polygon's rings cross or touch more than {0} times; send a simple polygon.";
    public const string AreaText = "{0} is not valid text (undecodable UTF-8 or a lone surrogate).";

    // The national tables (benchmarks, every HOLC city).
    public const string CountyFips = "county must be a five-digit FIPS code: the state's two digits and the county's three (e.g. 37119).";
    public const string CountyNotFoundTitle = "County not found";
    public const string CountyNotFound = "The Opportunity Atlas county file has no county {0}.";
    public const string NoNationalTableTitle = "No national tables";
    public const string NoNationalTable = "This deployment's manifest names no national tables (geodata/manifest.json, tables).";
    public const string HolcCityNotFoundTitle = "City not found";
    public const string HolcCityNotFound = "No HOLC city '{0}' in the lookup. /api/report/holc-cities lists them all.";
    public const string NationalTableUnreadableTitle = "National data unavailable";
    public const string NationalTableUnreadable = "The national data could not be read ({0}); the service's log says why.";
}
