namespace OpportunityMap.Server.Ogc;

/// <summary>One page of features as a CSV download, with numberMatched in a header (a page may be part of the whole).</summary>
/// <param name="fileName">The download's name without .csv; the collection's id by default.</param>
internal sealed class CsvResult(LayerMetadata layer, FeaturePage page, FeatureOutput? output = null, string? fileName = null) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.ContentType = MediaTypes.Csv + "; charset=utf-8";
        response.Headers.ContentDisposition = $"attachment; filename=\"{fileName ?? layer.Id}.csv\"";
        response.Headers["OGC-NumberMatched"] = page.NumberMatched.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Downloads.Provenance.AddLinks(response, [layer]);
        await response.WriteAsync(CsvWriter.Header(layer, output), httpContext.RequestAborted);
        foreach (var feature in page.Features)
        {
            await response.WriteAsync(CsvWriter.Row(layer, feature, output), httpContext.RequestAborted);
        }
    }
}
