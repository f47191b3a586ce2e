namespace OpportunityMap.Ingest;

/// <summary>The source data cannot be imported; the message names the file and the problem.</summary>
public sealed class ImportException(string file, string problem)
    : Exception($"{file}: {problem}")
{
    /// <summary>The offending file, relative to the source directory.</summary>
    public string File { get; } = file;

    /// <summary>What is wrong with it.</summary>
    public string Problem { get; } = problem;
}
