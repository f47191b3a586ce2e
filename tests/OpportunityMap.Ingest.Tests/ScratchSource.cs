namespace OpportunityMap.Ingest.Tests;

/// <summary>
/// A throwaway source directory of links to the real reference files, in which a test may replace or remove single
/// files to make the data bad in one precise way. Nothing is copied into the repository.
/// </summary>
internal sealed class ScratchSource : IDisposable
{
    public ScratchSource()
    {
        foreach (var file in Directory.EnumerateFiles(TestPaths.Geodata, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Root, Path.GetRelativePath(TestPaths.Geodata, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.CreateSymbolicLink(target, file);
        }
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), $"om-ingest-{Guid.NewGuid():N}");

    public static string Manifest => Path.Combine(TestPaths.ProjectGeodata, "manifest.json");

    public string ReadOriginal(string relativePath) => File.ReadAllText(Path.Combine(TestPaths.Geodata, relativePath));

    public void Replace(string relativePath, string content)
    {
        var path = Path.Combine(Root, relativePath);
        File.Delete(path);
        File.WriteAllText(path, content);
    }

    public void Remove(string relativePath) => File.Delete(Path.Combine(Root, relativePath));

    public Task<ImportResult> ImportAsync() =>
        new GeodataImporter(Core.Spatial.Projections.NorthCarolinaFeet).ImportAsync(Root, Manifest, TestContext.Current.CancellationToken);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
