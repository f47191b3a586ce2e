namespace OpportunityMap.Server.Sharing.Images;

/// <summary>A drawn map view: the PNG, and every text drawn on it in drawing order (title, sources, legend, labels).</summary>
internal sealed record MapImage(byte[] Png, IReadOnlyList<string> Words);
