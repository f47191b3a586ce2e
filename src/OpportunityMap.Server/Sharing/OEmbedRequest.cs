using Microsoft.AspNetCore.WebUtilities;

namespace OpportunityMap.Server.Sharing;

/// <summary>
/// An oEmbed request (oembed.com, 1.0) checked against this site: the URL must be one of its map views (/ or /embed,
/// either scheme), the sizes positive whole numbers.
/// </summary>
internal sealed record OEmbedRequest(ViewState View, int? MaxWidth, int? MaxHeight)
{
    public const int MaxSize = 10_000;

    public enum Outcome { Ok, BadParameters, NotAMapView, FormatNotImplemented }

    public static Outcome TryParse(HttpRequest request, out OEmbedRequest? parsed, out Dictionary<string, string[]> errors)
    {
        parsed = null;
        errors = [];
        var query = request.Query;
        var format = query["format"].ToString();
        if (format.Length > 0 && format != "json")
        {
            return Outcome.FormatNotImplemented;
        }

        var maxWidth = Size(query["maxwidth"], "maxwidth", errors);
        var maxHeight = Size(query["maxheight"], "maxheight", errors);
        var url = query["url"].ToString();
        if (url.Length == 0)
        {
            errors["url"] = [OEmbedMessages.UrlMissing];
        }

        if (errors.Count > 0)
        {
            return Outcome.BadParameters;
        }

        if (!IsMapView(request, url, out var uri))
        {
            return Outcome.NotAMapView;
        }

        parsed = new OEmbedRequest(ViewState.Parse(QueryHelpers.ParseQuery(uri.Query)), maxWidth, maxHeight);
        return Outcome.Ok;
    }

    private static int? Size(string? text, string name, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= MaxSize)
        {
            return value;
        }

        errors[name] = [string.Format(CultureInfo.InvariantCulture, OEmbedMessages.SizeRange, name, MaxSize)];
        return null;
    }

    // Same host and port (a proxy may end TLS, so either scheme), and the path of the map page or the embed.
    private static bool IsMapView(HttpRequest request, string url, out Uri uri)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out uri!) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || !string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var path = uri.AbsolutePath;
        var pathBase = request.PathBase.Value ?? "";
        if (!path.StartsWith(pathBase, StringComparison.Ordinal))
        {
            return false;
        }

        return path[pathBase.Length..] is "" or "/" or "/embed" or "/index.html";
    }
}
