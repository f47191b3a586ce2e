namespace OpportunityMap.Testing;

public class PlaceholderTests
{
    [Fact]
    public void RepoRoot_HoldsTheSolution() => Assert.True(File.Exists(Path.Combine(TestPaths.RepoRoot, "OpportunityMap.sln")));
}
