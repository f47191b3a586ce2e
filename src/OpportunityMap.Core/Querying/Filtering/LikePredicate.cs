namespace OpportunityMap.Core.Querying.Filtering;

/// <summary>
/// <c>Value [NOT] LIKE Pattern</c>: <c>%</c> matches any run of characters, <c>_</c> exactly one character (code point),
/// and <c>\</c> makes the next character literal. Case-sensitive unless both sides are wrapped in <c>CASEI</c>.
/// </summary>
/// <param name="Pattern">A string literal, possibly inside <see cref="CaseInsensitive"/>.</param>
public sealed record LikePredicate(ScalarExpression Value, ScalarExpression Pattern, bool Negated) : FilterExpression;
