using System.Diagnostics;

namespace OpportunityMap.Server.Tests;

/// <summary>
/// QGIS itself (Debian's python3-qgis, headless) reading every collection through its OGC API - Features provider, as a
/// planner does with "Add layer › OGC API - Features": every value of every feature must be the API's.
/// </summary>
public sealed class QgisClientTests(AtsApp app)
{
    private const string Python = "/usr/bin/python3";

    [Fact]
    public async Task QgisOapifProvider_ReadsEveryValueOfEveryCollection()
    {
        if (!Directory.Exists("/usr/lib/python3/dist-packages/qgis"))
        {
            const string message = "QGIS's Python bindings are not installed (apt-get install python3-qgis; scripts/setup does it).";
            Assert.False(string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase), message);
            Assert.Skip(message);
        }

        var (baseUrl, client) = await app.StartAsync();
        var collections = await AtsApp.CollectionsAsync(client);
        var read = await ReadWithQgis(baseUrl, collections.Select(c => c.Id));

        var problems = new List<string>();
        foreach (var (id, types) in collections)
        {
            var expected = await AtsApp.FeaturesAsync(client, id);
            var (fields, features) = read.TryGetValue(id, out var got) ? got : ([], []);
            Assert.True(features.Count == expected.Count, $"{id}: QGIS read {features.Count} features, the API has {expected.Count}");

            // QGIS 3.22 types its fields from the first page it asks for (items?limit=10) and reads no schema: a column
            // that is null in all of those becomes a String field, holding each value's text. Only those may differ in type.
            var firstTen = (await client.GetGeoJson($"/collections/{id}/items?limit=10")).GetProperty("features").EnumerateArray().ToList();
            var asText = types.Keys.Where(name => fields[name] == "String" && types[name] is not ("string" or "json")).ToList();
            Assert.All(asText, name => Assert.True(firstTen.All(f => f.GetProperty("properties").GetProperty(name).ValueKind == JsonValueKind.Null),
                $"{id}.{name} ({types[name]}) became a QGIS String although the first page has values"));
            if (asText.Count > 0)
            {
                TestContext.Current.TestOutputHelper?.WriteLine($"{id}: QGIS reads {string.Join(", ", asText)} as text (all null in its first page)");
            }

            foreach (var (featureId, properties) in expected)
            {
                if (!features.TryGetValue(featureId, out var values))
                {
                    problems.Add($"{id} {featureId}: not read by QGIS");
                    continue;
                }

                foreach (var (name, type) in types)
                {
                    if (!SameValue(asText.Contains(name) ? "text:" + type : type, properties.GetProperty(name), values.GetProperty(name)))
                    {
                        problems.Add($"{id} {featureId} {name} ({type}, QGIS {fields[name]}): the API says {properties.GetProperty(name)}, QGIS read {values.GetProperty(name)}");
                    }
                }
            }

            TestContext.Current.TestOutputHelper?.WriteLine($"{id}: {features.Count} features, {features.Count * types.Count} values compared");
        }

        Assert.True(problems.Count == 0, $"{problems.Count} values differ:\n" + string.Join("\n", problems.Take(30)));
    }

    private static bool SameValue(string type, JsonElement api, JsonElement qgis)
    {
        if (api.ValueKind == JsonValueKind.Null || qgis.ValueKind == JsonValueKind.Null)
        {
            return api.ValueKind == qgis.ValueKind;
        }

        return type switch
        {
            "number" => qgis.ValueKind == JsonValueKind.Number && qgis.GetDouble() == api.GetDouble(),
            "integer" => qgis.ValueKind == JsonValueKind.Number && qgis.TryGetInt64(out var l) && l == api.GetInt64(),
            "boolean" => qgis.ValueKind is JsonValueKind.True or JsonValueKind.False && qgis.GetBoolean() == api.GetBoolean(),
            "timestamp" => Instant(qgis.GetString()!) == Instant(api.GetString()!),
            "json" => JsonElement.DeepEquals(qgis, api),
            // Read as text: the text of the API's value (an instant without its zone, which QGIS had in UTC).
            "text:timestamp" => Instant(qgis.GetString()!) == Instant(api.GetString()!),
            "text:boolean" => qgis.GetString() == (api.GetBoolean() ? "true" : "false"),
            "text:number" => double.Parse(qgis.GetString()!, CultureInfo.InvariantCulture) == api.GetDouble(),
            "text:integer" => long.Parse(qgis.GetString()!, CultureInfo.InvariantCulture) == api.GetInt64(),
            _ => qgis.ValueKind == JsonValueKind.String && qgis.GetString() == api.GetString(),
        };
    }

    private static DateTimeOffset Instant(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private static async Task<Dictionary<string, (Dictionary<string, string> Fields, Dictionary<string, JsonElement> Features)>> ReadWithQgis(
        string baseUrl, IEnumerable<string> collections)
    {
        var start = new ProcessStartInfo(Python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["QT_QPA_PLATFORM"] = "offscreen", ["XDG_RUNTIME_DIR"] = Path.GetTempPath() },
        };
        start.ArgumentList.Add(Path.Combine(TestPaths.RepoRoot, "tests", "OpportunityMap.Server.Tests", "Clients", "qgis_read.py"));
        start.ArgumentList.Add(baseUrl);
        foreach (var collection in collections)
        {
            start.ArgumentList.Add(collection);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(5));
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        var read = new Dictionary<string, (Dictionary<string, string>, Dictionary<string, JsonElement>)>(StringComparer.Ordinal);
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            var collection = root.GetProperty("collection").GetString()!;
            if (root.TryGetProperty("fields", out var fields))
            {
                read[collection] = (fields.EnumerateObject().ToDictionary(f => f.Name, f => f.Value.GetString()!), new Dictionary<string, JsonElement>(StringComparer.Ordinal));
            }
            else
            {
                read[collection].Item2[root.GetProperty("id").GetString()!] = root.GetProperty("properties").Clone();
            }
        }

        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"QGIS exited {process.ExitCode}: {await stderr}");
        return read;
    }
}
