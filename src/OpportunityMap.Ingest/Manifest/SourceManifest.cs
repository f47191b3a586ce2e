using System.Text.Json.Serialization;

namespace OpportunityMap.Ingest.Manifest;

/// <summary>
/// geodata/manifest.json: the upstream sources, the files read from them, the layers built, and the national tables
/// read on demand (optional: a manifest without them serves no benchmarks).
/// </summary>
public sealed record SourceManifest(
    IReadOnlyDictionary<string, SourceEntry> Sources,
    IReadOnlyDictionary<string, FileEntry> Files,
    IReadOnlyDictionary<string, LayerEntry> Layers,
    IReadOnlyDictionary<string, TableEntry>? Tables = null)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    };

    /// <summary>Reads and checks the manifest; throws <see cref="ImportException"/> naming what is wrong.</summary>
    public static SourceManifest Load(string path)
    {
        var name = Path.GetFileName(path);
        if (!System.IO.File.Exists(path))
        {
            throw new ImportException(path, "the sources manifest does not exist");
        }

        SourceManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<SourceManifest>(System.IO.File.ReadAllText(path), Options);
        }
        catch (JsonException e)
        {
            throw new ImportException(name, $"not a valid manifest: {e.Message}");
        }

        if (manifest?.Sources is null || manifest.Files is null || manifest.Layers is null)
        {
            throw new ImportException(name, "the manifest needs 'sources', 'files' and 'layers'");
        }

        foreach (var (key, file) in manifest.Files)
        {
            if (!manifest.Sources.ContainsKey(file.Source))
            {
                throw new ImportException(name, $"file '{key}' names an unknown source '{file.Source}'");
            }
        }

        foreach (var (key, layer) in manifest.Layers)
        {
            foreach (var file in layer.Files.Where(f => !manifest.Files.ContainsKey(f)))
            {
                throw new ImportException(name, $"layer '{key}' names an unknown file '{file}'");
            }
        }

        foreach (var (key, table) in manifest.Tables ?? new Dictionary<string, TableEntry>())
        {
            foreach (var file in table.Files.Where(f => !manifest.Files.ContainsKey(f)))
            {
                throw new ImportException(name, $"table '{key}' names an unknown file '{file}'");
            }
        }

        return manifest;
    }

    /// <summary>The layer entry with this id, or an <see cref="ImportException"/>.</summary>
    public LayerEntry Layer(string id) =>
        Layers.TryGetValue(id, out var layer) ? layer : throw new ImportException("manifest.json", $"no layer '{id}'");
}
