namespace OpportunityMap.Server.Resident;

/// <summary>Calls the configured geocoder (Nominatim's JSON) and turns its answer into search results.</summary>
internal sealed class Geocoder(IHttpClientFactory clients, IOptions<GeocoderOptions> options)
{
    public const string ClientName = "geocoder";

    public bool Enabled => options.Value.Enabled;

    public int TimeoutSeconds => options.Value.TimeoutSeconds;

    /// <summary>
    /// The geocoder's results, at most <paramref name="limit"/>. Throws <see cref="TimeoutException"/> when it does not
    /// answer in time and <see cref="GeocoderException"/> when it fails or answers something unreadable.
    /// </summary>
    public async Task<IReadOnlyList<SearchResult>> GeocodeAsync(string query, int limit, CancellationToken cancellationToken)
    {
        var url = options.Value.Url!.Replace("{q}", Uri.EscapeDataString(query), StringComparison.Ordinal);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.TimeoutSeconds));
        var client = clients.CreateClient(ClientName);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.UserAgent.ParseAdd(options.Value.UserAgent);
            request.Headers.Accept.ParseAdd("application/json");
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                throw new GeocoderException($"it answered HTTP {(int)response.StatusCode}");
            }

            await using var body = await response.Content.ReadAsStreamAsync(timeout.Token);
            using var document = await JsonDocument.ParseAsync(body, cancellationToken: timeout.Token);
            return Read(document.RootElement, limit);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException();
        }
        catch (JsonException)
        {
            throw new GeocoderException("its answer is not JSON");
        }
        catch (HttpRequestException e)
        {
            throw new GeocoderException($"it could not be reached ({e.HttpRequestError})");
        }
    }

    private static List<SearchResult> Read(JsonElement root, int limit)
    {
        if (root.ValueKind != JsonValueKind.Array)
        {
            throw new GeocoderException("its answer is not a JSON array of places");
        }

        var results = new List<SearchResult>();
        foreach (var place in root.EnumerateArray().Take(limit))
        {
            if (place.ValueKind != JsonValueKind.Object
                || Number(place, "lon") is not { } lon || Number(place, "lat") is not { } lat
                || Math.Abs(lon) > 180 || Math.Abs(lat) > 90)
            {
                throw new GeocoderException("a place in its answer has no valid lat and lon");
            }

            var name = place.TryGetProperty("display_name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : "";
            results.Add(new SearchResult("address", null, null, name.Split(',')[0].Trim(), name, lon, lat, Bbox(place)));
        }

        return results;
    }

    // Nominatim writes numbers as strings; accept both.
    private static double? Number(JsonElement place, string name) =>
        !place.TryGetProperty(name, out var value) ? null
        : value.ValueKind == JsonValueKind.Number ? value.GetDouble()
        : value.ValueKind == JsonValueKind.String && double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) ? d
        : null;

    // Nominatim's boundingbox is [south, north, west, east]; ours is [west, south, east, north].
    private static double[]? Bbox(JsonElement place)
    {
        if (!place.TryGetProperty("boundingbox", out var box) || box.ValueKind != JsonValueKind.Array || box.GetArrayLength() != 4)
        {
            return null;
        }

        var v = box.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String
            && double.TryParse(e.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d
            : e.ValueKind == JsonValueKind.Number ? e.GetDouble() : double.NaN).ToArray();
        return v.All(double.IsFinite) ? [v[2], v[0], v[3], v[1]] : null;
    }
}
