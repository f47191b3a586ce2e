namespace OpportunityMap.Server.Generations;

/// <summary>
/// Builds a feature's artefacts of a new <see cref="DataGeneration"/> in the background as soon as it is served,
/// so that no request waits for them (each feature registers its own).
/// </summary>
internal interface IGenerationWarmup
{
    Task WarmAsync(DataGeneration generation, CancellationToken cancellationToken);
}
