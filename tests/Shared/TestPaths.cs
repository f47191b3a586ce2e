namespace OpportunityMap.Testing;

/// <summary>Where the tests find the repository and the real reference data.</summary>
internal static class TestPaths
{
    /// <summary>The repository root: the folder holding OpportunityMap.sln above the test binaries.</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>
    /// The real reference data: <c>OPPORTUNITYMAP_GEODATA</c> if set, else <c>../shared/geodata</c> beside the
    /// repository (as on our machines and in CI).
    /// </summary>
    public static string Geodata { get; } =
        Environment.GetEnvironmentVariable("OPPORTUNITYMAP_GEODATA") is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "geodata"));

    /// <summary>The project's own manifest and synthetic fixtures.</summary>
    public static string ProjectGeodata => Path.Combine(RepoRoot, "geodata");

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OpportunityMap.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("OpportunityMap.sln not found above " + AppContext.BaseDirectory);
    }
}
