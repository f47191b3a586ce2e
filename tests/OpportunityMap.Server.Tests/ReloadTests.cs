using System.Text.Json.Nodes;

namespace OpportunityMap.Server.Tests;

/// <summary>
/// Reloading the data through the administrative endpoint: bad new data keeps the old data served and says why;
/// good new data replaces it, and no old ETag ever validates the new data.
/// </summary>
public sealed class ReloadTests : IAsyncLifetime
{
    private const string Key = "test-admin-key";
    private readonly string _source = Path.Combine(Path.GetTempPath(), $"om-reload-{Guid.NewGuid():N}");
    private OpportunityMapFactory _factory = null!;
    private HttpClient _client = null!;

    private string HolcFile => Path.Combine(_source, "holc", "charlotte_1935.geojson");

    public ValueTask InitializeAsync()
    {
        // A source directory of links to the real files, so one file can be replaced without touching the original.
        foreach (var file in Directory.EnumerateFiles(TestPaths.Geodata, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_source, Path.GetRelativePath(TestPaths.Geodata, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.CreateSymbolicLink(target, file);
        }

        _factory = new OpportunityMapFactory(settings: new Dictionary<string, string?>
        {
            ["Geodata:Source"] = _source,
            ["Admin:Key"] = Key,
            ["Store:Kind"] = "InMemory",
        });
        _client = _factory.CreateClient();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        Directory.Delete(_source, recursive: true);
    }

    [Fact]
    public async Task Reload_WithoutTheKey_Returns401Problem()
    {
        using var response = await _client.PostAsync("/admin/reload", null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Reload_CorruptFile_KeepsServingTheOldDataAndSaysWhy()
    {
        using var before = await _client.GetAsync("/collections/redlining-1935/items", TestContext.Current.CancellationToken);
        var original = await File.ReadAllTextAsync(HolcFile, TestContext.Current.CancellationToken);
        ReplaceHolcFile(original[..(original.Length / 2)]);

        using var reload = await Reload();
        var problem = await reload.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var after = await _client.GetAsync("/collections/redlining-1935/items", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, reload.StatusCode);
        Assert.Contains("charlotte_1935.geojson", problem);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal(before.Headers.ETag, after.Headers.ETag);
        Assert.Contains("\"numberMatched\":34", await after.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Reload_NewData_IsServedUnderNewETags()
    {
        using var before = await _client.GetAsync("/collections/redlining-1935/items", TestContext.Current.CancellationToken);
        var collection = JsonNode.Parse(await File.ReadAllTextAsync(HolcFile, TestContext.Current.CancellationToken))!;
        collection["features"]!.AsArray().RemoveAt(0);
        ReplaceHolcFile(collection.ToJsonString());

        using var reload = await Reload();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/collections/redlining-1935/items");
        request.Headers.IfNoneMatch.Add(before.Headers.ETag!);
        using var after = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, reload.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.Contains("\"numberMatched\":33", await after.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Reload_WithABody_Returns413()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/reload") { Content = new ByteArrayContent(new byte[1024 * 1024]) };
        request.Headers.Add("X-Admin-Key", Key);
        using var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Reload_IsOffWithoutAConfiguredKey()
    {
        await using var plain = new OpportunityMapFactory(settings: new Dictionary<string, string?> { ["Store:Kind"] = "InMemory" });
        using var client = plain.CreateClient();
        using var response = await client.PostAsync("/admin/reload", null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private void ReplaceHolcFile(string content)
    {
        File.Delete(HolcFile);
        File.WriteAllText(HolcFile, content);
    }

    private Task<HttpResponseMessage> Reload()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/admin/reload");
        request.Headers.Add("X-Admin-Key", Key);
        return _client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
