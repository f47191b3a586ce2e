namespace OpportunityMap.Server.Analysis;

/// <summary>The <see cref="AreaAnalyzer"/> of a generation: built once from its projected layers, then shared.</summary>
internal static class Analyzers
{
    public static Task<AreaAnalyzer> ForAsync(DataGeneration generation, CancellationToken cancellationToken) =>
        generation.GetAsync(nameof(AreaAnalyzer), async (g, token) =>
        {
            var layers = new List<ProjectedLayer>();
            foreach (var id in AreaAnalyzer.ReadLayers.Where(id => g.FindLayer(id) is not null))
            {
                layers.Add(await g.ProjectedAsync(id, token));
            }

            return await Task.Run(() => AreaAnalyzer.FromProjected(layers, DataGeneration.Projection), token);
        }, cancellationToken);

    /// <summary>Builds the analyser and the 1935-vs-today report as soon as a generation is served.</summary>
    internal sealed class Warmup : IGenerationWarmup
    {
        public async Task WarmAsync(DataGeneration generation, CancellationToken cancellationToken)
        {
            var analyzer = await ForAsync(generation, cancellationToken);
            await Task.Run(analyzer.HolcVsToday, cancellationToken);
        }
    }
}
