namespace OpportunityMap.Core.Layers;

/// <summary>
/// One property of a layer's features. The order of a layer's definitions is the order properties are written in.
/// </summary>
/// <param name="Name">The property name in GeoJSON output.</param>
/// <param name="Type">Its type; values are <c>null</c> or of the CLR type the <see cref="PropertyType"/> names.</param>
/// <param name="Title">A short human title.</param>
/// <param name="Description">What it means, with its unit where it has one.</param>
/// <param name="Queryable">Whether <c>name=value</c> filters may name it.</param>
public sealed record PropertyDefinition(
    string Name,
    PropertyType Type,
    string Title,
    string Description = "",
    bool Queryable = false);
