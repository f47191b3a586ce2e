using System.Buffers.Binary;
using NetTopologySuite.Features;
using OpportunityMap.Server.Sharing.Images;
using SkiaSharp;

namespace OpportunityMap.Server.Tests;

/// <summary>
/// GET /map.png on the real data: a real PNG of the asked size, drawn in the page's colours where the data is.
/// Colours are read back from the decoded image at the pixel of a known feature.
/// </summary>
public sealed class MapImageTests(RealDataApp app)
{
    private static readonly JsonSerializerOptions GeoJson = new() { Converters = { new GeoJsonConverterFactory() } };
    private readonly HttpClient _client = app.Client();

    [Fact]
    public async Task MapPng_HasThePngSignatureAndTheAskedSize()
    {
        var png = await GetPng("/map.png?width=640&height=360");

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        // The IHDR chunk comes first: width and height as big-endian 32-bit integers.
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        Assert.Equal(640, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)));
        Assert.Equal(360, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal(640, bitmap.Width);
        Assert.Equal(360, bitmap.Height);
    }

    [Fact]
    public async Task MapPng_WithoutSize_IsTheSocialCardSize()
    {
        using var bitmap = SKBitmap.Decode(await GetPng("/map.png"));

        Assert.Equal((1200, 630), (bitmap.Width, bitmap.Height));
    }

    [Theory]
    [InlineData("width=99999&height=abc")]
    [InlineData("z=abc&c=999,999&layers=%3Cscript%3E&opacity=7&pt=x")]
    [InlineData("c=35.2&lang=xx&title=%01%02")]
    public async Task MapPng_MalformedViewValues_AreIgnored(string query)
    {
        using var bitmap = SKBitmap.Decode(await GetPng($"/map.png?{query}"));

        Assert.NotNull(bitmap);
    }

    [Fact]
    public async Task MapPng_CentredInsideAHolcArea_ShowsThatAreasColourThere()
    {
        var area = await Feature("/collections/redlining-1935/items/D8");
        var inside = area.Geometry.InteriorPoint;
        var fill = SKColor.Parse((string)area.Attributes["fill"]);

        // Opacity 1 and zoom 11 (no grade label drawn over the centre): the centre pixel is the 1935 colour itself.
        using var bitmap = SKBitmap.Decode(await GetPng(
            $"/map.png?layers=redlining-1935&opacity=1&z=11&c={F(inside.Y)},{F(inside.X)}&width=400&height=400"));

        AssertClose(fill, bitmap.GetPixel(200, 200));
    }

    [Fact]
    public async Task MapPng_ZipLayer_IsDrawnInTheZipsQuantileClass()
    {
        var zips = await _client.GetGeoJson("/collections/zip-mobility/items?limit=100");
        var incomes = zips.GetProperty("features").EnumerateArray()
            .Select(f => f.GetProperty("properties").GetProperty("household_income_p25"))
            .Where(v => v.ValueKind == JsonValueKind.Number).Select(v => v.GetDouble()).Order().ToList();
        var richest = incomes[^1];
        var zip = JsonSerializer.Deserialize<IFeature>(
            zips.GetProperty("features").EnumerateArray().First(f => f.GetProperty("properties").GetProperty("household_income_p25") is
                { ValueKind: JsonValueKind.Number } v && v.GetDouble() == richest).GetRawText(), GeoJson)!;
        var inside = zip.Geometry.InteriorPoint;

        using var bitmap = SKBitmap.Decode(await GetPng(
            $"/map.png?layers=zip-mobility&z=12&c={F(inside.Y)},{F(inside.X)}&width=400&height=400"));

        // The top quantile class (the palette's darkest) at 0.75 over the background (#eceee8), as the page draws it.
        AssertClose(Blend(SKColor.Parse(MapStyle.ClassColours[^1]), SKColor.Parse("#eceee8"), 0.75), bitmap.GetPixel(200, 200));
    }

    [Fact]
    public async Task MapPng_OpenCard_IsMarkedWithAPin()
    {
        const string View = "layers=redlining-1935&z=13&c=35.2,-80.9&width=400&height=400";
        using var without = SKBitmap.Decode(await GetPng($"/map.png?{View}"));
        using var with = SKBitmap.Decode(await GetPng($"/map.png?{View}&pt=35.2,-80.9"));

        Assert.Equal(new SKColor(0xec, 0xee, 0xe8), without.GetPixel(200, 200));
        AssertClose(SKColor.Parse("#1f2a44"), with.GetPixel(200, 200));
    }

    [Fact]
    public async Task MapPng_Spanish_DiffersFromEnglish_AndEachIsStable()
    {
        var english = await GetPng("/map.png?width=500&height=300");
        var again = await GetPng("/map.png?width=500&height=300&lang=en");
        var spanish = await GetPng("/map.png?width=500&height=300&lang=es");

        Assert.Equal(english, again);
        Assert.NotEqual(english, spanish);
    }

    [Fact]
    public async Task MapPng_CarriesAStrongETag_AndIfNoneMatchGives304()
    {
        using var first = await _client.GetAsync("/map.png?width=300&height=300", TestContext.Current.CancellationToken);
        Assert.NotNull(first.Headers.ETag);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/map.png?width=300&height=300");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag);
        using var second = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    private async Task<byte[]> GetPng(string url)
    {
        using var response = await _client.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
    }

    private async Task<IFeature> Feature(string url) =>
        JsonSerializer.Deserialize<IFeature>((await _client.GetGeoJson(url)).GetRawText(), GeoJson)!;

    private static string F(double value) => value.ToString("0.#####", CultureInfo.InvariantCulture);

    private static SKColor Blend(SKColor top, SKColor bottom, double alpha) => new(
        (byte)Math.Round((top.Red * alpha) + (bottom.Red * (1 - alpha))),
        (byte)Math.Round((top.Green * alpha) + (bottom.Green * (1 - alpha))),
        (byte)Math.Round((top.Blue * alpha) + (bottom.Blue * (1 - alpha))));

    private static void AssertClose(SKColor expected, SKColor actual)
    {
        const int Tolerance = 3;
        Assert.True(
            Math.Abs(expected.Red - actual.Red) <= Tolerance && Math.Abs(expected.Green - actual.Green) <= Tolerance
                && Math.Abs(expected.Blue - actual.Blue) <= Tolerance,
            $"expected about {expected}, got {actual}");
    }
}
