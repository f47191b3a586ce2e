using OpportunityMap.Core.Nation;
using OpportunityMap.Ingest.National;

namespace OpportunityMap.Server.Nation;

/// <summary>The Atlas county file as read for a generation, with the table's sources.</summary>
internal sealed record CountyTable(NationalTable Table, IReadOnlyList<CountyOutcome> Counties);
